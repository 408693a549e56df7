//! `attache`: answers questions about Latvia's defence diplomacy from a dataset that ships
//! inside the binary.
//!
//! Data flows one way: data files -> serde model (`data/model.rs`) -> validated [`data::Dataset`]
//! -> [`query`] (pure functions returning structs) -> [`render`] (table, JSON, ...). For the
//! embedded data the first two steps run in the build script (`build/`), which bakes the
//! validated dataset into the binary; `--data DIR` runs them at load.

#![forbid(unsafe_code)]
// Nothing a user or a data file controls may panic: errors are values, all the way to main.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "cli")]
mod complete;
pub mod data;
pub mod i18n;
pub mod query;
pub mod render;
pub mod resolve;
#[cfg(feature = "cli")]
mod run;

#[cfg(feature = "cli")]
pub use run::{Environment, Status, UsageError, run};
