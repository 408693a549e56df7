//! The accreditation network as Graphviz DOT or as a Mermaid flowchart (which GitHub renders in
//! Markdown). Links from Latvia are drawn in Latvian carmine, links to Latvia in blue, advisers'
//! links dashed.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::data::Lang;
use crate::data::Named;
use crate::i18n::Msg;
use crate::query::graph::{Edge, EdgeKind, GraphReport, Node, NodeView};

const FROM_LATVIA: &str = "#9e3039";
const TO_LATVIA: &str = "#1f4e9a";

/// The label of an edge in `lang`, with its count where it stands for several attachés.
pub fn edge_label(edge: &Edge<'_>, lang: Lang) -> std::borrow::Cow<'static, str> {
    let label = lang.msg(match edge.kind {
        EdgeKind::LatviaAttacheResides => Msg::EdgeLatviaAttacheResides,
        EdgeKind::LatviaAttacheCovers => Msg::EdgeCovers,
        EdgeKind::LatviaAdviserResides => Msg::EdgeLatviaAdviserResides,
        EdgeKind::LatviaAdviserEmbassy => Msg::EdgeAdviserEmbassy,
        EdgeKind::PartnerResides => Msg::EdgePartnerResides,
        EdgeKind::PartnerAccredited => Msg::EdgeAccredited,
    });
    if edge.count > 1 {
        format!("{label} ({})", edge.count).into()
    } else {
        label.into()
    }
}

/// A node's label in `lang`: a country's name, or a city with its country.
pub fn node_label(view: &NodeView<'_>, lang: Lang) -> String {
    match view {
        NodeView::Country { country, .. } => country.name(lang).to_owned(),
        NodeView::City { city, country } => {
            super::concat(&[city.name(lang), " (", country.name(lang), ")"])
        }
    }
}

/// An identifier safe in DOT and Mermaid: `c_NO` for a country, `city_stockholm` for a city.
fn node_id(report: &GraphReport<'_>, node: Node) -> String {
    match report
        .nodes
        .iter()
        .find(|(n, _)| *n == node)
        .map(|(_, v)| v)
    {
        Some(NodeView::Country { country, .. }) => format!("c_{}", country.alpha2),
        Some(NodeView::City { city, .. }) => format!("city_{}", city.id.replace('-', "_")),
        None => String::from("unknown"),
    }
}

fn dashed(kind: EdgeKind) -> bool {
    matches!(
        kind,
        EdgeKind::LatviaAdviserResides | EdgeKind::LatviaAdviserEmbassy
    )
}

/// Writes the network as a Graphviz digraph, labels in `lang` (`dot -Tsvg` draws it).
pub fn dot(report: &GraphReport<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut text = String::new();
    let _ = writeln!(text, "digraph attache {{");
    let _ = writeln!(text, "  rankdir=LR;");
    let _ = writeln!(text, "  node [fontname=\"Helvetica\", fontsize=11];");
    let _ = writeln!(text, "  edge [fontname=\"Helvetica\", fontsize=9];");
    for (node, view) in report.nodes.iter() {
        let shape = match view {
            NodeView::Country {
                is_latvia: true, ..
            } => {
                format!(
                    "shape=doublecircle, style=filled, fillcolor=\"{FROM_LATVIA}\", fontcolor=white"
                )
            }
            NodeView::Country { .. } => "shape=box".to_owned(),
            NodeView::City { .. } => {
                "shape=ellipse, style=filled, fillcolor=\"#eeeeee\"".to_owned()
            }
        };
        let _ = writeln!(
            text,
            "  {} [label={}, {shape}];",
            node_id(report, *node),
            quote(&node_label(view, lang))
        );
    }
    for edge in report.edges.iter() {
        let color = if edge.kind.from_latvia() {
            FROM_LATVIA
        } else {
            TO_LATVIA
        };
        let style = if dashed(edge.kind) {
            ", style=dashed"
        } else {
            ""
        };
        let _ = writeln!(
            text,
            "  {} -> {} [label={}, color=\"{color}\", fontcolor=\"{color}\"{style}];",
            node_id(report, edge.from),
            node_id(report, edge.to),
            quote(&edge_label(edge, lang))
        );
    }
    let _ = writeln!(text, "}}");
    out.write_all(text.as_bytes())
}

/// Writes the network as a Mermaid flowchart, labels in `lang`, for Markdown that GitHub
/// renders.
pub fn mermaid(report: &GraphReport<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    // Inside a Mermaid quoted label a double quote is written as an entity.
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "#quot;"));
    let mut text = String::new();
    let _ = writeln!(text, "flowchart LR");
    for (node, view) in report.nodes.iter() {
        let label = quote(&node_label(view, lang));
        let id = node_id(report, *node);
        let _ = match view {
            NodeView::Country {
                is_latvia: true, ..
            } => writeln!(text, "  {id}((({label})))"),
            NodeView::Country { .. } => writeln!(text, "  {id}[{label}]"),
            NodeView::City { .. } => writeln!(text, "  {id}([{label}])"),
        };
    }
    for edge in report.edges.iter() {
        let arrow = if dashed(edge.kind) { "-.->" } else { "-->" };
        let _ = writeln!(
            text,
            "  {} {arrow}|{}| {}",
            node_id(report, edge.from),
            quote(&edge_label(edge, lang)),
            node_id(report, edge.to)
        );
    }
    for (from_latvia, color) in [(true, FROM_LATVIA), (false, TO_LATVIA)] {
        let links: Vec<String> = report
            .edges
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind.from_latvia() == from_latvia)
            .map(|(i, _)| i.to_string())
            .collect();
        if !links.is_empty() {
            let _ = writeln!(
                text,
                "  linkStyle {} stroke:{color},color:{color}",
                links.join(",")
            );
        }
    }
    if let Some((node, _)) = report.nodes.iter().find(|(_, v)| {
        matches!(
            v,
            NodeView::Country {
                is_latvia: true,
                ..
            }
        )
    }) {
        let _ = writeln!(text, "  classDef latvia fill:{FROM_LATVIA},color:#ffffff");
        let _ = writeln!(text, "  class {} latvia", node_id(report, *node));
    }
    out.write_all(text.as_bytes())
}

/// `--cite` for a graph: the references, one comment line each (`comment` is the format's
/// comment mark), so the graph still renders and the references travel with it.
pub fn references(
    citations: Option<&super::Citations<'_>>,
    lang: Lang,
    comment: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(citations) = citations else {
        return Ok(());
    };
    writeln!(out, "{comment} {}", lang.msg(Msg::References))?;
    for (i, e) in citations.cited.iter().enumerate() {
        let s = e.source;
        let date = s.published.as_deref().unwrap_or(lang.msg(Msg::Undated));
        let quote = e.quote.map(|q| format!("“{q}” — ")).unwrap_or_default();
        let address = s
            .address
            .as_deref()
            .map(|a| format!(", {a}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{comment} [{}] {quote}{}, “{}”, {date}{address}",
            i + 1,
            lang.pick(&s.publisher),
            lang.pick(&s.title),
        )?;
    }
    if citations.derived {
        writeln!(out, "{comment} {}", lang.msg(Msg::DerivedNote))?;
    }
    Ok(())
}
