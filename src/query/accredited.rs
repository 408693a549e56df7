//! `attache accredited [--resident | --non-resident]`: every foreign defence attaché
//! accredited to Latvia.

use super::AttacheInLatvia;
use crate::data::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Residency {
    All,
    Resident,
    NonResident,
}

#[derive(Debug)]
pub struct AccreditedReport<'a> {
    pub residency: Residency,
    /// In the source's order: resident ones first, as the source lists them.
    pub attaches: Vec<AttacheInLatvia<'a>>,
}

impl AccreditedReport<'_> {
    pub fn resident_count(&self) -> usize {
        self.attaches.iter().filter(|a| a.resident).count()
    }

    pub fn non_resident_count(&self) -> usize {
        self.attaches.len() - self.resident_count()
    }
}

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
