//! JSON Schemas of the data files, generated from the very types the loader reads them into,
//! so the published schema cannot drift from what the tool accepts. The committed copies live in
//! `schema/`; a test regenerates them and compares.

use schemars::{JsonSchema, schema_for};
use serde_json::Value;

use super::model::*;

/// Each data file with the schema of its contents.
pub fn schemas() -> Vec<(&'static str, Value)> {
    fn of<T: JsonSchema>() -> Value {
        schema_for!(T).to_value()
    }
    vec![
        ("sources.json", of::<Vec<Source>>()),
        ("countries.json", of::<Vec<RawCountry>>()),
        ("cities.json", of::<Vec<RawCity>>()),
        ("endonyms.json", of::<RawEndonyms>()),
        ("ambiguities.json", of::<Vec<RawAmbiguity>>()),
        ("postings.json", of::<RawPostings>()),
        ("accreditations.json", of::<Vec<RawAccreditation>>()),
        ("cooperation.json", of::<RawCooperation>()),
        ("duties.json", of::<Vec<RawDuty>>()),
        ("statements.json", of::<Vec<RawStatement>>()),
        ("unsc.json", of::<RawUnsc>()),
    ]
}
