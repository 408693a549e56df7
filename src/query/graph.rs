//! `attache graph`: the accreditation network, countries and cities as nodes.

use super::Evidence;
use crate::data::{City, CityId, Country, CountryId, Dataset, Source};

/// A node of the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    /// A country; in JSON its id is its ISO alpha-2 code ("NO").
    Country(CountryId),
    /// A city; in JSON its id is `city:` and the city's id ("city:stockholm").
    City(CityId),
}

/// What an edge says, and which way the link runs. In JSON its name in snake case
/// (`latvia_attache_resides`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// Latvia → city: one of Latvia's attachés resides there.
    LatviaAttacheResides,
    /// City → country: Latvia's attaché residing in the city covers the country.
    LatviaAttacheCovers,
    /// Latvia → city: one of Latvia's advisers resides there.
    LatviaAdviserResides,
    /// City → country: the adviser residing in the city is at Latvia's embassy in the country.
    LatviaAdviserEmbassy,
    /// Country → city: the country's attaché accredited to Latvia resides there.
    PartnerResides,
    /// City → Latvia: the attachés residing in the city are accredited to Latvia (`count`).
    PartnerAccredited,
}

impl EdgeKind {
    /// Whether the link runs from Latvia outwards (or from a partner to Latvia).
    pub fn from_latvia(self) -> bool {
        matches!(
            self,
            EdgeKind::LatviaAttacheResides
                | EdgeKind::LatviaAttacheCovers
                | EdgeKind::LatviaAdviserResides
                | EdgeKind::LatviaAdviserEmbassy
        )
    }
}

/// A link of the network: one record, or the attachés of one city accredited to Latvia.
#[derive(Debug, Clone)]
pub struct Edge<'a> {
    /// Where the link starts.
    pub from: Node,
    /// Where the link ends.
    pub to: Node,
    /// What the link says.
    pub kind: EdgeKind,
    /// How many attachés the edge stands for (more than one only for `PartnerAccredited`).
    pub count: usize,
    /// What the records the edge stands for rest on, one entry per record.
    pub evidence: Vec<Evidence<'a>>,
}

impl<'a> Edge<'a> {
    /// The sources of the records the edge stands for, each once.
    pub fn sources(&self) -> Vec<&'a Source> {
        super::sources_of(&self.evidence)
    }
}

/// A node with what a renderer needs to show it.
#[derive(Debug, Clone, Copy)]
pub enum NodeView<'a> {
    /// A country, with whether it is Latvia (drawn apart).
    Country {
        /// The country.
        country: &'a Country,
        /// Whether it is Latvia, which every link leads to or from.
        is_latvia: bool,
    },
    /// A city, with the country it is in.
    City {
        /// The city.
        city: &'a City,
        /// The country the city is in.
        country: &'a Country,
    },
}

/// The accreditation network: who resides where and covers what, Latvia's links outwards
/// and its partners' links to it. (Its JSON, with node ids, is written by
/// [`crate::render::json`].)
#[derive(Debug)]
pub struct GraphReport<'a> {
    /// Every node an edge touches, countries first, each in the dataset's order: the order of
    /// [`Node`], in which the renderers find a node by halves.
    pub nodes: Vec<(Node, NodeView<'a>)>,
    /// In the order: Latvia's attachés, advisers, partners' attachés.
    pub edges: Vec<Edge<'a>>,
    /// The country the graph is limited to, if any.
    pub focus: Option<&'a Country>,
}

/// The whole network, or the neighbourhood of `focus`: its own edges, and the links between
/// Latvia and the cities those edges touch.
pub fn graph(ds: &Dataset, focus: Option<CountryId>) -> GraphReport<'_> {
    let latvia = Node::Country(ds.latvia);
    let mut edges: Vec<Edge<'_>> = Vec::new();
    let edge = |from, to, kind, source, quote| Edge {
        from,
        to,
        kind,
        count: 1,
        evidence: vec![Evidence::quoted(ds.source(source), quote)],
    };
    for p in ds.postings.iter() {
        let city = Node::City(p.residence);
        edges.push(edge(
            latvia,
            city,
            EdgeKind::LatviaAttacheResides,
            p.source,
            &p.quote,
        ));
        for &c in p.covers.iter() {
            edges.push(edge(
                city,
                Node::Country(c),
                EdgeKind::LatviaAttacheCovers,
                p.source,
                &p.quote,
            ));
        }
    }
    for a in ds.advisers.iter() {
        let city = Node::City(a.residence);
        edges.push(edge(
            latvia,
            city,
            EdgeKind::LatviaAdviserResides,
            a.source,
            &a.quote,
        ));
        edges.push(edge(
            city,
            Node::Country(a.embassy_in),
            EdgeKind::LatviaAdviserEmbassy,
            a.source,
            &a.quote,
        ));
    }
    // One edge per city for the attachés accredited to Latvia who reside there.
    let mut accredited: Vec<Edge<'_>> = Vec::new();
    for a in ds.accreditations.iter() {
        edges.push(edge(
            Node::Country(a.country),
            Node::City(a.residence),
            EdgeKind::PartnerResides,
            a.source,
            &a.quote,
        ));
        match accredited
            .iter_mut()
            .find(|e| e.from == Node::City(a.residence))
        {
            Some(e) => {
                e.count += 1;
                e.evidence
                    .push(Evidence::quoted(ds.source(a.source), &a.quote));
            }
            None => accredited.push(edge(
                Node::City(a.residence),
                latvia,
                EdgeKind::PartnerAccredited,
                a.source,
                &a.quote,
            )),
        }
    }
    edges.extend(accredited);

    if let Some(x) = focus {
        let x = Node::Country(x);
        let touches = |e: &Edge<'_>| e.from == x || e.to == x;
        let cities: Vec<Node> = edges
            .iter()
            .filter(|e| touches(e))
            .flat_map(|e| [e.from, e.to])
            .filter(|n| matches!(n, Node::City(_)))
            .collect();
        let links_latvia = |e: &Edge<'_>| {
            (e.from == latvia && cities.contains(&e.to))
                || (e.to == latvia && cities.contains(&e.from))
        };
        edges.retain(|e| touches(e) || links_latvia(e));
    }

    // Every node an edge touches, in the nodes' order (countries, then cities, each by id):
    // marked, then read off, rather than collected and sorted.
    let mut countries = vec![false; ds.countries.len()];
    let mut cities = vec![false; ds.cities.len()];
    for node in edges.iter().flat_map(|e| [e.from, e.to]) {
        match node {
            Node::Country(c) => countries[usize::from(c.0)] = true,
            Node::City(c) => cities[usize::from(c.0)] = true,
        }
    }
    let countries = ds.country_ids().filter(|c| countries[usize::from(c.0)]);
    let cities = ds.city_ids().filter(|c| cities[usize::from(c.0)]);
    let nodes = countries
        .map(Node::Country)
        .chain(cities.map(Node::City))
        .map(|n| {
            let view = match n {
                Node::Country(c) => NodeView::Country {
                    country: ds.country(c),
                    is_latvia: c == ds.latvia,
                },
                Node::City(c) => {
                    let city = ds.city(c);
                    NodeView::City {
                        city,
                        country: ds.country(city.country),
                    }
                }
            };
            (n, view)
        })
        .collect();
    GraphReport {
        nodes,
        edges,
        focus: focus.map(|c| ds.country(c)),
    }
}
