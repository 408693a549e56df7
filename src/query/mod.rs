//! One module per command. A query is a pure function of the dataset that returns a plain
//! struct borrowing from it; it prints nothing and decides no exit code.
//!
//! The structs are also the JSON documents: each derives (or implements) `Serialize` with the
//! keys README.md documents, and [`crate::render::json`] only adds `format_version`. A field's
//! doc comment says what its key holds.

pub mod about;
pub mod accredited;
pub mod check;
pub mod city;
pub mod country;
pub mod diff;
pub mod graph;
pub mod non_resident;
pub mod partners;
pub mod postings;
pub mod reciprocity;
pub mod search;
pub mod sources;
pub mod stats;
pub mod unsc;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::data::{Accreditation, City, CityId, Country, Dataset, Source, Statement, Topic};

/// A city together with the country it is in.
///
/// In JSON: `{ "id", "name": { "en", "lv" }, "country": Country }`, so that a reader never
/// looks up a city's country.
#[derive(Debug, Clone, Copy)]
pub struct CityInCountry<'a> {
    /// The city: `id` and `name` in JSON.
    pub city: &'a City,
    /// The country the city is in.
    pub country: &'a Country,
}

impl<'a> CityInCountry<'a> {
    /// The city `city` of `ds`, with its country.
    pub fn of(ds: &'a Dataset, city: CityId) -> Self {
        let city_ref = ds.city(city);
        CityInCountry {
            city: city_ref,
            country: ds.country(city_ref.country),
        }
    }
}

/// `{ "id", "name", "country" }` ([`crate::data::CityJson`]): the text baked into the binary
/// for an embedded city, laid out once a document for any other.
impl Serialize for CityInCountry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::data::serialize_city(self.city, self.country, serializer)
    }
}

/// A foreign defence attaché accredited to Latvia: the dataset's record, with its references
/// resolved.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct AttacheInLatvia<'a> {
    /// The country whose attaché it is.
    pub country: &'a Country,
    /// Where the attaché resides: in Riga, or in a capital it covers Latvia from.
    pub residence: CityInCountry<'a>,
    /// Resides in Latvia (in Riga, in the sources).
    pub resident: bool,
    /// The source of the accreditation; its id in JSON.
    #[serde(serialize_with = "source_id")]
    pub source: &'a Source,
    /// The record itself. Its references are resolved above; any other field it has is part
    /// of the attaché's JSON.
    #[serde(flatten)]
    pub accreditation: &'a Accreditation,
}

impl<'a> AttacheInLatvia<'a> {
    /// The source and the line it rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, &self.accreditation.quote)
    }

    /// The attaché of `accreditation`, one of `ds`'s records.
    pub fn of(ds: &'a Dataset, accreditation: &'a Accreditation) -> Self {
        AttacheInLatvia {
            country: ds.country(accreditation.country),
            residence: CityInCountry::of(ds, accreditation.residence),
            resident: ds.in_latvia(accreditation.residence),
            source: ds.source(accreditation.source),
            accreditation,
        }
    }
}

/// A statement of a source, with its source: `{ "id", "topic", "text", "quote", "source" }`
/// in JSON.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StatementView<'a> {
    /// The record: id, topic, text in both languages, the source's words.
    #[serde(flatten)]
    pub statement: &'a Statement,
    /// Its source; the id in JSON.
    #[serde(serialize_with = "source_id")]
    pub source: &'a Source,
}

impl<'a> StatementView<'a> {
    /// The source and the sentence it rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, &self.statement.quote)
    }
}

/// The statements of `ds` about `topic`, in the source's order.
pub fn statements(ds: &Dataset, topic: Topic) -> Vec<StatementView<'_>> {
    ds.statements
        .iter()
        .filter(|s| s.topic == topic)
        .map(|statement| StatementView {
            statement,
            source: ds.source(statement.source),
        })
        .collect()
}

/// What a shown record rests on: its source, and the source's own words where the record
/// keeps them (`--cite` lists both). Countries and cities rest on their reference lists, and
/// later developments on reports the dataset does not quote: no words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence<'a> {
    /// The source.
    pub source: &'a Source,
    /// The source's words the record rests on, as printed.
    pub quote: Option<&'a str>,
}

impl<'a> Evidence<'a> {
    /// A record resting on `quote`, the words of `source`.
    pub fn quoted(source: &'a Source, quote: &'a str) -> Self {
        Evidence {
            source,
            quote: Some(quote),
        }
    }

    /// A record resting on `source` as a whole.
    pub fn of(source: &'a Source) -> Self {
        Evidence {
            source,
            quote: None,
        }
    }
}

/// In JSON `{ "source": source id, "quote": string | null }` (what `diff` shows of each side).
impl Serialize for Evidence<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut evidence = serializer.serialize_struct("Evidence", 2)?;
        evidence.serialize_field("source", &self.source.id)?;
        evidence.serialize_field("quote", &self.quote)?;
        evidence.end()
    }
}

/// The sources `evidence` rests on, each once, in the order first named.
pub fn sources_of<'a>(evidence: &[Evidence<'a>]) -> Vec<&'a Source> {
    let mut sources: Vec<&'a Source> = Vec::with_capacity(1);
    for e in evidence {
        if !sources.iter().any(|s| s.id == e.source.id) {
            sources.push(e.source);
        }
    }
    sources
}

/// A record cites its source by id in JSON; `about` and `sources` list the sources in full.
fn source_id<S: Serializer>(source: &&Source, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&source.id)
}

/// The ids of the sources a record cites.
fn source_ids<S: Serializer>(sources: &[&Source], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(sources.iter().map(|s| &s.id))
}
