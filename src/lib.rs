//! `attache`: answers questions about Latvia's defence diplomacy from a dataset that ships
//! inside the binary.
//!
//! Data flows one way: data files -> serde model (`data/model.rs`) -> validated [`data::Dataset`]
//! -> [`query`] (pure functions returning structs) -> [`render`] (table, JSON, ...). For the
//! embedded data the first two steps run in the build script (`build/`), which bakes the
//! validated dataset into the binary; `--data DIR` runs them at load.
//!
//! A query's result is also its JSON document: the structs of [`query`] derive `Serialize`,
//! and [`render::json::Document`] puts `format_version` in front, as `--json` prints it. The
//! library builds without the command line (`default-features = false`): data, resolution,
//! queries and JSON.
//!
//! The four steps of a lookup:
//!
//! ```
//! use attache::render::json::Document;
//! use attache::resolve::{Resolution, resolve};
//!
//! // The dataset built into the library: nothing is parsed or validated at run time.
//! let ds = attache::data::embedded();
//!
//! // A name as a person types it, in any case of either language: "in Norway", in Latvian.
//! let Ok(Resolution::Found { id, .. }) = resolve(&ds.country_names, "Norvēģijā") else {
//!     panic!("Norway is in the dataset");
//! };
//!
//! // A query: a plain struct that borrows from the dataset.
//! let report = attache::query::country::country(ds, id);
//!
//! // Its JSON document, the one `attache country Norvēģijā --json` prints.
//! let json = serde_json::to_string(&Document::new(&report))?;
//! assert!(json.starts_with(r#"{"format_version":1,"country":{"code":"NO","#));
//! let json: serde_json::Value = serde_json::from_str(&json)?;
//! let latvia_to_norway = &json["latvia_to_country"][0];
//! assert_eq!(latvia_to_norway["kind"], "defence_attache");
//! assert_eq!(latvia_to_norway["residence"]["id"], "stockholm");
//! # Ok::<(), serde_json::Error>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Nothing a user or a data file controls may panic: errors are values, all the way to main.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

// The command line's own parts (clap's definitions, `run`) are public for the binary and its
// tests, not as the library's API: their documentation is the `--help` they produce.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
#[cfg(feature = "cli")]
mod complete;
pub mod data;
pub mod i18n;
pub mod import;
#[cfg(feature = "cli")]
mod man;
pub mod query;
pub mod render;
pub mod resolve;
#[cfg(feature = "cli")]
#[doc(hidden)]
mod run;

#[cfg(feature = "cli")]
pub use run::{Environment, Status, UsageError, run};
