//! `attache unsc`: Latvia's candidacy for the UN Security Council, its outcome and what came
//! after.

use crate::data::{Country, CountryId, Dataset, Outcome, Source, SourceId, Text};

#[derive(Debug)]
pub struct UnscReport<'a> {
    /// The 2021 article.
    pub source: &'a Source,
    pub sections: Vec<SectionView<'a>>,
    pub outcome: &'a Outcome,
    pub outcome_sources: Vec<&'a Source>,
    pub elected_same_day: Vec<&'a Country>,
    pub withdrew: Vec<&'a Country>,
    /// Newest first.
    pub developments: Vec<DevelopmentView<'a>>,
}

#[derive(Debug)]
pub struct SectionView<'a> {
    pub id: &'a str,
    pub title: &'a Text,
    pub points: Vec<PointView<'a>>,
}

#[derive(Debug)]
pub struct PointView<'a> {
    pub text: &'a Text,
    pub countries: Vec<&'a Country>,
}

#[derive(Debug)]
pub struct DevelopmentView<'a> {
    pub date: &'a str,
    pub text: &'a Text,
    pub countries: Vec<&'a Country>,
    pub sources: Vec<&'a Source>,
}

pub fn unsc(ds: &Dataset) -> UnscReport<'_> {
    let unsc = &ds.unsc;
    let sources = |ids: &[SourceId]| ids.iter().map(|&s| ds.source(s)).collect::<Vec<_>>();
    let countries = |ids: &[CountryId]| ids.iter().map(|&c| ds.country(c)).collect::<Vec<_>>();
    let sections = unsc
        .sections
        .iter()
        .map(|s| SectionView {
            id: &s.id,
            title: &s.title,
            points: s
                .points
                .iter()
                .map(|p| PointView {
                    text: &p.text,
                    countries: countries(&p.countries),
                })
                .collect(),
        })
        .collect();
    let mut developments: Vec<_> = unsc
        .developments
        .iter()
        .map(|d| DevelopmentView {
            date: &d.date,
            text: &d.text,
            countries: countries(&d.countries),
            sources: sources(&d.sources),
        })
        .collect();
    developments.sort_by(|a, b| b.date.cmp(a.date));
    UnscReport {
        source: ds.source(unsc.source),
        sections,
        outcome: &unsc.outcome,
        outcome_sources: sources(&unsc.outcome.sources),
        elected_same_day: countries(&unsc.outcome.elected_same_day),
        withdrew: countries(&unsc.outcome.withdrew),
        developments,
    }
}
