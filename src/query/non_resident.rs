//! `attache non-resident [--city CITY]`: non-resident attachés accredited to Latvia, grouped
//! by the city where they reside.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::{CityId, Dataset};

/// The attachés accredited to Latvia who reside abroad, grouped by the city they cover Latvia
/// from: where Latvia's partners keep their attachés for the region.
#[derive(Debug)]
pub struct NonResidentReport<'a> {
    /// Largest group first; equal groups in the order the source first names their city.
    pub groups: Vec<CityGroup<'a>>,
    /// The city asked for, if any.
    pub city: Option<CityInCountry<'a>>,
}

/// The attachés residing in one city.
#[derive(Debug)]
pub struct CityGroup<'a> {
    /// The city they reside in.
    pub residence: CityInCountry<'a>,
    /// In the source's order.
    pub attaches: Vec<AttacheInLatvia<'a>>,
}

impl<'a> CityGroup<'a> {
    /// What the group's attachés rest on.
    pub fn evidence(&self) -> Vec<Evidence<'a>> {
        self.attaches
            .iter()
            .map(AttacheInLatvia::evidence)
            .collect()
    }
}

/// In JSON: `{ "city", "total", "groups" }`.
impl Serialize for NonResidentReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("NonResidentReport", 3)?;
        report.serialize_field("city", &self.city)?;
        report.serialize_field("total", &self.total())?;
        report.serialize_field("groups", &self.groups)?;
        report.end()
    }
}

/// In JSON: `{ "residence", "count", "attaches" }`.
impl Serialize for CityGroup<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut group = serializer.serialize_struct("CityGroup", 3)?;
        group.serialize_field("residence", &self.residence)?;
        group.serialize_field("count", &self.attaches.len())?;
        group.serialize_field("attaches", &self.attaches)?;
        group.end()
    }
}

impl NonResidentReport<'_> {
    /// How many attachés the groups hold together.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.attaches.len()).sum()
    }
}

/// The non-resident attachés of `ds`, only those residing in `city` if given.
pub fn non_resident(ds: &Dataset, city: Option<CityId>) -> NonResidentReport<'_> {
    let mut groups: Vec<(CityId, CityGroup<'_>)> = Vec::new();
    for accreditation in ds.accreditations.iter() {
        let residence = accreditation.residence;
        if ds.in_latvia(residence) || city.is_some_and(|c| c != residence) {
            continue;
        }
        let attache = AttacheInLatvia::of(ds, accreditation);
        match groups.iter_mut().find(|(id, _)| *id == residence) {
            Some((_, group)) => group.attaches.push(attache),
            None => groups.push((
                residence,
                CityGroup {
                    residence: CityInCountry::of(ds, residence),
                    attaches: vec![attache],
                },
            )),
        }
    }
    // A stable sort keeps the source's order among groups of the same size.
    groups.sort_by_key(|(_, g)| std::cmp::Reverse(g.attaches.len()));
    NonResidentReport {
        groups: groups.into_iter().map(|(_, g)| g).collect(),
        city: city.map(|c| CityInCountry::of(ds, c)),
    }
}
