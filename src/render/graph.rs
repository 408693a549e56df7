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
fn push_node_id(text: &mut String, view: &NodeView<'_>) {
    match view {
        NodeView::Country { country, .. } => {
            text.push_str("c_");
            text.push_str(&country.alpha2);
        }
        NodeView::City { city, .. } => {
            text.push_str("city_");
            for c in city.id.chars() {
                text.push(if c == '-' { '_' } else { c });
            }
        }
    }
}

/// Each node's id, in the order of `report.nodes` (which is the nodes' order, so that an
/// edge's ends are found by halves), and the id of any node: "unknown" for none of them.
struct NodeIds(Vec<String>);

impl NodeIds {
    fn of(report: &GraphReport<'_>) -> Self {
        NodeIds(
            report
                .nodes
                .iter()
                .map(|(_, view)| {
                    let mut id = String::with_capacity(24);
                    push_node_id(&mut id, view);
                    id
                })
                .collect(),
        )
    }

    fn get<'r>(&'r self, report: &GraphReport<'_>, node: Node) -> &'r str {
        report
            .nodes
            .binary_search_by(|(n, _)| n.cmp(&node))
            .map_or("unknown", |i| self.0[i].as_str())
    }
}

fn dashed(kind: EdgeKind) -> bool {
    matches!(
        kind,
        EdgeKind::LatviaAdviserResides | EdgeKind::LatviaAdviserEmbassy
    )
}

/// `s` as a DOT string: in double quotes, backslashes and double quotes escaped.
fn push_dot_quoted(text: &mut String, s: &str) {
    text.push('"');
    for c in s.chars() {
        match c {
            '\\' => text.push_str("\\\\"),
            '"' => text.push_str("\\\""),
            _ => text.push(c),
        }
    }
    text.push('"');
}

/// `s` as a Mermaid quoted label: inside one, a double quote is written as an entity.
fn push_mermaid_quoted(text: &mut String, s: &str) {
    text.push('"');
    for (i, part) in s.split('"').enumerate() {
        if i > 0 {
            text.push_str("#quot;");
        }
        text.push_str(part);
    }
    text.push('"');
}

/// Writes the network as a Graphviz digraph, labels in `lang` (`dot -Tsvg` draws it).
pub fn dot(report: &GraphReport<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let ids = NodeIds::of(report);
    let mut text = String::with_capacity(160 * (report.nodes.len() + report.edges.len()) + 128);
    text.push_str("digraph attache {\n");
    text.push_str("  rankdir=LR;\n");
    text.push_str("  node [fontname=\"Helvetica\", fontsize=11];\n");
    text.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, (_, view)) in report.nodes.iter().enumerate() {
        let shape: &[&str] = match view {
            NodeView::Country {
                is_latvia: true, ..
            } => &[
                "shape=doublecircle, style=filled, fillcolor=\"",
                FROM_LATVIA,
                "\", fontcolor=white",
            ],
            NodeView::Country { .. } => &["shape=box"],
            NodeView::City { .. } => &["shape=ellipse, style=filled, fillcolor=\"#eeeeee\""],
        };
        text.push_str("  ");
        text.push_str(&ids.0[i]);
        text.push_str(" [label=");
        push_dot_quoted(&mut text, &node_label(view, lang));
        text.push_str(", ");
        for part in shape {
            text.push_str(part);
        }
        text.push_str("];\n");
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
        text.push_str("  ");
        text.push_str(ids.get(report, edge.from));
        text.push_str(" -> ");
        text.push_str(ids.get(report, edge.to));
        text.push_str(" [label=");
        push_dot_quoted(&mut text, &edge_label(edge, lang));
        for part in [
            ", color=\"",
            color,
            "\", fontcolor=\"",
            color,
            "\"",
            style,
            "];\n",
        ] {
            text.push_str(part);
        }
    }
    text.push_str("}\n");
    out.write_all(text.as_bytes())
}

/// Writes the network as a Mermaid flowchart, labels in `lang`, for Markdown that GitHub
/// renders.
pub fn mermaid(report: &GraphReport<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let ids = NodeIds::of(report);
    let mut text = String::with_capacity(100 * (report.nodes.len() + report.edges.len()) + 256);
    text.push_str("flowchart LR\n");
    for (i, (_, view)) in report.nodes.iter().enumerate() {
        let (open, close) = match view {
            NodeView::Country {
                is_latvia: true, ..
            } => ("(((", ")))"),
            NodeView::Country { .. } => ("[", "]"),
            NodeView::City { .. } => ("([", "])"),
        };
        text.push_str("  ");
        text.push_str(&ids.0[i]);
        text.push_str(open);
        push_mermaid_quoted(&mut text, &node_label(view, lang));
        text.push_str(close);
        text.push('\n');
    }
    for edge in report.edges.iter() {
        let arrow = if dashed(edge.kind) { "-.->" } else { "-->" };
        text.push_str("  ");
        text.push_str(ids.get(report, edge.from));
        text.push(' ');
        text.push_str(arrow);
        text.push('|');
        push_mermaid_quoted(&mut text, &edge_label(edge, lang));
        text.push_str("| ");
        text.push_str(ids.get(report, edge.to));
        text.push('\n');
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
    if let Some(i) = report.nodes.iter().position(|(_, v)| {
        matches!(
            v,
            NodeView::Country {
                is_latvia: true,
                ..
            }
        )
    }) {
        let _ = writeln!(text, "  classDef latvia fill:{FROM_LATVIA},color:#ffffff");
        let _ = writeln!(text, "  class {} latvia", ids.0[i]);
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
