//! Resolution of whatever a user types, against the embedded countries and cities: never a
//! panic, and a name read as itself is one whose key is in the index, for that place.

#![no_main]

use attache::data;
use attache::resolve::{Reading, Resolution, resolve};
use attache::data::{key};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let input = String::from_utf8_lossy(bytes);
    let ds = data::embedded();
    // A comma or a bracket may join two names, and a beginning is not a whole key: skipped.
    let plain = !input.contains(',') && !input.contains('(');
    let whole = |beginning: bool| plain && !beginning;
    if let Ok(Resolution::Found { id, reading }) = resolve(&ds.country_names, &input) {
        if whole(reading == Reading::Beginning) {
            assert!(ds.country_names.get(&key(&input)).iter().any(|f| f.id == id));
        }
    }
    if let Ok(Resolution::Found { id, reading }) = resolve(&ds.city_names, &input) {
        if whole(reading == Reading::Beginning) {
            assert!(ds.city_names.get(&key(&input)).iter().any(|f| f.id == id));
        }
    }
});
