//! The dataset's two languages. Defined here, not in `i18n`, so that the data layer stands on
//! its own: the build script compiles it to validate and bake the embedded data.

/// A language of the tool: the data holds every text and name in both, and a user reads one
/// (`--lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English
    #[default]
    En,
    /// Latviešu (Latvian)
    Lv,
}
