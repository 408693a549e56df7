//! One module per output format. A renderer formats what a query returned; it never looks
//! anything up in the dataset.

pub mod json;
pub mod table;

use std::io::{self, Write};

use crate::cli::Format;
use crate::i18n::Lang;
use crate::query::about::AboutReport;
use crate::query::accredited::AccreditedReport;
use crate::query::city::CityReport;
use crate::query::country::CountryReport;
use crate::query::non_resident::NonResidentReport;
use crate::query::partners::PartnersReport;
use crate::query::postings::PostingsReport;
use crate::query::unsc::UnscReport;

/// What a command found, ready to render.
#[derive(Debug)]
pub enum Answer<'a> {
    Country(CountryReport<'a>),
    City(CityReport<'a>),
    Partners(PartnersReport<'a>),
    About(AboutReport<'a>),
    NonResident(NonResidentReport<'a>),
    Accredited(AccreditedReport<'a>),
    Postings(PostingsReport<'a>),
    Unsc(UnscReport<'a>),
}

/// How tables look, decided once from the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Box-drawing characters; only on a terminal, and not with NO_COLOR set. Otherwise plain
    /// ASCII, so that pipes, files and tests see the same bytes everywhere.
    pub unicode: bool,
}

pub fn render(
    answer: &Answer<'_>,
    format: Format,
    lang: Lang,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(answer, lang, style, out),
        Format::Json => json::render(answer, out),
    }
}
