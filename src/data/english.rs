//! English grammar of place names: whether a name takes "the" ("the United Kingdom", "the
//! Netherlands"), by a rule with the exceptions marked in the data, as `latvian.rs` declines
//! Latvian names with `declension` marks.

use super::model::EnglishNames;

/// Words that make a name a description of a state or a group of places, which English names
/// with "the": "the Czech Republic", "the United Kingdom", "the United States", "the Cayman
/// Islands", "the Russian Federation", "the United Arab Emirates".
const DESCRIPTIVE: &[&str] = &[
    "Republic",
    "Kingdom",
    "States",
    "Islands",
    "Isles",
    "Federation",
    "Union",
    "Emirates",
    "Territory",
    "Territories",
    "Commonwealth",
];

/// Whether English puts "the" before `name` by the rule: a name built on one of the
/// [`DESCRIPTIVE`] words takes it, unless it joins places one of which already has "the"
/// ("South Georgia and the South Sandwich Islands", "Saint Vincent and the Grenadines"). A proper name that is plural or
/// otherwise takes "the" ("the Netherlands", "the Gambia") is marked in the data.
pub fn rule_takes_the(name: &str) -> bool {
    let mut words = name.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'));
    !name.contains(" and the ") && words.any(|w| DESCRIPTIVE.contains(&w))
}

impl EnglishNames {
    /// Whether the name shown takes "the": the data's mark, or else the rule.
    pub fn takes_the(&self) -> bool {
        self.the.unwrap_or_else(|| rule_takes_the(&self.name))
    }
}

/// `name` as the object of a sentence: "the United Kingdom", or the name as it is.
pub fn with_the(name: &str, the: bool) -> String {
    if the {
        format!("the {name}")
    } else {
        name.to_owned()
    }
}

/// `text` with its first letter a capital: a sentence that begins with "the ...".
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptive_names_take_the_and_proper_names_do_not() {
        for name in [
            "United Kingdom",
            "United States",
            "Czech Republic",
            "Dominican Republic",
            "Democratic Republic of the Congo",
            "United Arab Emirates",
            "Cayman Islands",
            "Cocos (Keeling) Islands",
            "British Indian Ocean Territory",
            "French Southern Territories",
            "Russian Federation",
        ] {
            assert!(rule_takes_the(name), "{name}");
        }
        for name in [
            "Norway",
            "Barbados",
            "Honduras",
            "Cyprus",
            "Christmas Island",
            "Saint Vincent and the Grenadines",
            "South Georgia and the South Sandwich Islands",
            "Isle of Man",
        ] {
            assert!(!rule_takes_the(name), "{name}");
        }
    }

    #[test]
    fn a_sentence_begins_with_a_capital() {
        assert_eq!(capitalized("the Netherlands has"), "The Netherlands has");
        assert_eq!(capitalized("Ķīna"), "Ķīna");
        assert_eq!(capitalized(""), "");
    }
}
