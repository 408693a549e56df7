//! Turning what a user typed into a country or a city.
//!
//! Every accepted form of a name (ISO codes, English name and alternatives, Latvian name with
//! its case forms and alternatives) is folded once at load into one index: lower case, Latvian
//! and other diacritics removed by `deunicode`, punctuation and runs of white space made one
//! space. A lookup folds the input the same way and is one hash-map probe.

use std::collections::HashMap;

use crate::i18n::Lang;

/// The longest name accepted, in characters. The longest form in the data is under 70; a
/// longer input is a mistake, and refusing it keeps the suggestion search cheap.
pub const MAX_NAME_CHARS: usize = 100;

/// Folds a name for comparison: `"  Vācijā "` and `"VACIJA"` both give `"vacija"`.
pub fn fold(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut folded = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    folded
}

/// Which language a form belongs to, so that suggestions come in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// ISO alpha-2 or alpha-3 code: accepted in any language, never suggested.
    Code,
    Name(Lang),
}

/// All accepted forms of the names of one kind of place, folded.
#[derive(Debug, Clone)]
pub struct NameIndex<Id> {
    by_form: HashMap<String, Id>,
    forms: Vec<(String, Id, FormKind)>,
}

impl<Id> Default for NameIndex<Id> {
    fn default() -> Self {
        NameIndex {
            by_form: HashMap::new(),
            forms: Vec::new(),
        }
    }
}

/// A form that would name two places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash<Id> {
    pub folded: String,
    pub other: Id,
}

impl<Id: Copy + Eq> NameIndex<Id> {
    /// Adds a form of `id`'s name. The same form twice for one place is fine; a form that
    /// already names another place is a clash, and the data must change.
    pub fn insert(&mut self, form: &str, id: Id, kind: FormKind) -> Result<(), Clash<Id>> {
        let folded = fold(form);
        match self.by_form.get(&folded) {
            Some(&other) if other != id => return Err(Clash { folded, other }),
            Some(_) => {}
            None => {
                self.by_form.insert(folded.clone(), id);
            }
        }
        self.forms.push((folded, id, kind));
        Ok(())
    }

    /// The place a folded form names.
    pub fn get(&self, folded: &str) -> Option<Id> {
        self.by_form.get(folded).copied()
    }

    /// Every folded form and the place it names.
    pub fn forms(&self) -> impl Iterator<Item = (&str, Id)> {
        self.by_form.iter().map(|(form, &id)| (form.as_str(), id))
    }

    /// Up to `limit` places whose names in `lang` are closest to `folded` by edit distance,
    /// closest first; none that are too far off to be a plausible typo.
    pub fn closest(&self, folded: &str, lang: Lang, limit: usize) -> Vec<Id> {
        // About one typo per four letters, and at least one.
        let reach = (folded.chars().count() / 4).max(1);
        let mut near: Vec<(usize, &str, Id)> = self
            .forms
            .iter()
            .filter(|(_, _, kind)| *kind == FormKind::Name(lang))
            .map(|(form, id, _)| (strsim::levenshtein(folded, form), form.as_str(), *id))
            .filter(|(distance, _, _)| *distance <= reach)
            .collect();
        near.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
        let mut ids: Vec<Id> = Vec::with_capacity(limit);
        for (_, _, id) in near {
            if ids.len() == limit {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// Why an input cannot even be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but white space or punctuation.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`]; `chars` counts no further than needed to tell.
    TooLong { chars: usize },
}

/// What a name resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<Id> {
    Found(Id),
    NotFound { suggestions: Vec<Id> },
}

/// Checks what a user typed and folds it: refused when longer than [`MAX_NAME_CHARS`] or
/// when nothing is left once folded.
pub fn checked_fold(input: &str) -> Result<String, InputError> {
    // Count no further than needed: a 10 MB argument is refused as fast as a short one.
    let chars = input.chars().take(MAX_NAME_CHARS + 1).count();
    if chars > MAX_NAME_CHARS {
        return Err(InputError::TooLong {
            chars: input.chars().count(),
        });
    }
    let folded = fold(input);
    if folded.is_empty() {
        return Err(InputError::Empty);
    }
    Ok(folded)
}

/// Resolves a user's input against an index; suggestions come in `lang`.
pub fn resolve<Id: Copy + Eq>(
    index: &NameIndex<Id>,
    input: &str,
    lang: Lang,
) -> Result<Resolution<Id>, InputError> {
    let folded = checked_fold(input)?;
    Ok(match index.get(&folded) {
        Some(id) => Resolution::Found(id),
        None => Resolution::NotFound {
            suggestions: index.closest(&folded, lang, 3),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_diacritics_and_extra_space() {
        assert_eq!(fold("  Vācijā "), "vacija");
        assert_eq!(fold("ĶĪNA"), "kina");
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("Washington,   D.C."), "washington d c");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Viļņā"), "vilna");
        assert_eq!(fold(" \t\n"), "");
    }

    #[test]
    fn folding_is_idempotent() {
        for s in [
            "Ziemeļmaķedonija",
            "U.S.A.",
            "Ålandu salas",
            "日本",
            "🇳🇴",
            "",
        ] {
            assert_eq!(fold(&fold(s)), fold(s), "{s}");
        }
    }

    #[test]
    fn a_form_may_not_name_two_places() {
        let mut index = NameIndex::default();
        index.insert("Kongo", 1, FormKind::Name(Lang::Lv)).unwrap();
        index.insert("KONGO", 1, FormKind::Name(Lang::Lv)).unwrap();
        let clash = index
            .insert("kongo", 2, FormKind::Name(Lang::Lv))
            .unwrap_err();
        assert_eq!(
            clash,
            Clash {
                folded: "kongo".into(),
                other: 1
            }
        );
    }

    #[test]
    fn over_long_and_empty_inputs_are_refused() {
        let index: NameIndex<u8> = NameIndex::default();
        let long = "x".repeat(100_000);
        assert_eq!(
            resolve(&index, &long, Lang::En),
            Err(InputError::TooLong { chars: 100_000 })
        );
        assert_eq!(resolve(&index, " ", Lang::En), Err(InputError::Empty));
        assert_eq!(resolve(&index, "--..", Lang::En), Err(InputError::Empty));
    }

    #[test]
    fn suggestions_come_in_the_users_language_closest_first() {
        let mut index = NameIndex::default();
        index.insert("Norway", 1, FormKind::Name(Lang::En)).unwrap();
        index
            .insert("Norvēģija", 1, FormKind::Name(Lang::Lv))
            .unwrap();
        index
            .insert("Normandy", 2, FormKind::Name(Lang::En))
            .unwrap();
        index.insert("NOR", 1, FormKind::Code).unwrap();
        assert_eq!(index.closest("norwy", Lang::En, 3), vec![1]);
        assert_eq!(index.closest("norvegia", Lang::Lv, 3), vec![1]);
        assert_eq!(index.closest("qqqqqqq", Lang::En, 3), Vec::<u8>::new());
    }
}
