//! The dataset: files embedded at compile time, read into the serde model, then validated once
//! into [`Dataset`], whose references are typed ids that cannot dangle.

mod dataset;
mod error;
mod load;
mod locate;
pub mod model;
mod schema;
mod validate;

pub use dataset::*;
pub use error::{Check, DataError};
pub use load::{ExportError, FILES, MAX_FILE_BYTES, embedded, export, from_dir, from_texts};
pub use model::{Source, Term, Text};
pub use schema::schemas;
