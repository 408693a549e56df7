//! Finding where a JSON path points in a file's text, so that an error found after parsing
//! (an unknown code, a duplicate) still names its line and column, like a parse error does.

/// One step of a path such as `attaches[1].covers[0]`.
#[derive(Debug, PartialEq, Eq)]
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            steps.push(Step::Index(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            let key = rest.strip_prefix('.').unwrap_or(rest);
            let end = key.find(['.', '[']).unwrap_or(key.len());
            steps.push(Step::Key(&key[..end]));
            rest = &key[end..];
        }
    }
    Some(steps)
}

/// The line (from 1) and column (from 1, in characters) where the value at `path` begins, or
/// `None` when the text does not hold it.
pub fn line_and_column(text: &str, path: &str) -> Option<(u32, u32)> {
    let mut at = 0;
    for step in steps(path)? {
        at = child(text.as_bytes(), skip_ws(text.as_bytes(), at), &step)?;
    }
    let at = skip_ws(text.as_bytes(), at);
    let before = text.get(..at)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((u32::try_from(line).ok()?, u32::try_from(column).ok()?))
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The start of the child named by `step` of the object or array starting at `i`.
fn child(b: &[u8], i: usize, step: &Step<'_>) -> Option<usize> {
    match (b.get(i)?, step) {
        (b'{', Step::Key(key)) => {
            let mut i = skip_ws(b, i + 1);
            while b.get(i)? != &b'}' {
                let (name, after) = string(b, i)?;
                let value = skip_ws(b, skip_ws(b, after) + 1); // past ':'
                if name == key.as_bytes() {
                    return Some(value);
                }
                i = skip_ws(b, skip_value(b, value)?);
                if b.get(i)? == &b',' {
                    i = skip_ws(b, i + 1);
                }
            }
            None
        }
        (b'[', Step::Index(index)) => {
            let mut i = skip_ws(b, i + 1);
            let mut n = 0;
            while b.get(i)? != &b']' {
                if n == *index {
                    return Some(i);
                }
                i = skip_ws(b, skip_value(b, i)?);
                if b.get(i)? == &b',' {
                    i = skip_ws(b, i + 1);
                }
                n += 1;
            }
            None
        }
        _ => None,
    }
}

/// A string's raw bytes (escapes left as they are) and the index just past it.
fn string(b: &[u8], i: usize) -> Option<(&[u8], usize)> {
    if b.get(i)? != &b'"' {
        return None;
    }
    let mut j = i + 1;
    while *b.get(j)? != b'"' {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    Some((&b[i + 1..j], j + 1))
}

/// The index just past the value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string(b, i).map(|(_, end)| end),
        open @ (b'{' | b'[') => {
            let close = if *open == b'{' { b'}' } else { b']' };
            let mut j = skip_ws(b, i + 1);
            while *b.get(j)? != close {
                j = skip_ws(b, skip_value(b, j)?);
                match b.get(j)? {
                    b',' | b':' => j = skip_ws(b, j + 1),
                    _ => {}
                }
            }
            Some(j + 1)
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']') && !b[j].is_ascii_whitespace()
            {
                j += 1;
            }
            Some(j)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"declared\": { \"n\": 8 },\n  \"attaches\": [\n    { \"covers\": [\"US\"] },\n    { \"q\": \"a \\\"b\\\" [c]\", \"covers\": [\"DE\", \"AT\"] }\n  ]\n}\n";

    #[test]
    fn finds_keys_and_indices_past_strings_with_escapes_and_brackets() {
        assert_eq!(line_and_column(TEXT, "declared.n"), Some((2, 22)));
        assert_eq!(
            line_and_column(TEXT, "attaches[0].covers[0]"),
            Some((4, 18))
        );
        assert_eq!(
            line_and_column(TEXT, "attaches[1].covers[1]"),
            Some((5, 44))
        );
        assert_eq!(line_and_column(TEXT, "attaches[1]"), Some((5, 5)));
    }

    #[test]
    fn a_path_the_text_does_not_hold_gives_none() {
        assert_eq!(line_and_column(TEXT, "attaches[7]"), None);
        assert_eq!(line_and_column(TEXT, "nothing"), None);
        assert_eq!(line_and_column("[1, 2", "[5]"), None);
        assert_eq!(line_and_column("", "[0]"), None);
    }

    #[test]
    fn top_level_arrays_and_non_ascii_columns() {
        let text = "[\n  {\"name\": \"Ķīna\", \"code\": \"XX\"}\n]";
        assert_eq!(line_and_column(text, "[0].code"), Some((2, 28)));
    }
}
