//! `attache unsc`: Latvia's candidacy for the UN Security Council, its outcome and what came
//! after.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::data::{Country, CountryId, Dataset, Outcome, Source, SourceId, Text};

/// Latvia's candidacy for the UN Security Council: the 2021 article that set out why, the
/// outcome of the vote and what came after. Sources are given in full here, not by id: this is
/// the one answer about them.
#[derive(Debug, Serialize)]
pub struct UnscReport<'a> {
    /// The 2021 article.
    pub source: &'a Source,
    /// The article's summary, section by section.
    pub sections: Vec<SectionView<'a>>,
    /// The vote.
    pub outcome: OutcomeView<'a>,
    /// Newest first.
    pub developments: Vec<DevelopmentView<'a>>,
}

/// A section of the 2021 article.
#[derive(Debug, Serialize)]
pub struct SectionView<'a> {
    /// The section's id, which `country`'s UNSC mentions refer to.
    pub id: &'a str,
    /// Its title, in both languages.
    pub title: &'a Text,
    /// What it says, point by point.
    pub points: Vec<PointView<'a>>,
}

/// One point of a section.
#[derive(Debug, Serialize)]
pub struct PointView<'a> {
    /// The point, in both languages.
    pub text: &'a Text,
    /// The article's own words it summarises, as printed.
    pub quote: &'a str,
    /// The countries it is about.
    pub countries: Vec<&'a Country>,
}

/// The outcome of the candidacy: the record, with its countries and sources resolved.
#[derive(Debug)]
pub struct OutcomeView<'a> {
    /// The record: date, whether elected, term, votes, the votes needed, text.
    pub outcome: &'a Outcome,
    /// The other countries elected the same day.
    pub elected_same_day: Vec<&'a Country>,
    /// The candidates for the seat that withdrew.
    pub withdrew: Vec<&'a Country>,
    /// The sources of the outcome, in full.
    pub sources: Vec<&'a Source>,
}

/// In JSON the record's fields in its order, countries and sources in full.
impl Serialize for OutcomeView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let o = self.outcome;
        let mut outcome = serializer.serialize_struct("Outcome", 9)?;
        outcome.serialize_field("date", &o.date)?;
        outcome.serialize_field("elected", &o.elected)?;
        outcome.serialize_field("term", &o.term)?;
        outcome.serialize_field("votes", &o.votes)?;
        outcome.serialize_field("votes_needed", &o.votes_needed)?;
        outcome.serialize_field("elected_same_day", &self.elected_same_day)?;
        outcome.serialize_field("withdrew", &self.withdrew)?;
        outcome.serialize_field("text", &o.text)?;
        outcome.serialize_field("sources", &self.sources)?;
        outcome.end()
    }
}

/// A later development of the candidacy.
#[derive(Debug, Serialize)]
pub struct DevelopmentView<'a> {
    /// When it happened (ISO 8601).
    pub date: &'a str,
    /// What happened, in both languages.
    pub text: &'a Text,
    /// The countries it concerns.
    pub countries: Vec<&'a Country>,
    /// Its sources, in full.
    pub sources: Vec<&'a Source>,
}

/// The `unsc` answer for `ds`.
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
                    quote: &p.quote,
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
    let outcome = &unsc.outcome;
    UnscReport {
        source: ds.source(unsc.source),
        sections,
        outcome: OutcomeView {
            outcome,
            elected_same_day: countries(&outcome.elected_same_day),
            withdrew: countries(&outcome.withdrew),
            sources: sources(&outcome.sources),
        },
        developments,
    }
}
