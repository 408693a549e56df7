//! The machine contract: one JSON document per command, keys in English, countries with ISO
//! codes and names in both languages whatever `--lang` says. The shapes are documented in
//! README.md; `FORMAT_VERSION` changes whenever one changes in a way that could break a reader.
//!
//! A document is the query's result itself ([`crate::query`] derives `Serialize`), behind
//! `format_version`. What only JSON needs is here: a search hit's text composed in both
//! languages, the graph's node ids, and the names of the checks and their results.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::pretty::Pretty;
use super::{
    Answer, Citations, attaches_disagree_text, hit_command, hit_kind_name, hit_text, mismatch_text,
    totals_text,
};
use crate::data::{Check, Country, Lang};
use crate::query::CityInCountry;
use crate::query::check::{CheckOutcome, CheckReport, Line, Mismatch};
use crate::query::graph::{EdgeKind, GraphReport, Node, NodeView};
use crate::query::postings::Figure;
use crate::query::search::{Hit, Record};

/// The version of the JSON shapes, every document's first key. It changes when a shape
/// changes in a way that could break a reader; a new key does not change it.
pub const FORMAT_VERSION: u32 = 1;

/// A command's JSON document: `format_version` first, then the keys of the answer.
#[derive(Debug, Serialize)]
pub struct Document<'a, T> {
    format_version: u32,
    #[serde(flatten)]
    body: &'a T,
    /// `--cite`: what the answer cites.
    #[serde(skip_serializing_if = "Option::is_none")]
    citations: Option<&'a Citations<'a>>,
}

impl<'a, T: Serialize> Document<'a, T> {
    /// The document of `body`, a query's result (or an [`Answer`]).
    pub fn new(body: &'a T) -> Self {
        Document {
            format_version: FORMAT_VERSION,
            body,
            citations: None,
        }
    }
}

/// Writes `answer` as its JSON document, pretty-printed, with a final newline.
pub fn render(answer: &Answer<'_>, out: &mut dyn Write) -> io::Result<()> {
    render_cited(answer, None, out)
}

/// [`render`], with `--cite`'s `citations` key where there are citations.
pub fn render_cited(
    answer: &Answer<'_>,
    citations: Option<&Citations<'_>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let document = Document {
        format_version: FORMAT_VERSION,
        body: answer,
        citations,
    };
    // A buffer of a type serde_json sees, so that its many small writes are inlined copies
    // rather than calls through `dyn Write`.
    let mut buffered = io::BufWriter::with_capacity(32 * 1024, out);
    let _repeats = super::pretty::Repeats::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffered, Pretty::default());
    document.serialize(&mut serializer)?;
    buffered.write_all(b"\n")?;
    buffered
        .into_inner()
        .map_err(io::IntoInnerError::into_error)?;
    Ok(())
}

/// `{ "references": [ { "ref", "source": Source, "quote" } ], "derived" }`: `ref` is the number
/// a page shows; `derived` says the answer holds figures the tool counted or classed.
impl Serialize for Citations<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Reference<'a> {
            #[serde(rename = "ref")]
            number: usize,
            source: &'a crate::data::Source,
            quote: Option<&'a str>,
        }
        let references: Vec<Reference<'_>> = self
            .cited
            .iter()
            .enumerate()
            .map(|(i, e)| Reference {
                number: i + 1,
                source: e.source,
                quote: e.quote,
            })
            .collect();
        let mut citations = serializer.serialize_struct("Citations", 2)?;
        citations.serialize_field("references", &references)?;
        citations.serialize_field("derived", &self.derived)?;
        citations.end()
    }
}

/// A text composed in both languages for JSON, where the data has no text of its own to give
/// (a search hit, a warning): `{ "en", "lv" }`.
#[derive(Serialize)]
struct ComposedText {
    en: String,
    lv: String,
}

impl ComposedText {
    fn new(compose: impl Fn(Lang) -> String) -> Self {
        ComposedText {
            en: compose(Lang::En),
            lv: compose(Lang::Lv),
        }
    }
}

/// `{ "kind", "score", "text", "country", "city", "command", "sources" }`: the country or city
/// the hit is about, where it is about one, and the ids of the sources the record rests on.
impl Serialize for Hit<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        type About<'a> = (Option<&'a Country>, Option<CityInCountry<'a>>);
        let (country, city): About<'_> = match &self.record {
            Record::Country(c) => (Some(c), None),
            Record::City(city) => (Some(city.country), Some(*city)),
            Record::Posting { residence, .. } => (None, Some(*residence)),
            Record::Adviser {
                residence,
                embassy_in,
            } => (Some(embassy_in), Some(*residence)),
            Record::Accreditation(a) => (Some(a.country), Some(a.residence)),
            Record::Partnership(_)
            | Record::Duty(_)
            | Record::Statement(_)
            | Record::UnscPoint { .. }
            | Record::Outcome { .. }
            | Record::Development { .. }
            | Record::Source(_) => (None, None),
        };
        let kind = hit_kind_name(&self.record);
        let sources: Vec<&str> = self.sources().iter().map(|s| s.id.as_ref()).collect();
        let mut hit = serializer.serialize_struct("Hit", 7)?;
        hit.serialize_field("kind", kind)?;
        hit.serialize_field("score", &self.score)?;
        let text = ComposedText::new(|lang| hit_text(&self.record, lang));
        hit.serialize_field("text", &text)?;
        hit.serialize_field("country", &country)?;
        hit.serialize_field("city", &city)?;
        hit.serialize_field("command", &hit_command(&self.record))?;
        hit.serialize_field("sources", &sources)?;
        hit.end()
    }
}

/// `{ "ok", "checks" }`: `ok` when no check failed (warnings allowed).
impl Serialize for CheckReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let checks: Vec<CheckResult<'_, '_>> = self
            .lines
            .iter()
            .map(|(line, outcome)| CheckResult::new(*line, outcome))
            .collect();
        let mut report = serializer.serialize_struct("CheckReport", 2)?;
        report.serialize_field("ok", &!self.failed())?;
        report.serialize_field("checks", &checks)?;
        report.end()
    }
}

/// The machine name of a check: `check` in JSON and CSV.
pub(super) fn check_name(line: Line) -> &'static str {
    match line {
        Line::Data(Check::Schema) => "schema",
        Line::Data(Check::Values) => "values",
        Line::Data(Check::References) => "references",
        Line::Data(Check::Duplicates) => "duplicates",
        Line::Data(Check::Names) => "names",
        Line::Data(Check::Sources) => "sources",
        Line::StatedTotals => "stated_totals",
    }
}

/// One line of `check`.
#[derive(Serialize)]
struct CheckResult<'r, 'a> {
    check: &'static str,
    /// "pass", "warn", "fail" or "not_checked".
    result: &'static str,
    /// The fault, for a failed check (data errors are worded in English).
    error: Option<&'r str>,
    /// The stated totals that the lists do not give, for a warning.
    mismatches: Vec<MismatchWarning<'r, 'a>>,
    /// What the check says, line by line, in both languages (the stated totals: the numbers
    /// stated per residence and whether the figures agree).
    notes: Vec<ComposedText>,
}

impl<'r, 'a> CheckResult<'r, 'a> {
    fn new(line: Line, outcome: &'r CheckOutcome<'a>) -> Self {
        let check = check_name(line);
        let (result, error, mismatches, notes) = match outcome {
            CheckOutcome::Pass => ("pass", None, vec![], vec![]),
            CheckOutcome::Totals(totals) => {
                let text = |mismatch: &Mismatch<'_>, lang| {
                    if mismatch.figure == Figure::Attaches {
                        attaches_disagree_text(&totals.attaches, lang)
                    } else {
                        mismatch_text(mismatch, lang)
                    }
                };
                let mismatches = totals
                    .mismatches
                    .iter()
                    .map(|mismatch| MismatchWarning {
                        mismatch,
                        text: ComposedText::new(|lang| text(mismatch, lang)),
                    })
                    .collect();
                let lines = [Lang::En, Lang::Lv].map(|lang| totals_text(totals, lang));
                let [en, lv] = lines;
                let notes = en
                    .into_iter()
                    .zip(lv)
                    .map(|(en, lv)| ComposedText { en, lv })
                    .collect();
                let result = if outcome.warns() { "warn" } else { "pass" };
                (result, None, mismatches, notes)
            }
            CheckOutcome::Fail(detail) => ("fail", Some(detail.as_str()), vec![], vec![]),
            CheckOutcome::NotReached => ("not_checked", None, vec![], vec![]),
        };
        CheckResult {
            check,
            result,
            error,
            mismatches,
            notes,
        }
    }
}

/// A stated total the lists do not give, with the warning in both languages.
#[derive(Serialize)]
struct MismatchWarning<'r, 'a> {
    #[serde(flatten)]
    mismatch: &'r Mismatch<'a>,
    text: ComposedText,
}

/// `{ "focus", "nodes", "edges" }`, the edges naming their ends by node id: the ISO code for a
/// country, `city:ID` for a city.
impl Serialize for GraphReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The nodes are in order: an edge's ends are found by halves.
        let id = |node: Node| match self.nodes.binary_search_by(|(n, _)| n.cmp(&node)) {
            Ok(i) => NodeId::of(&self.nodes[i].1),
            Err(_) => NodeId::Country(""),
        };
        let nodes: Vec<GraphNode<'_>> = self
            .nodes
            .iter()
            .map(|(_, view)| match *view {
                NodeView::Country { country, .. } => GraphNode::Country {
                    id: NodeId::of(view),
                    country,
                },
                NodeView::City { city, country } => GraphNode::City {
                    id: NodeId::of(view),
                    city: CityInCountry { city, country },
                },
            })
            .collect();
        let edges: Vec<GraphEdge<'_>> = self
            .edges
            .iter()
            .map(|e| GraphEdge {
                from: id(e.from),
                to: id(e.to),
                kind: e.kind,
                direction: if e.kind.from_latvia() {
                    "from_latvia"
                } else {
                    "to_latvia"
                },
                count: e.count,
                sources: SourceIds(&e.evidence),
            })
            .collect();
        let mut report = serializer.serialize_struct("GraphReport", 3)?;
        report.serialize_field("focus", &self.focus)?;
        report.serialize_field("nodes", &nodes)?;
        report.serialize_field("edges", &edges)?;
        report.end()
    }
}

/// A node's id (the CSV tables' `node_id`), written without making it a `String` first.
#[derive(Clone, Copy)]
enum NodeId<'a> {
    /// A country's ISO alpha-2 code.
    Country(&'a str),
    /// A city's id, written after `city:`.
    City(&'a str),
}

impl<'a> NodeId<'a> {
    fn of(view: &NodeView<'a>) -> Self {
        match *view {
            NodeView::Country { country, .. } => NodeId::Country(&country.alpha2),
            NodeView::City { city, .. } => NodeId::City(&city.id),
        }
    }
}

impl Serialize for NodeId<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            NodeId::Country(code) => serializer.serialize_str(code),
            // One string, escaped once (`collect_str` escapes each piece through fmt's
            // machinery: some 300 instructions a city).
            NodeId::City(id) => serializer.serialize_str(&["city:", id].concat()),
        }
    }
}

/// The ids of an edge's sources, each once, in the order of its records.
struct SourceIds<'a>(&'a [crate::query::Evidence<'a>]);

impl Serialize for SourceIds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            // Most edges rest on one source (often on one record): no list to make.
            [first, rest @ ..] if rest.iter().all(|e| e.source.id == first.source.id) => {
                serializer.collect_seq(std::iter::once(first.source.id.as_ref() as &str))
            }
            evidence => serializer.collect_seq(
                crate::query::sources_of(evidence)
                    .iter()
                    .map(|s| s.id.as_ref() as &str),
            ),
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum GraphNode<'a> {
    Country {
        id: NodeId<'a>,
        country: &'a Country,
    },
    City {
        id: NodeId<'a>,
        city: CityInCountry<'a>,
    },
}

#[derive(Serialize)]
struct GraphEdge<'a> {
    from: NodeId<'a>,
    to: NodeId<'a>,
    kind: EdgeKind,
    direction: &'static str,
    count: usize,
    sources: SourceIds<'a>,
}
