//! `attache about`: what a defence attaché does, what the dataset holds and where it comes from.

use serde::Serialize;

use super::sources::SourceUse;
use super::{Evidence, StatementView};
use crate::data::{Dataset, Source, Text, Topic};

/// What a defence attaché does, and what the dataset holds and rests on.
#[derive(Debug, Serialize)]
pub struct AboutReport<'a> {
    /// The five duties of a defence attaché, in the source's order.
    pub duties: Vec<DutyView<'a>>,
    /// What the source says of the attachés' role and of defence diplomacy, in its order.
    pub role: Vec<StatementView<'a>>,
    /// How many records of each kind the dataset holds.
    pub counts: RecordCounts,
    /// Each source with how many records rest on it.
    pub sources: Vec<SourceUse<'a>>,
    /// The date of the newest dated fact: a source's publication or a later development.
    pub newest: Option<&'a str>,
}

/// One of a defence attaché's duties.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct DutyView<'a> {
    /// The duty as the source words it, in both languages.
    pub text: &'a Text,
    /// The source's own words for the duty.
    pub quote: &'a str,
    /// The source of the duty; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
}

impl<'a> DutyView<'a> {
    /// The source and its words for the duty.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// How many records of each kind the dataset holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RecordCounts {
    /// Documents the facts rest on.
    pub sources: usize,
    /// Countries (every ISO 3166-1 country, so that any name resolves).
    pub countries: usize,
    /// Cities the sources name.
    pub cities: usize,
    /// Latvia's defence attachés abroad, one per residence.
    pub postings: usize,
    /// Latvia's defence advisers at its embassies.
    pub advisers: usize,
    /// Foreign defence attachés accredited to Latvia.
    pub accreditations: usize,
    /// Cooperation groups.
    pub partnerships: usize,
    /// Duties of a defence attaché.
    pub duties: usize,
    /// Statements of why attachés and allies matter.
    pub statements: usize,
    /// Points of the 2021 article on the UN Security Council candidacy.
    pub unsc_points: usize,
    /// Dated developments of the candidacy, its outcome included.
    pub developments: usize,
}

/// The `about` answer for `ds`.
pub fn about(ds: &Dataset) -> AboutReport<'_> {
    let unsc = &ds.unsc;
    let counts = RecordCounts {
        sources: ds.sources.len(),
        countries: ds.countries.len(),
        cities: ds.cities.len(),
        postings: ds.postings.len(),
        advisers: ds.advisers.len(),
        accreditations: ds.accreditations.len(),
        partnerships: ds.partnerships.len(),
        duties: ds.duties.len(),
        statements: ds.statements.len(),
        unsc_points: unsc.sections.iter().map(|s| s.points.len()).sum(),
        // The outcome is a development of its own.
        developments: unsc.developments.len() + 1,
    };

    AboutReport {
        duties: ds
            .duties
            .iter()
            .map(|d| DutyView {
                text: &d.text,
                quote: &d.quote,
                source: ds.source(d.source),
            })
            .collect(),
        role: super::statements(ds, Topic::Attaches),
        counts,
        sources: super::sources::records_per_source(ds),
        newest: ds.newest_fact(),
    }
}
