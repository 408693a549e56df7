//! Resolution of whatever a user types, against the embedded countries and cities, in both
//! languages: never a panic, and a name found is one whose folded form is in the index.

#![no_main]

use attache::data;
use attache::i18n::Lang;
use attache::resolve::{Resolution, fold, resolve};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = String::from_utf8_lossy(bytes);
    let ds = data::embedded();
    for lang in [Lang::En, Lang::Lv] {
        if let Ok(Resolution::Found(id)) = resolve(&ds.country_names, &input, lang) {
            assert_eq!(ds.country_names.get(&fold(&input)), Some(id));
        }
        if let Ok(Resolution::Found(id)) = resolve(&ds.city_names, &input, lang) {
            assert_eq!(ds.city_names.get(&fold(&input)), Some(id));
        }
    }
});
