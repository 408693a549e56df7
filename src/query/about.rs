//! `attache about`: what a defence attaché does, what the dataset holds and where it comes from.

use crate::data::{Dataset, Source, Text};

#[derive(Debug)]
pub struct AboutReport<'a> {
    /// The five duties of a defence attaché, in the source's order.
    pub duties: Vec<&'a Text>,
    pub duties_source: Option<&'a Source>,
    pub counts: Counts,
    /// Each source with how many records rest on it.
    pub sources: Vec<(&'a Source, usize)>,
    /// The date of the newest dated fact: a source's publication or a later development.
    pub newest: Option<&'a str>,
}

/// How many records of each kind the dataset holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub sources: usize,
    pub countries: usize,
    pub cities: usize,
    pub postings: usize,
    pub advisers: usize,
    pub accreditations: usize,
    pub partnerships: usize,
    pub duties: usize,
    pub unsc_points: usize,
    pub developments: usize,
}

pub fn about(ds: &Dataset) -> AboutReport<'_> {
    let unsc = &ds.unsc;
    let counts = Counts {
        sources: ds.sources.len(),
        countries: ds.countries.len(),
        cities: ds.cities.len(),
        postings: ds.postings.len(),
        advisers: ds.advisers.len(),
        accreditations: ds.accreditations.len(),
        partnerships: ds.partnerships.len(),
        duties: ds.duties.len(),
        unsc_points: unsc.sections.iter().map(|s| s.points.len()).sum(),
        // The outcome is a development of its own.
        developments: unsc.developments.len() + 1,
    };

    // Every record names its sources; count the records that rest on each.
    let mut uses = vec![0usize; ds.sources.len()];
    let mut cite = |id: crate::data::SourceId| uses[usize::from(id.0)] += 1;
    ds.countries.iter().for_each(|c| cite(c.source));
    ds.cities.iter().for_each(|c| cite(c.source));
    ds.postings.iter().for_each(|p| cite(p.source));
    ds.advisers.iter().for_each(|a| cite(a.source));
    ds.accreditations.iter().for_each(|a| cite(a.source));
    ds.partnerships.iter().for_each(|p| cite(p.source));
    ds.duties.iter().for_each(|d| cite(d.source));
    cite(ds.declared.source);
    for _ in unsc.sections.iter().flat_map(|s| &s.points) {
        cite(unsc.source);
    }
    unsc.outcome.sources.iter().for_each(|&s| cite(s));
    unsc.developments
        .iter()
        .flat_map(|d| &d.sources)
        .for_each(|&s| cite(s));

    let dates = ds.sources.iter().filter_map(|s| s.published.as_deref());
    let dates = dates
        .chain([unsc.outcome.date.as_str()])
        .chain(unsc.developments.iter().map(|d| d.date.as_str()));
    AboutReport {
        duties: ds.duties.iter().map(|d| &d.text).collect(),
        duties_source: ds.duties.first().map(|d| ds.source(d.source)),
        counts,
        sources: ds.sources.iter().zip(uses).collect(),
        newest: dates.max(),
    }
}
