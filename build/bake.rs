//! Writes a validated [`Dataset`] as Rust source: a `static` whose strings and lists are
//! `Cow::Borrowed` literals, so the binary holds the dataset ready to use.
//!
//! Each struct is written by destructuring it without `..`: a field added to a type and not
//! here fails the build rather than being left out of the binary.

use std::borrow::Cow;
use std::fmt::Write;

use crate::dataset::*;
use crate::lang::Lang;
use crate::model::{EnglishNames, LatvianNames, Source, Term, Text, Topic};
use crate::names::{FormKind, NameForm, NameIndex};
use crate::search::{SearchIndex, WordEntry};

/// `static NAME: Dataset = ...;`
pub fn baked_static(name: &str, dataset: &Dataset) -> String {
    let mut out = String::with_capacity(512 * 1024);
    out.push_str("// Baked by build/main.rs from data/*.json; not to be edited.\n");
    let _ = write!(out, "pub(super) static {name}: Dataset = ");
    dataset.bake(&mut out);
    out.push_str(";\n");
    out
}

trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        let _ = write!(out, "Cow::Borrowed({:?})", self.as_ref());
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
        }
    }
}

macro_rules! bake_debug {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self:?}");
            }
        }
    )*};
}
bake_debug!(bool, u16, u32, usize, CountryId, CityId, SourceId);

impl Bake for Lang {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "Lang::{self:?}");
    }
}

impl Bake for FormKind {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "FormKind::{self:?}");
    }
}

impl Bake for Topic {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "Topic::{self:?}");
    }
}

macro_rules! bake_struct {
    ($($t:ident { $($field:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let $t { $($field),* } = self;
                out.push_str(concat!(stringify!($t), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ":"));
                    $field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}

bake_struct! {
    Text { en, lv }
    Term { from, to }
    Source { id, publisher, title, published, address, note }
    EnglishNames { name, official, aliases, former, parts, the }
    LatvianNames { name, genitive, locative, official, aliases, former, parts }
    Country { alpha2, alpha3, en, lv, source }
    City { id, country, en, lv, source }
    Posting { residence, covers, source, quote, stated_attaches }
    StatedCount { count, source, quote }
    Adviser { residence, embassy_in, source, quote }
    Accreditation { country, residence, source, quote, name_in_source }
    Partnership { id, title, role, members, open_list, note, source, quote }
    Member { country, role, inferred }
    Duty { text, quote, source }
    Statement { id, topic, text, source, quote }
    DeclaredFigures { attaches, countries, advisers, source, quote }
    Unsc { source, sections, outcome, developments }
    Section { id, title, points }
    Point { text, quote, countries }
    Outcome { date, elected, term, votes, votes_needed, elected_same_day, withdrew, text, sources }
    Development { date, text, countries, sources }
    SearchIndex { words, entries, documents, count }
    WordEntry { word_end, documents_end }
    Dataset {
        sources, countries, cities, declared, postings, advisers, accreditations,
        partnerships, duties, statements, unsc, country_names, city_names, name_records, latvia,
        search_index,
    }
}

impl<Id: Bake + Clone> Bake for NameForm<Id> {
    fn bake(&self, out: &mut String) {
        let NameForm {
            hash,
            start,
            end,
            id,
            kind,
        } = self;
        let _ = write!(out, "NameForm {{hash:{hash},start:{start},end:{end},id:");
        id.bake(out);
        out.push_str(",kind:");
        kind.bake(out);
        out.push('}');
    }
}

impl<Id: Bake + Clone + 'static> Bake for NameIndex<Id> {
    fn bake(&self, out: &mut String) {
        let NameIndex { text, forms } = self;
        out.push_str("NameIndex {text:");
        text.bake(out);
        out.push_str(",forms:");
        forms.bake(out);
        out.push('}');
    }
}

/// The levels of a document the JSON texts are laid out at (a country in `reciprocity` is
/// written at level 6); deeper, a text is re-indented as it is written.
pub const JSON_LEVELS: usize = 8;

/// Each embedded country's and city's JSON object as serde_json pretty-prints it, at each of
/// the first [`JSON_LEVELS`] levels of a document: `COUNTRY_TEXT`, all of them one after the
/// other (level by level, each in the order of `dataset`'s list), and `COUNTRY_ENDS`, where
/// each ends; `CITY_TEXT` and `CITY_ENDS` the same for cities. Offsets rather than a `&str`
/// each, which would cost the loader a relocation each at every start.
/// (`src/data/json_text.rs` writes them in place of serializing the records again.)
pub fn json_texts(dataset: &Dataset) -> Result<String, serde_json::Error> {
    let mut out = String::with_capacity(512 * 1024);
    out.push_str("// Baked by build/main.rs from data/*.json; not to be edited.\n");
    let _ = writeln!(out, "pub(super) const LEVELS: usize = {JSON_LEVELS};");
    let countries = dataset
        .countries
        .iter()
        .map(|country| serde_json::to_string_pretty(&CountryJson(country)))
        .collect::<Result<Vec<_>, _>>()?;
    let cities = dataset
        .cities
        .iter()
        .map(|city| {
            serde_json::to_string_pretty(&CityJson {
                city,
                country: dataset.country(city.country),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (name, texts) in [("COUNTRY", countries), ("CITY", cities)] {
        let mut all = String::new();
        let mut ends = vec![0];
        for level in 0..JSON_LEVELS {
            let indent = format!("\n{}", "  ".repeat(level));
            for text in &texts {
                all.push_str(&text.replace('\n', &indent));
                ends.push(all.len());
            }
        }
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        let _ = writeln!(out, "pub(super) static {name}_TEXT: &str = {all:?};");
        let _ = write!(
            out,
            "pub(super) static {name}_ENDS: [u32; {}] = [",
            ends.len()
        );
        for end in ends {
            let _ = write!(out, "{end},");
        }
        out.push_str("];\n");
    }
    Ok(out)
}
