//! `attache stats`: the counts that matter, derived from the records.

use super::CityInCountry;
use crate::data::Dataset;

#[derive(Debug)]
pub struct StatsReport<'a> {
    /// Every city with who resides there, busiest first (ties in the dataset's order).
    pub cities: Vec<CityCount<'a>>,
    /// Latvia's postings with the number of countries each covers, most first (ties in the
    /// source's order).
    pub postings: Vec<(CityInCountry<'a>, usize)>,
    pub resident: usize,
    pub non_resident: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct CityCount<'a> {
    pub city: CityInCountry<'a>,
    /// Latvia's attachés residing there.
    pub latvia_attaches: usize,
    /// Latvia's advisers residing there.
    pub latvia_advisers: usize,
    /// Foreign attachés accredited to Latvia residing there.
    pub accredited: usize,
}

impl CityCount<'_> {
    pub fn total(&self) -> usize {
        self.latvia_attaches + self.latvia_advisers + self.accredited
    }
}

/// How many cities `stats` names as the busiest hubs.
pub const HUBS: usize = 3;

impl<'a> StatsReport<'a> {
    /// The busiest cities: at most [`HUBS`], more when tied with the last.
    pub fn hubs(&self) -> &[CityCount<'a>] {
        let Some(last) = self
            .cities
            .get(HUBS.saturating_sub(1))
            .map(CityCount::total)
        else {
            return &self.cities;
        };
        let end = self
            .cities
            .iter()
            .position(|c| c.total() < last)
            .unwrap_or(self.cities.len());
        &self.cities[..end]
    }
}

pub fn stats(ds: &Dataset) -> StatsReport<'_> {
    let mut cities: Vec<CityCount<'_>> = ds
        .city_ids()
        .map(|id| CityCount {
            city: CityInCountry::of(ds, id),
            latvia_attaches: ds.postings.iter().filter(|p| p.residence == id).count(),
            latvia_advisers: ds.advisers.iter().filter(|a| a.residence == id).count(),
            accredited: ds
                .accreditations
                .iter()
                .filter(|a| a.residence == id)
                .count(),
        })
        .collect();
    cities.sort_by_key(|c| std::cmp::Reverse(c.total()));
    let mut postings: Vec<(CityInCountry<'_>, usize)> = ds
        .postings
        .iter()
        .map(|p| (CityInCountry::of(ds, p.residence), p.covers.len()))
        .collect();
    postings.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let resident = ds
        .accreditations
        .iter()
        .filter(|a| ds.in_latvia(a.residence))
        .count();
    StatsReport {
        cities,
        postings,
        resident,
        non_resident: ds.accreditations.len() - resident,
    }
}
