//! Characters that act on a terminal or reorder what it shows, and text made safe to echo.
//!
//! A data file, an argument or a path may hold an escape sequence (C0 or C1 controls: a window
//! title, a cleared screen), a bidirectional override or isolate that shows text reversed, or
//! another invisible format character. Validation refuses them in a dataset; every message that
//! echoes a value, an argument or a path escapes them with [`escaped`] or [`escaped_path`].

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// The format characters (Unicode general category Cf, Unicode 16), as inclusive ranges in
/// ascending order.
/// U+200C and U+200D (zero-width non-joiner and joiner) are left out: some scripts need them
/// to spell words (the Sinhala name of Sri Lanka in `endonyms.json` has a joiner), and they
/// neither reorder text nor act on a terminal.
const FORMAT: [(u32, u32); 22] = [
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200B),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A character no text of the dataset may hold and no message shows as it is: a C0 or C1
/// control (newlines and tabs included: every text is one line), the line and paragraph
/// separators, and the format characters (bidirectional overrides and isolates among them)
/// but the two joiners.
pub fn is_unsafe(c: char) -> bool {
    let code = u32::from(c);
    // Most text is ASCII or Latin-1 letters: decided without the table.
    match code {
        0..=0x1F | 0x7F..=0x9F => return true,
        0x20..=0x7E | 0xA0..=0xAC => return false,
        _ => {}
    }
    c == '\u{2028}'
        || c == '\u{2029}'
        || FORMAT
            .iter()
            .take_while(|&&(first, _)| first <= code)
            .any(|&(_, last)| code <= last)
}

/// The first unsafe character of `text`, if any.
pub fn first_unsafe(text: &str) -> Option<char> {
    text.chars().find(|&c| is_unsafe(c))
}

/// `text` with every unsafe character written as `\u{XX}`, and backslashes as they are:
/// what a message shows of a value.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if first_unsafe(text).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as a message shows it: UTF-8 parts as [`escaped`] shows them, every byte that is not
/// UTF-8 as `\xNN`.
pub fn escaped_path(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(&escaped(chunk.valid()));
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02x}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_format_characters_are_escaped_joiners_kept() {
        assert_eq!(escaped("Riga"), "Riga");
        assert_eq!(escaped("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(escaped("\u{202e}yawroN"), "\\u{202e}yawroN");
        assert_eq!(escaped("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(escaped("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        assert_eq!(escaped("ශ්‍රී"), "ශ්‍රී");
        assert!(is_unsafe('\u{E0041}') && is_unsafe('\u{FEFF}') && is_unsafe('\n'));
        assert!(!is_unsafe('\u{200D}') && !is_unsafe('ā'));
    }

    #[cfg(unix)]
    #[test]
    fn paths_escape_bytes_that_are_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"dir\xff/\x1b[2J"));
        assert_eq!(escaped_path(path), "dir\\xff/\\u{1b}[2J");
    }
}
