//! One module per command. A query is a pure function of the dataset that returns a plain
//! struct borrowing from it; it prints nothing and decides no exit code.

pub mod about;
pub mod accredited;
pub mod check;
pub mod city;
pub mod country;
pub mod graph;
pub mod non_resident;
pub mod partners;
pub mod postings;
pub mod reciprocity;
pub mod search;
pub mod sources;
pub mod stats;
pub mod unsc;

use crate::data::{Accreditation, City, CityId, Country, Dataset, Source};

/// A city together with the country it is in.
#[derive(Debug, Clone, Copy)]
pub struct CityInCountry<'a> {
    pub city: &'a City,
    pub country: &'a Country,
}

impl<'a> CityInCountry<'a> {
    pub fn of(ds: &'a Dataset, city: CityId) -> Self {
        let city_ref = ds.city(city);
        CityInCountry {
            city: city_ref,
            country: ds.country(city_ref.country),
        }
    }
}

/// A foreign defence attaché accredited to Latvia, with where it resides.
#[derive(Debug, Clone, Copy)]
pub struct AttacheInLatvia<'a> {
    pub country: &'a Country,
    pub residence: CityInCountry<'a>,
    /// Resides in Latvia (in Riga, in the sources).
    pub resident: bool,
    pub source: &'a Source,
    pub quote: &'a str,
}

impl<'a> AttacheInLatvia<'a> {
    pub fn of(ds: &'a Dataset, accreditation: &'a Accreditation) -> Self {
        AttacheInLatvia {
            country: ds.country(accreditation.country),
            residence: CityInCountry::of(ds, accreditation.residence),
            resident: ds.in_latvia(accreditation.residence),
            source: ds.source(accreditation.source),
            quote: &accreditation.quote,
        }
    }
}
