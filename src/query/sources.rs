//! `attache sources`: every source with the number of records resting on it.

use serde::Serialize;

use crate::data::{Dataset, Source, SourceId};

/// Every document the dataset rests on, so that any fact can be traced to where it is said.
#[derive(Debug, Serialize)]
pub struct SourcesReport<'a> {
    /// In the dataset's order, each with how many records rest on it.
    pub sources: Vec<SourceUse<'a>>,
}

/// A source with the number of records resting on it: in JSON the source's own fields and
/// `records`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SourceUse<'a> {
    /// The source, in full: id, publisher, title, date, address, note.
    #[serde(flatten)]
    pub source: &'a Source,
    /// How many records rest on it.
    pub records: usize,
}

/// The `sources` answer for `ds`.
pub fn sources(ds: &Dataset) -> SourcesReport<'_> {
    SourcesReport {
        sources: records_per_source(ds),
    }
}

/// Every source with the number of records that name it: each record counts once per source
/// it names (a residence's stated number of attachés is a record of its own); a UNSC point rests on the article it summarises; a record of names in the
/// places' own languages or of a name several countries share counts like any other.
pub fn records_per_source(ds: &Dataset) -> Vec<SourceUse<'_>> {
    let mut uses = vec![0usize; ds.sources.len()];
    let mut cite = |id: SourceId| uses[usize::from(id.0)] += 1;
    ds.countries.iter().for_each(|c| cite(c.source));
    ds.cities.iter().for_each(|c| cite(c.source));
    ds.postings.iter().for_each(|p| cite(p.source));
    ds.postings
        .iter()
        .filter_map(|p| p.stated_attaches.as_ref())
        .for_each(|s| cite(s.source));
    ds.advisers.iter().for_each(|a| cite(a.source));
    ds.accreditations.iter().for_each(|a| cite(a.source));
    ds.partnerships.iter().for_each(|p| cite(p.source));
    ds.duties.iter().for_each(|d| cite(d.source));
    ds.statements.iter().for_each(|s| cite(s.source));
    cite(ds.declared.source);
    ds.name_records.iter().for_each(|&s| cite(s));
    let unsc = &ds.unsc;
    unsc.sections
        .iter()
        .flat_map(|s| s.points.iter())
        .for_each(|_| cite(unsc.source));
    unsc.outcome.sources.iter().for_each(|&s| cite(s));
    unsc.developments
        .iter()
        .flat_map(|d| d.sources.iter())
        .for_each(|&s| cite(s));
    ds.sources
        .iter()
        .zip(uses)
        .map(|(source, records)| SourceUse { source, records })
        .collect()
}
