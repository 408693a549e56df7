//! The Ministry of Defence page "Starptautiskā un reģionālā sadarbība" (or its English version),
//! as a browser copies its text, read into a typed [`Page`]: the stated totals, Latvia's
//! postings and advisers, and the two lists of attachés accredited to Latvia, each line with its
//! number. Pure: no file system, no dataset; the names are still the page's words, resolved by
//! `import::records`.
//!
//! What a copy brings is tolerated: bullets (`•`, `·`, `-`, `–`, `—`, `*`, `1.`), `un`/`and` or
//! commas, a trailing `;`, `.` or `,`, blank lines, leading and trailing spaces, tabs and every
//! Unicode space, CRLF or CR line ends, NFD or NFC text, headings in any letter case, several
//! entries on one line (split at `;`), counts written in words or digits ("divi pārstāvji",
//! "- 2 defence attachés"). What cannot be read is an error naming the line, never a guess.

use unicode_normalization::UnicodeNormalization;

use crate::data::{Lang, escaped, fold, is_unsafe};

/// The largest page text read, in bytes: the real page is under 8 KiB.
pub const MAX_PAGE_BYTES: usize = 1024 * 1024;

/// The longest line read, in characters: the page's longest paragraph is under 1,000.
pub const MAX_LINE_CHARS: usize = 10_000;

/// The largest count read ("2 defence attachés"): anything above is a misreading.
pub const MAX_COUNT: u32 = 1000;

/// A page, read: what `import` turns into records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The language it is read in.
    pub lang: Lang,
    /// The line stating how many attachés in how many countries.
    pub totals: Totals,
    /// The line stating how many advisers.
    pub advisers_stated: Stated,
    /// Latvia's attachés abroad, one per residence line, in the page's order.
    pub postings: Vec<PostingLine>,
    /// Latvia's defence advisers, in the page's order.
    pub advisers: Vec<AdviserLine>,
    /// Foreign attachés resident in Latvia.
    pub resident: Vec<AccreditationLine>,
    /// Foreign attachés accredited to Latvia and residing elsewhere.
    pub non_resident: Vec<AccreditationLine>,
    /// Every line of the page, spaces made plain (for finding the quotes of records the page
    /// is not read into: cooperation, duties, statements).
    pub text: Vec<String>,
}

/// The stated totals of Latvia's attachés.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Line number (from 1).
    pub line: usize,
    /// The number of attachés stated.
    pub attaches: u32,
    /// The number of countries stated.
    pub countries: u32,
    /// The line, as the page words it (without its closing colon).
    pub quote: String,
}

/// A number the page states, with its words from the number on ("divi aizsardzības
/// padomnieki Latvijas Republikas vēstniecībās").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    /// Line number.
    pub line: usize,
    /// The number.
    pub count: u32,
    /// The line's words from the number on.
    pub quote: String,
}

/// One residence of Latvia's attachés: "Vācijā, Austrijā un Francijā (rezidē Berlīnē);".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingLine {
    /// Line number.
    pub line: usize,
    /// The entry without its bullet and closing punctuation: the record's `quote`.
    pub quote: String,
    /// The names of the countries covered, as written, in order ("Vācijā", "Austrijā", ...),
    /// split at commas and `un`/`and` (a name with `un` in it is joined again when resolved).
    pub countries: Vec<String>,
    /// The city, as written ("Berlīnē").
    pub residence: String,
    /// The country the city is said to be in, where the line says it.
    pub residence_country: Option<String>,
    /// The number of attachés there, where the line states it.
    pub stated: Option<u32>,
}

/// One of Latvia's defence advisers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdviserLine {
    /// Line number.
    pub line: usize,
    /// The entry: the record's `quote`.
    pub quote: String,
    /// The country of the embassy, as the words after "vēstniecībā" (or "Embassy ... in") say.
    pub embassy: Option<String>,
    /// The city in the brackets.
    pub city: String,
    /// The country in the brackets, after the city.
    pub country: Option<String>,
}

/// One foreign attaché accredited to Latvia: "Albānija (rezidē Varšavā, Polijā);".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccreditationLine {
    /// Line number.
    pub line: usize,
    /// The entry: the record's `quote`.
    pub quote: String,
    /// The attaché's country, as written.
    pub country: String,
    /// The city it resides in, as written.
    pub city: String,
    /// The country of the city, as written.
    pub city_country: Option<String>,
}

/// Why a page cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    /// The line (from 1), where the fault is on one.
    pub line: Option<usize>,
    /// The line's text (spaces made plain), where there is one.
    pub text: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a page or one of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Over [`MAX_PAGE_BYTES`].
    TooLarge(usize),
    /// A control or format character (not a tab or line end).
    Unsafe(char),
    /// Over [`MAX_LINE_CHARS`].
    LineTooLong(usize),
    /// A list line with no "(...)".
    NoBrackets,
    /// A "(" without its ")", or the other way round.
    Unclosed,
    /// The brackets do not say where it resides ("rezidē ...", "resident in ...").
    NoResidence,
    /// Nothing before the brackets.
    NoCountries,
    /// "rezidē" with no city after it.
    NoCity,
    /// A number of attachés that is not a number ("(daudzi pārstāvji, rezidē ...)").
    Count,
    /// Words after the brackets that are not a count of attachés.
    AfterBrackets,
    /// A number of attachés on a list that states none (attachés accredited to Latvia, one a
    /// country; an adviser).
    CountInList,
    /// An adviser line that names neither an embassy's country nor a city.
    AdviserShape,
    /// A list line before any heading says what the list is.
    OutsideList,
    /// The same list twice.
    Twice(Section),
    /// A list the page must have and does not.
    Missing(Section),
    /// A heading that states no number, or no number the reader knows.
    NoNumber(Section),
    /// The page reads as the other language's version.
    WrongLanguage(Lang),
}

/// The parts of the page that hold lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Latvia's attachés abroad, under the totals line.
    Postings,
    /// Latvia's advisers.
    Advisers,
    /// Foreign attachés resident in Latvia.
    Resident,
    /// Foreign attachés accredited to Latvia and residing elsewhere.
    NonResident,
}

impl Section {
    fn heading(self) -> &'static str {
        match self {
            Section::Postings => {
                "total of Latvia's attachés (\"... akreditējusi astoņus aizsardzības \
                 atašejus 18 valstīs:\", \"... eight defence attachés in 18 countries:\") and \
                 its list"
            }
            Section::Advisers => {
                "advisers' heading (\"... divi aizsardzības padomnieki ...:\", \"... two \
                 defence advisers ...:\") and its list"
            }
            Section::Resident => {
                "list of attachés accredited to Latvia (\"Aizsardzības atašeji, kas ir \
                 akreditēti Latvijā:\", \"Defence attachés accredited to Latvia:\")"
            }
            Section::NonResident => {
                "list of non-resident attachés (\"Nerezidējošie aizsardzības atašeji ...:\", \
                 \"Non-resident defence attachés ...:\")"
            }
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::TooLarge(bytes) => write!(
                f,
                "the page text is {bytes} bytes; at most {} are read",
                crate::data::bytes_words(MAX_PAGE_BYTES as u64)
            ),
            Problem::Unsafe(c) => write!(
                f,
                "holds the control or format character U+{:04X}, which no page text may hold",
                u32::from(*c)
            ),
            Problem::LineTooLong(chars) => write!(
                f,
                "is {chars} characters long; a line of at most {MAX_LINE_CHARS} is read"
            ),
            Problem::NoBrackets => f.write_str(
                "a list line without \"(rezidē CITY)\" (\"(resident in CITY)\"): \
                 cannot tell where it resides",
            ),
            Problem::Unclosed => f.write_str("a bracket is not closed"),
            Problem::NoResidence => f.write_str(
                "the brackets do not say where it resides: \"rezidē CITY\" (\"resident in CITY\") \
                 expected",
            ),
            Problem::NoCountries => f.write_str("no country before the brackets"),
            Problem::NoCity => f.write_str("no city after \"rezidē\" (\"resident in\")"),
            Problem::Count => write!(
                f,
                "the number of attachés cannot be read: a number in digits (up to {MAX_COUNT}) \
                 or in words (\"divi pārstāvji\", \"2 representatives\") expected"
            ),
            Problem::AfterBrackets => f.write_str(
                "words after the brackets that are not a number of attachés \
                 (\"- 2 defence attachés\")",
            ),
            Problem::CountInList => f.write_str(
                "a number of attachés on a list of one attaché a country (or an adviser): \
                 \"(rezidē CITY, COUNTRY)\" expected",
            ),
            Problem::AdviserShape => f.write_str(
                "an adviser line names no city in brackets: \"... vēstniecībā COUNTRY (CITY, \
                 COUNTRY)\" (\"... Embassy ... in COUNTRY (CITY, COUNTRY)\") expected",
            ),
            Problem::OutsideList => f.write_str(
                "a list line before any heading says which list it is in: is the heading above \
                 it missing?",
            ),
            Problem::Twice(section) => write!(f, "a second {}", section.heading()),
            Problem::Missing(section) => write!(
                f,
                "the page has no {}: is the whole page copied, in the language given (--lang)?",
                section.heading()
            ),
            Problem::NoNumber(section) => write!(f, "no number read in this {}", section.heading()),
            Problem::WrongLanguage(lang) => write!(
                f,
                "the page reads as the {} version: give --lang {}",
                match lang {
                    Lang::En => "English",
                    Lang::Lv => "Latvian",
                },
                match lang {
                    Lang::En => "en",
                    Lang::Lv => "lv",
                }
            ),
        }
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}: {}", self.problem, shown(&self.text)),
            None => write!(f, "{}", self.problem),
        }
    }
}

impl std::error::Error for PageError {}

/// A line as a message shows it: quoted, escaped, and cut at 200 characters.
pub fn shown(text: &str) -> String {
    let cut: String = text.chars().take(200).collect();
    let more = if cut.len() < text.len() { "…" } else { "" };
    format!("\"{}{more}\"", escaped(&cut))
}

/// The words of each language the reader looks for, folded (lower case, no diacritics).
struct Words {
    /// Before the city: "rezidē", "resident in".
    resides: &'static [&'static [&'static str]],
    /// The word that joins the last two names.
    and: &'static str,
    /// The word before the embassy's country in an adviser line.
    embassy: &'static [&'static str],
}

const LATVIAN: Words = Words {
    resides: &[&["rezide"], &["rezidejot"]],
    and: "un",
    embassy: &["vestnieciba", "vestniecibas"],
};

const ENGLISH: Words = Words {
    resides: &[
        &["resident", "in"],
        &["resides", "in"],
        &["residing", "in"],
        &["based", "in"],
    ],
    and: "and",
    embassy: &["in"],
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Lv => &LATVIAN,
        Lang::En => &ENGLISH,
    }
}

/// The characters a list line may begin with, as bullets.
const BULLETS: &[char] = &[
    '-', '‐', '‑', '–', '—', '‒', '―', '−', '•', '·', '∙', '*', '‣', '◦', '▪', '▫', '●', '○', '■',
    '□', '►', '▸', '✓', '✔', '→', '⁃', '>',
];

/// One line, its spaces made plain, and whether it began with a bullet.
struct Plain {
    number: usize,
    text: String,
    bulleted: bool,
}

/// Reads a page's text. `lang` is the language of the page.
pub fn read(text: &str, lang: Lang) -> Result<Page, PageError> {
    if text.len() > MAX_PAGE_BYTES {
        return Err(PageError {
            line: None,
            text: String::new(),
            problem: Problem::TooLarge(text.len()),
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // NFC: a page saved decomposed ("A" + combining macron) reads as the composed one.
    let text: String = text.nfc().collect();
    let lines = plain_lines(&text)?;
    read_lines(&lines, lang).map_err(|error| match error.problem {
        // A page that does not read in the language given may be the other one.
        Problem::Missing(_) if read_lines(&lines, other(lang)).is_ok() => PageError {
            line: None,
            text: String::new(),
            problem: Problem::WrongLanguage(other(lang)),
        },
        _ => error,
    })
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Lv => Lang::En,
        Lang::En => Lang::Lv,
    }
}

/// Every line of `text` (CRLF, CR or LF ends), checked and made plain: every Unicode space a
/// plain one, runs of them one, none at the ends; a leading bullet taken off.
fn plain_lines(text: &str) -> Result<Vec<Plain>, PageError> {
    let mut lines = Vec::new();
    let mut rest = text;
    let mut number = 0;
    while !rest.is_empty() || number == 0 {
        number += 1;
        let (line, after) = match rest.find(['\r', '\n']) {
            Some(end) => {
                let skip = if rest[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                (&rest[..end], &rest[end + skip..])
            }
            None => (rest, ""),
        };
        rest = after;
        let error = |problem| PageError {
            line: Some(number),
            text: line.chars().take(MAX_LINE_CHARS).collect(),
            problem,
        };
        let chars = line.chars().take(MAX_LINE_CHARS + 1).count();
        if chars > MAX_LINE_CHARS {
            return Err(error(Problem::LineTooLong(line.chars().count())));
        }
        if let Some(c) = line.chars().find(|&c| c != '\t' && is_unsafe(c)) {
            return Err(error(Problem::Unsafe(c)));
        }
        let mut plain = String::with_capacity(line.len());
        for word in line.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if !plain.is_empty() {
                plain.push(' ');
            }
            plain.push_str(word);
        }
        let (text, bulleted) = without_bullet(&plain);
        lines.push(Plain {
            number,
            text: text.to_owned(),
            bulleted,
        });
    }
    Ok(lines)
}

/// `line` without a leading bullet ("- ", "• ", "1. ", "2) "), and whether it had one.
fn without_bullet(line: &str) -> (&str, bool) {
    let mut rest = line;
    let mut bulleted = false;
    loop {
        let before = rest;
        rest = rest.trim_start_matches(BULLETS).trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && digits <= 3 {
            let after = &rest[digits..];
            if let Some(after) = after.strip_prefix(['.', ')']) {
                if after.starts_with(' ') {
                    rest = after.trim_start();
                }
            }
        }
        if rest.len() == before.len() {
            break;
        }
        bulleted = true;
    }
    (rest, bulleted)
}

/// `text` without what may close an entry: `;`, `.`, `,`, `:` and spaces.
fn closed(text: &str) -> &str {
    text.trim_end_matches([';', '.', ',', ':', ' ', '!'])
}

/// What a heading line opens.
fn heading(line: &Plain, lang: Lang) -> Option<Section> {
    if line.bulleted || line.text.contains('(') {
        return None;
    }
    let folded = fold(&line.text);
    let words: Vec<&str> = folded.split(' ').collect();
    let colon = line.text.trim_end().ends_with(':');
    // Without its colon, a heading is a short line: the duties sentence names a
    // "padomnieks" too, in 40 words.
    if !colon && words.len() > 20 {
        return None;
    }
    let has = |prefixes: &[&str]| {
        words
            .iter()
            .any(|w| prefixes.iter().any(|p| w.starts_with(p)))
    };
    match lang {
        Lang::Lv => {
            if has(&["nerezid"]) && has(&["atasej"]) {
                Some(Section::NonResident)
            } else if has(&["akreditet"]) && has(&["latvija"]) && !has(&["valst"]) {
                Some(Section::Resident)
            } else if has(&["padomniek"])
                && (colon || stated_number(&words, &["padomniek"]).is_some())
            {
                Some(Section::Advisers)
            } else if has(&["atasej"])
                && has(&["valst"])
                && (colon || stated_number(&words, &["atasej"]).is_some())
            {
                Some(Section::Postings)
            } else {
                None
            }
        }
        Lang::En => {
            let non_resident = has(&["nonresident"])
                || words
                    .windows(2)
                    .any(|w| w[0] == "non" && w[1].starts_with("resident"));
            if non_resident && has(&["attache"]) {
                Some(Section::NonResident)
            } else if has(&["accredited"]) && has(&["latvia"]) && !has(&["countr"]) {
                Some(Section::Resident)
            } else if has(&["advis"]) && (colon || stated_number(&words, &["advis"]).is_some()) {
                Some(Section::Advisers)
            } else if has(&["attache"])
                && has(&["countr"])
                && (colon || stated_number(&words, &["attache"]).is_some())
            {
                Some(Section::Postings)
            } else {
                None
            }
        }
    }
}

/// The number just before a word beginning with one of `nouns` (words such as
/// "aizsardzības" or "defence" between them): "astoņus aizsardzības atašejus" is 8. Also its
/// position among the words.
fn stated_number(words: &[&str], nouns: &[&str]) -> Option<(u32, usize)> {
    // The first such word with a number before it: "Valsts ... 18 valstīs" is 18.
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| nouns.iter().any(|n| w.starts_with(n)))
        .find_map(|(at, _)| {
            let mut end = at;
            while end > 0 && ADJECTIVES.contains(&words[end - 1]) {
                end -= 1;
            }
            number_ending_at(&words[..end])
        })
}

/// Words that may stand between a number and what it counts.
const ADJECTIVES: &[&str] = &[
    "aizsardzibas",
    "defence",
    "defense",
    "military",
    "militaras",
    "militarie",
    "latvijas",
    "latvian",
];

/// The number the last words of `words` spell, and the position of its first word.
fn number_ending_at(words: &[&str]) -> Option<(u32, usize)> {
    let n = words.len();
    if n >= 2 {
        if let Some(value) = number_of(&words[n - 2..]) {
            return Some((value, n - 2));
        }
    }
    let last = *words.last()?;
    number_of(&[last]).map(|value| (value, n - 1))
}

/// The number that one or two folded words spell: digits, or Latvian or English number words
/// up to 99 ("astoņus", "divi", "divdesmit viens", "twenty one").
pub fn number_of(words: &[&str]) -> Option<u32> {
    match words {
        [one] => one_word(one),
        [tens, unit] => {
            let tens = one_word(tens)?;
            let unit = one_word(unit)?;
            (tens >= 20 && tens % 10 == 0 && (1..10).contains(&unit)).then_some(tens + unit)
        }
        _ => None,
    }
}

fn one_word(word: &str) -> Option<u32> {
    // "twenty-one", folded one word of the page at a time, is "twenty one".
    if let Some((tens, unit)) = word.split_once(' ') {
        return if unit.contains(' ') {
            None
        } else {
            number_of(&[tens, unit])
        };
    }
    if !word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    const ENGLISH_UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const ENGLISH_TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = ENGLISH_UNITS.iter().position(|w| *w == word) {
        return Some(i as u32);
    }
    if let Some(i) = ENGLISH_TENS.iter().position(|w| *w == word) {
        return Some(20 + 10 * i as u32);
    }
    if word == "desmit" {
        return Some(10);
    }
    if let Some(stem) = word.strip_suffix("padsmit") {
        return latvian_stem(stem).map(|(unit, _)| 10 + unit);
    }
    if let Some(stem) = word.strip_suffix("desmit") {
        return latvian_stem(stem)
            .filter(|&(unit, rest)| unit >= 2 && rest.is_empty())
            .map(|(unit, _)| 10 * unit);
    }
    let (unit, ending) = latvian_stem(word)?;
    // The endings of the number words' cases and genders: "divi", "divas", "divus", "diviem".
    const ENDINGS: [&str; 12] = [
        "", "s", "a", "u", "i", "as", "us", "iem", "am", "im", "em", "ām",
    ];
    ENDINGS.contains(&ending).then_some(unit)
}

/// A Latvian number word's stem (folded) and what follows it.
fn latvian_stem(word: &str) -> Option<(u32, &str)> {
    const STEMS: [(&str, u32); 10] = [
        ("vien", 1),
        ("div", 2),
        ("trij", 3),
        ("tris", 3),
        ("cetr", 4),
        ("piec", 5),
        ("ses", 6),
        ("septin", 7),
        ("aston", 8),
        ("devin", 9),
    ];
    STEMS
        .iter()
        .find_map(|&(stem, value)| word.strip_prefix(stem).map(|rest| (value, rest)))
}

/// Reads the lines of a page in `lang`.
fn read_lines(lines: &[Plain], lang: Lang) -> Result<Page, PageError> {
    let joined = join_wrapped(lines, lang);
    let lines = joined.as_slice();
    let error = |line: &Plain, problem| PageError {
        line: Some(line.number),
        text: line.text.clone(),
        problem,
    };
    let mut totals: Option<Totals> = None;
    let mut advisers_stated: Option<Stated> = None;
    let mut seen: Vec<Section> = Vec::new();
    let mut section: Option<Section> = None;
    let mut postings = Vec::new();
    let mut advisers = Vec::new();
    let mut resident = Vec::new();
    let mut non_resident = Vec::new();
    for line in lines {
        if line.text.is_empty() {
            continue;
        }
        if let Some(opened) = heading(line, lang) {
            let listed = match opened {
                Section::Postings => postings.len(),
                Section::Advisers => advisers.len(),
                Section::Resident => resident.len(),
                Section::NonResident => non_resident.len(),
            };
            if seen.contains(&opened) && listed > 0 {
                // A short line that repeats a heading's words without its colon (a menu or a
                // breadcrumb a copy brings along) opens nothing; a second heading is an error.
                // (One before the list's own heading, with nothing under it, is overtaken.)
                if !line.text.ends_with(':') {
                    section = None;
                    continue;
                }
                return Err(error(line, Problem::Twice(opened)));
            }
            seen.push(opened);
            section = Some(opened);
            let body = closed(&line.text);
            let original: Vec<&str> = body.split(' ').collect();
            let folded: Vec<String> = original.iter().map(|w| fold(w)).collect();
            let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
            match opened {
                Section::Postings => {
                    let attaches = stated_number(&folded, &["atasej", "attache"]);
                    let countries = stated_number(&folded, &["valst", "countr"]);
                    let (Some((attaches, _)), Some((countries, _))) = (attaches, countries) else {
                        return Err(error(line, Problem::NoNumber(opened)));
                    };
                    totals = Some(Totals {
                        line: line.number,
                        attaches,
                        countries,
                        quote: body.to_owned(),
                    });
                }
                Section::Advisers => {
                    let Some((count, from)) = stated_number(&folded, &["padomniek", "advis"])
                    else {
                        return Err(error(line, Problem::NoNumber(opened)));
                    };
                    advisers_stated = Some(Stated {
                        line: line.number,
                        count,
                        quote: original[from..].join(" "),
                    });
                }
                Section::Resident | Section::NonResident => {}
            }
            continue;
        }
        let folded = fold(&line.text);
        let resides = words_of(lang)
            .resides
            .iter()
            .any(|r| contains_words(&folded, r));
        let entry = line.bulleted || unbulleted_entry(&line.text, resides);
        let Some(current) = section else {
            // A list line outside every list: a heading lost in the copy.
            if entry && resides {
                return Err(error(line, Problem::OutsideList));
            }
            continue;
        };
        if !entry {
            // Prose: the list above has ended.
            section = None;
            continue;
        }
        for piece in line.text.split(';') {
            let piece = closed(piece.trim());
            if piece.is_empty() {
                continue;
            }
            let at = |problem| PageError {
                line: Some(line.number),
                text: piece.to_owned(),
                problem,
            };
            match current {
                Section::Postings => postings.push(posting(piece, line.number, lang).map_err(at)?),
                Section::Advisers => advisers.push(adviser(piece, line.number, lang).map_err(at)?),
                Section::Resident => {
                    resident.push(accreditation(piece, line.number, lang).map_err(at)?)
                }
                Section::NonResident => {
                    non_resident.push(accreditation(piece, line.number, lang).map_err(at)?)
                }
            }
        }
    }
    let missing = |section| PageError {
        line: None,
        text: String::new(),
        problem: Problem::Missing(section),
    };
    let totals = totals.ok_or_else(|| missing(Section::Postings))?;
    let advisers_stated = advisers_stated.ok_or_else(|| missing(Section::Advisers))?;
    for (list, section) in [
        (postings.is_empty(), Section::Postings),
        (advisers.is_empty(), Section::Advisers),
        (
            resident.is_empty() && !seen.contains(&Section::Resident),
            Section::Resident,
        ),
        (
            non_resident.is_empty() && !seen.contains(&Section::NonResident),
            Section::NonResident,
        ),
    ] {
        if list {
            return Err(missing(section));
        }
    }
    Ok(Page {
        lang,
        totals,
        advisers_stated,
        postings,
        advisers,
        resident,
        non_resident,
        text: lines.iter().map(|l| l.text.clone()).collect(),
    })
}

/// The lines with each entry that a copy wrapped onto two or more lines ("- Polijā, Čehijā,"
/// then "Slovākijā un Ungārijā (rezidē Varšavā);") joined back into the one line it is on the
/// page, under the first line's number. A line goes on in the next when its bracket is still
/// open, or when it is a list entry (it has a bullet) that ends with a comma or "un" ("and",
/// "&") before any bracket; the next line must have no bullet of its own, be no heading and
/// not be blank. Prose is never joined to a heading, since a heading is never a continuation.
fn join_wrapped(lines: &[Plain], lang: Lang) -> Vec<Plain> {
    fn goes_on(line: &Plain) -> bool {
        let open = line.text.matches('(').count();
        if open > line.text.matches(')').count() {
            return true;
        }
        let last_word = line.text.rsplit(' ').next().unwrap_or("");
        line.bulleted
            && open == 0
            && (line.text.ends_with(',') || ["un", "and", "&"].contains(&last_word))
    }
    let mut out: Vec<Plain> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(last) = out.last_mut() {
            if !line.text.is_empty()
                && !line.bulleted
                && goes_on(last)
                && heading(line, lang).is_none()
            {
                last.text.push(' ');
                last.text.push_str(&line.text);
                continue;
            }
        }
        out.push(Plain {
            number: line.number,
            text: line.text.clone(),
            bulleted: line.bulleted,
        });
    }
    out
}

/// Whether a line without a bullet is a list entry, not prose or a page's footer: short, with
/// brackets, and either saying where it resides or ending with its brackets ("Kanādā
/// (Otavā);" is an entry to refuse, "© Aizsardzības ministrija, 2024" and a sentence are not).
fn unbulleted_entry(text: &str, resides: bool) -> bool {
    let short = text.split(' ').count() < 25;
    let ends_bracketed = closed(text).ends_with(')');
    short && text.contains('(') && !text.starts_with('©') && (resides || ends_bracketed)
}

fn words_of(lang: Lang) -> &'static Words {
    words(lang)
}

/// Whether the folded `text` has the words `wanted` one after another.
fn contains_words(text: &str, wanted: &[&str]) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(wanted.len()).any(|w| w == wanted)
}

/// An entry split at its brackets: the words before, inside and after.
struct Bracketed<'e> {
    before: &'e str,
    inside: &'e str,
    after: &'e str,
}

/// Splits `entry` at its last bracket pair (a name may hold brackets of its own before it).
fn bracketed(entry: &str) -> Result<Bracketed<'_>, Problem> {
    let (Some(open), Some(close)) = (entry.rfind('('), entry.rfind(')')) else {
        if entry.contains(['(', ')']) {
            return Err(Problem::Unclosed);
        }
        return Err(Problem::NoBrackets);
    };
    if close < open || entry[open + 1..close].contains('(') {
        return Err(Problem::Unclosed);
    }
    Ok(Bracketed {
        before: entry[..open].trim(),
        inside: entry[open + 1..close].trim(),
        after: entry[close + 1..].trim(),
    })
}

/// What the brackets of a list line say: where it resides, and how many.
struct Residence {
    city: String,
    country: Option<String>,
    count: Option<u32>,
}

/// Reads "divi pārstāvji, rezidē Vašingtonā" or "resident in Warsaw, Poland".
fn residence(inside: &str, lang: Lang) -> Result<Residence, Problem> {
    let parts: Vec<&str> = inside.split(',').map(str::trim).collect();
    let keywords = words(lang).resides;
    let mut found = None;
    for (i, part) in parts.iter().enumerate() {
        let original: Vec<&str> = part.split(' ').filter(|w| !w.is_empty()).collect();
        for keyword in keywords {
            let at = original
                .windows(keyword.len())
                .position(|w| w.iter().zip(keyword.iter()).all(|(a, b)| fold(a) == *b));
            if let Some(at) = at {
                found = Some((i, original, at, keyword.len()));
                break;
            }
        }
        if found.is_some() {
            break;
        }
    }
    let Some((i, words, at, len)) = found else {
        return Err(Problem::NoResidence);
    };
    let count_words: Vec<&str> = words[..at].to_vec();
    let city = words[at + len..].join(" ");
    if city.is_empty() {
        return Err(Problem::NoCity);
    }
    let count = match (parts[..i].len(), count_words.is_empty()) {
        (0, true) => None,
        (1, true) => Some(count(parts[0])?),
        (0, false) => Some(count(&count_words.join(" "))?),
        _ => return Err(Problem::Count),
    };
    let country = match &parts[i + 1..] {
        [] => None,
        rest => Some(rest.join(", ")),
    };
    if country.as_deref().is_some_and(|c| fold(c).is_empty()) {
        return Err(Problem::NoResidence);
    }
    Ok(Residence {
        city,
        country,
        count,
    })
}

/// The nouns a count of attachés may count.
const COUNTED: &[&str] = &[
    "parstav",
    "atasej",
    "represent",
    "attache",
    "officer",
    "virsniek",
    "persona",
    "person",
];

/// A number of attachés: "divi pārstāvji", "2 defence attachés".
fn count(text: &str) -> Result<u32, Problem> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(noun) = words
        .iter()
        .position(|w| COUNTED.iter().any(|c| w.starts_with(c)))
    else {
        return Err(Problem::Count);
    };
    // Nothing after the noun but its own words ("attachés there").
    let mut end = noun;
    while end > 0 && ADJECTIVES.contains(&words[end - 1]) {
        end -= 1;
    }
    match number_ending_at(&words[..end]) {
        Some((value, 0)) if (1..=MAX_COUNT).contains(&value) && noun + 1 == words.len() => {
            Ok(value)
        }
        _ => Err(Problem::Count),
    }
}

/// The names of a list, split at commas and the word `and`: "Vācijā, Austrijā un Francijā".
fn names(text: &str, lang: Lang) -> Vec<String> {
    let and = words(lang).and;
    let mut names = Vec::new();
    for part in text.split([',', '&']) {
        let mut current: Vec<&str> = Vec::new();
        for word in part.split(' ').filter(|w| !w.is_empty()) {
            if fold(word) == and {
                if !current.is_empty() {
                    names.push(current.join(" "));
                }
                current.clear();
            } else {
                current.push(word);
            }
        }
        if !current.is_empty() {
            names.push(current.join(" "));
        }
    }
    names
}

fn posting(entry: &str, line: usize, lang: Lang) -> Result<PostingLine, Problem> {
    let parts = bracketed(entry)?;
    let residence = residence(parts.inside, lang)?;
    let after = suffix_count(parts.after)?;
    let stated = match (residence.count, after) {
        (Some(a), Some(b)) if a != b => return Err(Problem::Count),
        (a, b) => a.or(b),
    };
    let countries = names(parts.before, lang);
    if countries.is_empty() {
        return Err(Problem::NoCountries);
    }
    Ok(PostingLine {
        line,
        quote: entry.to_owned(),
        countries,
        residence: residence.city,
        residence_country: residence.country,
        stated,
    })
}

/// A count after the brackets: "- 2 defence attachés", "– divi atašeji"; none when nothing
/// follows them.
fn suffix_count(after: &str) -> Result<Option<u32>, Problem> {
    let text = after
        .trim_start_matches(|c: char| BULLETS.contains(&c) || c == ':' || c == ',' || c == ' ');
    if fold(text).is_empty() {
        return Ok(None);
    }
    count(text).map(Some).map_err(|_| Problem::AfterBrackets)
}

fn adviser(entry: &str, line: usize, lang: Lang) -> Result<AdviserLine, Problem> {
    let parts = bracketed(entry).map_err(|problem| match problem {
        Problem::NoBrackets => Problem::AdviserShape,
        other => other,
    })?;
    if !fold(parts.after).is_empty() {
        return Err(Problem::AfterBrackets);
    }
    let (city, country) = match residence(parts.inside, lang) {
        Ok(found) if found.count.is_none() => (found.city, found.country),
        Ok(_) => return Err(Problem::CountInList),
        Err(Problem::NoResidence) => {
            let mut inside = parts.inside.splitn(2, ',').map(str::trim);
            let city = inside.next().unwrap_or_default().to_owned();
            let country = inside.next().map(str::to_owned).filter(|c| !c.is_empty());
            (city, country)
        }
        Err(other) => return Err(other),
    };
    if fold(&city).is_empty() {
        return Err(Problem::AdviserShape);
    }
    let before: Vec<&str> = parts.before.split(' ').filter(|w| !w.is_empty()).collect();
    let markers = words(lang).embassy;
    let embassy = match lang {
        // "... vēstniecībā Amerikas Savienotajās Valstīs"
        Lang::Lv => before
            .iter()
            .position(|w| markers.contains(&fold(w).as_str())),
        // "... Embassy of the Republic of Latvia in the United States": the first "in" after
        // "Embassy".
        Lang::En => before
            .iter()
            .position(|w| fold(w).starts_with("embass"))
            .and_then(|e| {
                before[e..]
                    .iter()
                    .position(|w| fold(w) == "in")
                    .map(|i| e + i)
            }),
    }
    .map(|at| before[at + 1..].join(" "))
    .filter(|name| !fold(name).is_empty());
    Ok(AdviserLine {
        line,
        quote: entry.to_owned(),
        embassy,
        city,
        country,
    })
}

fn accreditation(entry: &str, line: usize, lang: Lang) -> Result<AccreditationLine, Problem> {
    let parts = bracketed(entry)?;
    let residence = residence(parts.inside, lang)?;
    if residence.count.is_some() {
        return Err(Problem::CountInList);
    }
    if !fold(parts.after).is_empty() {
        return Err(Problem::AfterBrackets);
    }
    if fold(parts.before).is_empty() {
        return Err(Problem::NoCountries);
    }
    Ok(AccreditationLine {
        line,
        quote: entry.to_owned(),
        country: parts.before.to_owned(),
        city: residence.city,
        city_country: residence.country,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words_and_digits() {
        for (words, value) in [
            ("astoņus", 8),
            ("divi", 2),
            ("divus", 2),
            ("trīs", 3),
            ("18", 18),
            ("astoņpadsmit", 18),
            ("divdesmit", 20),
            ("divdesmit viens", 21),
            ("eight", 8),
            ("twenty one", 21),
            ("vienu", 1),
        ] {
            let folded = fold(words);
            let words: Vec<&str> = folded.split(' ').collect();
            assert_eq!(number_of(&words), Some(value), "{folded}");
        }
        for not in ["daudzi", "divreiz", "12345", "", "desmitiem"] {
            assert_eq!(number_of(&[not]), None, "{not}");
        }
    }

    #[test]
    fn bullets_come_off() {
        for line in [
            "- ASV", "• ASV", "1. ASV", "12) ASV", "— ASV", "* ASV", "-ASV",
        ] {
            assert_eq!(without_bullet(line), ("ASV", true), "{line}");
        }
        assert_eq!(without_bullet("18 valstīs"), ("18 valstīs", false));
    }

    #[test]
    fn the_page_reads_into_its_records_with_their_lines() {
        let page = read(include_str!("../../tests/pages/mod-lv.txt"), Lang::Lv).expect("reads");
        assert_eq!(
            (
                page.totals.line,
                page.totals.attaches,
                page.totals.countries
            ),
            (5, 8, 18)
        );
        assert_eq!(
            page.advisers_stated.quote,
            "divi aizsardzības padomnieki Latvijas Republikas vēstniecībās"
        );
        assert_eq!(page.postings.len(), 7);
        let berlin = &page.postings[1];
        assert_eq!(berlin.line, 7);
        assert_eq!(berlin.countries, ["Vācijā", "Austrijā", "Francijā"]);
        assert_eq!(berlin.residence, "Berlīnē");
        assert_eq!(
            berlin.quote,
            "Vācijā, Austrijā un Francijā (rezidē Berlīnē)"
        );
        let london = &page.advisers[0];
        assert_eq!(london.city, "Londona");
        assert_eq!(london.country.as_deref(), Some("Apvienotā Karaliste"));
        assert_eq!(
            london.embassy.as_deref(),
            Some("Lielbritānijas un Ziemeļīrijas Apvienotajā Karalistē")
        );
        assert_eq!((page.resident.len(), page.non_resident.len()), (9, 22));
        let albania = &page.non_resident[0];
        assert_eq!(albania.line, 28);
        assert_eq!(
            (albania.country.as_str(), albania.city.as_str()),
            ("Albānija", "Varšavā")
        );
        assert_eq!(albania.city_country.as_deref(), Some("Polijā"));
    }

    #[test]
    fn totals_in_words_or_digits_in_either_language() {
        for (heading, lang, attaches, countries) in [
            (
                "Latvijas Aizsardzības ministrija šobrīd ir akreditējusi astoņus aizsardzības atašejus 18 valstīs:",
                Lang::Lv,
                8,
                18,
            ),
            (
                "Latvijas Aizsardzības ministrija šobrīd ir akreditējusi 8 aizsardzības atašejus 18 valstīs:",
                Lang::Lv,
                8,
                18,
            ),
            (
                "VALSTS AIZSARDZĪBAS RESORS IR AKREDITĒJIS DEVIŅUS ATAŠEJUS ASTOŅPADSMIT VALSTĪS:",
                Lang::Lv,
                9,
                18,
            ),
            (
                "Latvijai ir divdesmit viens atašejs 30 valstīs",
                Lang::Lv,
                21,
                30,
            ),
            (
                "The Latvian Ministry of Defence has currently accredited eight defence attachés in 18 countries:",
                Lang::En,
                8,
                18,
            ),
            (
                "Latvia has twenty-one defence attaches in thirty countries:",
                Lang::En,
                21,
                30,
            ),
        ] {
            let line = Plain {
                number: 1,
                text: heading.to_owned(),
                bulleted: false,
            };
            assert_eq!(
                super::heading(&line, lang),
                Some(Section::Postings),
                "{heading}"
            );
            let folded: Vec<String> = closed(heading).split(' ').map(fold).collect();
            let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
            let read = |nouns: &[&str]| stated_number(&folded, nouns).map(|(n, _)| n);
            assert_eq!(read(&["atasej", "attache"]), Some(attaches), "{heading}");
            assert_eq!(read(&["valst", "countr"]), Some(countries), "{heading}");
        }
    }

    #[test]
    fn english_lines() {
        let posting = posting(
            "Ukraine and Moldova (resident in Kiev) - 2 defence attachés",
            3,
            Lang::En,
        )
        .expect("reads");
        assert_eq!(posting.countries, ["Ukraine", "Moldova"]);
        assert_eq!(
            (posting.residence.as_str(), posting.stated),
            ("Kiev", Some(2))
        );
        let posting = posting_of("Poland, Czechia, Slovakia, and Hungary (resident in Warsaw)");
        assert_eq!(
            posting.countries,
            ["Poland", "Czechia", "Slovakia", "Hungary"]
        );
        let line =
            accreditation("Albania (resident in Warsaw, Poland)", 1, Lang::En).expect("reads");
        assert_eq!(line.city_country.as_deref(), Some("Poland"));
    }

    fn posting_of(entry: &str) -> PostingLine {
        posting(entry, 1, Lang::En).expect("reads")
    }

    #[test]
    fn counts() {
        assert_eq!(count("divi pārstāvji"), Ok(2));
        assert_eq!(count("2 defence attachés"), Ok(2));
        assert_eq!(count("daudzi pārstāvji"), Err(Problem::Count));
        assert_eq!(count("2 pārstāvji vēl"), Err(Problem::Count));
    }
}
