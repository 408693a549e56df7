//! Turning what a query returned into bytes; a renderer never looks anything up in the dataset.
//!
//! - `json`: the machine contract, the query results serialized as they are; `pretty` lays
//!   the documents out as serde_json's pretty printer does, in fewer writes.
//! - `graph`: the accreditation network as Graphviz DOT or Mermaid.
//! - `text` (with `cli`): what each answer says to people, in their language; `layout`
//!   writes it as a terminal table, Markdown or CSV.

#[cfg(feature = "cli")]
mod change;
#[cfg(feature = "cli")]
mod csv;
#[cfg(feature = "cli")]
pub use csv::{CsvTable, export_tables, tables_of};
pub mod graph;
pub mod json;
#[cfg(feature = "cli")]
mod layout;
mod pretty;
pub use pretty::LaidOutTexts;
pub(crate) use pretty::{laid_out_before, repeated};
#[cfg(feature = "cli")]
mod text;

#[cfg(feature = "cli")]
pub use layout::PageFormat;

/// The output formats. (The command line describes them to its users: `cli`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for reading.
    Table,
    /// One JSON document, keys in English, names in both languages.
    Json,
    /// The tables as CSV (RFC 4180).
    Csv,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// Graphviz DOT, for `graph` only.
    Dot,
    /// A Mermaid flowchart, for `graph` only.
    Mermaid,
}

#[cfg(feature = "cli")]
use std::io::{self, Write};

use crate::data::Lang;
use crate::data::{Case, Country, Named, Source, Topic};
use crate::i18n::Msg;
use crate::query::Evidence;
use crate::query::about::AboutReport;
use crate::query::accredited::AccreditedReport;
use crate::query::check::{CheckReport, Mismatch, Totals};
use crate::query::city::CityReport;
use crate::query::country::CountryReport;
use crate::query::diff::DiffReport;
use crate::query::graph::GraphReport;
use crate::query::non_resident::NonResidentReport;
use crate::query::partners::PartnersReport;
use crate::query::postings::PostingsReport;
use crate::query::postings::{AttacheCount, Figure, ResidenceCount};
use crate::query::reciprocity::ReciprocityReport;
use crate::query::search::{Record, SearchReport};
use crate::query::sources::SourcesReport;
use crate::query::stats::StatsReport;
use crate::query::unsc::UnscReport;

/// What a command found, ready to render. In JSON, the report it holds.
#[derive(Debug, serde::Serialize)]
#[serde(untagged)]
pub enum Answer<'a> {
    /// `country`.
    Country(CountryReport<'a>),
    /// `city`.
    City(CityReport<'a>),
    /// `partners`.
    Partners(PartnersReport<'a>),
    /// `about`.
    About(AboutReport<'a>),
    /// `search`.
    Search(SearchReport<'a>),
    /// `reciprocity`.
    Reciprocity(ReciprocityReport<'a>),
    /// `sources`.
    Sources(SourcesReport<'a>),
    /// `check`.
    Check(CheckReport<'a>),
    /// `stats`.
    Stats(StatsReport<'a>),
    /// `graph`.
    Graph(GraphReport<'a>),
    /// `non-resident`.
    NonResident(NonResidentReport<'a>),
    /// `accredited`.
    Accredited(AccreditedReport<'a>),
    /// `postings`.
    Postings(PostingsReport<'a>),
    /// `unsc`.
    Unsc(UnscReport<'a>),
    /// `diff`.
    Diff(DiffReport<'a>),
}

/// What an answer cites with `--cite`: the references a page ends with, and whether it showed
/// figures of the tool's own counting.
///
/// In JSON: `{ "references": [ { "ref", "source": Source, "quote" } ], "derived" }`.
#[derive(Debug, Default)]
pub struct Citations<'a> {
    /// Each record's evidence once, numbered from 1 in this order.
    pub cited: Vec<Evidence<'a>>,
    /// The answer showed figures `attache` counted or classed (not stated by a source).
    pub derived: bool,
}

/// How tables look, decided once from the environment and `--color`.
#[cfg(feature = "cli")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Box-drawing characters; only on a terminal, and not with TERM=dumb. Otherwise plain
    /// ASCII, so that pipes, files and tests see the same bytes everywhere.
    pub unicode: bool,
    /// Bold titles and coloured table headers (ANSI escapes).
    pub color: bool,
    /// `--with-sources`: tables of records end in a column of source ids.
    pub with_sources: bool,
    /// `--cite`: every record shown is numbered and the answer ends with its references.
    pub cite: bool,
    /// The width in columns that prose and tables fit (COLUMNS, or the terminal's). `None` in
    /// a pipe or a file: prose wraps at 78 columns and table cells at fixed widths, so that the
    /// bytes are the same on every machine.
    pub width: Option<usize>,
    /// `--table NAME`: which table CSV writes of a page with several kinds of record (`None`:
    /// its main one).
    pub table: Option<CsvTable>,
}

#[cfg(feature = "cli")]
impl Style {
    /// What a pipe or a file gets with no option: plain ASCII, no colour, fixed widths.
    pub const PIPE: Style = Style {
        unicode: false,
        color: false,
        with_sources: false,
        cite: false,
        width: None,
        table: None,
    };
}

/// Renders `answer` in `format`. (Without the `cli` feature, [`json::render`] writes JSON.)
#[cfg(feature = "cli")]
pub fn render(
    answer: &Answer<'_>,
    format: Format,
    lang: Lang,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    // The formats that are not pages take the references a page would end with.
    let citations = || match style.cite {
        true => text::citations(answer, lang).map(Some),
        false => Ok(None),
    };
    match (format, answer) {
        (Format::Dot, Answer::Graph(report)) => {
            graph::dot(report, lang, out)?;
            graph::references(citations()?.as_ref(), lang, "//", out)
        }
        (Format::Mermaid, Answer::Graph(report)) => {
            graph::mermaid(report, lang, out)?;
            graph::references(citations()?.as_ref(), lang, "%%", out)
        }
        // `run` refuses these formats for every other command before anything is looked up.
        (Format::Dot | Format::Mermaid, _) => Ok(()),
        // Every CSV row carries its source and the source's words: no column to add, no
        // references to end with.
        (Format::Csv, _) => csv::render(answer, lang, style.table, out),
        (Format::Table | Format::Markdown, _) => {
            let page = match format {
                Format::Markdown => PageFormat::Markdown,
                _ => PageFormat::Table(style),
            };
            text::render(answer, lang, page, style.with_sources, style.cite, out)
        }
        (Format::Json, _) => json::render_cited(answer, citations()?.as_ref(), out),
    }
}

/// `parts` one after another, in a string of their length: what `format!("{a}, {b}")` gives
/// for texts, without the formatting machinery (a cell or a label is made of a few texts, and
/// a page of hundreds of them).
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        text.push_str(part);
    }
    text
}

/// What a source is: "publisher, “title”, date".
pub fn source_text(source: &Source, lang: Lang) -> String {
    let date = match &source.published {
        Some(date) => lang.published(date),
        None => lang.msg(Msg::Undated).to_owned(),
    };
    concat(&[
        lang.pick(&source.publisher),
        ", “",
        lang.pick(&source.title),
        "”, ",
        &date,
    ])
}

/// The names of `countries` in `lang`, joined by `separator`; "none" for no country.
pub fn country_names(countries: &[&Country], lang: Lang, separator: &str) -> String {
    if countries.is_empty() {
        return lang.msg(Msg::None).to_owned();
    }
    countries
        .iter()
        .map(|c| c.name(lang))
        .collect::<Vec<_>>()
        .join(separator)
}

/// What a search hit says, in one language: the same words for a table and for JSON.
pub fn hit_text(record: &Record<'_>, lang: Lang) -> String {
    let countries = |cs: &[&Country]| {
        cs.iter()
            .map(|c| c.name(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match record {
        Record::Country(c) => format!("{} ({}, {})", c.name(lang), c.alpha2, c.alpha3),
        Record::City(place) => concat(&[place.city.name(lang), ", ", place.country.name(lang)]),
        Record::Posting { residence, covers } => lang.hit_posting(
            residence.city.name_in(lang, Case::Locative),
            countries(covers),
        ),
        Record::Adviser { residence, .. } => {
            lang.hit_adviser(residence.city.name_in(lang, Case::Locative))
        }
        Record::Accreditation(a) => {
            let place = a.residence;
            let residence = format!(
                "{}, {}",
                place.city.name_in(lang, Case::Locative),
                place.country.name_in(lang, Case::Locative)
            );
            let country = a.country.name_in_sentence(lang, Case::Genitive);
            let country = match &a.accreditation.name_in_source {
                Some(word) => lang.named_in_source(country, word),
                None => country,
            };
            lang.hit_accreditation(country, residence)
        }
        Record::Partnership(p) => format!("{}: {}", lang.pick(&p.title), lang.pick(&p.role)),
        Record::Duty(text) => lang.pick(text).to_owned(),
        Record::Statement(s) => lang.pick(&s.text).to_owned(),
        Record::UnscPoint { section, text } => {
            format!("{}: {}", lang.pick(section), lang.pick(text))
        }
        Record::Outcome { date, text } | Record::Development { date, text } => {
            format!("{date}: {}", lang.pick(text))
        }
        Record::Source(s) => format!("{}: “{}”", lang.pick(&s.publisher), lang.pick(&s.title)),
    }
}

/// The command that shows a search hit in full. Names are English, or the ISO code where the
/// English name would need quoting in a shell.
pub fn hit_command(record: &Record<'_>) -> String {
    let plain = |name: &str| name.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ');
    let country = |c: &Country| {
        if plain(&c.en.name) {
            c.en.name.clone()
        } else {
            c.alpha2.clone()
        }
    };
    match record {
        Record::Country(c) => format!("attache country {}", country(c)),
        Record::Accreditation(a) => format!("attache country {}", country(a.country)),
        Record::City(place) => format!("attache city {}", place.city.en.name),
        Record::Posting { residence, .. } | Record::Adviser { residence, .. } => {
            format!("attache city {}", residence.city.en.name)
        }
        Record::Partnership(_) => "attache partners".to_owned(),
        Record::Duty(_) | Record::Source(_) => "attache about".to_owned(),
        Record::Statement(s) => match s.topic {
            Topic::Attaches => "attache about",
            Topic::Allies => "attache partners",
        }
        .to_owned(),
        Record::UnscPoint { .. } | Record::Outcome { .. } | Record::Development { .. } => {
            "attache unsc".to_owned()
        }
    }
}

/// The kind of record a search hit is, as JSON and CSV name it.
pub fn hit_kind_name(record: &Record<'_>) -> &'static str {
    match record {
        Record::Country(_) => "country",
        Record::City(_) => "city",
        Record::Posting { .. } => "posting",
        Record::Adviser { .. } => "adviser",
        Record::Accreditation(_) => "accreditation",
        Record::Partnership(_) => "partnership",
        Record::Duty(_) => "duty",
        Record::Statement(_) => "statement",
        Record::UnscPoint { .. } => "unsc_point",
        Record::Outcome { .. } => "unsc_outcome",
        Record::Development { .. } => "unsc_development",
        Record::Source(_) => "source",
    }
}

/// The kind of record a search hit is, as a label.
pub fn hit_kind(record: &Record<'_>) -> Msg {
    match record {
        Record::Country(_) => Msg::Country,
        Record::City(_) => Msg::City,
        Record::Posting { .. } => Msg::KindPosting,
        Record::Adviser { .. } => Msg::KindAdviser,
        Record::Accreditation(_) => Msg::KindAccreditation,
        Record::Partnership(_) => Msg::KindPartnership,
        Record::Duty(_) => Msg::KindDuty,
        Record::Statement(_) => Msg::KindStatement,
        Record::UnscPoint { .. } => Msg::KindUnsc,
        Record::Outcome { .. } => Msg::Outcome,
        Record::Development { .. } => Msg::LaterDevelopment,
        Record::Source(_) => Msg::Source,
    }
}

/// What a stated figure counts, as a phrase ("number of attachés").
pub fn figure_msg(figure: Figure) -> Msg {
    match figure {
        Figure::Attaches => Msg::FigureAttaches,
        Figure::Countries => Msg::FigureCountries,
        Figure::Advisers => Msg::FigureAdvisers,
    }
}

/// What `check` says of the stated totals, line by line, in one language: the attachés
/// stated against the residences listed ([`attache_count_lines`]), then each other total the
/// list does not give.
pub fn totals_text(totals: &Totals<'_>, lang: Lang) -> Vec<String> {
    let mut lines = attache_count_lines(&totals.attaches, lang);
    lines.extend(
        totals
            .mismatches
            .iter()
            .filter(|m| m.figure != Figure::Attaches)
            .map(|m| mismatch_text(m, lang)),
    );
    lines
}

/// A stated total that the source's own list does not give, in one language. (The number of
/// attachés is said by [`attache_count_lines`], with the residences it is counted from.)
pub fn mismatch_text(m: &Mismatch<'_>, lang: Lang) -> String {
    let figure = lang.msg(figure_msg(m.figure));
    let source = format!("{} ({})", lang.pick(&m.source.publisher), m.source.id);
    lang.mismatch_detail(figure, m.stated, m.listed, source)
}

/// What the stated number of attachés and the list give, in one language: the number each
/// source states for a residence, with its line, then whether the figures agree. (Nothing
/// where no residence has a stated number and the figures agree.)
pub fn attache_count_lines(count: &AttacheCount<'_>, lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = count
        .per_residence
        .iter()
        .map(|r| stated_at_text(r, lang))
        .collect();
    lines.extend(agreement_text(count, lang));
    lines
}

/// What a source states for one residence, with its line.
pub fn stated_at_text(r: &ResidenceCount<'_>, lang: Lang) -> String {
    lang.stated_at(
        &r.source.id,
        lang.attaches_object(r.count as usize),
        r.residence.city.name_in(lang, Case::Locative),
        r.quote,
    )
}

/// Whether the stated number and the list agree: a note where they do not, the reckoning
/// where a residence's number is stated, nothing otherwise. (The tool's figure, not a source's.)
pub fn agreement_text(count: &AttacheCount<'_>, lang: Lang) -> Option<String> {
    if !count.agree {
        Some(attaches_disagree_text(count, lang))
    } else if !count.per_residence.is_empty() {
        Some(lang.attaches_agree(
            lang.residences(count.residences),
            counting(count, lang),
            lang.attaches(count.listed),
            &count.source.id,
        ))
    } else {
        None
    }
}

/// How the list's attachés are counted: one at each residence, but the numbers stated.
fn counting(count: &AttacheCount<'_>, lang: Lang) -> String {
    let exceptions: Vec<(&str, u32)> = count
        .per_residence
        .iter()
        .map(|r| (r.residence.city.name_in(lang, Case::Locative), r.count))
        .collect();
    lang.one_at_each(&exceptions)
}

/// The warning that the number of attachés stated is not what the list gives.
pub fn attaches_disagree_text(count: &AttacheCount<'_>, lang: Lang) -> String {
    lang.attaches_disagree(
        &count.source.id,
        lang.attaches_object(count.stated),
        lang.residences(count.residences),
        lang.attaches(count.listed),
        counting(count, lang),
    )
}
