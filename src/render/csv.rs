//! CSV for data tools (pandas, datasette, SQLite's `.import --csv`): one table per command, one
//! row per record, each record kind one `#[derive(Serialize)]` struct whose fields are the
//! columns. Headers are snake_case English whatever `--lang` says; names are in the answer's
//! language, beside the ISO codes and city ids that join tables; every row carries its source
//! and the source's words. A table with no rows still has its header.
//!
//! A page with several kinds of record writes its main kind, or the one `--table NAME` names
//! ([`tables_of`] lists them, main first): `country` its attachés and advisers (or its
//! cooperation groups, or its mentions in the UN Security Council material), `about` the
//! duties (or the statements, or the sources), `unsc` the article's points and what followed
//! (or the countries they name), `partners` the members of the groups (or the statements).
//!
//! [`export_tables`] writes the dataset as `export --format csv`'s files: one table per record
//! kind, language-neutral (`_en` and `_lv` columns), so its rows are structs of their own
//! rather than a command's, whose names are in one language.

use std::io::{self, Write};

use serde::Serialize;

use super::json::check_name;
use super::{Answer, change, hit_command, hit_text, totals_text};
use crate::data::{
    CityId, Country, CountryId, Dataset, ExportFile, Lang, Named, Partnership, Source, SourceId,
    Text, Topic,
};
use crate::query::check::CheckOutcome;
use crate::query::country::RepresentativeKind;
use crate::query::country::UnscPart;
use crate::query::graph::{EdgeKind, NodeView};
use crate::query::reciprocity::Class;
use crate::query::sources::SourceUse;
use crate::query::unsc::UnscReport;
use crate::query::{AttacheInLatvia, CityInCountry, Evidence, StatementView, sources_of};

/// A table of a page with several kinds of record, which `--table NAME` chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    /// Attachés and advisers, both ways (`country`).
    Attaches,
    /// The cooperation groups a country belongs to (`country`).
    Cooperation,
    /// Where the UN Security Council material names a country (`country`).
    Unsc,
    /// An attaché's duties (`about`).
    Duties,
    /// The statements of the source (`about`, `partners`).
    Statements,
    /// The sources and the records resting on each (`about`).
    Sources,
    /// The article's points, the outcome and later developments (`unsc`).
    Parts,
    /// The countries those parts name (`unsc`).
    Countries,
    /// The members of the cooperation groups (`partners`).
    Members,
}

impl CsvTable {
    /// The tables of `country`, the main one first.
    pub const COUNTRY: &'static [CsvTable] =
        &[CsvTable::Attaches, CsvTable::Cooperation, CsvTable::Unsc];
    /// The tables of `about`, the main one first.
    pub const ABOUT: &'static [CsvTable] =
        &[CsvTable::Duties, CsvTable::Statements, CsvTable::Sources];
    /// The tables of `unsc`, the main one first.
    pub const UNSC: &'static [CsvTable] = &[CsvTable::Parts, CsvTable::Countries];
    /// The tables of `partners`, the main one first.
    pub const PARTNERS: &'static [CsvTable] = &[CsvTable::Members, CsvTable::Statements];

    /// The name `--table` takes.
    pub fn name(self) -> &'static str {
        match self {
            CsvTable::Attaches => "attaches",
            CsvTable::Cooperation => "cooperation",
            CsvTable::Unsc => "unsc",
            CsvTable::Duties => "duties",
            CsvTable::Statements => "statements",
            CsvTable::Sources => "sources",
            CsvTable::Parts => "parts",
            CsvTable::Countries => "countries",
            CsvTable::Members => "members",
        }
    }
}

/// The tables `answer` has as CSV, its main one first; one (or none named) for a page of one
/// kind of record.
pub fn tables_of(answer: &Answer<'_>) -> &'static [CsvTable] {
    match answer {
        Answer::Country(_) => CsvTable::COUNTRY,
        Answer::About(_) => CsvTable::ABOUT,
        Answer::Unsc(_) => CsvTable::UNSC,
        Answer::Partners(_) => CsvTable::PARTNERS,
        Answer::City(_)
        | Answer::NonResident(_)
        | Answer::Accredited(_)
        | Answer::Postings(_)
        | Answer::Reciprocity(_)
        | Answer::Stats(_)
        | Answer::Search(_)
        | Answer::Sources(_)
        | Answer::Check(_)
        | Answer::Diff(_)
        | Answer::Graph(_) => &[],
    }
}

/// Writes `answer` as one CSV table: `table` where the page has it ([`tables_of`]), else its
/// main one.
pub fn render(
    answer: &Answer<'_>,
    lang: Lang,
    table: Option<CsvTable>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let chosen = table.filter(|t| tables_of(answer).contains(t));
    let mut table = Table::new(out);
    let rows = Rows { lang };
    match answer {
        Answer::Country(r) if chosen == Some(CsvTable::Cooperation) => {
            let members: Vec<MemberRow<'_>> = r
                .cooperation
                .iter()
                .map(|role| {
                    rows.member(
                        role.partnership,
                        r.country,
                        role.member_role,
                        role.inferred,
                        role.source,
                    )
                })
                .collect();
            table.rows(&members)
        }
        Answer::Country(r) if chosen == Some(CsvTable::Unsc) => {
            let parts: Vec<UnscRow<'_>> = r
                .unsc
                .iter()
                .map(|m| {
                    let (part, section_id, date) = unsc_part(&m.part);
                    // An article's point is dated by the article, as on the `unsc` page.
                    let published = || m.sources.first().and_then(|s| s.published.as_deref());
                    let date = date.or_else(published);
                    UnscRow {
                        part,
                        section_id,
                        date,
                        text: lang.pick(m.text),
                        sources: ids(&m.sources),
                        quote: m.quote,
                    }
                })
                .collect();
            table.rows(&parts)
        }
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
        Answer::Partners(r) if chosen == Some(CsvTable::Statements) => {
            table.rows(&rows.statements(&r.allies))
        }
        Answer::Partners(r) => {
            let members: Vec<MemberRow<'_>> = r
                .groups
                .iter()
                .flat_map(|g| {
                    g.members.iter().map(|m| {
                        rows.member(g.partnership, m.country, m.role, m.inferred, g.source)
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
        Answer::Unsc(r) if chosen == Some(CsvTable::Countries) => {
            let mut named: Vec<UnscCountryRow<'_>> = Vec::new();
            for (part, countries) in unsc_parts(r, lang) {
                for (relation, country) in countries {
                    named.push(UnscCountryRow {
                        part: part.part,
                        section_id: part.section_id,
                        date: part.date,
                        relation,
                        country_alpha2: &country.alpha2,
                        country_alpha3: &country.alpha3,
                        country: country.name(lang),
                        sources: part.sources.clone(),
                        quote: part.quote,
                    });
                }
            }
            table.rows(&named)
        }
        Answer::Unsc(r) => {
            let parts: Vec<UnscRow<'_>> = unsc_parts(r, lang).into_iter().map(|(p, _)| p).collect();
            table.rows(&parts)
        }
        Answer::About(r) if chosen == Some(CsvTable::Statements) => {
            table.rows(&rows.statements(&r.role))
        }
        Answer::About(r) if chosen == Some(CsvTable::Sources) => {
            table.rows(&source_rows(&r.sources, lang))
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
        Answer::Sources(r) => table.rows(&source_rows(&r.sources, lang)),
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
            // The nodes are in order: an edge's ends are found by halves.
            let id = |node| {
                r.nodes
                    .binary_search_by(|(n, _)| n.cmp(&node))
                    .map(|i| node_id(&r.nodes[i].1))
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
    let mut ids = String::with_capacity(sources.iter().map(|s| s.id.len() + 1).sum());
    for (i, source) in sources.iter().enumerate() {
        if i > 0 {
            ids.push(' ');
        }
        ids.push_str(&source.id);
    }
    ids
}

/// Declares row structs, each a record kind of the CSV output: the struct derives
/// `Serialize` (its fields are the columns, in order) and its [`Row::columns`] are named from
/// the same fields, written once.
macro_rules! rows {
    ($(
        $(#[$meta:meta])*
        struct $name:ident $(<$lt:lifetime>)? {
            $($(#[$field_meta:meta])* $field:ident: $type:ty,)*
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Serialize)]
        struct $name $(<$lt>)? {
            $($(#[$field_meta])* $field: $type,)*
        }

        impl $(<$lt>)? Row for $name $(<$lt>)? {
            fn columns() -> Vec<String> {
                let mut columns = Vec::new();
                $(<$type as Column>::names(stringify!($field), &mut columns);)*
                columns
            }
        }
    )*};
}

/// The `part`, `section_id` and `date` columns of a mention in the UN Security Council
/// material.
fn unsc_part<'a>(part: &UnscPart<'a>) -> (&'static str, Option<&'a str>, Option<&'a str>) {
    match part {
        UnscPart::Article(section) => ("article", Some(&section.id), None),
        UnscPart::Outcome(date) => ("outcome", None, Some(date)),
        UnscPart::Development(date) => ("development", None, Some(date)),
    }
}

/// The parts of the `unsc` page, each with the countries it names and how: the article's
/// points (`about`), the outcome (`elected_same_day`, `withdrew`), later developments
/// (`concerns`).
fn unsc_parts<'a>(
    r: &UnscReport<'a>,
    lang: Lang,
) -> Vec<(UnscRow<'a>, Vec<(&'static str, &'a Country)>)> {
    let named = |relation, countries: &[&'a Country]| -> Vec<(&'static str, &'a Country)> {
        countries.iter().map(|&c| (relation, c)).collect()
    };
    let mut parts = Vec::new();
    for section in r.sections.iter() {
        for point in section.points.iter() {
            let row = UnscRow {
                part: "article",
                section_id: Some(section.id),
                date: r.source.published.as_deref(),
                text: lang.pick(point.text),
                sources: r.source.id.to_string(),
                quote: Some(point.quote),
            };
            parts.push((row, named("about", &point.countries)));
        }
    }
    let outcome = &r.outcome;
    let row = UnscRow {
        part: "outcome",
        section_id: None,
        date: Some(&outcome.outcome.date),
        text: lang.pick(&outcome.outcome.text),
        sources: ids(&outcome.sources),
        quote: None,
    };
    let mut countries = named("elected_same_day", &outcome.elected_same_day);
    countries.extend(named("withdrew", &outcome.withdrew));
    parts.push((row, countries));
    for d in r.developments.iter() {
        let row = UnscRow {
            part: "development",
            section_id: None,
            date: Some(d.date),
            text: lang.pick(d.text),
            sources: ids(&d.sources),
            quote: None,
        };
        parts.push((row, named("concerns", &d.countries)));
    }
    parts
}

/// The rows of a list of sources (`sources`, `about --table sources`).
fn source_rows<'a>(sources: &[SourceUse<'a>], lang: Lang) -> Vec<SourceRow<'a>> {
    sources
        .iter()
        .map(|u| SourceRow {
            id: &u.source.id,
            publisher: lang.pick(&u.source.publisher),
            title: lang.pick(&u.source.title),
            published: u.source.published.as_deref(),
            address: u.source.address.as_deref(),
            records: u.records,
        })
        .collect()
}

/// A record kind of the CSV output: a struct whose fields, in order, are its columns.
trait Row: Serialize {
    /// The header row: the names of the fields' columns ([`rows!`] makes them from the fields
    /// themselves, a group of columns such as [`CountryColumns`] from the field's name).
    fn columns() -> Vec<String>;
}

/// What a field of a row is as columns: one column named after the field, unless the type is a
/// group of columns, which names its columns after the field ([`CountryColumns`]).
trait Column {
    /// Adds the names of the columns of a field named `field` to `out`.
    fn names(field: &str, out: &mut Vec<String>) {
        out.push(field.to_owned());
    }
}

/// The types of one column: csv writes each as one field.
macro_rules! one_column {
    ($($type:ty),*) => {$(impl Column for $type {})*};
}
one_column!(
    &str,
    Option<&str>,
    String,
    bool,
    Option<bool>,
    u16,
    Option<u16>,
    u32,
    Option<u32>,
    usize,
    RepresentativeKind,
    Class,
    EdgeKind,
    Topic
);

struct Table<'w> {
    out: &'w mut dyn Write,
}

impl<'w> Table<'w> {
    fn new(out: &'w mut dyn Write) -> Self {
        Table { out }
    }

    /// The header, also when there are no rows, and `rows`. The header is [`Row::columns`], not
    /// serde's, which cannot name the columns of a group ([`CountryColumns`]); serde writes a
    /// group's fields in a row in their order.
    fn rows<R: Row>(&mut self, rows: &[R]) -> io::Result<()> {
        // The writer's own buffer is zeroed when it is made (8 KiB by default, 8,000
        // instructions of a table of a few rows); `out` is buffered already.
        let mut csv = csv::WriterBuilder::new()
            .has_headers(false)
            .buffer_capacity(1024)
            .from_writer(&mut *self.out);
        csv.write_record(R::columns())?;
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

    /// A member of a cooperation group.
    fn member<'a>(
        &self,
        group: &'a Partnership,
        country: &'a Country,
        role: Option<&'a Text>,
        inferred: bool,
        source: &'a Source,
    ) -> MemberRow<'a> {
        MemberRow {
            group_id: &group.id,
            group: self.lang.pick(&group.title),
            country_alpha2: &country.alpha2,
            country_alpha3: &country.alpha3,
            country: country.name(self.lang),
            member_role: role.map(|t| self.lang.pick(t)),
            inferred,
            open_list: group.open_list,
            source: &source.id,
            quote: &group.quote,
        }
    }

    /// Statements of a source.
    fn statements<'a>(&self, statements: &[StatementView<'a>]) -> Vec<StatementRow<'a>> {
        statements
            .iter()
            .map(|s| StatementRow {
                id: &s.statement.id,
                text: self.lang.pick(&s.statement.text),
                source: &s.source.id,
                quote: &s.statement.quote,
            })
            .collect()
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

rows! {
    /// One defence attaché or adviser and one country it covers: Latvia's (`from_latvia`: the
    /// country is one it covers, or an adviser's embassy country) or a country's attaché accredited
    /// to Latvia (`to_latvia`: the country is the one it represents). A posting covering four
    /// countries is four rows.
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
}

rows! {
    /// One member of a cooperation group.
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
}

rows! {
    /// A country linked to Latvia, with which ways the link runs (derived from both lists).
    struct LinkRow<'a> {
        country_alpha2: &'a str,
        country_alpha3: &'a str,
        country: &'a str,
        class: Class,
        latvia_representatives: usize,
        partner_residence_city_id: Option<&'a str>,
        partner_resident: Option<bool>,
    }
}

rows! {
    /// Who resides in one city, counted.
    struct CityCountRow<'a> {
        city_id: &'a str,
        city: &'a str,
        city_country_alpha2: &'a str,
        latvia_attaches: usize,
        latvia_advisers: usize,
        accredited: usize,
        total: usize,
    }
}

rows! {
    /// A search hit.
    struct HitRow {
        kind: &'static str,
        score: u32,
        text: String,
        command: String,
        sources: String,
    }
}

rows! {
    /// A point of the 2021 article, the outcome of the vote, or a later development.
    struct UnscRow<'a> {
        part: &'static str,
        section_id: Option<&'a str>,
        date: Option<&'a str>,
        text: &'a str,
        sources: String,
        quote: Option<&'a str>,
    }
}

rows! {
    /// A numbered text of a source: a duty of an attaché.
    struct TextRow<'a> {
        number: usize,
        text: &'a str,
        source: &'a str,
        quote: &'a str,
    }
}

rows! {
    /// A statement of a source, by its id.
    struct StatementRow<'a> {
        id: &'a str,
        text: &'a str,
        source: &'a str,
        quote: &'a str,
    }
}

rows! {
    /// A country the UN Security Council material names, with the part that names it and how
    /// (`relation`: `about`, `elected_same_day`, `withdrew`, `concerns`).
    struct UnscCountryRow<'a> {
        part: &'static str,
        section_id: Option<&'a str>,
        date: Option<&'a str>,
        relation: &'static str,
        country_alpha2: &'a str,
        country_alpha3: &'a str,
        country: &'a str,
        sources: String,
        quote: Option<&'a str>,
    }
}

rows! {
    /// A source and how many records rest on it.
    struct SourceRow<'a> {
        id: &'a str,
        publisher: &'a str,
        title: &'a str,
        published: Option<&'a str>,
        address: Option<&'a str>,
        records: usize,
    }
}

rows! {
    /// One check of the dataset.
    struct CheckRow {
        check: &'static str,
        result: &'static str,
        detail: String,
    }
}

rows! {
    /// An edge of the network, between node ids as in JSON ("NO", "city:stockholm").
    struct EdgeRow {
        from: String,
        to: String,
        kind: EdgeKind,
        count: usize,
        sources: String,
    }
}

rows! {
    /// A change between two datasets: what it is about, its values and the evidence on each
    /// side (quotes one a line where a side rests on several; source ids space-separated).
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
}

// ---------------------------------------------------------------------------------------------
// `export --format csv`: the dataset as tables, one file per record kind.

/// The dataset as CSV tables, one file per record kind, for `export --format csv`, which
/// writes them with the data files' writer ([`crate::data::write_set`]). Unlike a command's CSV
/// they are language-neutral: every name and text in both languages (`_en`, `_lv`), every
/// country by its ISO codes beside its names, every city by its id; every fact row carries its
/// source and, where the data keeps them, the source's words. A record that holds a list is
/// one row per item (a posting per country it covers, a group per member), or a join table of
/// its own (the countries and sources of the Security Council's events).
///
/// This lives with the CLI's renderers, not in `data`, because it needs the csv crate, which
/// the library (`--no-default-features`) does without.
///
/// For the built-in dataset the tables are the ones [`write_export_tables`] wrote ahead of
/// time into `generated/export/` and compiled in (the built-in data's CSV changes only with
/// the code and the data, and writing its 58 KB cost some 900,000 instructions, more than the
/// rest of the command); a `--data` set's are written now. A test
/// (`generated_export_tables_are_current`) fails when one differs from what the writer makes
/// now; `ATTACHE_WRITE_GENERATED=1 cargo test --lib generated_` writes them again.
pub fn export_tables(ds: &Dataset) -> io::Result<Vec<ExportFile<'static>>> {
    if std::ptr::eq(ds, crate::data::embedded()) {
        return Ok(GENERATED_EXPORT
            .iter()
            .map(|&(name, contents)| ExportFile {
                name,
                contents: contents.into(),
            })
            .collect());
    }
    write_export_tables(ds)
}

/// `export --format csv`'s files for the built-in dataset, as [`write_export_tables`] writes
/// them, in its order.
const GENERATED_EXPORT: [(&str, &[u8]); 17] = [
    (
        "sources.csv",
        include_bytes!("../../generated/export/sources.csv"),
    ),
    (
        "countries.csv",
        include_bytes!("../../generated/export/countries.csv"),
    ),
    (
        "cities.csv",
        include_bytes!("../../generated/export/cities.csv"),
    ),
    (
        "postings.csv",
        include_bytes!("../../generated/export/postings.csv"),
    ),
    (
        "stated_attaches.csv",
        include_bytes!("../../generated/export/stated_attaches.csv"),
    ),
    (
        "declared_totals.csv",
        include_bytes!("../../generated/export/declared_totals.csv"),
    ),
    (
        "advisers.csv",
        include_bytes!("../../generated/export/advisers.csv"),
    ),
    (
        "accreditations.csv",
        include_bytes!("../../generated/export/accreditations.csv"),
    ),
    (
        "partnerships.csv",
        include_bytes!("../../generated/export/partnerships.csv"),
    ),
    (
        "partnership_members.csv",
        include_bytes!("../../generated/export/partnership_members.csv"),
    ),
    (
        "duties.csv",
        include_bytes!("../../generated/export/duties.csv"),
    ),
    (
        "statements.csv",
        include_bytes!("../../generated/export/statements.csv"),
    ),
    (
        "unsc_points.csv",
        include_bytes!("../../generated/export/unsc_points.csv"),
    ),
    (
        "unsc_point_countries.csv",
        include_bytes!("../../generated/export/unsc_point_countries.csv"),
    ),
    (
        "unsc_events.csv",
        include_bytes!("../../generated/export/unsc_events.csv"),
    ),
    (
        "unsc_event_countries.csv",
        include_bytes!("../../generated/export/unsc_event_countries.csv"),
    ),
    (
        "unsc_event_sources.csv",
        include_bytes!("../../generated/export/unsc_event_sources.csv"),
    ),
];

/// The tables of [`export_tables`], written from `ds` now.
fn write_export_tables(ds: &Dataset) -> io::Result<Vec<ExportFile<'static>>> {
    let country = |id: CountryId| CountryColumns::of(ds.country(id));
    let city = |id: CityId| CityColumns::of(ds, id);
    let source = |id: SourceId| ds.source(id).id.as_ref();
    let mut files = Vec::new();

    let rows: Vec<SourceRecordRow<'_>> = ds
        .sources
        .iter()
        .map(|s| SourceRecordRow {
            id: &s.id,
            publisher_en: &s.publisher.en,
            publisher_lv: &s.publisher.lv,
            title_en: &s.title.en,
            title_lv: &s.title.lv,
            published: s.published.as_deref(),
            address: s.address.as_deref(),
            note_en: s.note.as_ref().map(|n| n.en.as_ref()),
            note_lv: s.note.as_ref().map(|n| n.lv.as_ref()),
        })
        .collect();
    files.push(table("sources.csv", &rows)?);

    let rows: Vec<CountryRecordRow<'_>> = ds
        .countries
        .iter()
        .map(|c| CountryRecordRow {
            alpha2: &c.alpha2,
            alpha3: &c.alpha3,
            name_en: &c.en.name,
            name_lv: &c.lv.name,
            official_en: c.en.official.as_deref(),
            official_lv: c.lv.official.as_deref(),
            source: source(c.source),
        })
        .collect();
    files.push(table("countries.csv", &rows)?);

    let rows: Vec<CityRecordRow<'_>> = ds
        .city_ids()
        .map(|id| {
            let c = ds.city(id);
            CityRecordRow {
                id: &c.id,
                name_en: &c.en.name,
                name_lv: &c.lv.name,
                country: country(c.country),
                source: source(c.source),
            }
        })
        .collect();
    files.push(table("cities.csv", &rows)?);

    let mut rows: Vec<PostingRow<'_>> = Vec::new();
    for (i, p) in ds.postings.iter().enumerate() {
        for (position, &covered) in p.covers.iter().enumerate() {
            rows.push(PostingRow {
                posting: i + 1,
                city: city(p.residence),
                position: position + 1,
                country: country(covered),
                source: source(p.source),
                quote: &p.quote,
            });
        }
    }
    files.push(table("postings.csv", &rows)?);

    let rows: Vec<StatedAttachesRow<'_>> = ds
        .postings
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let stated = p.stated_attaches.as_ref()?;
            Some(StatedAttachesRow {
                posting: i + 1,
                city: city(p.residence),
                attaches: stated.count,
                source: source(stated.source),
                quote: &stated.quote,
            })
        })
        .collect();
    files.push(table("stated_attaches.csv", &rows)?);

    let d = &ds.declared;
    let rows = [DeclaredTotalsRow {
        attaches: d.attaches,
        countries: d.countries,
        advisers: d.advisers,
        source: source(d.source),
        quote: &d.quote,
    }];
    files.push(table("declared_totals.csv", &rows)?);

    let rows: Vec<AdviserRecordRow<'_>> = ds
        .advisers
        .iter()
        .enumerate()
        .map(|(i, a)| AdviserRecordRow {
            adviser: i + 1,
            country: country(a.embassy_in),
            city: city(a.residence),
            source: source(a.source),
            quote: &a.quote,
        })
        .collect();
    files.push(table("advisers.csv", &rows)?);

    let rows: Vec<AccreditationRow<'_>> = ds
        .accreditations
        .iter()
        .map(|a| AccreditationRow {
            country: country(a.country),
            name_in_source: a.name_in_source.as_deref(),
            city: city(a.residence),
            resident: ds.in_latvia(a.residence),
            source: source(a.source),
            quote: &a.quote,
        })
        .collect();
    files.push(table("accreditations.csv", &rows)?);

    let rows: Vec<PartnershipRow<'_>> = ds
        .partnerships
        .iter()
        .map(|p| PartnershipRow {
            id: &p.id,
            title_en: &p.title.en,
            title_lv: &p.title.lv,
            role_en: &p.role.en,
            role_lv: &p.role.lv,
            open_list: p.open_list,
            note_en: p.note.as_ref().map(|n| n.en.as_ref()),
            note_lv: p.note.as_ref().map(|n| n.lv.as_ref()),
            source: source(p.source),
            quote: &p.quote,
        })
        .collect();
    files.push(table("partnerships.csv", &rows)?);

    let mut rows: Vec<PartnershipMemberRow<'_>> = Vec::new();
    for p in ds.partnerships.iter() {
        for (position, m) in p.members.iter().enumerate() {
            rows.push(PartnershipMemberRow {
                partnership_id: &p.id,
                position: position + 1,
                country: country(m.country),
                member_role_en: m.role.as_ref().map(|r| r.en.as_ref()),
                member_role_lv: m.role.as_ref().map(|r| r.lv.as_ref()),
                inferred: m.inferred,
                source: source(p.source),
                quote: &p.quote,
            });
        }
    }
    files.push(table("partnership_members.csv", &rows)?);

    let rows: Vec<DutyRow<'_>> = ds
        .duties
        .iter()
        .enumerate()
        .map(|(i, d)| DutyRow {
            number: i + 1,
            text_en: &d.text.en,
            text_lv: &d.text.lv,
            source: source(d.source),
            quote: &d.quote,
        })
        .collect();
    files.push(table("duties.csv", &rows)?);

    let rows: Vec<StatementRecordRow<'_>> = ds
        .statements
        .iter()
        .map(|s| StatementRecordRow {
            id: &s.id,
            topic: s.topic,
            text_en: &s.text.en,
            text_lv: &s.text.lv,
            source: source(s.source),
            quote: &s.quote,
        })
        .collect();
    files.push(table("statements.csv", &rows)?);

    let unsc = &ds.unsc;
    let mut points: Vec<UnscPointRow<'_>> = Vec::new();
    let mut point_countries: Vec<UnscPointCountryRow<'_>> = Vec::new();
    for section in unsc.sections.iter() {
        for (i, point) in section.points.iter().enumerate() {
            points.push(UnscPointRow {
                section_id: &section.id,
                section_title_en: &section.title.en,
                section_title_lv: &section.title.lv,
                point: i + 1,
                text_en: &point.text.en,
                text_lv: &point.text.lv,
                source: source(unsc.source),
                quote: &point.quote,
            });
            point_countries.extend(point.countries.iter().map(|&about| UnscPointCountryRow {
                section_id: &section.id,
                point: i + 1,
                country: country(about),
                source: source(unsc.source),
                quote: &point.quote,
            }));
        }
    }
    files.push(table("unsc_points.csv", &points)?);
    files.push(table("unsc_point_countries.csv", &point_countries)?);

    // The outcome of the vote is the event "outcome", each later development "development-N".
    let outcome = &unsc.outcome;
    let mut events = vec![UnscEventRow {
        event: "outcome".to_owned(),
        kind: "outcome",
        date: &outcome.date,
        text_en: &outcome.text.en,
        text_lv: &outcome.text.lv,
        elected: Some(outcome.elected),
        term_from: Some(outcome.term.from),
        term_to: Some(outcome.term.to),
        votes: Some(outcome.votes),
        votes_needed: Some(outcome.votes_needed),
    }];
    let event_country = |event: &str, relation, id| UnscEventCountryRow {
        event: event.to_owned(),
        relation,
        country: country(id),
    };
    let event_source = |event: &str, id| UnscEventSourceRow {
        event: event.to_owned(),
        source: source(id),
    };
    let mut event_countries: Vec<UnscEventCountryRow<'_>> = Vec::new();
    for (relation, list) in [
        ("elected_same_day", &outcome.elected_same_day),
        ("withdrew", &outcome.withdrew),
    ] {
        event_countries.extend(list.iter().map(|&c| event_country("outcome", relation, c)));
    }
    let mut event_sources: Vec<UnscEventSourceRow<'_>> = outcome
        .sources
        .iter()
        .map(|&s| event_source("outcome", s))
        .collect();
    for (i, d) in unsc.developments.iter().enumerate() {
        let event = format!("development-{}", i + 1);
        event_countries.extend(
            d.countries
                .iter()
                .map(|&c| event_country(&event, "concerns", c)),
        );
        event_sources.extend(d.sources.iter().map(|&s| event_source(&event, s)));
        events.push(UnscEventRow {
            event,
            kind: "development",
            date: &d.date,
            text_en: &d.text.en,
            text_lv: &d.text.lv,
            elected: None,
            term_from: None,
            term_to: None,
            votes: None,
            votes_needed: None,
        });
    }
    files.push(table("unsc_events.csv", &events)?);
    files.push(table("unsc_event_countries.csv", &event_countries)?);
    files.push(table("unsc_event_sources.csv", &event_sources)?);
    Ok(files)
}

/// One table of an export: `rows` as a CSV file named `name`.
fn table<R: Row>(name: &'static str, rows: &[R]) -> io::Result<ExportFile<'static>> {
    let mut bytes = Vec::new();
    Table::new(&mut bytes).rows(rows)?;
    Ok(ExportFile {
        name,
        contents: bytes.into(),
    })
}

/// A country in an export's row, as four columns named after the field (`country`):
/// `country_alpha2`, `country_alpha3`, `country_name_en`, `country_name_lv`.
#[derive(Clone, Copy, Serialize)]
struct CountryColumns<'a> {
    alpha2: &'a str,
    alpha3: &'a str,
    name_en: &'a str,
    name_lv: &'a str,
}

impl<'a> CountryColumns<'a> {
    fn of(country: &'a Country) -> Self {
        CountryColumns {
            alpha2: &country.alpha2,
            alpha3: &country.alpha3,
            name_en: &country.en.name,
            name_lv: &country.lv.name,
        }
    }
}

impl Column for CountryColumns<'_> {
    fn names(field: &str, out: &mut Vec<String>) {
        for column in ["alpha2", "alpha3", "name_en", "name_lv"] {
            out.push(format!("{field}_{column}"));
        }
    }
}

/// A city in an export's row, as five columns named after the field (`city`): `city_id`,
/// `city_name_en`, `city_name_lv`, and its country's codes, `city_country_alpha2` and
/// `city_country_alpha3` (the country's names are a join away, in `countries.csv`).
#[derive(Clone, Copy, Serialize)]
struct CityColumns<'a> {
    id: &'a str,
    name_en: &'a str,
    name_lv: &'a str,
    country_alpha2: &'a str,
    country_alpha3: &'a str,
}

impl<'a> CityColumns<'a> {
    fn of(ds: &'a Dataset, id: CityId) -> Self {
        let city = ds.city(id);
        let country = ds.country(city.country);
        CityColumns {
            id: &city.id,
            name_en: &city.en.name,
            name_lv: &city.lv.name,
            country_alpha2: &country.alpha2,
            country_alpha3: &country.alpha3,
        }
    }
}

impl Column for CityColumns<'_> {
    fn names(field: &str, out: &mut Vec<String>) {
        for column in [
            "id",
            "name_en",
            "name_lv",
            "country_alpha2",
            "country_alpha3",
        ] {
            out.push(format!("{field}_{column}"));
        }
    }
}

rows! {
    /// `sources.csv`: a source, as `sources.json` holds it.
    struct SourceRecordRow<'a> {
        id: &'a str,
        publisher_en: &'a str,
        publisher_lv: &'a str,
        title_en: &'a str,
        title_lv: &'a str,
        published: Option<&'a str>,
        address: Option<&'a str>,
        note_en: Option<&'a str>,
        note_lv: Option<&'a str>,
    }

    /// `countries.csv`: an ISO 3166-1 country.
    struct CountryRecordRow<'a> {
        alpha2: &'a str,
        alpha3: &'a str,
        name_en: &'a str,
        name_lv: &'a str,
        official_en: Option<&'a str>,
        official_lv: Option<&'a str>,
        source: &'a str,
    }

    /// `cities.csv`: a city the sources name.
    struct CityRecordRow<'a> {
        id: &'a str,
        name_en: &'a str,
        name_lv: &'a str,
        country: CountryColumns<'a>,
        source: &'a str,
    }

    /// `postings.csv`: one of Latvia's attachés abroad (`posting`, numbered in the source's
    /// order), where it resides, and one country it covers (`position` in the source's list).
    struct PostingRow<'a> {
        posting: usize,
        city: CityColumns<'a>,
        position: usize,
        country: CountryColumns<'a>,
        source: &'a str,
        quote: &'a str,
    }

    /// `stated_attaches.csv`: how many attachés reside at a posting, where a source states it
    /// (elsewhere a posting is one attaché).
    struct StatedAttachesRow<'a> {
        posting: usize,
        city: CityColumns<'a>,
        attaches: u32,
        source: &'a str,
        quote: &'a str,
    }

    /// `declared_totals.csv`: the totals the ministry states in words, as stated.
    struct DeclaredTotalsRow<'a> {
        attaches: u32,
        countries: u32,
        advisers: u32,
        source: &'a str,
        quote: &'a str,
    }

    /// `advisers.csv`: one of Latvia's defence advisers: its embassy's country, where it
    /// resides.
    struct AdviserRecordRow<'a> {
        adviser: usize,
        country: CountryColumns<'a>,
        city: CityColumns<'a>,
        source: &'a str,
        quote: &'a str,
    }

    /// `accreditations.csv`: a country's attaché accredited to Latvia and where it resides;
    /// `resident` is derived (the city is in Latvia).
    struct AccreditationRow<'a> {
        country: CountryColumns<'a>,
        name_in_source: Option<&'a str>,
        city: CityColumns<'a>,
        resident: bool,
        source: &'a str,
        quote: &'a str,
    }

    /// `partnerships.csv`: a cooperation group.
    struct PartnershipRow<'a> {
        id: &'a str,
        title_en: &'a str,
        title_lv: &'a str,
        role_en: &'a str,
        role_lv: &'a str,
        open_list: bool,
        note_en: Option<&'a str>,
        note_lv: Option<&'a str>,
        source: &'a str,
        quote: &'a str,
    }

    /// `partnership_members.csv`: one member of a group, with the group's source and words.
    struct PartnershipMemberRow<'a> {
        partnership_id: &'a str,
        position: usize,
        country: CountryColumns<'a>,
        member_role_en: Option<&'a str>,
        member_role_lv: Option<&'a str>,
        inferred: bool,
        source: &'a str,
        quote: &'a str,
    }

    /// `duties.csv`: a duty of a defence attaché, numbered in the source's order.
    struct DutyRow<'a> {
        number: usize,
        text_en: &'a str,
        text_lv: &'a str,
        source: &'a str,
        quote: &'a str,
    }

    /// `statements.csv`: a statement of a source (`topic`: `attaches` or `allies`).
    struct StatementRecordRow<'a> {
        id: &'a str,
        topic: Topic,
        text_en: &'a str,
        text_lv: &'a str,
        source: &'a str,
        quote: &'a str,
    }

    /// `unsc_points.csv`: a point of the 2021 article, numbered within its section.
    struct UnscPointRow<'a> {
        section_id: &'a str,
        section_title_en: &'a str,
        section_title_lv: &'a str,
        point: usize,
        text_en: &'a str,
        text_lv: &'a str,
        source: &'a str,
        quote: &'a str,
    }

    /// `unsc_point_countries.csv`: a country a point of the article is about.
    struct UnscPointCountryRow<'a> {
        section_id: &'a str,
        point: usize,
        country: CountryColumns<'a>,
        source: &'a str,
        quote: &'a str,
    }

    /// `unsc_events.csv`: the outcome of the vote (`event` "outcome", with its figures) or a
    /// later development ("development-1", ...). The dataset keeps no words of their reports:
    /// their sources are in `unsc_event_sources.csv`.
    struct UnscEventRow<'a> {
        event: String,
        kind: &'static str,
        date: &'a str,
        text_en: &'a str,
        text_lv: &'a str,
        elected: Option<bool>,
        term_from: Option<u16>,
        term_to: Option<u16>,
        votes: Option<u32>,
        votes_needed: Option<u32>,
    }

    /// `unsc_event_countries.csv`: a country of an event: `elected_same_day` or `withdrew`
    /// (the outcome), `concerns` (a development).
    struct UnscEventCountryRow<'a> {
        event: String,
        relation: &'static str,
        country: CountryColumns<'a>,
    }

    /// `unsc_event_sources.csv`: a source of an event.
    struct UnscEventSourceRow<'a> {
        event: String,
        source: &'a str,
    }
}

/// A graph node's id: the ISO code for a country, `city:ID` for a city (as in JSON).
fn node_id(view: &NodeView<'_>) -> String {
    match view {
        NodeView::Country { country, .. } => country.alpha2.to_string(),
        NodeView::City { city, .. } => super::concat(&["city:", &city.id]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables the binary writes for the built-in data are the ones the writer makes now,
    /// file for file and in its order.
    #[test]
    fn generated_export_tables_are_current() {
        let now = write_export_tables(crate::data::embedded()).expect("the tables are written");
        let compiled: Vec<&str> = GENERATED_EXPORT.iter().map(|&(name, _)| name).collect();
        let written: Vec<&str> = now.iter().map(|f| f.name).collect();
        assert_eq!(
            compiled, written,
            "generated/export/ holds another set of files"
        );
        for (file, &(name, contents)) in now.iter().zip(&GENERATED_EXPORT) {
            let (compiled, now) = (
                std::str::from_utf8(contents),
                std::str::from_utf8(&file.contents),
            );
            crate::complete::tests::assert_generated(
                &format!("export/{name}"),
                compiled.expect("UTF-8"),
                now.expect("UTF-8"),
            );
        }
    }
}
