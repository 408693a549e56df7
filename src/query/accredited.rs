//! `attache accredited [--resident | --non-resident]`: every foreign defence attaché
//! accredited to Latvia.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::AttacheInLatvia;
use crate::data::Dataset;

/// Which of the attachés accredited to Latvia a listing keeps: the `filter` key of the JSON
/// (`all`, `resident`, `non_resident`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Residency {
    /// Every attaché.
    All,
    /// Those residing in Latvia.
    Resident,
    /// Those covering Latvia from another country.
    NonResident,
}

/// The foreign defence attachés accredited to Latvia, all or by residence.
#[derive(Debug)]
pub struct AccreditedReport<'a> {
    /// The attachés kept; `filter` in JSON.
    pub residency: Residency,
    /// In the source's order: resident ones first, as the source lists them.
    pub attaches: Vec<AttacheInLatvia<'a>>,
}

/// In JSON: `{ "filter", "total", "resident", "non_resident", "attaches" }`, the counts of
/// the attachés listed.
impl Serialize for AccreditedReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("AccreditedReport", 5)?;
        report.serialize_field("filter", &self.residency)?;
        report.serialize_field("total", &self.attaches.len())?;
        report.serialize_field("resident", &self.resident_count())?;
        report.serialize_field("non_resident", &self.non_resident_count())?;
        report.serialize_field("attaches", &self.attaches)?;
        report.end()
    }
}

impl AccreditedReport<'_> {
    /// How many of the attachés listed reside in Latvia.
    pub fn resident_count(&self) -> usize {
        self.attaches.iter().filter(|a| a.resident).count()
    }

    /// How many of the attachés listed reside abroad.
    pub fn non_resident_count(&self) -> usize {
        self.attaches.len() - self.resident_count()
    }
}

/// The attachés of `ds` that `residency` keeps.
pub fn accredited(ds: &Dataset, residency: Residency) -> AccreditedReport<'_> {
    let attaches = ds
        .accreditations
        .iter()
        .map(|a| AttacheInLatvia::of(ds, a))
        .filter(|a| match residency {
            Residency::All => true,
            Residency::Resident => a.resident,
            Residency::NonResident => !a.resident,
        })
        .collect();
    AccreditedReport {
        residency,
        attaches,
    }
}
