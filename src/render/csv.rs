//! CSV for data tools (pandas, datasette, SQLite's `.import --csv`): one table per command, one
//! row per record, each record kind one `#[derive(Serialize)]` struct whose fields are the
//! columns. Headers are snake_case English whatever `--lang` says; names are in the answer's
//! language, beside the ISO codes and city ids that join tables; every row carries its source
//! and the source's words. A table with no rows still has its header.
//!
//! A page with several kinds of record writes its main kind: `country` and `city` their
//! attachés and advisers, `about` the duties, `unsc` the article's points and what followed.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{check_name, node_id};
use super::{Answer, change, hit_command, hit_text, totals_text};
use crate::data::{Country, Lang, Named, Source};
use crate::query::check::CheckOutcome;
use crate::query::country::RepresentativeKind;
use crate::query::graph::EdgeKind;
use crate::query::reciprocity::Class;
use crate::query::{AttacheInLatvia, CityInCountry, Evidence, sources_of};

/// Writes `answer` as one CSV table.
pub fn render(answer: &Answer<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut table = Table::new(out);
    let rows = Rows { lang };
    match answer {
        Answer::Country(r) => {
            let mut attaches: Vec<AttacheRow<'_>> = r
                .latvia_to_country
                .iter()
                .map(|rep| rows.latvia(rep.kind, r.country, rep.residence, rep.evidence()))
                .collect();
            attaches.extend(r.country_to_latvia.iter().map(|a| rows.to_latvia(a)));
            attaches.extend(r.hosted.iter().map(|a| rows.to_latvia(a)));
            table.rows(&attaches)
        }
        Answer::City(r) => {
            let mut attaches: Vec<AttacheRow<'_>> = Vec::new();
            for rep in r.latvia_representatives.iter() {
                for &country in rep.covers.iter() {
                    attaches.push(rows.latvia(rep.kind, country, r.city, rep.evidence()));
                }
            }
            attaches.extend(r.accredited.iter().map(|a| rows.to_latvia(a)));
            table.rows(&attaches)
        }
        Answer::NonResident(r) => {
            let attaches: Vec<AttacheRow<'_>> = r
                .groups
                .iter()
                .flat_map(|g| g.attaches.iter())
                .map(|a| rows.to_latvia(a))
                .collect();
            table.rows(&attaches)
        }
        Answer::Accredited(r) => {
            let attaches: Vec<AttacheRow<'_>> =
                r.attaches.iter().map(|a| rows.to_latvia(a)).collect();
            table.rows(&attaches)
        }
        Answer::Postings(r) => {
            let mut attaches: Vec<AttacheRow<'_>> = Vec::new();
            for p in r.attaches.iter() {
                for &country in p.covers.iter() {
                    let kind = RepresentativeKind::Attache;
                    attaches.push(rows.latvia(kind, country, p.residence, p.evidence()));
                }
            }
            for a in r.advisers.iter() {
                let kind = RepresentativeKind::Adviser;
                attaches.push(rows.latvia(kind, a.embassy_in, a.residence, a.evidence()));
            }
            table.rows(&attaches)
        }
        Answer::Partners(r) => {
            let members: Vec<MemberRow<'_>> = r
                .groups
                .iter()
                .flat_map(|g| {
                    g.members.iter().map(move |m| MemberRow {
                        group_id: &g.partnership.id,
                        group: lang.pick(&g.partnership.title),
                        country_alpha2: &m.country.alpha2,
                        country_alpha3: &m.country.alpha3,
                        country: m.country.name(lang),
                        member_role: m.role.map(|t| lang.pick(t)),
                        inferred: m.inferred,
                        open_list: g.partnership.open_list,
                        source: &g.source.id,
                        quote: &g.partnership.quote,
                    })
                })
                .collect();
            table.rows(&members)
        }
        Answer::Reciprocity(r) => {
            let links: Vec<LinkRow<'_>> = r
                .links
                .iter()
                .map(|l| LinkRow {
                    country_alpha2: &l.country.alpha2,
                    country_alpha3: &l.country.alpha3,
                    country: l.country.name(lang),
                    class: l.class,
                    latvia_representatives: l.latvia.len(),
                    partner_residence_city_id: l.partner.map(|a| a.residence.city.id.as_ref()),
                    partner_resident: l.partner.map(|a| a.resident),
                })
                .collect();
            table.rows(&links)
        }
        Answer::Stats(r) => {
            let cities: Vec<CityCountRow<'_>> = r
                .cities
                .iter()
                .map(|c| {
                    let (city_id, city, city_country_alpha2) = rows.city(c.city);
                    CityCountRow {
                        city_id,
                        city,
                        city_country_alpha2,
                        latvia_attaches: c.latvia_attaches,
                        latvia_advisers: c.latvia_advisers,
                        accredited: c.accredited,
                        total: c.total(),
                    }
                })
                .collect();
            table.rows(&cities)
        }
        Answer::Search(r) => {
            let hits: Vec<HitRow> = r
                .hits
                .iter()
                .map(|h| HitRow {
                    kind: super::hit_kind_name(&h.record),
                    score: h.score,
                    text: hit_text(&h.record, lang),
                    command: hit_command(&h.record),
                    sources: ids(&h.sources()),
                })
                .collect();
            table.rows(&hits)
        }
        Answer::Unsc(r) => {
            let mut parts: Vec<UnscRow<'_>> = Vec::new();
            for section in r.sections.iter() {
                for point in section.points.iter() {
                    parts.push(UnscRow {
                        part: "article",
                        section_id: Some(section.id),
                        date: r.source.published.as_deref(),
                        text: lang.pick(point.text),
                        sources: r.source.id.to_string(),
                        quote: Some(point.quote),
                    });
                }
            }
            let outcome = &r.outcome;
            parts.push(UnscRow {
                part: "outcome",
                section_id: None,
                date: Some(&outcome.outcome.date),
                text: lang.pick(&outcome.outcome.text),
                sources: ids(&outcome.sources),
                quote: None,
            });
            for d in r.developments.iter() {
                parts.push(UnscRow {
                    part: "development",
                    section_id: None,
                    date: Some(d.date),
                    text: lang.pick(d.text),
                    sources: ids(&d.sources),
                    quote: None,
                });
            }
            table.rows(&parts)
        }
        Answer::About(r) => {
            let duties: Vec<TextRow<'_>> = r
                .duties
                .iter()
                .enumerate()
                .map(|(i, d)| TextRow {
                    number: i + 1,
                    text: lang.pick(d.text),
                    source: &d.source.id,
                    quote: d.quote,
                })
                .collect();
            table.rows(&duties)
        }
        Answer::Sources(r) => {
            let sources: Vec<SourceRow<'_>> = r
                .sources
                .iter()
                .map(|u| SourceRow {
                    id: &u.source.id,
                    publisher: lang.pick(&u.source.publisher),
                    title: lang.pick(&u.source.title),
                    published: u.source.published.as_deref(),
                    address: u.source.address.as_deref(),
                    records: u.records,
                })
                .collect();
            table.rows(&sources)
        }
        Answer::Check(r) => {
            let checks: Vec<CheckRow> = r
                .lines
                .iter()
                .map(|(line, outcome)| {
                    let (result, detail) = match outcome {
                        CheckOutcome::Pass => ("pass", String::new()),
                        CheckOutcome::Totals(totals) => (
                            if outcome.warns() { "warn" } else { "pass" },
                            totals_text(totals, lang).join(" "),
                        ),
                        CheckOutcome::Fail(detail) => ("fail", detail.clone()),
                        CheckOutcome::NotReached => ("not_checked", String::new()),
                    };
                    CheckRow {
                        check: check_name(*line),
                        result,
                        detail,
                    }
                })
                .collect();
            table.rows(&checks)
        }
        Answer::Diff(r) => {
            let changes: Vec<ChangeRow> = r
                .changes
                .iter()
                .map(|c| {
                    let (subject, subject_name) = change::subject(&c.what, lang);
                    let (old, new) = change::values(&c.what, lang);
                    let quotes = |evidence: &[Evidence<'_>]| {
                        evidence
                            .iter()
                            .filter_map(|e| e.quote)
                            .collect::<Vec<_>>()
                            .join("\n")
                    };
                    let sources = |evidence: &[Evidence<'_>]| ids(&sources_of(evidence));
                    ChangeRow {
                        kind: change::kind_name(&c.what),
                        subject,
                        subject_name,
                        old,
                        new,
                        old_quote: quotes(&c.old_evidence),
                        new_quote: quotes(&c.new_evidence),
                        old_source: sources(&c.old_evidence),
                        new_source: sources(&c.new_evidence),
                        text: change::sentence(c, lang),
                    }
                })
                .collect();
            table.rows(&changes)
        }
        Answer::Graph(r) => {
            let id = |node| {
                r.nodes
                    .iter()
                    .find(|(n, _)| *n == node)
                    .map(|(_, view)| node_id(view))
                    .unwrap_or_default()
            };
            let edges: Vec<EdgeRow> = r
                .edges
                .iter()
                .map(|e| EdgeRow {
                    from: id(e.from),
                    to: id(e.to),
                    kind: e.kind,
                    count: e.count,
                    sources: ids(&e.sources()),
                })
                .collect();
            table.rows(&edges)
        }
    }
}

/// The ids of `sources`, separated by spaces: the one list a cell holds, in the few rows that
/// rest on several sources (a search hit, the outcome of the vote).
fn ids(sources: &[&Source]) -> String {
    sources
        .iter()
        .map(|s| s.id.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A record kind of the CSV output: its columns, written as the header even with no rows.
trait Row: Serialize {
    /// The header of a table with no rows: the struct's field names, flattened (a test
    /// compares it with the header serde writes).
    const COLUMNS: &'static [&'static str];
}

struct Table<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Table<'w> {
    fn new(out: &'w mut dyn Write) -> Self {
        Table { out }
    }

    /// The header and `rows`. serde names the columns from the struct; only a table with no
    /// rows takes them from [`Row::COLUMNS`] (tests compare the two).
    fn rows<R: Row>(&mut self, rows: &[R]) -> io::Result<()> {
        let mut csv = csv::WriterBuilder::new()
            .has_headers(!rows.is_empty())
            .from_writer(&mut *self.out);
        if rows.is_empty() {
            csv.write_record(R::COLUMNS)?;
        }
        for row in rows {
            csv.serialize(row)?;
        }
        csv.flush()
    }
}

/// Builds the rows several commands share.
struct Rows {
    lang: Lang,
}

impl Rows {
    /// A city as three columns: its id, its name, its country's code. (csv cannot write a
    /// flattened struct, so the rows hold the three fields themselves.)
    fn city<'a>(&self, place: CityInCountry<'a>) -> (&'a str, &'a str, &'a str) {
        (
            &place.city.id,
            place.city.name(self.lang),
            &place.country.alpha2,
        )
    }

    /// One of Latvia's attachés or advisers, for one country it covers.
    fn latvia<'a>(
        &self,
        kind: RepresentativeKind,
        country: &'a Country,
        residence: CityInCountry<'a>,
        evidence: Evidence<'a>,
    ) -> AttacheRow<'a> {
        let residence = self.city(residence);
        AttacheRow {
            direction: "from_latvia",
            kind,
            country_alpha2: &country.alpha2,
            country_alpha3: &country.alpha3,
            country: country.name(self.lang),
            name_in_source: None,
            city_id: residence.0,
            city: residence.1,
            city_country_alpha2: residence.2,
            resides_in_latvia: false,
            source: &evidence.source.id,
            quote: evidence.quote.unwrap_or_default(),
        }
    }

    /// A foreign attaché accredited to Latvia.
    fn to_latvia<'a>(&self, a: &AttacheInLatvia<'a>) -> AttacheRow<'a> {
        let residence = self.city(a.residence);
        AttacheRow {
            direction: "to_latvia",
            kind: RepresentativeKind::Attache,
            country_alpha2: &a.country.alpha2,
            country_alpha3: &a.country.alpha3,
            country: a.country.name(self.lang),
            name_in_source: a.accreditation.name_in_source.as_deref(),
            city_id: residence.0,
            city: residence.1,
            city_country_alpha2: residence.2,
            resides_in_latvia: a.resident,
            source: &a.source.id,
            quote: &a.accreditation.quote,
        }
    }
}

/// One defence attaché or adviser and one country it covers: Latvia's (`from_latvia`: the
/// country is one it covers, or an adviser's embassy country) or a country's attaché accredited
/// to Latvia (`to_latvia`: the country is the one it represents). A posting covering four
/// countries is four rows.
#[derive(Serialize)]
struct AttacheRow<'a> {
    direction: &'static str,
    kind: RepresentativeKind,
    country_alpha2: &'a str,
    country_alpha3: &'a str,
    country: &'a str,
    /// The source's own word where the country is a reading of it ("Koreja").
    name_in_source: Option<&'a str>,
    city_id: &'a str,
    city: &'a str,
    city_country_alpha2: &'a str,
    resides_in_latvia: bool,
    source: &'a str,
    quote: &'a str,
}

impl Row for AttacheRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "direction",
        "kind",
        "country_alpha2",
        "country_alpha3",
        "country",
        "name_in_source",
        "city_id",
        "city",
        "city_country_alpha2",
        "resides_in_latvia",
        "source",
        "quote",
    ];
}

/// One member of a cooperation group.
#[derive(Serialize)]
struct MemberRow<'a> {
    group_id: &'a str,
    group: &'a str,
    country_alpha2: &'a str,
    country_alpha3: &'a str,
    country: &'a str,
    member_role: Option<&'a str>,
    inferred: bool,
    open_list: bool,
    source: &'a str,
    quote: &'a str,
}

impl Row for MemberRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "group_id",
        "group",
        "country_alpha2",
        "country_alpha3",
        "country",
        "member_role",
        "inferred",
        "open_list",
        "source",
        "quote",
    ];
}

/// A country linked to Latvia, with which ways the link runs (derived from both lists).
#[derive(Serialize)]
struct LinkRow<'a> {
    country_alpha2: &'a str,
    country_alpha3: &'a str,
    country: &'a str,
    class: Class,
    latvia_representatives: usize,
    partner_residence_city_id: Option<&'a str>,
    partner_resident: Option<bool>,
}

impl Row for LinkRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "country_alpha2",
        "country_alpha3",
        "country",
        "class",
        "latvia_representatives",
        "partner_residence_city_id",
        "partner_resident",
    ];
}

/// Who resides in one city, counted.
#[derive(Serialize)]
struct CityCountRow<'a> {
    city_id: &'a str,
    city: &'a str,
    city_country_alpha2: &'a str,
    latvia_attaches: usize,
    latvia_advisers: usize,
    accredited: usize,
    total: usize,
}

impl Row for CityCountRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "city_id",
        "city",
        "city_country_alpha2",
        "latvia_attaches",
        "latvia_advisers",
        "accredited",
        "total",
    ];
}

/// A search hit.
#[derive(Serialize)]
struct HitRow {
    kind: &'static str,
    score: u32,
    text: String,
    command: String,
    sources: String,
}

impl Row for HitRow {
    const COLUMNS: &'static [&'static str] = &["kind", "score", "text", "command", "sources"];
}

/// A point of the 2021 article, the outcome of the vote, or a later development.
#[derive(Serialize)]
struct UnscRow<'a> {
    part: &'static str,
    section_id: Option<&'a str>,
    date: Option<&'a str>,
    text: &'a str,
    sources: String,
    quote: Option<&'a str>,
}

impl Row for UnscRow<'_> {
    const COLUMNS: &'static [&'static str] =
        &["part", "section_id", "date", "text", "sources", "quote"];
}

/// A numbered text of a source: a duty of an attaché.
#[derive(Serialize)]
struct TextRow<'a> {
    number: usize,
    text: &'a str,
    source: &'a str,
    quote: &'a str,
}

impl Row for TextRow<'_> {
    const COLUMNS: &'static [&'static str] = &["number", "text", "source", "quote"];
}

/// A source and how many records rest on it.
#[derive(Serialize)]
struct SourceRow<'a> {
    id: &'a str,
    publisher: &'a str,
    title: &'a str,
    published: Option<&'a str>,
    address: Option<&'a str>,
    records: usize,
}

impl Row for SourceRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "publisher",
        "title",
        "published",
        "address",
        "records",
    ];
}

/// One check of the dataset.
#[derive(Serialize)]
struct CheckRow {
    check: &'static str,
    result: &'static str,
    detail: String,
}

impl Row for CheckRow {
    const COLUMNS: &'static [&'static str] = &["check", "result", "detail"];
}

/// An edge of the network, between node ids as in JSON ("NO", "city:stockholm").
#[derive(Serialize)]
struct EdgeRow {
    from: String,
    to: String,
    kind: EdgeKind,
    count: usize,
    sources: String,
}

impl Row for EdgeRow {
    const COLUMNS: &'static [&'static str] = &["from", "to", "kind", "count", "sources"];
}

/// A change between two datasets: what it is about, its values and the evidence on each
/// side (quotes one a line where a side rests on several; source ids space-separated).
#[derive(Serialize)]
struct ChangeRow {
    kind: &'static str,
    subject: String,
    subject_name: String,
    old: String,
    new: String,
    old_quote: String,
    new_quote: String,
    old_source: String,
    new_source: String,
    text: String,
}

impl Row for ChangeRow {
    const COLUMNS: &'static [&'static str] = &[
        "kind",
        "subject",
        "subject_name",
        "old",
        "new",
        "old_quote",
        "new_quote",
        "old_source",
        "new_source",
        "text",
    ];
}
