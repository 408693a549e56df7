//! `attache postings`: Latvia's defence attachés and advisers abroad.

use std::collections::BTreeSet;

use super::CityInCountry;
use crate::data::{Country, Dataset, Source};

#[derive(Debug)]
pub struct PostingsReport<'a> {
    /// In the source's order.
    pub attaches: Vec<PostingView<'a>>,
    pub advisers: Vec<AdviserView<'a>>,
    /// What the lists give.
    pub listed: Figures,
    /// What the source states in words.
    pub declared: Figures,
    pub declared_source: &'a Source,
    pub declared_quote: &'a str,
}

/// The three totals the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Figures {
    /// Attachés; the list gives one residence line each.
    pub attaches: usize,
    /// Distinct countries the attachés cover.
    pub countries: usize,
    pub advisers: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Attaches,
    Countries,
    Advisers,
}

impl PostingsReport<'_> {
    /// Each figure where the stated total and the list disagree: (figure, stated, listed).
    pub fn mismatches(&self) -> Vec<(Figure, usize, usize)> {
        [
            (
                Figure::Attaches,
                self.declared.attaches,
                self.listed.attaches,
            ),
            (
                Figure::Countries,
                self.declared.countries,
                self.listed.countries,
            ),
            (
                Figure::Advisers,
                self.declared.advisers,
                self.listed.advisers,
            ),
        ]
        .into_iter()
        .filter(|(_, declared, listed)| declared != listed)
        .collect()
    }
}

#[derive(Debug)]
pub struct PostingView<'a> {
    pub residence: CityInCountry<'a>,
    /// In the source's order.
    pub covers: Vec<&'a Country>,
    pub source: &'a Source,
}

#[derive(Debug)]
pub struct AdviserView<'a> {
    pub residence: CityInCountry<'a>,
    pub embassy_in: &'a Country,
    pub source: &'a Source,
}

pub fn postings(ds: &Dataset) -> PostingsReport<'_> {
    let attaches: Vec<PostingView<'_>> = ds
        .postings
        .iter()
        .map(|p| PostingView {
            residence: CityInCountry::of(ds, p.residence),
            covers: p.covers.iter().map(|&c| ds.country(c)).collect(),
            source: ds.source(p.source),
        })
        .collect();
    let advisers: Vec<AdviserView<'_>> = ds
        .advisers
        .iter()
        .map(|a| AdviserView {
            residence: CityInCountry::of(ds, a.residence),
            embassy_in: ds.country(a.embassy_in),
            source: ds.source(a.source),
        })
        .collect();
    let countries: BTreeSet<_> = ds.postings.iter().flat_map(|p| p.covers.iter()).collect();
    let declared = &ds.declared;
    PostingsReport {
        listed: Figures {
            attaches: attaches.len(),
            countries: countries.len(),
            advisers: advisers.len(),
        },
        declared: Figures {
            attaches: declared.attaches as usize,
            countries: declared.countries as usize,
            advisers: declared.advisers as usize,
        },
        declared_source: ds.source(declared.source),
        declared_quote: &declared.quote,
        attaches,
        advisers,
    }
}
