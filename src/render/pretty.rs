//! How a JSON document is laid out: serde_json's pretty printing, in fewer writes.

use std::io::{self, Write};

/// serde_json's `PrettyFormatter` (two spaces a level), byte for byte, writing a line break
/// and its indentation in one write rather than one write per level: a document's lines are
/// most of its writes, and each write into a `dyn Write` is a call and a copy.
#[derive(Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// `,` where it is not the first value, then a line break and the current indentation.
    fn line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        const LINE: &[u8; 2 + 64] =
            b",\n                                                                ";
        let mut spaces = 2 * self.level;
        let start = usize::from(first);
        let now = spaces.min(LINE.len() - 2);
        writer.write_all(&LINE[start..2 + now])?;
        spaces -= now;
        while spaces > 0 {
            let now = spaces.min(LINE.len() - 2);
            writer.write_all(&LINE[2..2 + now])?;
            spaces -= now;
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn end<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.line(writer, true)?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.line(writer, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.line(writer, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[test]
    fn pretty_writes_what_serde_jsons_pretty_printer_writes() {
        // Empty and nested arrays and objects, scalars, and nesting deeper than one write of
        // indentation holds (64 spaces: 32 levels).
        let mut deep = serde_json::json!({"leaf": [1, {}, [], "x"]});
        for i in 0..40 {
            deep = match i % 3 {
                0 => serde_json::json!([deep, [], {}, null]),
                1 => serde_json::json!({"a": deep, "b": {"c": []}, "d": true}),
                _ => serde_json::json!({"e": [deep], "f": "g\n\"h\""}),
            };
        }
        for value in [
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!(1),
            serde_json::json!([[], [[]], {"k": {}}]),
            deep,
        ] {
            let mut ours = Vec::new();
            let mut serializer =
                serde_json::Serializer::with_formatter(&mut ours, Pretty::default());
            value.serialize(&mut serializer).unwrap();
            let theirs = serde_json::to_string_pretty(&value).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), theirs);
        }
    }
}
