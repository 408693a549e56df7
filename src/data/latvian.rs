//! Latvian declension of place names: every case of a name, from its nominative.
//!
//! A Latvian place name changes its ending with its role in a sentence ("Polija", "Polijas",
//! "Polijā"), and the adjectives of a long name agree with their noun ("Apvienotā Karaliste",
//! "Apvienotajā Karalistē"). The dataset holds only nominatives; this module makes the other six
//! cases, so that every case a person types resolves and every sentence the tool writes uses
//! the right form. No Rust crate declines Latvian.
//!
//! How a name is read:
//! - Words joined by "un" (and) or separated by a comma are parts declined side by side
//!   ("Bosnija un Hercegovina" -> "Bosnijā un Hercegovinā"). The last word of each part is
//!   its head noun; a hyphen joins two head nouns ("Gvineja-Bisava" -> "Gvinejas-Bisavas").
//! - A word before the head that ends like a definite adjective (-ais, -ā, -ie, -ās) agrees
//!   with the head; any other word before it is an attribute in the genitive ("Amerikas",
//!   "Arābu", "Kongo") and does not change.
//! - The head declines by its ending: -a (4th declension), -e (5th), -s or -š (1st), -is
//!   (2nd), -us (3rd); plural -as (4th), -es (5th), -i (1st, when an adjective before it is
//!   masculine plural). The 6th declension is a closed class of feminine nouns in -s: of those,
//!   place names use "valsts" and "pils" ("Pilsētvalsts", "Daugavpils"), which are known here.
//! - A word ending otherwise (-o, -u, -i, -ī, -ē: Peru, Kongo, Fidži, Mali), written in capitals
//!   (ASV) or in brackets does not decline.
//!
//! Where the rules read a word wrongly ("Svētās Helēnas sala": "Svētās" is a genitive, not an
//! adjective; "Niue" does not decline), the data marks the word's paradigm (`declension` in
//! `countries.json` and `cities.json`, see data/README.md).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The seven cases of a Latvian noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LatvianCase {
    /// "Polija": the name.
    Nominative,
    /// "Polijas": of, belonging to.
    Genitive,
    /// "Polijai": to, for.
    Dative,
    /// "Poliju": the object.
    Accusative,
    /// "(ar) Poliju": with.
    Instrumental,
    /// "Polijā": in.
    Locative,
    /// "Polija!": addressing.
    Vocative,
}

impl LatvianCase {
    /// Every case, in the order of [`Declined`]'s forms.
    pub const ALL: [LatvianCase; 7] = [
        LatvianCase::Nominative,
        LatvianCase::Genitive,
        LatvianCase::Dative,
        LatvianCase::Accusative,
        LatvianCase::Instrumental,
        LatvianCase::Locative,
        LatvianCase::Vocative,
    ];
}

/// How a word of a name declines, where the data marks it because the rules above would
/// read it wrongly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum Paradigm {
    /// Does not decline: an indeclinable name or an attribute in the genitive.
    #[serde(rename = "fixed")]
    Fixed,
    /// A definite adjective agreeing with its noun (gender and number from its ending).
    #[serde(rename = "adjective")]
    Adjective,
    /// 1st declension: masculine nouns in -s or -š.
    #[serde(rename = "1")]
    First,
    /// 1st declension, plural: in -i.
    #[serde(rename = "1pl")]
    FirstPlural,
    /// 2nd declension: masculine nouns in -is.
    #[serde(rename = "2")]
    Second,
    /// 2nd declension, plural: in -i.
    #[serde(rename = "2pl")]
    SecondPlural,
    /// 3rd declension: masculine nouns in -us.
    #[serde(rename = "3")]
    Third,
    /// 3rd declension, plural: in -i.
    #[serde(rename = "3pl")]
    ThirdPlural,
    /// 4th declension: nouns in -a ("Norvēģija").
    #[serde(rename = "4")]
    Fourth,
    /// 4th declension, plural: in -as.
    #[serde(rename = "4pl")]
    FourthPlural,
    /// 5th declension: nouns in -e.
    #[serde(rename = "5")]
    Fifth,
    /// 5th declension, plural: in -es.
    #[serde(rename = "5pl")]
    FifthPlural,
    /// 6th declension: feminine nouns in -s ("valsts", "pils").
    #[serde(rename = "6")]
    Sixth,
    /// 6th declension, plural: in -is.
    #[serde(rename = "6pl")]
    SixthPlural,
}

/// The data's marks: a word as the name writes it, and its paradigm.
pub type Marks = BTreeMap<String, Paradigm>;

/// A name in each of the seven cases, in the order of [`LatvianCase::ALL`]. A singular name has
/// singular cases, a plural one ("Filipīnas") plural cases.
pub type Declined = [String; 7];

/// Why a name cannot be declined as marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclensionError(pub String);

/// How one word changes: its stem, and for each case the ending after it. An ending that
/// starts with `*` alternates the stem's last consonant first ("zeme" -> "zemju").
#[derive(Debug, Clone, Copy)]
struct Pattern {
    /// The nominative ending the word must have.
    nominative: &'static str,
    endings: [&'static str; 7],
}

// The endings, case by case in the order of LatvianCase::ALL.
const FIRST: Pattern = p("s", ["s", "a", "am", "u", "u", "ā", ""]);
const FIRST_SH: Pattern = p("š", ["š", "a", "am", "u", "u", "ā", ""]);
const FIRST_PLURAL: Pattern = p("i", ["i", "u", "iem", "us", "iem", "os", "i"]);
const SECOND: Pattern = p("is", ["is", "*a", "im", "i", "i", "ī", "i"]);
const SECOND_PLURAL: Pattern = p("*i", ["*i", "*u", "*iem", "*us", "*iem", "*os", "*i"]);
const THIRD: Pattern = p("us", ["us", "us", "um", "u", "u", "ū", "u"]);
const THIRD_PLURAL: Pattern = p("i", ["i", "u", "iem", "us", "iem", "os", "i"]);
const FOURTH: Pattern = p("a", ["a", "as", "ai", "u", "u", "ā", "a"]);
const FOURTH_PLURAL: Pattern = p("as", ["as", "u", "ām", "as", "ām", "ās", "as"]);
const FIFTH: Pattern = p("e", ["e", "es", "ei", "i", "i", "ē", "e"]);
const FIFTH_PLURAL: Pattern = p("es", ["es", "*u", "ēm", "es", "ēm", "ēs", "es"]);
const SIXTH: Pattern = p("s", ["s", "s", "ij", "i", "i", "ī", "s"]);
const SIXTH_PLURAL: Pattern = p("is", ["is", "*u", "īm", "is", "īm", "īs", "is"]);
// Definite adjectives, by gender and number.
const ADJ_MASCULINE: Pattern = p("ais", ["ais", "ā", "ajam", "o", "o", "ajā", "ais"]);
const ADJ_FEMININE: Pattern = p("ā", ["ā", "ās", "ajai", "o", "o", "ajā", "ā"]);
const ADJ_MASCULINE_PLURAL: Pattern = p("ie", ["ie", "o", "ajiem", "os", "ajiem", "ajos", "ie"]);
const ADJ_FEMININE_PLURAL: Pattern = p("ās", ["ās", "o", "ajām", "ās", "ajām", "ajās", "ās"]);

const fn p(nominative: &'static str, endings: [&'static str; 7]) -> Pattern {
    Pattern {
        nominative,
        endings,
    }
}

/// The 6th declension is closed: the feminine nouns in -s that place names use, singular and
/// plural.
const SIXTH_DECLENSION: [(&str, &str); 2] = [("valsts", "valstis"), ("pils", "pilis")];

/// The role of a word in its part of the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The last word of a part: the noun the others depend on.
    Head,
    /// A word before the head.
    Attribute,
}

/// How one word is declined: unchanged, or by a pattern.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Fixed,
    By(Pattern),
}

/// Every case of `name`, a nominative, declined by the rules above and the data's `marks`.
pub fn decline(name: &str, marks: &Marks) -> Result<Declined, DeclensionError> {
    with_scratch(|scratch| {
        scratch.analyse(name, marks)?;
        scratch.inflect_all(name);
        Ok(std::array::from_fn(|case_index| {
            scratch.form(case_index).to_owned()
        }))
    })
}

/// Each distinct form of `name` in the seven cases, in the order of [`LatvianCase::ALL`]: what a
/// name index needs. A name none of whose words declines (Peru, an abbreviation) gives its
/// one form without its cases being built: `--data` at scale indexes many such names.
pub fn each_form(
    name: &str,
    marks: &Marks,
    mut emit: impl FnMut(&str),
) -> Result<(), DeclensionError> {
    with_scratch(|scratch| {
        scratch.analyse(name, marks)?;
        if scratch.rules.iter().all(|rule| matches!(rule, Rule::Fixed)) {
            emit(name);
            return Ok(());
        }
        scratch.inflect_all(name);
        for i in 0..LatvianCase::ALL.len() {
            let form = scratch.form(i);
            if !(0..i).any(|j| scratch.form(j) == form) {
                emit(form);
            }
        }
        Ok(())
    })
}

/// What declining a name works in: its tokens, the rules of their pieces and its seven forms
/// one after another in one string. Kept between names (a `--data` load declines every
/// Latvian name of the data), so that a name costs no allocation of its own.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    rules: Vec<Rule>,
    forms: String,
    /// Where each form ends in `forms`; form `i` begins where form `i - 1` ends.
    ends: [usize; 7],
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::default();
}

/// Runs `f` with this thread's scratch, taken out for the call (so that a call within `f`
/// gets a fresh one rather than a borrowed one) and put back after.
fn with_scratch<T>(f: impl FnOnce(&mut Scratch) -> T) -> T {
    let mut scratch = SCRATCH.take();
    let result = f(&mut scratch);
    SCRATCH.set(scratch);
    result
}

impl Scratch {
    /// The form of the case at `case_index`, once [`inflect_all`](Self::inflect_all) ran.
    fn form(&self, case_index: usize) -> &str {
        let start = case_index.checked_sub(1).map_or(0, |i| self.ends[i]);
        &self.forms[start..self.ends[case_index]]
    }

    /// The words of `name` and how each piece of each word declines.
    fn analyse(&mut self, name: &str, marks: &Marks) -> Result<(), DeclensionError> {
        tokenize(name, &mut self.tokens);
        let tokens = &self.tokens;
        // One rule for each piece of each word that has a role, in order: `inflect_all` reads
        // them back in the same order.
        let rules = &mut self.rules;
        rules.clear();
        let mut start = 0;
        while start <= tokens.len() {
            let part = part_from(tokens, name, start);
            start = part.next;
            let part = part.tokens;
            // A masculine plural adjective makes a head in -i a plural noun ("Apvienotie Arābu
            // Emirāti"), not an indeclinable name ("Mali"). Asked only of a head in -i.
            let masculine_plural = || {
                tokens[part.clone()]
                    .iter()
                    .any(|t| t.role == Some(Role::Attribute) && ends(t.word(name), "ie"))
            };
            for token in &tokens[part.clone()] {
                if token.role.is_some() {
                    for piece in pieces(token.word(name)) {
                        rules.push(rule(piece, token.role, &masculine_plural, marks)?);
                    }
                }
            }
        }
        Ok(())
    }

    /// The name of `tokens` in each case, into `forms`.
    fn inflect_all(&mut self, name: &str) {
        let out = &mut self.forms;
        out.clear();
        out.reserve(7 * (name.len() + 4));
        for case_index in 0..LatvianCase::ALL.len() {
            let mut rules = self.rules.iter();
            for token in &self.tokens {
                out.push_str(token.before(name));
                let word = token.word(name);
                if token.role.is_none() {
                    out.push_str(word);
                } else {
                    for (n, piece) in pieces(word).enumerate() {
                        if n > 0 {
                            out.push('-');
                        }
                        inflect(
                            out,
                            piece,
                            rules.next().copied().unwrap_or(Rule::Fixed),
                            case_index,
                        );
                    }
                }
                out.push_str(token.after(name));
            }
            self.ends[case_index] = out.len();
        }
    }
}

/// One word of a name with what surrounds it, by its offsets in the name.
#[derive(Debug, Clone, Copy)]
struct Token {
    /// Where the white space and opening punctuation before the word begin.
    before: usize,
    word_start: usize,
    word_end: usize,
    /// Where the closing punctuation after the word ends.
    after_end: usize,
    /// `None` for a word that is not part of a noun phrase: "un", or one in brackets.
    role: Option<Role>,
    /// A comma after the word ends its part.
    ends_part: bool,
}

impl Token {
    /// White space and opening punctuation before the word.
    fn before<'n>(&self, name: &'n str) -> &'n str {
        &name[self.before..self.word_start]
    }

    fn word<'n>(&self, name: &'n str) -> &'n str {
        &name[self.word_start..self.word_end]
    }

    /// Closing punctuation after the word.
    fn after<'n>(&self, name: &'n str) -> &'n str {
        &name[self.word_end..self.after_end]
    }

    fn is_un(&self, name: &str) -> bool {
        self.word(name) == "un"
    }
}

fn tokenize(name: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    // Where the text not yet given to a token begins.
    let mut taken = 0;
    let mut runs = name.split_whitespace().peekable();
    while let Some(raw) = runs.next() {
        // `raw` is a slice of `name`: its offset is where it starts.
        let start = raw.as_ptr() as usize - name.as_ptr() as usize;
        let end = start + raw.len();
        let bracketed = raw.starts_with('(') || raw.ends_with(')');
        let word_start = raw.find(char::is_alphanumeric).map_or(end, |i| start + i);
        let word_end = raw.rfind(char::is_alphanumeric).map_or(end, |i| {
            start + i + raw[i..].chars().next().map_or(0, char::len_utf8)
        });
        let word_end = word_end.max(word_start);
        let after_end = if runs.peek().is_none() {
            name.len()
        } else {
            end
        };
        let word = &name[word_start..word_end];
        let after = &name[word_end..after_end];
        tokens.push(Token {
            before: taken,
            word_start,
            word_end,
            after_end,
            role: (!bracketed && !word.is_empty() && word != "un").then_some(Role::Attribute),
            ends_part: after.bytes().any(|b| b == b',') || word == "un",
        });
        taken = after_end;
    }
    // The last declinable word of each part is its head.
    let mut head_pending = true;
    for token in tokens.iter_mut().rev() {
        if token.ends_part {
            head_pending = true;
            if token.is_un(name) {
                continue;
            }
        }
        if head_pending && token.role.is_some() {
            token.role = Some(Role::Head);
            head_pending = false;
        }
    }
    // Attributes joined by "un": in "Tērksas un Kaikosas salas" and "Bosnijas un Hercegovinas
    // Republika", the word before "un" is a genitive like the attribute after it, not a head.
    for i in 1..tokens.len().saturating_sub(2) {
        let alone = tokens[i - 1].role == Some(Role::Head)
            && (i < 2 || tokens[i - 2].ends_part)
            && GENITIVE_ENDINGS
                .iter()
                .any(|e| ends(tokens[i - 1].word(name), e));
        let joins_attribute = tokens[i].is_un(name)
            && tokens[i + 1].role == Some(Role::Attribute)
            && adjective(tokens[i + 1].word(name)).is_none();
        if alone && joins_attribute {
            tokens[i - 1].role = Some(Role::Attribute);
        }
    }
}

/// The pieces of a word that hyphens join ("Gvineja-Bisava"), as `split('-')` gives them: by
/// its bytes, a hyphen being ASCII (no searcher set up for a word of a few letters).
fn pieces(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(word);
    std::iter::from_fn(move || {
        let piece = rest?;
        match piece.bytes().position(|b| b == b'-') {
            Some(hyphen) => {
                rest = Some(&piece[hyphen + 1..]);
                Some(&piece[..hyphen])
            }
            None => {
                rest = None;
                Some(piece)
            }
        }
    })
}

/// One part of a name: its tokens, and where the next part begins (past the end when this is
/// the last).
struct Part {
    tokens: std::ops::Range<usize>,
    next: usize,
}

/// The part of the name that begins at token `start`: a run up to "un" or a comma. Parts are
/// read in turn from 0; the last one ends with the tokens.
fn part_from(tokens: &[Token], name: &str, start: usize) -> Part {
    for (i, token) in tokens.iter().enumerate().skip(start) {
        if token.ends_part {
            let end = if token.is_un(name) { i } else { i + 1 };
            return Part {
                tokens: start..end,
                next: i + 1,
            };
        }
    }
    Part {
        tokens: start..tokens.len(),
        next: tokens.len() + 1,
    }
}

/// Endings of a genitive attribute that, alone before "un", could also be read as a head.
const GENITIVE_ENDINGS: [&str; 4] = ["as", "es", "u", "us"];

/// Whether `word` ends in `ending` (lower case) and has more before it, in either case
/// ("VALSTS" too): no lower-case copy of the word is made.
fn ends(word: &str, ending: &str) -> bool {
    word.len() > ending.len() && ends_in(word, ending)
}

/// Whether `word` ends in `ending` (lower case), or is it, in either case.
fn ends_in(word: &str, ending: &str) -> bool {
    let mut letters = word.chars().rev();
    ending
        .chars()
        .rev()
        .all(|e| letters.next().is_some_and(|c| c == e || lower_case(c) == e))
}

/// `c` in lower case where that is one character; otherwise a character no ending has.
/// Without Unicode's case tables for ASCII and for the lower-case letters of Latvian, the
/// letters nearly every name is made of (the analysis reads the endings of every word of
/// every Latvian name of a `--data` load).
fn lower_case(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if matches!(
        c,
        'ā' | 'č' | 'ē' | 'ģ' | 'ī' | 'ķ' | 'ļ' | 'ņ' | 'š' | 'ū' | 'ž'
    ) {
        // A lower-case letter is its own lower case.
        c
    } else {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(one), None) => one,
            _ => NO_ENDING,
        }
    }
}

/// What [`lower_case`] gives for a letter whose lower case is two: in no ending.
const NO_ENDING: char = '\u{FFFF}';

/// How `word` declines in its role: as the data marks it, or by its ending.
fn rule(
    word: &str,
    role: Option<Role>,
    masculine_plural: &dyn Fn() -> bool,
    marks: &Marks,
) -> Result<Rule, DeclensionError> {
    if let Some(&paradigm) = marks.get(word) {
        return marked(word, paradigm);
    }
    let Some(role) = role else {
        return Ok(Rule::Fixed);
    };
    // (A digit is ASCII: no byte of another character looks like one.)
    let is_abbreviation = word.chars().nth(1).is_some() && !word.chars().any(char::is_lowercase)
        || word.bytes().any(|b| b.is_ascii_digit());
    if is_abbreviation {
        return Ok(Rule::Fixed);
    }
    if role == Role::Attribute {
        return Ok(adjective(word).map_or(Rule::Fixed, Rule::By));
    }
    Ok(head_pattern(word, masculine_plural).map_or(Rule::Fixed, Rule::By))
}

/// The pattern a head noun's ending shows: a 6th declension noun's, or the first of
/// -as, -es, -is, -us, -s, -š, -a, -e, and -i of a masculine plural, that [`ends`] finds, from
/// the word's last two letters read once.
fn head_pattern(word: &str, masculine_plural: &dyn Fn() -> bool) -> Option<Pattern> {
    let mut letters = word.chars().rev().map(lower_case);
    let mut next = || letters.next().unwrap_or(NO_ENDING);
    let (last, second) = (next(), next());
    if last == 's' {
        // The 6th declension's nouns, all in -s, or a compound ending in one
        // ("Pilsētvalsts", "Daugavpils").
        for (singular, plural) in SIXTH_DECLENSION {
            if ends_in(word, singular) {
                return Some(SIXTH);
            }
            if ends_in(word, plural) {
                return Some(SIXTH_PLURAL);
            }
        }
    }
    // `ends` wants more before the ending: the word is longer in bytes.
    let longer = |ending: &str| word.len() > ending.len();
    Some(match (second, last) {
        ('a', 's') if longer("as") => FOURTH_PLURAL,
        ('e', 's') if longer("es") => FIFTH_PLURAL,
        ('i', 's') if longer("is") => SECOND,
        ('u', 's') if longer("us") => THIRD,
        (_, 's') if longer("s") => FIRST,
        (_, 'š') if longer("š") => FIRST_SH,
        (_, 'a') if longer("a") => FOURTH,
        (_, 'e') if longer("e") => FIFTH,
        (_, 'i') if longer("i") && masculine_plural() => FIRST_PLURAL,
        _ => return None,
    })
}

/// The definite adjective pattern `word`'s ending shows, if any: the first of -ais, -ās, -ie
/// and -ā that [`ends`] finds, from the word's last three letters read once (every word
/// before a head is asked).
fn adjective(word: &str) -> Option<Pattern> {
    let mut letters = word.chars().rev().map(lower_case);
    let mut next = || letters.next().unwrap_or(NO_ENDING);
    let (last, second, third) = (next(), next(), next());
    // `ends` wants more before the ending: the word is longer in bytes.
    let longer = |ending: &str| word.len() > ending.len();
    let pattern = match (third, second, last) {
        ('a', 'i', 's') if longer("ais") => ADJ_MASCULINE,
        (_, 'ā', 's') if longer("ās") => ADJ_FEMININE_PLURAL,
        (_, 'i', 'e') if longer("ie") => ADJ_MASCULINE_PLURAL,
        (_, _, 'ā') if longer("ā") => ADJ_FEMININE,
        _ => return None,
    };
    Some(pattern)
}

/// The rule for a word the data marks, refused if the word does not end as its paradigm's
/// nominative does (a mark that cannot be right).
fn marked(word: &str, paradigm: Paradigm) -> Result<Rule, DeclensionError> {
    let pattern = match paradigm {
        Paradigm::Fixed => return Ok(Rule::Fixed),
        Paradigm::Adjective => {
            return adjective(word).map(Rule::By).ok_or_else(|| {
                DeclensionError(format!(
                    "\"{word}\" is marked as an adjective but does not end in -ais, -ā, -ie or -ās"
                ))
            });
        }
        Paradigm::First if ends(word, "š") => FIRST_SH,
        Paradigm::First => FIRST,
        Paradigm::FirstPlural => FIRST_PLURAL,
        Paradigm::Second => SECOND,
        Paradigm::SecondPlural => SECOND_PLURAL,
        Paradigm::Third => THIRD,
        Paradigm::ThirdPlural => THIRD_PLURAL,
        Paradigm::Fourth => FOURTH,
        Paradigm::FourthPlural => FOURTH_PLURAL,
        Paradigm::Fifth => FIFTH,
        Paradigm::FifthPlural => FIFTH_PLURAL,
        Paradigm::Sixth => SIXTH,
        Paradigm::SixthPlural => SIXTH_PLURAL,
    };
    // A stem with an alternated consonant cannot be checked by its ending alone.
    let ending = pattern.nominative.trim_start_matches('*');
    if ends(word, ending) {
        Ok(Rule::By(pattern))
    } else {
        Err(DeclensionError(format!(
            "\"{word}\" is marked {} but does not end in -{ending}",
            serde_json::to_string(&paradigm).unwrap_or_default()
        )))
    }
}

/// Appends `word` in the case at `case_index` to `out`.
fn inflect(out: &mut String, word: &str, rule: Rule, case_index: usize) {
    let Rule::By(pattern) = rule else {
        out.push_str(word);
        return;
    };
    let nominative = pattern.nominative.trim_start_matches('*');
    let stem = &word[..word.len() - nominative.len()];
    let ending = pattern.endings[case_index];
    match ending.strip_prefix('*') {
        Some(ending) => {
            // A plural nominative in -i already carries the alternation the data wrote.
            if pattern.nominative.starts_with('*') {
                out.push_str(stem);
            } else {
                alternate(out, stem);
            }
            out.push_str(ending);
        }
        None => {
            out.push_str(stem);
            out.push_str(ending);
        }
    }
}

/// Appends `stem` with the consonant alternation of Latvian declension ("zem" -> "zemj",
/// "pil" -> "piļ", "brāl" -> "brāļ"); none after "st" ("valst" -> "valst").
fn alternate(out: &mut String, stem: &str) {
    const PAIRS: [(&str, &str); 16] = [
        ("sn", "šņ"),
        ("zn", "žņ"),
        ("sl", "šļ"),
        ("zl", "žļ"),
        ("ln", "ļņ"),
        ("ll", "ļļ"),
        ("nn", "ņņ"),
        ("dz", "dž"),
        ("st", "st"),
        ("c", "č"),
        ("d", "ž"),
        ("l", "ļ"),
        ("n", "ņ"),
        ("s", "š"),
        ("t", "š"),
        ("z", "ž"),
    ];
    for (plain, alternated) in PAIRS {
        if let Some(base) = stem.strip_suffix(plain) {
            out.push_str(base);
            out.push_str(alternated);
            return;
        }
    }
    out.push_str(stem);
    if stem.ends_with(['b', 'm', 'p', 'v', 'f']) {
        out.push('j');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases(name: &str) -> Declined {
        decline(name, &Marks::new()).unwrap()
    }

    fn cases_marked(name: &str, marks: &[(&str, Paradigm)]) -> Declined {
        let marks = marks.iter().map(|&(w, p)| (w.to_owned(), p)).collect();
        decline(name, &marks).unwrap()
    }

    #[test]
    fn a_feminine_name_of_the_fourth_declension() {
        assert_eq!(
            cases("Latvija"),
            [
                "Latvija", "Latvijas", "Latvijai", "Latviju", "Latviju", "Latvijā", "Latvija"
            ]
        );
    }

    #[test]
    fn the_fifth_declension_and_kaboverde() {
        assert_eq!(
            cases("Kaboverde"),
            [
                "Kaboverde",
                "Kaboverdes",
                "Kaboverdei",
                "Kaboverdi",
                "Kaboverdi",
                "Kaboverdē",
                "Kaboverde"
            ]
        );
    }

    #[test]
    fn adjectives_agree_with_their_noun() {
        let gb = cases("Lielbritānijas un Ziemeļīrijas Apvienotā Karaliste");
        assert_eq!(
            gb[5],
            "Lielbritānijas un Ziemeļīrijas Apvienotajā Karalistē"
        );
        assert_eq!(
            cases("Apvienotie Arābu Emirāti")[1..=5],
            [
                "Apvienoto Arābu Emirātu",
                "Apvienotajiem Arābu Emirātiem",
                "Apvienotos Arābu Emirātus",
                "Apvienotajiem Arābu Emirātiem",
                "Apvienotajos Arābu Emirātos"
            ]
        );
        assert_eq!(
            cases("Amerikas Savienotās Valstis")[1..=5],
            [
                "Amerikas Savienoto Valstu",
                "Amerikas Savienotajām Valstīm",
                "Amerikas Savienotās Valstis",
                "Amerikas Savienotajām Valstīm",
                "Amerikas Savienotajās Valstīs"
            ]
        );
        assert_eq!(cases("Svētais Krēsls")[5], "Svētajā Krēslā");
    }

    #[test]
    fn parts_joined_by_un_and_hyphens_decline_side_by_side() {
        assert_eq!(cases("Bosnija un Hercegovina")[5], "Bosnijā un Hercegovinā");
        assert_eq!(cases("Trinidāda un Tobāgo")[1], "Trinidādas un Tobāgo");
        assert_eq!(cases("Gvineja-Bisava")[1], "Gvinejas-Bisavas");
        assert_eq!(
            cases("Hērda sala un Makdonalda salas")[1],
            "Hērda salas un Makdonalda salu"
        );
        assert_eq!(
            cases("Francijas Dienvidjūru zemes")[1],
            "Francijas Dienvidjūru zemju"
        );
        assert_eq!(cases("Kokosu (Kīlinga) salas")[5], "Kokosu (Kīlinga) salās");
        // Attributes joined by "un" stay genitives; parts of the name still decline.
        assert_eq!(
            cases("Tērksas un Kaikosas salas")[5],
            "Tērksas un Kaikosas salās"
        );
        assert_eq!(
            cases("Bosnijas un Hercegovinas Republika")[5],
            "Bosnijas un Hercegovinas Republikā"
        );
        assert_eq!(
            cases("Dienviddžordžija un Dienvidsendviču salas")[5],
            "Dienviddžordžijā un Dienvidsendviču salās"
        );
        assert_eq!(
            cases("Svalbāra un Jana Majena sala")[1],
            "Svalbāras un Jana Majena salas"
        );
        assert_eq!(
            cases("Sentvinsenta un Grenadīnas")[5],
            "Sentvinsentā un Grenadīnās"
        );
        assert_eq!(
            cases_marked(
                "Bonaire, Sintēstatiusa un Saba",
                &[("Bonaire", Paradigm::Fixed)]
            )[1],
            "Bonaire, Sintēstatiusas un Sabas"
        );
    }

    #[test]
    fn indeclinable_names_stay_as_they_are() {
        for name in [
            "Peru",
            "Kongo",
            "Fidži",
            "Mali",
            "ASV",
            "Senbartelmī",
            "Tuvalu",
        ] {
            assert!(cases(name).iter().all(|form| form == name), "{name}");
        }
        assert_eq!(
            cases("Kongo Demokrātiskā Republika")[5],
            "Kongo Demokrātiskajā Republikā"
        );
    }

    #[test]
    fn the_sixth_declension_is_known_by_its_nouns() {
        assert_eq!(cases("Vatikāna Pilsētvalsts")[5], "Vatikāna Pilsētvalstī");
        assert_eq!(cases("Daugavpils")[2], "Daugavpilij");
        assert_eq!(cases("Vatikāns")[1], "Vatikāna");
    }

    #[test]
    fn a_mark_that_cannot_be_right_is_refused() {
        let marks: Marks = [("Polija".to_owned(), Paradigm::Fifth)].into();
        assert!(decline("Polija", &marks).is_err());
        let marks: Marks = [("Polija".to_owned(), Paradigm::Adjective)].into();
        assert!(decline("Polija", &marks).is_err());
    }

    #[test]
    fn each_distinct_form_once_and_an_indeclinable_name_once() {
        let forms = |name: &str| {
            let mut forms = Vec::new();
            each_form(name, &Marks::new(), |form| forms.push(form.to_owned())).unwrap();
            forms
        };
        assert_eq!(forms("Peru"), ["Peru"]);
        assert_eq!(forms("ASV"), ["ASV"]);
        assert_eq!(
            forms("Latvija"),
            ["Latvija", "Latvijas", "Latvijai", "Latviju", "Latvijā"]
        );
    }

    proptest::proptest! {
        /// `adjective` finds what comparing each adjective ending with `ends` in turn finds.
        #[test]
        fn adjective_is_the_first_ending_that_ends_the_word(word in "[aisāeĀSIEAx\u{212A}İ]{0,5}|\\PC{0,4}") {
            let by_ends = [ADJ_MASCULINE, ADJ_FEMININE_PLURAL, ADJ_MASCULINE_PLURAL, ADJ_FEMININE]
                .into_iter()
                .find(|pattern| ends(&word, pattern.nominative));
            proptest::prop_assert_eq!(
                adjective(&word).map(|p| p.nominative),
                by_ends.map(|p| p.nominative)
            );
        }
    }

    proptest::proptest! {
        /// `head_pattern` finds what comparing each ending with `ends` in turn finds.
        #[test]
        fn a_head_pattern_is_the_first_ending_that_ends_the_word(
            word in "[asšeiuĀSŠEIx\u{212A}İ]{0,4}|\\PC{0,4}|[A-Za-z]{0,3}(valsts|VALSTIS|pils|Pilis)",
            plural: bool,
        ) {
            let endings = [
                ("as", FOURTH_PLURAL), ("es", FIFTH_PLURAL), ("is", SECOND), ("us", THIRD),
                ("s", FIRST), ("š", FIRST_SH), ("a", FOURTH), ("e", FIFTH), ("i", FIRST_PLURAL),
            ];
            let sixth = SIXTH_DECLENSION
                .iter()
                .flat_map(|&(one, more)| [(one, SIXTH), (more, SIXTH_PLURAL)])
                .find(|&(e, _)| ends_in(&word, e))
                .map(|(_, pattern)| pattern.endings);
            let by_ends = sixth.or_else(|| endings
                .into_iter()
                .find(|&(e, _)| ends(&word, e) && (e != "i" || plural))
                .map(|(_, pattern)| pattern.endings));
            proptest::prop_assert_eq!(
                head_pattern(&word, &|| plural).map(|p| p.endings),
                by_ends
            );
        }
    }

    /// The shortcuts of `lower_case` give what Unicode's case tables give, for every
    /// character and every letter of an ending.
    #[test]
    fn a_tail_compares_as_the_case_tables() {
        let endings = [
            FIRST,
            FIRST_SH,
            FIRST_PLURAL,
            SECOND,
            SECOND_PLURAL,
            THIRD,
            THIRD_PLURAL,
            FOURTH,
            FOURTH_PLURAL,
            FIFTH,
            FIFTH_PLURAL,
            SIXTH,
            SIXTH_PLURAL,
            ADJ_MASCULINE,
            ADJ_FEMININE,
            ADJ_MASCULINE_PLURAL,
            ADJ_FEMININE_PLURAL,
        ]
        .map(|pattern| pattern.nominative.trim_start_matches('*'));
        let sixth = SIXTH_DECLENSION.iter().flat_map(|&(one, more)| [one, more]);
        let endings: Vec<&str> = endings
            .into_iter()
            .chain(sixth)
            .chain(GENITIVE_ENDINGS)
            .collect();
        let mut letters: Vec<char> = endings.concat().chars().collect();
        letters.sort_unstable();
        letters.dedup();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for &e in &letters {
                assert_eq!(
                    lower_case(c) == e,
                    c.to_lowercase().eq(std::iter::once(e)),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
        assert!(ends_in("VALSTS", "valsts") && !ends("valsts", "valsts"));
        assert!(ends("PilsētVALSTS", "valsts") && !ends("Pilsēta", "ā"));
    }

    #[test]
    fn pieces_are_what_split_gives() {
        for word in ["Gvineja-Bisava", "a--b", "-", "", "Ziemeļ-", "-Ķekava", "x"] {
            assert!(pieces(word).eq(word.split('-')), "{word}");
        }
    }

    #[test]
    fn white_space_and_punctuation_are_kept() {
        assert_eq!(cases("Kanāda")[3], "Kanādu");
        assert_eq!(cases("Kokosu (Kīlinga) salas")[0], "Kokosu (Kīlinga) salas");
    }
}
