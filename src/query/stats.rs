//! `attache stats`: the counts that matter, derived from the records.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::postings::{AttacheCount, attaches_at};
use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::Dataset;

/// The counts that matter, derived from the records: who resides where, how much each of
/// Latvia's postings covers, and where the network's hubs are.
#[derive(Debug, Serialize)]
pub struct StatsReport<'a> {
    /// Every city with who resides there, busiest first (ties in the dataset's order).
    pub cities: Vec<CityCount<'a>>,
    /// Latvia's postings with the number of countries each covers, most first (ties in the
    /// source's order).
    pub postings: Vec<PostingCount<'a>>,
    /// The attachés accredited to Latvia, by where they reside.
    pub accredited: ResidencyCounts,
    /// The busiest cities: at most [`HUBS`], more when tied with the last. (In JSON, their ids.)
    #[serde(serialize_with = "city_ids")]
    pub hubs: Vec<CityCount<'a>>,
    /// The number of Latvia's attachés stated, against the residences listed and the numbers
    /// stated for some of them.
    pub latvia_attaches: AttacheCount<'a>,
    /// The records every figure is counted from: the postings, advisers and accreditations
    /// (not in JSON, which holds the figures only).
    #[serde(skip)]
    pub counted: Vec<Evidence<'a>>,
}

/// One of Latvia's postings with the number of countries it covers.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PostingCount<'a> {
    /// Where the attaché resides.
    pub residence: CityInCountry<'a>,
    /// How many countries it covers.
    pub countries: usize,
}

/// How many attachés accredited to Latvia reside in Latvia and how many elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResidencyCounts {
    /// Residing in Latvia.
    pub resident: usize,
    /// Residing abroad.
    pub non_resident: usize,
}

impl ResidencyCounts {
    /// Every attaché accredited to Latvia.
    pub fn total(&self) -> usize {
        self.resident + self.non_resident
    }
}

/// In JSON: `{ "resident", "non_resident", "total" }`.
impl Serialize for ResidencyCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_struct("ResidencyCounts", 3)?;
        counts.serialize_field("resident", &self.resident)?;
        counts.serialize_field("non_resident", &self.non_resident)?;
        counts.serialize_field("total", &self.total())?;
        counts.end()
    }
}

fn city_ids<S: Serializer>(cities: &[CityCount<'_>], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(cities.iter().map(|c| &c.city.city.id))
}

/// Who resides in one city, both ways.
#[derive(Debug, Clone, Copy)]
pub struct CityCount<'a> {
    /// The city.
    pub city: CityInCountry<'a>,
    /// Latvia's attachés residing there: one a residence, or the number a source states.
    pub latvia_attaches: usize,
    /// Latvia's advisers residing there.
    pub latvia_advisers: usize,
    /// Foreign attachés accredited to Latvia residing there.
    pub accredited: usize,
}

impl CityCount<'_> {
    /// Everyone residing there: what makes a city a hub.
    pub fn total(&self) -> usize {
        self.latvia_attaches + self.latvia_advisers + self.accredited
    }
}

/// In JSON: `{ "city", "latvia_attaches", "latvia_advisers", "accredited", "total" }`.
impl Serialize for CityCount<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut count = serializer.serialize_struct("CityCount", 5)?;
        count.serialize_field("city", &self.city)?;
        count.serialize_field("latvia_attaches", &self.latvia_attaches)?;
        count.serialize_field("latvia_advisers", &self.latvia_advisers)?;
        count.serialize_field("accredited", &self.accredited)?;
        count.serialize_field("total", &self.total())?;
        count.end()
    }
}

/// How many cities `stats` names as the busiest hubs.
pub const HUBS: usize = 3;

/// The busiest of `cities` (sorted busiest first): at most [`HUBS`], more when tied with the
/// last.
fn hubs<'c, 'a>(cities: &'c [CityCount<'a>]) -> &'c [CityCount<'a>] {
    let Some(last) = cities.get(HUBS.saturating_sub(1)).map(CityCount::total) else {
        return cities;
    };
    let end = cities
        .iter()
        .position(|c| c.total() < last)
        .unwrap_or(cities.len());
    &cities[..end]
}

/// The `stats` answer for `ds`.
pub fn stats(ds: &Dataset) -> StatsReport<'_> {
    // One pass over each kind of record, counting by city: no scan of every record per city.
    let mut cities: Vec<CityCount<'_>> = ds
        .city_ids()
        .map(|id| CityCount {
            city: CityInCountry::of(ds, id),
            latvia_attaches: 0,
            latvia_advisers: 0,
            accredited: 0,
        })
        .collect();
    let at = |city: crate::data::CityId| usize::from(city.0);
    for p in ds.postings.iter() {
        if let Some(c) = cities.get_mut(at(p.residence)) {
            // One attaché, or the number a source states for the residence.
            c.latvia_attaches += attaches_at(p);
        }
    }
    for a in ds.advisers.iter() {
        if let Some(c) = cities.get_mut(at(a.residence)) {
            c.latvia_advisers += 1;
        }
    }
    for a in ds.accreditations.iter() {
        if let Some(c) = cities.get_mut(at(a.residence)) {
            c.accredited += 1;
        }
    }
    cities.sort_by_key(|c| std::cmp::Reverse(c.total()));
    let mut postings: Vec<PostingCount<'_>> = ds
        .postings
        .iter()
        .map(|p| PostingCount {
            residence: CityInCountry::of(ds, p.residence),
            countries: p.covers.len(),
        })
        .collect();
    postings.sort_by_key(|p| std::cmp::Reverse(p.countries));
    let resident = ds
        .accreditations
        .iter()
        .filter(|a| ds.in_latvia(a.residence))
        .count();
    let postings_counted = ds.postings.iter().flat_map(|p| {
        let stated = p
            .stated_attaches
            .as_ref()
            .map(|s| Evidence::quoted(ds.source(s.source), &s.quote));
        std::iter::once(Evidence::quoted(ds.source(p.source), &p.quote)).chain(stated)
    });
    let advisers_counted = ds
        .advisers
        .iter()
        .map(|a| Evidence::quoted(ds.source(a.source), &a.quote));
    let accreditations_counted = ds
        .accreditations
        .iter()
        .map(|a| AttacheInLatvia::of(ds, a).evidence());
    StatsReport {
        counted: postings_counted
            .chain(advisers_counted)
            .chain(accreditations_counted)
            .collect(),
        hubs: hubs(&cities).to_vec(),
        cities,
        postings,
        accredited: ResidencyCounts {
            resident,
            non_resident: ds.accreditations.len() - resident,
        },
        latvia_attaches: AttacheCount::of(ds),
    }
}
