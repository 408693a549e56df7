//! `attache postings`: Latvia's defence attachés and advisers abroad.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{CityInCountry, Evidence};
use crate::data::{Country, Dataset, Posting, Source};

/// Latvia's defence attachés and advisers abroad, with the totals the source states for them
/// and where its own list disagrees.
#[derive(Debug, Serialize)]
pub struct PostingsReport<'a> {
    /// In the source's order.
    pub attaches: Vec<PostingView<'a>>,
    /// Latvia's defence advisers, in the source's order.
    pub advisers: Vec<AdviserView<'a>>,
    /// What the lists give.
    pub listed: Listed,
    /// What the source states in words.
    pub declared: Declared<'a>,
    /// Each figure where the stated total and the list disagree.
    pub mismatches: Vec<FigureMismatch>,
    /// The stated number of attachés against the residences listed and the numbers sources
    /// state for some of them.
    pub attache_count: AttacheCount<'a>,
}

/// What the lists give: residences, the attachés residing there (one a residence unless a
/// source states how many), the countries they cover, and the advisers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Listed {
    /// Residence lines of the list.
    pub residences: usize,
    /// Attachés: one at each residence, or the number a source states for it.
    pub attaches: usize,
    /// Distinct countries the attachés cover.
    pub countries: usize,
    /// Advisers at Latvia's embassies.
    pub advisers: usize,
}

impl Listed {
    fn figures(self) -> Figures {
        Figures {
            attaches: self.attaches,
            countries: self.countries,
            advisers: self.advisers,
        }
    }
}

/// The number of attachés a source states in words, against its list of residences and the
/// numbers sources state for single residences: what `postings`, `stats` and `check` say of it.
#[derive(Debug, Clone, Serialize)]
pub struct AttacheCount<'a> {
    /// The number stated in words.
    pub stated: usize,
    /// The source that states it; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The residences listed.
    pub residences: usize,
    /// The residences whose number of attachés a source states, in the list's order.
    pub per_residence: Vec<ResidenceCount<'a>>,
    /// The attachés the list gives: one at each residence, or the number a source states.
    pub listed: usize,
    /// Whether `stated` and `listed` agree.
    pub agree: bool,
}

/// The number of attachés a source states for one residence.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ResidenceCount<'a> {
    /// The residence.
    pub residence: CityInCountry<'a>,
    /// The number of attachés residing there.
    pub count: u32,
    /// The source that states it; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line that states it.
    pub quote: &'a str,
}

impl<'a> AttacheCount<'a> {
    /// The count for `ds`'s postings.
    pub fn of(ds: &'a Dataset) -> Self {
        let per_residence: Vec<ResidenceCount<'a>> = ds
            .postings
            .iter()
            .filter_map(|p| {
                p.stated_attaches.as_ref().map(|s| ResidenceCount {
                    residence: CityInCountry::of(ds, p.residence),
                    count: s.count,
                    source: ds.source(s.source),
                    quote: &s.quote,
                })
            })
            .collect();
        let listed = ds.postings.iter().map(attaches_at).sum();
        let stated = ds.declared.attaches as usize;
        AttacheCount {
            stated,
            source: ds.source(ds.declared.source),
            residences: ds.postings.len(),
            per_residence,
            listed,
            agree: stated == listed,
        }
    }
}

impl<'a> AttacheCount<'a> {
    /// The sources of the figures: the one that states the total, then each that states a
    /// residence's number, each once.
    pub fn sources(&self) -> Vec<&'a Source> {
        let mut sources = vec![self.source];
        for r in &self.per_residence {
            if !sources.iter().any(|s| s.id == r.source.id) {
                sources.push(r.source);
            }
        }
        sources
    }
}

/// The attachés at one residence: the number a source states, or one.
pub fn attaches_at(posting: &Posting) -> usize {
    posting
        .stated_attaches
        .as_ref()
        .map_or(1, |s| s.count as usize)
}

/// The totals a source states in words, with the line that states them.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Declared<'a> {
    /// The totals, as stated.
    #[serde(flatten)]
    pub figures: Figures,
    /// The source that states them; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's sentence that states them, kept as evidence.
    pub quote: &'a str,
}

/// A stated total that the list does not give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FigureMismatch {
    /// What the total counts.
    pub figure: Figure,
    /// The total the source states.
    pub declared: usize,
    /// The total its list gives.
    pub listed: usize,
}

/// The three totals the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Attachés.
    pub attaches: usize,
    /// Distinct countries the attachés cover.
    pub countries: usize,
    /// Advisers at Latvia's embassies.
    pub advisers: usize,
}

/// One of the totals the source states: `figure` in JSON (`attaches`, `countries`,
/// `advisers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// The number of attachés.
    Attaches,
    /// The number of countries they cover.
    Countries,
    /// The number of advisers.
    Advisers,
}

impl Figures {
    /// Each figure where `declared` and `listed` disagree.
    fn mismatches(declared: Figures, listed: Figures) -> Vec<FigureMismatch> {
        [
            (Figure::Attaches, declared.attaches, listed.attaches),
            (Figure::Countries, declared.countries, listed.countries),
            (Figure::Advisers, declared.advisers, listed.advisers),
        ]
        .into_iter()
        .filter(|(_, declared, listed)| declared != listed)
        .map(|(figure, declared, listed)| FigureMismatch {
            figure,
            declared,
            listed,
        })
        .collect()
    }
}

/// One of Latvia's defence attachés: where it resides and the countries it covers.
#[derive(Debug, Serialize)]
pub struct PostingView<'a> {
    /// The city it resides in.
    pub residence: CityInCountry<'a>,
    /// In the source's order.
    pub covers: Vec<&'a Country>,
    /// The source of the posting; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line it rests on, as printed.
    pub quote: &'a str,
    /// The number of attachés residing there, where a source states it: `{ count, source,
    /// quote }` or `null` in JSON.
    pub stated_attaches: Option<StatedAttaches<'a>>,
}

impl<'a> StatedAttaches<'a> {
    /// The number `posting` of `ds` has stated for it, if a source states one.
    pub fn of(ds: &'a Dataset, posting: &'a Posting) -> Option<Self> {
        posting.stated_attaches.as_ref().map(|s| StatedAttaches {
            count: s.count,
            source: ds.source(s.source),
            quote: &s.quote,
        })
    }

    /// The source and the line that states the number.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// The number of attachés a source states for one residence.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StatedAttaches<'a> {
    /// The number.
    pub count: u32,
    /// The source that states it; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line that states it.
    pub quote: &'a str,
}

impl<'a> PostingView<'a> {
    /// The source and the line the posting rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// One of Latvia's defence advisers.
#[derive(Debug, Serialize)]
pub struct AdviserView<'a> {
    /// The city it resides in.
    pub residence: CityInCountry<'a>,
    /// The country whose Latvian embassy it serves at.
    pub embassy_in: &'a Country,
    /// The source of the adviser's posting; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line it rests on, as printed.
    pub quote: &'a str,
}

impl<'a> AdviserView<'a> {
    /// The source and the line the adviser rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// The `postings` answer for `ds`.
pub fn postings(ds: &Dataset) -> PostingsReport<'_> {
    let attaches: Vec<PostingView<'_>> = ds
        .postings
        .iter()
        .map(|p| PostingView {
            residence: CityInCountry::of(ds, p.residence),
            covers: p.covers.iter().map(|&c| ds.country(c)).collect(),
            source: ds.source(p.source),
            quote: &p.quote,
            stated_attaches: StatedAttaches::of(ds, p),
        })
        .collect();
    let advisers: Vec<AdviserView<'_>> = ds
        .advisers
        .iter()
        .map(|a| AdviserView {
            residence: CityInCountry::of(ds, a.residence),
            embassy_in: ds.country(a.embassy_in),
            source: ds.source(a.source),
            quote: &a.quote,
        })
        .collect();
    let countries: BTreeSet<_> = ds.postings.iter().flat_map(|p| p.covers.iter()).collect();
    let attache_count = AttacheCount::of(ds);
    let listed = Listed {
        residences: attaches.len(),
        attaches: attache_count.listed,
        countries: countries.len(),
        advisers: advisers.len(),
    };
    let declared = &ds.declared;
    let declared = Declared {
        figures: Figures {
            attaches: declared.attaches as usize,
            countries: declared.countries as usize,
            advisers: declared.advisers as usize,
        },
        source: ds.source(declared.source),
        quote: &declared.quote,
    };
    PostingsReport {
        attaches,
        advisers,
        listed,
        mismatches: Figures::mismatches(declared.figures, listed.figures()),
        declared,
        attache_count,
    }
}
