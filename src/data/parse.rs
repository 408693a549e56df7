//! From the text of the data files to a validated [`Dataset`]: parsing with serde (errors name
//! the line, column and JSON path), then validation. Pure: no file system, so that `--data`,
//! the build script (which bakes the embedded dataset) and the fuzzer share it.

use serde::de::DeserializeOwned;

use super::model::*;
use super::safe::{first_unsafe, is_unsafe};
use super::{Check, DataError, Dataset, validate};

/// Every file the dataset is made of. A missing one is an error: a partial dataset never
/// gives a partial answer.
pub const FILES: [&str; 11] = [
    "sources.json",
    "countries.json",
    "cities.json",
    "endonyms.json",
    "ambiguities.json",
    "postings.json",
    "accreditations.json",
    "cooperation.json",
    "duties.json",
    "statements.json",
    "unsc.json",
];

/// Reads and validates a dataset from the text of each file in [`FILES`], however the caller
/// came by it.
pub fn from_texts<'t>(
    mut text_of: impl FnMut(&str) -> Result<&'t str, DataError>,
) -> Result<Dataset, DataError> {
    let mut texts: Vec<(&str, &'t str)> = Vec::with_capacity(FILES.len());
    let loaded =
        parsed_and_validated(|name| text_of(name).inspect(|&text| texts.push((name, text))));
    loaded.map_err(|error| {
        let text = texts
            .iter()
            .find(|(name, _)| *name == error.file)
            .map(|(_, t)| *t);
        located(error, text)
    })
}

/// Parses each file of [`FILES`] as `text_of` gives it, in that order, then validates them
/// all. Each text is dropped once its file is parsed (where `text_of` gives it owned): the
/// texts need not be kept while the dataset is validated and indexed, when a load's memory
/// peaks. An error of validation has no position yet: see [`located`].
pub(super) fn parsed_and_validated<T: AsRef<str>>(
    mut text_of: impl FnMut(&'static str) -> Result<T, DataError>,
) -> Result<Dataset, DataError> {
    // One statement a file, so that each text is dropped at the end of its own.
    let mut file = |i: usize| text_of(FILES[i]).map(|text| (FILES[i], text));
    let sources = parse(file(0)?)?;
    let countries = parse(file(1)?)?;
    let cities = parse(file(2)?)?;
    let endonyms = parse(file(3)?)?;
    let ambiguities = parse(file(4)?)?;
    let postings = parse(file(5)?)?;
    let accreditations = parse(file(6)?)?;
    let cooperation = parse(file(7)?)?;
    let duties = parse(file(8)?)?;
    let statements = parse(file(9)?)?;
    let unsc = parse(file(10)?)?;
    validate::validate(RawDataset {
        sources,
        countries,
        cities,
        endonyms,
        ambiguities,
        postings,
        accreditations,
        cooperation,
        duties,
        statements,
        unsc,
    })
}

/// `error` with its line and column, where validation knew only the JSON path: `text` (the
/// text of the file at fault, if it can be had) tells where that is.
pub(super) fn located(mut error: DataError, text: Option<&str>) -> DataError {
    if error.position.is_none() {
        error.position = text
            .zip(error.path.as_deref())
            .and_then(|(t, p)| super::locate::line_and_column(t, p));
    }
    error
}

/// [`from_texts`] for files already read, their texts in the order of [`FILES`].
pub fn from_texts_in_order(texts: &[String]) -> Result<Dataset, DataError> {
    from_texts(|name| {
        FILES
            .iter()
            .position(|f| *f == name)
            .and_then(|i| texts.get(i))
            .map(String::as_str)
            .ok_or_else(|| DataError::file(name, "file is missing").of(Check::Schema))
    })
}

/// The files of [`FILES`] (their texts in that order) parsed by serde_json into the model's
/// types, and nothing else: no JSON paths kept for errors, no character check, no
/// validation, no name index. The baseline a `--data` load is measured against
/// (`examples/load.rs`, `bench/run.sh`); no command uses it.
#[doc(hidden)]
pub fn parse_typed(texts: &[String]) -> Result<Typed, serde_json::Error> {
    fn one<T: DeserializeOwned>(texts: &[String], i: usize) -> Result<T, serde_json::Error> {
        serde_json::from_str(texts.get(i).map_or("", String::as_str))
    }
    Ok(Typed(RawDataset {
        sources: one(texts, 0)?,
        countries: one(texts, 1)?,
        cities: one(texts, 2)?,
        endonyms: one(texts, 3)?,
        ambiguities: one(texts, 4)?,
        postings: one(texts, 5)?,
        accreditations: one(texts, 6)?,
        cooperation: one(texts, 7)?,
        duties: one(texts, 8)?,
        statements: one(texts, 9)?,
        unsc: one(texts, 10)?,
    }))
}

/// What [`parse_typed`] read: the files as the model's types, opaque.
#[doc(hidden)]
pub struct Typed(#[allow(dead_code)] RawDataset);

/// Every file as serde reads it, before any reference between them is checked.
pub(super) struct RawDataset {
    pub sources: Vec<Source>,
    pub countries: Vec<RawCountry>,
    pub cities: Vec<RawCity>,
    pub endonyms: RawEndonyms,
    pub ambiguities: Vec<RawAmbiguity>,
    pub postings: RawPostings,
    pub accreditations: Vec<RawAccreditation>,
    pub cooperation: RawCooperation,
    pub duties: Vec<RawDuty>,
    pub statements: Vec<RawStatement>,
    pub unsc: RawUnsc,
}

/// Parses one file; an error names the line, the column and the JSON path of the field at
/// fault (serde_path_to_error), e.g. `data/postings.json:14:9: attaches[3].covers: ...`.
///
/// A file is parsed first without keeping the path (serde_path_to_error's tracking is a
/// third of the parse), and only a file that fails is parsed again with it, for the message:
/// parsing is deterministic, so the second parse fails where the first did.
fn parse<T: DeserializeOwned>((file, text): (&str, impl AsRef<str>)) -> Result<T, DataError> {
    let text = text.as_ref();
    let mut json = serde_json::Deserializer::from_str(text);
    let value = match T::deserialize(&mut json) {
        Ok(value) => value,
        Err(_) => return Err(schema_error::<T>(file, text)),
    };
    json.end().map_err(|err| DataError {
        check: Check::Schema,
        dir: None,
        file: file.to_owned(),
        position: Some((line_col(err.line()), line_col(err.column()))),
        path: None,
        message: "trailing characters after the JSON value".to_owned(),
    })?;
    no_unsafe_characters(file, text)?;
    Ok(value)
}

/// The error of a file that serde could not read into `T`, naming the line, the column and
/// the JSON path (serde_path_to_error) of the field at fault.
#[cold]
fn schema_error<T: DeserializeOwned>(file: &str, text: &str) -> DataError {
    let mut json = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut json) {
        Ok(_) => DataError::file(file, "cannot be read").of(Check::Schema),
        Err(err) => path_error(file, err),
    }
}

/// serde_path_to_error's error as the file's error, its path and position kept.
fn path_error(file: &str, err: serde_path_to_error::Error<serde_json::Error>) -> DataError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    // serde_json ends its message with " at line L column C", which the prefix says already.
    let message = inner.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    DataError {
        check: Check::Schema,
        dir: None,
        file: file.to_owned(),
        position: (inner.line() > 0).then(|| (line_col(inner.line()), line_col(inner.column()))),
        path: Some(path.into_boxed_str()),
        message: message.to_owned(),
    }
}

/// Refuses a control or format character (`safe::is_unsafe`) in any string or key of a file,
/// naming the field. No text of the dataset needs one, and shown as it is one acts on the
/// terminal (an escape sequence) or reorders what it shows (a bidi override).
///
/// The text is scanned once; only a file that holds such a character as it is, or any escape
/// that could write one (`\u`, `\n`, ...), is read again as a JSON value to find the field.
fn no_unsafe_characters(file: &str, text: &str) -> Result<(), DataError> {
    if !suspect(text) {
        return Ok(());
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Ok(());
    };
    let mut path = String::new();
    match first_unsafe_in(&value, &mut path) {
        Some((c, in_key)) => {
            let what = if in_key { "a key" } else { "the text" };
            Err(DataError {
                check: Check::Values,
                dir: None,
                file: file.to_owned(),
                position: super::locate::line_and_column(text, &path),
                message: format!(
                    "{what} holds U+{:04X}, a control or format character, which no text \
                     may hold",
                    u32::from(c)
                ),
                path: Some(path.into_boxed_str()),
            })
        }
        None => Ok(()),
    }
}

/// Whether `text` may hold an unsafe character: as it is (JSON allows any but C0 controls raw
/// in a string; between values, newlines, returns and tabs are white space), or written as an
/// escape that could stand for one. One pass over the bytes: ASCII, and the two-byte
/// characters below U+0600 (Latin, Greek, Cyrillic, ...) but C1 controls and the soft hyphen,
/// are told apart without decoding.
fn suspect(text: &str) -> bool {
    scan(text, true)
}

/// [`suspect`], passing over plain ASCII eight bytes at a time or, for a test, not.
fn scan(text: &str, eight_at_a_time: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them can be or begin an unsafe character or an
        // escape (see `quiet`): pretty-printed JSON in any script below U+0600, newlines,
        // indentation and Latvian letters included, which is nearly every byte of a file.
        if let Some(word) = bytes.get(i..i + 8).filter(|_| eight_at_a_time) {
            if quiet(u64::from_le_bytes(word.try_into().unwrap_or_default())) {
                i += 8;
                continue;
            }
        }
        // Eight bytes at a time while they are printable ASCII but the backslash: most of
        // a file, and no byte of it can be or begin an unsafe character. Where one of the
        // eight is not, straight to it.
        if let Some(word) = bytes.get(i..i + 8).filter(|_| eight_at_a_time) {
            let plain = plain_ascii_prefix(u64::from_le_bytes(word.try_into().unwrap_or_default()));
            i += plain;
            if plain == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let unsafe_here = match b {
            b'\\' => {
                if matches!(
                    bytes.get(i + 1),
                    Some(b'u' | b'b' | b'f' | b'n' | b'r' | b't')
                ) {
                    return true;
                }
                // `\\` and `\"`: the next byte is taken with it (never part of a character).
                i += if bytes.get(i + 1).is_some_and(u8::is_ascii) {
                    2
                } else {
                    1
                };
                continue;
            }
            b'\n' | b'\r' | b'\t' => false,
            0x00..=0x1F | 0x7F => true,
            // U+0080 to U+00BF: C1 controls, and the soft hyphen U+00AD.
            0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F | 0xAD)),
            // From U+0600 on: decoded and looked up.
            0xD8..=0xFF => text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_unsafe),
            _ => false,
        };
        if unsafe_here {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether no byte of the eight of `word` is one the byte loop of [`scan`] stops at or must
/// look at: a C0 control but the newline (a tab or a return only sends the word to the
/// byte loop), DEL, the backslash, the lead byte 0xC2 (U+0080 to U+00BF) or a lead byte from
/// U+0600 on. Every other byte (ASCII, the continuation bytes, the lead bytes of U+00C0 to
/// U+05FF) the byte loop passes over unchanged, so a quiet word is skipped whole; a character
/// split across two words is seen from its lead byte.
fn quiet(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = ONES * 0x7F;
    const HIGH: u64 = ONES * 0x80;
    // Each test sets a byte's high bit from its low seven bits alone: a sum of two seven-bit
    // values never carries into the next byte, so every byte is tested exactly.
    let low = word & LOW;
    let at_least = |n: u8| low + ONES * u64::from(0x80 - n);
    let equal = |n: u8| !((low ^ (ONES * u64::from(n))) + LOW);
    let ascii = !word;
    let control = ascii & !at_least(0x20) & !equal(b'\n');
    // Also 0xFF, which is no byte of UTF-8.
    let delete = at_least(0x7F);
    let backslash = ascii & equal(b'\\');
    let c1_or_latin_1 = word & equal(0x42);
    let from_u0600 = word & at_least(0x58);
    (control | delete | backslash | c1_or_latin_1 | from_u0600) & HIGH == 0
}

/// How many of the eight bytes of `word` (little-endian: the first byte lowest) are, from the
/// first, printable ASCII (0x20 to 0x7E) other than the backslash, tested on all eight at once.
fn plain_ascii_prefix(word: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of a byte is set in `(x - ONES) & !x` where the byte of `x` is zero: for
    // the lowest such byte exactly (a borrow only wrongs the bytes above it), so the lowest
    // bit set of all four tests is the first byte that is not plain.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let not_plain = (word & HIGH)
        | (word.wrapping_sub(ONES * 0x20) & !word & HIGH)
        | zero(word ^ (ONES * 0x7F))
        | zero(word ^ (ONES * u64::from(b'\\')));
    (not_plain.trailing_zeros() / 8) as usize
}

/// The first unsafe character in a string or key of `value`, and whether it is in a key;
/// `path` is left at the string, or at the object whose key holds it.
fn first_unsafe_in(value: &serde_json::Value, path: &mut String) -> Option<(char, bool)> {
    use serde_json::Value;
    match value {
        Value::String(s) => first_unsafe(s).map(|c| (c, false)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                if let Some(found) = first_unsafe_in(item, path) {
                    return Some(found);
                }
                path.truncate(len);
            }
            None
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                if let Some(c) = first_unsafe(key) {
                    return Some((c, true));
                }
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                if let Some(found) = first_unsafe_in(item, path) {
                    return Some(found);
                }
                path.truncate(len);
            }
            None
        }
        _ => None,
    }
}

/// A line or column for an error message; saturates rather than wraps on an absurd file.
fn line_col(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`suspect`] answers, one character at a time.
    fn suspect_by_chars(text: &str) -> bool {
        let mut backslash = false;
        text.chars().any(|c| {
            let escape = backslash && matches!(c, 'u' | 'b' | 'f' | 'n' | 'r' | 't');
            backslash = !backslash && c == '\\';
            escape || (is_unsafe(c) && !matches!(c, '\n' | '\r' | '\t'))
        })
    }

    #[test]
    fn suspect_files() {
        for (text, expected) in [
            ("{\"a\": \"Rīga\"}\n", false),
            ("\"\\\\u\"", false),
            ("\"\\u0041\"", true),
            ("\"a\u{9b}\"", true),
            ("\"a\u{ad}\"", true),
            ("\"a\u{a0}\u{bf}\"", false),
            ("\"\u{202e}\"", true),
            ("\"ශ්‍රී\"", false),
            ("\"\u{E0041}\"", true),
        ] {
            assert_eq!(suspect(text), expected, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn suspect_is_the_character_scan(text in "(\\PC|[\\\\unt\\n\\u{80}-\\u{ff}\\u{200b}-\\u{2070}])*") {
            proptest::prop_assert_eq!(suspect(&text), suspect_by_chars(&text));
        }

        /// Mostly plain ASCII, so that the eight-byte steps meet every other byte at every
        /// offset; with and without them, the same answer.
        #[test]
        fn the_eight_byte_steps_change_nothing(text in r#"([ -~]{0,11}(\PC|[\n\t\x7F\x{80}-\x{FF}\x{202E}]|\\[\\unt"]))*[ -~]{0,9}"#) {
            proptest::prop_assert_eq!(scan(&text, true), scan(&text, false));
            proptest::prop_assert_eq!(suspect(&text), suspect_by_chars(&text));
        }
    }

    #[test]
    fn a_word_is_quiet_unless_a_byte_of_it_needs_the_byte_loop() {
        assert!(quiet(u64::from_le_bytes(*b"Riga, LV")));
        assert!(quiet(u64::from_le_bytes(*b"\n \"R\xC4\x81ga")));
        for at in 0..8 {
            for bad in [
                0x00, 0x09, 0x0D, 0x1F, 0x7F, b'\\', 0xC2, 0xD8, 0xE2, 0xF0, 0xFF,
            ] {
                let mut word = *b" ~azAZ09";
                word[at] = bad;
                assert!(!quiet(u64::from_le_bytes(word)), "{bad:#x} at {at}");
            }
            for fine in [b'\n', 0x80, 0xBF, 0xC3, 0xC4, 0xC5, 0xD7] {
                let mut word = *b" ~azAZ09";
                word[at] = fine;
                assert!(quiet(u64::from_le_bytes(word)), "{fine:#x} at {at}");
            }
        }
    }

    #[test]
    fn a_plain_prefix_ends_at_the_first_byte_that_is_not_plain() {
        assert_eq!(plain_ascii_prefix(u64::from_le_bytes(*b"Riga, LV")), 8);
        for at in 0..8 {
            for bad in [0x00, 0x1F, 0x7F, b'\\', 0x80, 0xC4, 0xFF] {
                let mut word = *b" ~azAZ09";
                word[at] = bad;
                // Bytes after the first that is not plain do not matter.
                for after in word.iter_mut().skip(at + 1) {
                    *after = 0;
                }
                assert_eq!(
                    plain_ascii_prefix(u64::from_le_bytes(word)),
                    at,
                    "{bad:#x} at {at}"
                );
            }
        }
    }
}
