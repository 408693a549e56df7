//! The JSON object of each embedded country and city, laid out when the binary was built
//! (`build/bake.rs`, from [`CountryJson`] and [`CityJson`]): the documents name the same
//! countries and cities again and again (every edge of the graph, every attaché), and the
//! embedded data never changes while the tool runs. A country or city of a `--data` dataset
//! is serialized as it is, once a document ([`crate::render::repeated`]).
//!
//! Only the library compiles this file; the build script writes the texts it includes.

use serde::{Serialize, Serializer};

use super::{City, CityJson, Country, CountryJson, embedded};
use crate::render::{LaidOutTexts, laid_out_before, repeated};

mod baked {
    include!(concat!(env!("OUT_DIR"), "/json_text.rs"));
}

/// The index of `item` in `list`, where it is one of its items (by address: the embedded
/// dataset is one static).
fn index_in<T>(list: &[T], item: &T) -> Option<usize> {
    let start = list.as_ptr().addr();
    let offset = std::ptr::from_ref(item).addr().checked_sub(start)?;
    let index = offset / size_of::<T>().max(1);
    (index < list.len() && offset % size_of::<T>().max(1) == 0).then_some(index)
}

/// Every embedded country's JSON object, at each of the first levels of a document.
pub static COUNTRY_TEXTS: LaidOutTexts =
    LaidOutTexts::new(baked::COUNTRY_TEXT, &baked::COUNTRY_ENDS, baked::LEVELS);

/// Every embedded city's JSON object (with its country), at each of the first levels.
pub static CITY_TEXTS: LaidOutTexts =
    LaidOutTexts::new(baked::CITY_TEXT, &baked::CITY_ENDS, baked::LEVELS);

/// A country in JSON: `{ "code", "alpha3", "name": { "en", "lv" } }` ([`CountryJson`]).
impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = CountryJson(self);
        match index_in(&embedded().countries, self) {
            Some(i) => laid_out_before(&COUNTRY_TEXTS, i, &value, serializer),
            None => repeated(std::ptr::from_ref(self).addr(), &value, serializer),
        }
    }
}

/// `city`, in `country`, in JSON: `{ "id", "name", "country" }` ([`CityJson`]).
pub fn serialize_city<S: Serializer>(
    city: &City,
    country: &Country,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let value = CityJson { city, country };
    match index_in(&embedded().cities, city) {
        Some(i) => laid_out_before(&CITY_TEXTS, i, &value, serializer),
        None => repeated(std::ptr::from_ref(city).addr(), &value, serializer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::ser::SerializeSeq;

    /// `value` inside `.0` arrays of one item each.
    struct Nested<'a, T: ?Sized>(usize, &'a T);

    impl<T: Serialize + ?Sized> Serialize for Nested<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            if self.0 == 0 {
                return self.1.serialize(serializer);
            }
            let mut seq = serializer.serialize_seq(Some(1))?;
            seq.serialize_element(&Nested(self.0 - 1, self.1))?;
            seq.end()
        }
    }

    /// The baked texts are what serializing the records writes now, at every level they are
    /// baked at: a change to [`CountryJson`] or [`CityJson`] (or to serde_json) cannot leave
    /// them behind. (`render::json`'s tests check a document writes them where it would have
    /// serialized the records.)
    /// `value` pretty-printed as it is at `level` of a document: in `level` nested arrays,
    /// their lines cut off.
    fn at_level<T: Serialize>(value: &T, level: usize) -> String {
        let text = serde_json::to_string_pretty(&Nested(level, value)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        lines[level..lines.len() - level]
            .join("\n")
            .trim_start()
            .to_owned()
    }

    #[test]
    fn every_baked_text_is_the_live_serialization_of_its_record() {
        let ds = embedded();
        assert_eq!(COUNTRY_TEXTS.len(), ds.countries.len());
        assert_eq!(CITY_TEXTS.len(), ds.cities.len());
        for level in 0..baked::LEVELS {
            for (i, country) in ds.countries.iter().enumerate() {
                let live = at_level(&CountryJson(country), level);
                assert_eq!(COUNTRY_TEXTS.at(i, level), Some(live.as_str()));
            }
            for (i, city) in ds.cities.iter().enumerate() {
                let country = ds.country(city.country);
                let live = at_level(&CityJson { city, country }, level);
                assert_eq!(CITY_TEXTS.at(i, level), Some(live.as_str()));
            }
        }
        let country = &ds.countries[3];
        assert_eq!(index_in(&ds.countries, country), Some(3));
    }

    /// A record that is not the embedded dataset's (a `--data` dataset's, a copy) has no text.
    #[test]
    fn a_record_outside_the_embedded_dataset_has_no_baked_text() {
        let ds = embedded();
        let country = ds.countries[0].clone();
        let city = ds.cities[0].clone();
        assert_eq!(index_in(&ds.countries, &country), None);
        assert_eq!(index_in(&ds.cities, &city), None);
        assert_eq!(
            serde_json::to_string_pretty(&country).unwrap(),
            serde_json::to_string_pretty(&CountryJson(&ds.countries[0])).unwrap()
        );
    }
}
