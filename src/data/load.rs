use include_dir::{Dir, include_dir};
use serde::de::DeserializeOwned;

use super::model::*;
use super::{DataError, Dataset, validate};

/// The data files, embedded when the binary is built (`build.rs` makes a change under `data/`
/// rebuild it).
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// Every file the dataset is made of. A missing one is an error: a partial dataset never
/// gives a partial answer.
pub const FILES: [&str; 8] = [
    "sources.json",
    "countries.json",
    "cities.json",
    "postings.json",
    "accreditations.json",
    "cooperation.json",
    "duties.json",
    "unsc.json",
];

/// The dataset built into the binary.
pub fn embedded() -> Result<Dataset, DataError> {
    from_texts(|name| {
        let file = EMBEDDED
            .get_file(name)
            .ok_or_else(|| DataError::file(name, "file is missing"))?;
        file.contents_utf8()
            .ok_or_else(|| DataError::file(name, "file is not UTF-8"))
    })
}

/// Reads and validates a dataset from the text of each file in [`FILES`], however the caller
/// came by it.
pub fn from_texts<'t>(
    mut text_of: impl FnMut(&str) -> Result<&'t str, DataError>,
) -> Result<Dataset, DataError> {
    let mut read = |name: &str| text_of(name).map(|text| (name.to_owned(), text));
    let raw = RawDataset {
        sources: parse(read(FILES[0])?)?,
        countries: parse(read(FILES[1])?)?,
        cities: parse(read(FILES[2])?)?,
        postings: parse(read(FILES[3])?)?,
        accreditations: parse(read(FILES[4])?)?,
        cooperation: parse(read(FILES[5])?)?,
        duties: parse(read(FILES[6])?)?,
        unsc: parse(read(FILES[7])?)?,
    };
    validate::validate(raw)
}

/// Every file as serde reads it, before any reference between them is checked.
pub(super) struct RawDataset {
    pub sources: Vec<Source>,
    pub countries: Vec<RawCountry>,
    pub cities: Vec<RawCity>,
    pub postings: RawPostings,
    pub accreditations: Vec<RawAccreditation>,
    pub cooperation: RawCooperation,
    pub duties: Vec<RawDuty>,
    pub unsc: RawUnsc,
}

/// Parses one file; an error names the line, the column and the JSON path of the field at
/// fault (serde_path_to_error), e.g. `data/postings.json:14:9: attaches[3].covers: ...`.
fn parse<T: DeserializeOwned>((file, text): (String, &str)) -> Result<T, DataError> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut json).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        // serde_json ends its message with " at line L column C", which the prefix says already.
        let message = inner.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        DataError {
            file: file.clone(),
            position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
            path: Some(path),
            message: message.to_owned(),
        }
    })?;
    json.end().map_err(|err| DataError {
        file,
        position: Some((err.line(), err.column())),
        path: None,
        message: "trailing characters after the JSON value".to_owned(),
    })?;
    Ok(value)
}
