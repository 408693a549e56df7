//! How a JSON document is laid out: serde_json's pretty printing, in fewer writes; and a
//! value a document repeats (a city with its country, a country) laid out once at each level
//! it is written at.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Write};

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

thread_local! {
    /// The nesting level of the document [`Pretty`] is writing, while a [`Repeats`] is in
    /// force (`None` otherwise): the level a value written now is laid out at.
    static LEVEL: Cell<Option<usize>> = const { Cell::new(None) };
    /// The values [`repeated`] has laid out while the [`Repeats`] is in force.
    static LAID_OUT: RefCell<LaidOut> = const {
        RefCell::new(LaidOut {
            index: HashMap::with_hasher(BuildHasherDefault::new()),
            texts: Vec::new(),
            tokens: Vec::new(),
        })
    };
}

/// Values laid out: by what they are and the level they were laid out at, the index of their
/// text, and the token that stands for it in the document (a raw JSON fragment, the index in
/// digits, which [`Pretty`] writes as the text).
#[derive(Default)]
struct LaidOut {
    index: HashMap<(usize, usize), usize, BuildHasherDefault<AddressHasher>>,
    texts: Vec<String>,
    tokens: Vec<Box<RawValue>>,
}

/// A hash of two addresses-or-levels: FxHash's multiply and rotate (the keys are not chosen
/// by anyone; SipHash would cost more than what it saves).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// While it lives, values passed to [`repeated`] are laid out once at each level of the
/// document they are written at (`non-resident` names the city each attaché resides in
/// once a group, `accredited` once an attaché: a city with its country is a dozen lines).
/// Only the document [`super::json`] writes with [`Pretty`] holds one; any other
/// serialization (serde_json's own printers, `to_value`) serializes the values as they are.
pub(super) struct Repeats(());

impl Repeats {
    pub(super) fn new() -> Self {
        LEVEL.with(|level| level.set(Some(0)));
        Repeats(())
    }
}

impl Drop for Repeats {
    fn drop(&mut self) {
        LEVEL.with(|level| level.set(None));
        LAID_OUT.with(|laid_out| *laid_out.borrow_mut() = LaidOut::default());
    }
}

/// Serializes `value`, which `id` names (the address of the record it shows, which it is made
/// of alone), as it would itself; where a [`Repeats`] is in force, laid out the first time it
/// is written at a level and copied every other time.
pub(crate) fn repeated<S: Serializer, T: Serialize + ?Sized>(
    id: usize,
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let Some(level) = LEVEL.with(Cell::get) else {
        return value.serialize(serializer);
    };
    let key = (id, level);
    let found = LAID_OUT.with(|laid_out| laid_out.borrow().index.get(&key).copied());
    let index = match found {
        Some(index) => index,
        None => {
            // Laid out with no borrow of the table held: the values inside it use it too.
            let text = lay_out(value, level).map_err(serde::ser::Error::custom)?;
            LAID_OUT.with(|laid_out| {
                let mut laid_out = laid_out.borrow_mut();
                let index = laid_out.texts.len();
                let token =
                    RawValue::from_string(index.to_string()).map_err(serde::ser::Error::custom)?;
                laid_out.texts.push(text);
                laid_out.tokens.push(token);
                laid_out.index.insert(key, index);
                Ok(index)
            })?
        }
    };
    LAID_OUT.with(|laid_out| match laid_out.borrow().tokens.get(index) {
        Some(token) => token.serialize(serializer),
        None => value.serialize(serializer),
    })
}

/// `value` pretty-printed as it is where the document is at `level`.
fn lay_out<T: Serialize + ?Sized>(value: &T, level: usize) -> serde_json::Result<String> {
    // Through a buffer, as the document is written: serde_json's many small writes are then
    // inlined copies (`Vec::extend_from_slice` is not inlined at opt-level "s").
    let mut text = io::BufWriter::with_capacity(1024, Vec::new());
    let formatter = Pretty {
        level,
        has_value: false,
    };
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut text, formatter,
    ))?;
    // The values inside it moved the level on; the document goes on at its own.
    LEVEL.with(|l| l.set(Some(level)));
    let text = text.into_inner().map_err(serde::ser::Error::custom)?;
    String::from_utf8(text).map_err(serde::ser::Error::custom)
}

/// serde_json's `PrettyFormatter` (two spaces a level), byte for byte, writing a line break
/// and its indentation in one write rather than one write per level: a document's lines are
/// most of its writes, and each write into a `dyn Write` is a call and a copy.
#[derive(Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// Says the level for [`repeated`], where a [`Repeats`] is in force.
    fn publish(&self) {
        LEVEL.with(|level| {
            if level.get().is_some() {
                level.set(Some(self.level));
            }
        });
    }

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
        self.publish();
        writer.write_all(bracket)
    }

    fn end<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        self.publish();
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
    /// A raw fragment is written as it is, but while a [`Repeats`] is in force, where every
    /// raw fragment of the document is a token of [`repeated`]: the text it stands for.
    fn write_raw_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if LEVEL.with(Cell::get).is_some() {
            if let Ok(index) = fragment.parse::<usize>() {
                return LAID_OUT.with(|laid_out| match laid_out.borrow().texts.get(index) {
                    Some(text) => writer.write_all(text.as_bytes()),
                    None => writer.write_all(fragment.as_bytes()),
                });
            }
        }
        writer.write_all(fragment.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// A value that goes through [`repeated`], named by `id`.
    struct Shared(usize, serde_json::Value);

    impl Serialize for Shared {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            repeated(self.0, &self.1, serializer)
        }
    }

    #[test]
    fn a_repeated_value_is_written_as_it_would_be_at_every_level() {
        let city = serde_json::json!({"id": "riga", "name": {"en": "Riga"}, "list": [1, [], {}]});
        let other = serde_json::json!(["x", {"y": null}]);
        let inner = |depth: usize| {
            let mut v = serde_json::json!({"k": "v"});
            for _ in 0..depth {
                v = serde_json::json!([v]);
            }
            v
        };
        // The same ids at several levels, nested in each other, and a scalar.
        #[derive(Serialize)]
        struct Doc {
            a: Shared,
            b: Vec<Shared>,
            c: Vec<Vec<Shared>>,
            d: Shared,
            e: Shared,
        }
        let doc = || Doc {
            a: Shared(1, city.clone()),
            b: vec![
                Shared(1, city.clone()),
                Shared(2, other.clone()),
                Shared(1, city.clone()),
            ],
            c: vec![
                vec![Shared(1, city.clone()), Shared(3, inner(3))],
                vec![Shared(3, inner(3))],
            ],
            d: Shared(3, inner(3)),
            e: Shared(4, serde_json::json!(7)),
        };
        let expected = serde_json::to_string_pretty(&doc()).unwrap();
        let mut ours = Vec::new();
        {
            let _repeats = Repeats::new();
            let mut serializer =
                serde_json::Serializer::with_formatter(&mut ours, Pretty::default());
            doc().serialize(&mut serializer).unwrap();
        }
        assert_eq!(String::from_utf8(ours).unwrap(), expected);
        // Once the document is written, nothing is held and nothing is shared.
        assert_eq!(LEVEL.with(Cell::get), None);
        assert!(LAID_OUT.with(|l| l.borrow().texts.is_empty()));
        let mut plain = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut plain, Pretty::default());
        doc().serialize(&mut serializer).unwrap();
        assert_eq!(String::from_utf8(plain).unwrap(), expected);
    }

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
