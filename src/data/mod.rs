//! The dataset: files embedded at compile time, read into the serde model, then validated into
//! [`Dataset`], whose references are typed ids that cannot dangle. The build script runs the
//! same parsing and validation on `data/` and bakes the result into the binary, so a start
//! with the embedded data parses and validates nothing; `--data` runs them at load.
//!
//! `lang`, `names`, `english`, `latvian`, `model`, `dataset`, `error`, `locate`, `parse`,
//! `search` and `validate` use nothing
//! outside this folder: `build/main.rs` compiles them too.

mod dataset;
mod english;
mod error;
mod json_text;
mod lang;
mod latvian;
mod load;
mod locate;
mod model;
mod names;
mod parse;
mod safe;
mod schema;
mod search;
mod validate;

pub use dataset::*;
pub use english::{capitalized, rule_takes_the, with_the};
pub use error::{Check, DataError};
pub use json_text::{CITY_TEXTS, COUNTRY_TEXTS, serialize_city};
pub use lang::Lang;
pub use latvian::{Declined, LatvianCase, Marks, Paradigm, decline, each_form};
pub use load::{
    EXPORT_TEMPORARY_PREFIX, ExportError, ExportFile, MAX_FILE_BYTES, bytes_words, data_files,
    embedded, embedded_text, export, from_dir, read_text_file, read_text_stdin, texts_of_dir,
    validate_embedded, write_set,
};
pub use model::{EnglishNames, LatvianNames, Source, Term, Text, Topic};
pub use names::{Clash, EmptyForm, FormKind, NameForm, NameIndex, NameIndexBuilder, fold, key};
pub use parse::{FILES, Typed, from_texts, from_texts_in_order, parse_typed};
pub use safe::{escaped, escaped_path, first_unsafe, is_unsafe};
pub use schema::schemas;
pub use search::{Document, SearchIndex, WordEntry, documents};
pub use validate::{MAX_NAME_CHARS, is_date};
