//! `attache postings`: Latvia's defence attachés and advisers abroad.

use std::collections::BTreeSet;

use serde::Serialize;

use super::CityInCountry;
use crate::data::{Country, Dataset, Source};

/// Latvia's defence attachés and advisers abroad, with the totals the source states for them
/// and where its own list disagrees.
#[derive(Debug, Serialize)]
pub struct PostingsReport<'a> {
    /// In the source's order.
    pub attaches: Vec<PostingView<'a>>,
    /// Latvia's defence advisers, in the source's order.
    pub advisers: Vec<AdviserView<'a>>,
    /// What the lists give.
    pub listed: Figures,
    /// What the source states in words.
    pub declared: Declared<'a>,
    /// Each figure where the stated total and the list disagree.
    pub mismatches: Vec<FigureMismatch>,
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
    /// Attachés; the list gives one residence line each.
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
    let listed = Figures {
        attaches: attaches.len(),
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
        mismatches: Figures::mismatches(declared.figures, listed),
        declared,
    }
}
