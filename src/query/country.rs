//! `attache country NAME`: everything the dataset knows about one country.

use super::{AttacheInLatvia, CityInCountry};
use crate::data::{Country, CountryId, Dataset, Partnership, Section, Source, Text};

#[derive(Debug)]
pub struct CountryReport<'a> {
    pub country: &'a Country,
    /// The dataset is about Latvia, so the two directions do not apply to it.
    pub is_latvia: bool,
    /// Latvia's attaché covering the country and Latvia's adviser there, if any.
    pub latvia_to_country: Vec<Representation<'a>>,
    /// The country's attaché accredited to Latvia, if any.
    pub country_to_latvia: Option<AttacheInLatvia<'a>>,
    /// Foreign attachés accredited to Latvia who reside in this country.
    pub hosted: Vec<AttacheInLatvia<'a>>,
    pub cooperation: Vec<Role<'a>>,
    pub unsc: Vec<UnscMention<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepresentativeKind {
    Attache,
    Adviser,
}

/// One of Latvia's representatives for a country.
#[derive(Debug)]
pub struct Representation<'a> {
    pub kind: RepresentativeKind,
    pub residence: CityInCountry<'a>,
    /// The other countries on the same posting, in the source's order.
    pub also_covers: Vec<&'a Country>,
    pub source: &'a Source,
    pub quote: &'a str,
}

/// The country's part in one of the cooperation groups.
#[derive(Debug)]
pub struct Role<'a> {
    pub partnership: &'a Partnership,
    /// What the source says of this member in particular, beyond the group's role.
    pub member_role: Option<&'a Text>,
    pub source: &'a Source,
}

/// Where the UN Security Council material mentions the country.
#[derive(Debug)]
pub enum UnscPart<'a> {
    /// A section of the 2021 article.
    Article(&'a Section),
    /// The outcome of the candidacy, on its date.
    Outcome(&'a str),
    /// A later development, on its date.
    Development(&'a str),
}

#[derive(Debug)]
pub struct UnscMention<'a> {
    pub part: UnscPart<'a>,
    pub text: &'a Text,
    pub sources: Vec<&'a Source>,
}

pub fn country(ds: &Dataset, id: CountryId) -> CountryReport<'_> {
    let mut latvia_to_country = Vec::new();
    for posting in ds.postings.iter().filter(|p| p.covers.contains(&id)) {
        latvia_to_country.push(Representation {
            kind: RepresentativeKind::Attache,
            residence: CityInCountry::of(ds, posting.residence),
            also_covers: posting
                .covers
                .iter()
                .filter(|&&c| c != id)
                .map(|&c| ds.country(c))
                .collect(),
            source: ds.source(posting.source),
            quote: &posting.quote,
        });
    }
    for adviser in ds.advisers.iter().filter(|a| a.embassy_in == id) {
        latvia_to_country.push(Representation {
            kind: RepresentativeKind::Adviser,
            residence: CityInCountry::of(ds, adviser.residence),
            also_covers: Vec::new(),
            source: ds.source(adviser.source),
            quote: &adviser.quote,
        });
    }

    let country_to_latvia = ds
        .accreditations
        .iter()
        .find(|a| a.country == id)
        .map(|a| AttacheInLatvia::of(ds, a));
    let hosted = ds
        .accreditations
        .iter()
        .filter(|a| ds.city(a.residence).country == id)
        .map(|a| AttacheInLatvia::of(ds, a))
        .collect();

    let cooperation = ds
        .partnerships
        .iter()
        .filter_map(|p| {
            let member = p.members.iter().find(|m| m.country == id)?;
            Some(Role {
                partnership: p,
                member_role: member.role.as_ref(),
                source: ds.source(p.source),
            })
        })
        .collect();

    let sources = |ids: &[crate::data::SourceId]| ids.iter().map(|&s| ds.source(s)).collect();
    let mut unsc = Vec::new();
    for section in ds.unsc.sections.iter() {
        for point in section.points.iter().filter(|p| p.countries.contains(&id)) {
            unsc.push(UnscMention {
                part: UnscPart::Article(section),
                text: &point.text,
                sources: vec![ds.source(ds.unsc.source)],
            });
        }
    }
    let outcome = &ds.unsc.outcome;
    if outcome.elected_same_day.contains(&id) || outcome.withdrew.contains(&id) {
        unsc.push(UnscMention {
            part: UnscPart::Outcome(&outcome.date),
            text: &outcome.text,
            sources: sources(&outcome.sources),
        });
    }
    for development in ds
        .unsc
        .developments
        .iter()
        .filter(|d| d.countries.contains(&id))
    {
        unsc.push(UnscMention {
            part: UnscPart::Development(&development.date),
            text: &development.text,
            sources: sources(&development.sources),
        });
    }

    CountryReport {
        country: ds.country(id),
        is_latvia: id == ds.latvia,
        latvia_to_country,
        country_to_latvia,
        hosted,
        cooperation,
        unsc,
    }
}
