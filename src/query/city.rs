//! `attache city NAME`: everything that resides in one city, in both directions.

use serde::Serialize;

use super::country::RepresentativeKind;
use super::postings::StatedAttaches;
use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::{CityId, Country, Dataset, Source};

/// Who resides in one city: Latvia's representatives there, and the attachés accredited to
/// Latvia from there.
#[derive(Debug, Serialize)]
pub struct CityReport<'a> {
    /// The city asked about.
    pub city: CityInCountry<'a>,
    /// Latvia's attachés and advisers who reside in the city.
    pub latvia_representatives: Vec<RepresentativeHere<'a>>,
    /// Foreign attachés accredited to Latvia who reside in the city, in the source's order.
    pub accredited: Vec<AttacheInLatvia<'a>>,
}

/// One of Latvia's representatives residing in the city.
#[derive(Debug, Serialize)]
pub struct RepresentativeHere<'a> {
    /// Attaché or adviser.
    pub kind: RepresentativeKind,
    /// The countries an attaché covers, in the source's order; an adviser's embassy country.
    pub covers: Vec<&'a Country>,
    /// The source of the posting; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line it rests on, as printed.
    pub quote: &'a str,
    /// How many attachés reside there, where a source states it (`postings` has the shape).
    pub stated_attaches: Option<StatedAttaches<'a>>,
}

impl<'a> RepresentativeHere<'a> {
    /// The source and the line it rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// The `city` answer for the city `id` of `ds`.
pub fn city(ds: &Dataset, id: CityId) -> CityReport<'_> {
    let postings = ds
        .postings
        .iter()
        .filter(|p| p.residence == id)
        .map(|p| RepresentativeHere {
            kind: RepresentativeKind::Attache,
            covers: p.covers.iter().map(|&c| ds.country(c)).collect(),
            source: ds.source(p.source),
            quote: &p.quote,
            stated_attaches: StatedAttaches::of(ds, p),
        });
    let advisers = ds
        .advisers
        .iter()
        .filter(|a| a.residence == id)
        .map(|a| RepresentativeHere {
            kind: RepresentativeKind::Adviser,
            covers: vec![ds.country(a.embassy_in)],
            source: ds.source(a.source),
            quote: &a.quote,
            stated_attaches: None,
        });
    CityReport {
        city: CityInCountry::of(ds, id),
        latvia_representatives: postings.chain(advisers).collect(),
        accredited: ds
            .accreditations
            .iter()
            .filter(|a| a.residence == id)
            .map(|a| AttacheInLatvia::of(ds, a))
            .collect(),
    }
}
