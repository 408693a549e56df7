//! How a JSON document is laid out: serde_json's pretty printing, in fewer writes; and a
//! value a document repeats (a city with its country, a country) laid out once and written
//! again, re-indented, wherever it recurs, or a text laid out before (at build time) written
//! in its place.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Write};

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

thread_local! {
    /// Whether a [`Repeats`] is in force.
    static IN_FORCE: Cell<bool> = const { Cell::new(false) };
    /// The values [`repeated`] has laid out while the [`Repeats`] is in force.
    static LAID_OUT: RefCell<LaidOut> = const {
        RefCell::new(LaidOut {
            index: HashMap::with_hasher(BuildHasherDefault::new()),
            texts: Vec::new(),
            tokens: Vec::new(),
            laid_out_before: None,
        })
    };
    /// The text [`laid_out_before`] passes to [`Pretty`] with the token it writes.
    static NEXT: Cell<Option<(&'static LaidOutTexts, usize)>> = const { Cell::new(None) };
}

/// Values laid out: by what they are, the index of their text (laid out at level 0), and the
/// token that stands for it in the document (a raw JSON fragment, the index in digits, which
/// [`Pretty`] writes as the text, re-indented); and the token of [`laid_out_before`].
#[derive(Default)]
struct LaidOut {
    index: HashMap<usize, usize, BuildHasherDefault<AddressHasher>>,
    texts: Vec<String>,
    tokens: Vec<Box<RawValue>>,
    laid_out_before: Option<Box<RawValue>>,
}

/// A hash of an address: FxHash's multiply and rotate (the keys are not chosen by anyone;
/// SipHash would cost more than what it saves).
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

/// While it lives, values passed to [`repeated`] are laid out once and copied wherever they
/// recur (`non-resident` names the city each attaché resides in once a group, `accredited`
/// once an attaché: a city with its country is a dozen lines), and texts passed to
/// [`laid_out_before`] are written as they are.
/// Only the document [`super::json`] writes with [`Pretty`] holds one; any other
/// serialization (serde_json's own printers, `to_value`) serializes the values as they are.
pub(super) struct Repeats(());

impl Repeats {
    pub(super) fn new() -> Self {
        IN_FORCE.with(|in_force| in_force.set(true));
        Repeats(())
    }
}

impl Drop for Repeats {
    fn drop(&mut self) {
        IN_FORCE.with(|in_force| in_force.set(false));
        NEXT.with(|next| next.set(None));
        LAID_OUT.with(|laid_out| *laid_out.borrow_mut() = LaidOut::default());
    }
}

/// Serializes `value`, which `id` names (the address of the record it shows, which it is made
/// of alone), as it would itself; where a [`Repeats`] is in force, laid out the first time it
/// is written and copied, re-indented, every other time.
pub(crate) fn repeated<S: Serializer, T: Serialize + ?Sized>(
    id: usize,
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if !IN_FORCE.with(Cell::get) {
        return value.serialize(serializer);
    }
    let found = LAID_OUT.with(|laid_out| laid_out.borrow().index.get(&id).copied());
    let index = match found {
        Some(index) => index,
        None => {
            // Laid out with no borrow of the table held: the values inside it use it too.
            let text = lay_out(value).map_err(serde::ser::Error::custom)?;
            LAID_OUT.with(|laid_out| {
                let mut laid_out = laid_out.borrow_mut();
                let index = laid_out.texts.len();
                let token =
                    RawValue::from_string(index.to_string()).map_err(serde::ser::Error::custom)?;
                laid_out.texts.push(text);
                laid_out.tokens.push(token);
                laid_out.index.insert(id, index);
                Ok(index)
            })?
        }
    };
    LAID_OUT.with(|laid_out| match laid_out.borrow().tokens.get(index) {
        Some(token) => token.serialize(serializer),
        None => value.serialize(serializer),
    })
}

/// Values laid out before (by serde_json, when the binary was built), each at each of the
/// first `levels` levels of a document: the texts one after the other, level by level, and
/// where each ends.
#[derive(Debug)]
pub struct LaidOutTexts {
    text: &'static str,
    ends: &'static [u32],
    levels: usize,
    /// How many values they are of.
    count: usize,
}

impl LaidOutTexts {
    /// Texts `text`, which end at `ends` (the first end is 0, the start of the first text),
    /// `levels` texts a value.
    pub const fn new(text: &'static str, ends: &'static [u32], levels: usize) -> Self {
        let count = match levels {
            0 => 0,
            levels => ends.len().saturating_sub(1) / levels,
        };
        LaidOutTexts {
            text,
            ends,
            levels,
            count,
        }
    }

    /// How many values they are of.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether they are of no value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of value `index` at `level`, where it was laid out at that level.
    pub fn at(&self, index: usize, level: usize) -> Option<&'static str> {
        if index >= self.count || level >= self.levels {
            return None;
        }
        let k = level * self.count + index;
        let start = usize::try_from(*self.ends.get(k)?).ok()?;
        let end = usize::try_from(*self.ends.get(k + 1)?).ok()?;
        self.text.get(start..end)
    }
}

/// Serializes `value` as it would itself, but where a [`Repeats`] is in force writes the
/// text `texts` has of it, value `index` (`value` pretty-printed), in its place.
pub(crate) fn laid_out_before<S: Serializer, T: Serialize + ?Sized>(
    texts: &'static LaidOutTexts,
    index: usize,
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if !IN_FORCE.with(Cell::get) || index >= texts.count {
        return value.serialize(serializer);
    }
    LAID_OUT.with(|laid_out| {
        let mut laid_out = laid_out.borrow_mut();
        if laid_out.laid_out_before.is_none() {
            // Any JSON that is not a number: the tokens of `repeated` are numbers.
            laid_out.laid_out_before =
                Some(RawValue::from_string("null".to_owned()).map_err(serde::ser::Error::custom)?);
        }
        NEXT.with(|next| next.set(Some((texts, index))));
        match &laid_out.laid_out_before {
            Some(token) => token.serialize(serializer),
            None => value.serialize(serializer),
        }
    })
}

/// `value` pretty-printed at level 0, the level of a document's first line.
fn lay_out<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    // Through a buffer, as the document is written: serde_json's many small writes are then
    // inlined copies (`Vec::extend_from_slice` is not inlined at opt-level "s").
    let mut text = io::BufWriter::with_capacity(1024, Vec::new());
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut text,
        Pretty::default(),
    ))?;
    let text = text.into_inner().map_err(serde::ser::Error::custom)?;
    String::from_utf8(text).map_err(serde::ser::Error::custom)
}

/// Writes `text`, a value laid out at level 0, as it is at `level`: two more spaces a level
/// after each line break.
fn write_at<W: ?Sized + Write>(writer: &mut W, text: &str, level: usize) -> io::Result<()> {
    if level == 0 {
        return writer.write_all(text.as_bytes());
    }
    let text = text.as_bytes();
    let mut start = 0;
    for (i, &byte) in text.iter().enumerate() {
        if byte == b'\n' {
            writer.write_all(&text[start..i])?;
            Pretty::indent(writer, level, true)?;
            start = i + 1;
        }
    }
    writer.write_all(&text[start..])
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
    /// `,` where it is not the first value, then a line break and the current indentation.
    fn line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        Self::indent(writer, self.level, first)
    }

    /// `,` unless `first`, then a line break and the indentation of `level`.
    fn indent<W: ?Sized + Write>(writer: &mut W, level: usize, first: bool) -> io::Result<()> {
        const LINE: &[u8; 2 + 64] =
            b",\n                                                                ";
        let mut spaces = 2 * level;
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
    /// A raw fragment is written as it is, but while a [`Repeats`] is in force, where every
    /// raw fragment of the document is a token of [`repeated`] or [`laid_out_before`]: the
    /// text it stands for, at the document's level.
    fn write_raw_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if IN_FORCE.with(Cell::get) {
            if let Some((texts, index)) = NEXT.with(Cell::take) {
                return match (texts.at(index, self.level), texts.at(index, 0)) {
                    (Some(text), _) => writer.write_all(text.as_bytes()),
                    (None, Some(text)) => write_at(writer, text, self.level),
                    (None, None) => writer.write_all(fragment.as_bytes()),
                };
            }
            if let Ok(index) = fragment.parse::<usize>() {
                return LAID_OUT.with(|laid_out| match laid_out.borrow().texts.get(index) {
                    Some(text) => write_at(writer, text, self.level),
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

    /// `value` as [`super::json`] writes a document: with [`Pretty`], a [`Repeats`] in force.
    fn written_as_a_document<T: Serialize>(value: &T) -> String {
        let mut ours = Vec::new();
        {
            let _repeats = Repeats::new();
            let mut serializer =
                serde_json::Serializer::with_formatter(&mut ours, Pretty::default());
            value.serialize(&mut serializer).unwrap();
        }
        String::from_utf8(ours).unwrap()
    }

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
        assert_eq!(written_as_a_document(&doc()), expected);
        // Once the document is written, nothing is held and nothing is shared.
        assert!(!IN_FORCE.with(Cell::get));
        assert!(LAID_OUT.with(|l| l.borrow().texts.is_empty()));
        let mut plain = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut plain, Pretty::default());
        doc().serialize(&mut serializer).unwrap();
        assert_eq!(String::from_utf8(plain).unwrap(), expected);
    }

    /// A value whose text was laid out before, named by its index in `TEXTS`.
    struct Baked(usize, serde_json::Value);

    /// Two values at levels 0 and 1 (deeper, they are re-indented as they are written).
    const TEXTS: [&str; 4] = [
        "{\n  \"id\": \"riga\",\n  \"list\": [\n    1,\n    []\n  ]\n}",
        "\"plain\"",
        "{\n    \"id\": \"riga\",\n    \"list\": [\n      1,\n      []\n    ]\n  }",
        "\"plain\"",
    ];
    static ENDS: [u32; 5] = {
        let mut ends = [0; 5];
        let mut i = 0;
        while i < 4 {
            ends[i + 1] = ends[i] + TEXTS[i].len() as u32;
            i += 1;
        }
        ends
    };
    static ALL: &str = concat!(
        "{\n  \"id\": \"riga\",\n  \"list\": [\n    1,\n    []\n  ]\n}",
        "\"plain\"",
        "{\n    \"id\": \"riga\",\n    \"list\": [\n      1,\n      []\n    ]\n  }",
        "\"plain\"",
    );
    static BAKED: LaidOutTexts = LaidOutTexts::new(ALL, &ENDS, 2);

    impl Serialize for Baked {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            laid_out_before(&BAKED, self.0, &self.1, serializer)
        }
    }

    #[test]
    fn a_text_laid_out_before_is_written_as_its_value_would_be_at_every_level() {
        let riga = serde_json::json!({"id": "riga", "list": [1, []]});
        let plain = serde_json::json!("plain");
        // The texts are the values at level 0.
        assert_eq!(serde_json::to_string_pretty(&riga).unwrap(), TEXTS[0]);
        assert_eq!(serde_json::to_string_pretty(&plain).unwrap(), TEXTS[1]);
        #[derive(Serialize)]
        struct Doc {
            a: Baked,
            b: Vec<Vec<Baked>>,
            c: Vec<SharedHolder>,
            d: Baked,
        }
        #[derive(Serialize)]
        struct Holder {
            city: Baked,
            list: Vec<Baked>,
        }
        struct SharedHolder(usize, Holder);
        impl Serialize for SharedHolder {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                repeated(self.0, &self.1, serializer)
            }
        }
        let holder = || Holder {
            city: Baked(0, riga.clone()),
            list: vec![Baked(0, riga.clone()), Baked(1, plain.clone())],
        };
        let doc = || Doc {
            a: Baked(0, riga.clone()),
            b: vec![
                vec![Baked(0, riga.clone()), Baked(1, plain.clone())],
                vec![],
            ],
            // Inside a value `repeated` lays out, and beside one.
            c: vec![SharedHolder(9, holder()), SharedHolder(9, holder())],
            d: Baked(1, plain.clone()),
        };
        let expected = serde_json::to_string_pretty(&doc()).unwrap();
        assert_eq!(written_as_a_document(&doc()), expected);
        assert!(NEXT.with(Cell::get).is_none());
        assert_eq!(BAKED.len(), 2);
        assert_eq!(BAKED.at(0, 1), Some(TEXTS[2]));
        assert_eq!(BAKED.at(0, 2), None);
        assert_eq!(BAKED.at(2, 0), None);
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
