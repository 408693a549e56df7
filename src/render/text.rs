//! What each answer says to people, in the chosen language: its titles, prose and tables, handed
//! to `layout`, which writes them as a terminal table or Markdown.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, Write};

use super::change;
use super::graph::{edge_label, node_label};
use super::layout::{Grid, Page, PageFormat, wrap};
use super::{
    Answer, Citations, agreement_text, concat, figure_msg, hit_command, hit_kind, hit_text,
    stated_at_text, totals_text,
};
use crate::data::Check;
use crate::data::{Case, Country, Named, Source};
use crate::data::{Lang, capitalized, fold};
use crate::i18n::Msg;
use crate::query::about::AboutReport;
use crate::query::accredited::AccreditedReport;
use crate::query::check::{CheckOutcome, CheckReport, Line};
use crate::query::city::CityReport;
use crate::query::country::{CountryReport, RepresentativeKind, UnscPart};
use crate::query::diff::DiffReport;
use crate::query::graph::GraphReport;
use crate::query::non_resident::NonResidentReport;
use crate::query::partners::PartnersReport;
use crate::query::postings::{AttacheCount, Figure, PostingsReport, StatedAttaches};
use crate::query::reciprocity::{Class, ReciprocityReport};
use crate::query::search::SearchReport;
use crate::query::sources::{SourceUse, SourcesReport};
use crate::query::stats::StatsReport;
use crate::query::unsc::UnscReport;
use crate::query::{AttacheInLatvia, CityInCountry, Evidence, StatementView, sources_of};

/// Cells wrap their text at this width, so that tables stay readable in a terminal and
/// identical in a pipe.
const CELL_WIDTH: usize = 56;

/// Headers wrap at this width in a pipe.
const HEADER_WIDTH: usize = 17;

/// Renders an answer for people, as terminal tables or Markdown. With `cite`, every record
/// shown is numbered and the page ends with its references.
pub fn render(
    answer: &Answer<'_>,
    lang: Lang,
    format: PageFormat,
    with_sources: bool,
    cite: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    render_page(answer, lang, format, with_sources, cite, out).map(drop)
}

/// What `answer` cites, in the order a reader meets it: the references `--cite` ends a page with,
/// for the formats that are not pages (JSON, DOT, Mermaid). The page is written into a sink, so
/// every format numbers the same records the same way.
pub fn citations<'a>(answer: &Answer<'a>, lang: Lang) -> io::Result<Citations<'a>> {
    render_page(
        answer,
        lang,
        PageFormat::Markdown,
        false,
        true,
        &mut io::sink(),
    )
}

fn render_page<'a>(
    answer: &Answer<'a>,
    lang: Lang,
    format: PageFormat,
    with_sources: bool,
    cite: bool,
    out: &mut dyn Write,
) -> io::Result<Citations<'a>> {
    let mut page = Page::new(format, out);
    let r = Renderer {
        lang,
        with_sources,
        wrap_cells: page.wraps(),
        markdown: format == PageFormat::Markdown,
        cite: cite.then(|| RefCell::new(Citations::default())),
    };
    {
        let page = &mut page;
        match answer {
            Answer::Country(report) => r.country(report, page),
            Answer::City(report) => r.city(report, page),
            Answer::Partners(report) => r.partners(report, page),
            Answer::About(report) => r.about(report, page),
            Answer::Search(report) => r.search(report, page),
            Answer::Reciprocity(report) => r.reciprocity(report, page),
            Answer::Sources(report) => r.sources(report, page),
            Answer::Check(report) => r.check(report, page),
            Answer::Stats(report) => r.stats(report, page),
            Answer::Graph(report) => r.graph(report, page),
            Answer::NonResident(report) => r.non_resident(report, page),
            Answer::Accredited(report) => r.accredited(report, page),
            Answer::Postings(report) => r.postings(report, page),
            Answer::Unsc(report) => r.unsc(report, page),
            Answer::Diff(report) => r.diff(report, page),
        }?;
        r.references(page)?;
    }
    Ok(r.cite.map(RefCell::into_inner).unwrap_or_default())
}

struct Renderer<'a> {
    lang: Lang,
    /// `--cite`: the evidence of every record shown so far, numbered in that order.
    cite: Option<RefCell<Citations<'a>>>,
    /// Markdown: references are footnotes.
    markdown: bool,
    /// `--with-sources`: record tables end in a column of source ids.
    with_sources: bool,
    /// Wrap cells at fixed widths (terminal tables without a width to fit: a pipe).
    wrap_cells: bool,
}

/// Whether rows hold several lines each and want a rule between them.
#[derive(Clone, Copy)]
enum Rows {
    Single,
    Multi,
}

impl<'a> Renderer<'a> {
    fn msg(&self, msg: Msg) -> &'static str {
        self.lang.msg(msg)
    }

    /// A cell's text: wrapped at `width` in a pipe, so that tables are stable and readable;
    /// left whole where the page has a width to fit (comfy-table wraps it) and in Markdown.
    fn cell<'c>(&self, text: &'c str, width: usize) -> Cow<'c, str> {
        if self.wrap_cells {
            wrap(text, width)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// A table of records: with `--with-sources` it ends in a column of source ids, with
    /// `--cite` in a column of reference numbers.
    fn record_table<'t>(&self, headers: &[Msg], rows: Rows) -> Grid<'t> {
        let mut headers = headers.to_vec();
        if self.with_sources {
            headers.push(Msg::SourceId);
        }
        if self.cite.is_some() {
            headers.push(Msg::Ref);
        }
        self.table(&headers, rows)
    }

    /// With `--cite`, the numbers of the references of `evidence` (each numbered the first time
    /// it is shown): "[1] [2]", or footnote marks in Markdown. Empty without `--cite`.
    fn refs(&self, evidence: &[Evidence<'a>]) -> String {
        let Some(cite) = &self.cite else {
            return String::new();
        };
        let mut cite = cite.borrow_mut();
        let mut marks: Vec<String> = Vec::with_capacity(evidence.len());
        for e in evidence {
            let n = match cite.cited.iter().position(|c| c == e) {
                Some(i) => i + 1,
                None => {
                    cite.cited.push(*e);
                    cite.cited.len()
                }
            };
            let mark = if self.markdown {
                format!("[^{n}]")
            } else {
                format!("[{n}]")
            };
            if !marks.contains(&mark) {
                marks.push(mark);
            }
        }
        marks.join(" ")
    }

    /// `text` followed by the references of `evidence`, with `--cite`.
    fn cited(&self, text: &str, evidence: &[Evidence<'a>]) -> String {
        let refs = self.refs(evidence);
        if refs.is_empty() {
            text.to_owned()
        } else {
            format!("{text} {refs}")
        }
    }

    /// Columns of figures `attache` counts or classes (not stated by a source): with `--cite`,
    /// their headers are marked as derived, and the page's references say what that means.
    fn mark_derived(&self, grid: &mut Grid, columns: &[usize]) {
        if let Some(cite) = &self.cite {
            cite.borrow_mut().derived = true;
            for &column in columns {
                grid.mark_header(column, self.msg(Msg::Derived));
            }
        }
    }

    /// A sentence of figures `attache` counts (not stated by a source): marked with `--cite`.
    fn derived_line(&self, text: &str) -> String {
        match &self.cite {
            Some(cite) => {
                cite.borrow_mut().derived = true;
                format!("{text} ({})", self.msg(Msg::Derived))
            }
            None => text.to_owned(),
        }
    }

    /// With `--cite`, the page's references: each record's source and the words it rests on,
    /// numbered as the page cites them (footnotes in Markdown).
    fn references(&self, page: &mut Page<'_>) -> io::Result<()> {
        let Some(cite) = &self.cite else {
            return Ok(());
        };
        let cite = cite.borrow();
        if cite.cited.is_empty() && !cite.derived {
            return Ok(());
        }
        page.section(self.msg(Msg::References))?;
        let entries: Vec<String> = cite
            .cited
            .iter()
            .map(|e| {
                let mut entry = String::new();
                if let Some(quote) = e.quote {
                    entry.push_str(&format!("“{quote}” — "));
                }
                entry.push_str(&self.source(e.source));
                if let Some(address) = &e.source.address {
                    entry.push_str(&format!(", {address}"));
                }
                entry
            })
            .collect();
        page.references(&entries)?;
        if cite.derived {
            page.paragraph(self.msg(Msg::DerivedNote))?;
        }
        Ok(())
    }

    /// A record's row, ending in the ids of its sources with `--with-sources`.
    fn record_row<'c, S: Into<Cow<'c, str>>>(
        &self,
        cells: impl IntoIterator<Item = S>,
        evidence: &[Evidence<'a>],
    ) -> Vec<Cow<'c, str>> {
        let mut row: Vec<Cow<'c, str>> = cells.into_iter().map(Into::into).collect();
        if self.with_sources {
            let ids: Vec<&str> = sources_of(evidence).iter().map(|s| s.id.as_ref()).collect();
            row.push(Cow::Owned(ids.join("\n")));
        }
        if self.cite.is_some() {
            row.push(Cow::Owned(self.refs(evidence)));
        }
        row
    }

    /// A table under `headers`, each wrapped like a cell (a count says what it counts, "Number
    /// of Latvia's attachés", and takes two lines in a pipe rather than a column that wide).
    fn table<'t>(&self, headers: &[Msg], rows: Rows) -> Grid<'t> {
        Grid::new(
            headers
                .iter()
                .map(|&h| self.cell(self.msg(h), HEADER_WIDTH)),
            matches!(rows, Rows::Multi),
        )
    }

    fn country_name<'c>(&self, country: &'c Country) -> &'c str {
        country.name(self.lang)
    }

    /// The country of an attaché accredited to Latvia, with the name its source writes for
    /// it where the country is a reading of that name ("South Korea (“Koreja” in the source)").
    fn attache_country<'c>(&self, attache: &AttacheInLatvia<'c>) -> Cow<'c, str> {
        let name = self.country_name(attache.country);
        match &attache.accreditation.name_in_source {
            Some(word) => Cow::Owned(self.lang.named_in_source(name, word)),
            None => Cow::Borrowed(name),
        }
    }

    /// A list of attachés accredited to Latvia in the order this language reads it: in English
    /// by the country's English name (case and diacritics aside, so "Türkiye" sorts as
    /// "Turkiye"); in Latvian in the ministry's order, which is Latvian alphabetical.
    fn in_reading_order<'r, 'd>(
        &self,
        attaches: &'r [AttacheInLatvia<'d>],
    ) -> Vec<&'r AttacheInLatvia<'d>> {
        if self.lang == Lang::Lv {
            return attaches.iter().collect();
        }
        // Most English names fold to themselves in lower case ([`folds_to_lower_case`]): those
        // are lower-cased as they are, the others folded. Every key goes into one buffer, so
        // that the sort compares slices (memcmp) rather than bytes lowered one at a time.
        let mut keys: Vec<u8> = Vec::with_capacity(attaches.len() * 16);
        let mut keyed: Vec<(u32, u32, &AttacheInLatvia<'d>)> = Vec::with_capacity(attaches.len());
        for a in attaches {
            let name: &str = &a.country.en.name;
            let start = keys.len();
            match folds_to_lower_case(name) {
                true => keys.extend(name.bytes().map(|b| b.to_ascii_lowercase())),
                // (A folded key is in lower case already.)
                false => keys.extend_from_slice(&folded_key(name)),
            }
            let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            keyed.push((offset(start), offset(keys.len()), a));
        }
        let key = |&(start, end, _): &(u32, u32, _)| &keys[start as usize..end as usize];
        keyed.sort_by(|a, b| key(a).cmp(key(b)));
        keyed.into_iter().map(|(_, _, a)| a).collect()
    }

    /// The country as the object of "in" in a sentence: English with "the" where the name
    /// takes it; Latvian in the locative.
    fn country_locative(&self, country: &Country) -> String {
        country.name_in_sentence(self.lang, Case::Locative)
    }

    /// The country as an owner in a sentence: English with "the" where the name takes it;
    /// Latvian in the genitive.
    fn country_genitive(&self, country: &Country) -> String {
        country.name_in_sentence(self.lang, Case::Genitive)
    }

    /// "City, Country".
    fn city_and_country(&self, city: CityInCountry<'_>) -> String {
        concat(&[
            city.city.name(self.lang),
            ", ",
            self.country_name(city.country),
        ])
    }

    fn countries(&self, countries: &[&Country], separator: &str) -> String {
        super::country_names(countries, self.lang, separator)
    }

    fn source(&self, source: &Source) -> String {
        super::source_text(source, self.lang)
    }

    /// "Source: publisher, “title”, date", a paragraph.
    fn source_line(&self, source: &Source) -> String {
        concat(&[self.msg(Msg::Source), ": ", &self.source(source)])
    }

    fn country(&self, report: &CountryReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        let country = report.country;
        let name = self.country_name(country);
        let title = format!("{name} ({}, {})", country.alpha2, country.alpha3);
        page.title(&title)?;

        if report.is_latvia {
            // Neither direction applies to Latvia itself; say so once.
            page.gap()?;
            page.paragraph(self.msg(Msg::HomeCountry))?;
        } else {
            self.directions(report, page)?;
        }

        page.section(&self.lang.hosted_in(self.country_locative(country)))?;
        if report.hosted.is_empty() {
            page.line(self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.record_table(&[Msg::Country, Msg::ResidesIn], Rows::Single);
            for attache in self.in_reading_order(&report.hosted) {
                table.add_row(self.record_row(
                    [
                        self.attache_country(attache),
                        Cow::Owned(self.city_and_country(attache.residence)),
                    ],
                    &[attache.evidence()],
                ));
            }
            page.table(table)?;
        }

        page.section(self.msg(Msg::CooperationWith))?;
        if report.cooperation.is_empty() {
            page.line(&self.lang.no_cooperation(self.country_genitive(country)))?;
        } else {
            let mut table = self.record_table(&[Msg::Group, Msg::Role], Rows::Multi);
            for role in report.cooperation.iter() {
                let p = role.partnership;
                let mut text = self.lang.pick(&p.role).to_owned();
                if let Some(own) = role.member_role {
                    text = format!("{text}; {}", self.lang.pick(own));
                }
                if p.open_list {
                    text = format!("{text} ({})", self.msg(Msg::OpenList));
                }
                if role.inferred {
                    text = format!("{text} ({})", self.msg(Msg::InferredMember));
                }
                table.add_row(self.record_row(
                    [
                        Cow::Borrowed(self.lang.pick(&p.title)),
                        Cow::Owned(self.cell(&text, CELL_WIDTH).into_owned()),
                    ],
                    &[role.evidence()],
                ));
            }
            page.table(table)?;
        }

        page.section(self.msg(Msg::UnscMentions))?;
        if report.is_latvia {
            page.line(self.msg(Msg::LatviaUnsc))?;
        } else if report.unsc.is_empty() {
            page.line(self.msg(Msg::NoUnscMention))?;
        } else {
            let mut table = self.record_table(&[Msg::Part, Msg::Text], Rows::Multi);
            for mention in report.unsc.iter() {
                let part = match &mention.part {
                    UnscPart::Article(section) => format!(
                        "{}:\n{}",
                        self.msg(Msg::Article2021),
                        self.lang.pick(&section.title)
                    ),
                    UnscPart::Outcome(date) => format!("{}\n{date}", self.msg(Msg::Outcome)),
                    UnscPart::Development(date) => {
                        format!("{}\n{date}", self.msg(Msg::LaterDevelopment))
                    }
                };
                table.add_row(self.record_row(
                    [
                        Cow::Owned(part),
                        self.cell(self.lang.pick(mention.text), CELL_WIDTH),
                    ],
                    &mention.evidence(),
                ));
            }
            page.table(table)?;
        }
        Ok(())
    }

    /// Latvia's representatives for the country, and the country's attaché for Latvia.
    fn directions(&self, report: &CountryReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        let country = report.country;
        // Titles say "the" as sentences do: "Latvia → the Netherlands".
        let in_title = country.name_in_sentence(self.lang, Case::Nominative);
        page.section(&self.lang.latvia_to(&in_title))?;
        if report.latvia_to_country.is_empty() {
            page.line(&self.lang.no_latvian_cover(self.country_locative(country)))?;
        } else {
            let mut table = self.record_table(
                &[Msg::Representative, Msg::ResidesIn, Msg::AlsoCovers],
                Rows::Single,
            );
            for r in report.latvia_to_country.iter() {
                let (label, evidence) =
                    self.representatives(r.kind, r.stated_attaches, r.evidence());
                table.add_row(self.record_row(
                    [
                        label,
                        self.city_and_country(r.residence),
                        self.countries(&r.also_covers, ", "),
                    ],
                    &evidence,
                ));
            }
            page.table(table)?;
        }

        page.section(&capitalized(&self.lang.to_latvia(&in_title)))?;
        if let Some(attache) = &report.country_to_latvia {
            let mut table = self.record_table(
                &[Msg::Representative, Msg::ResidesIn, Msg::Status],
                Rows::Single,
            );
            let status = residency(attache.resident);
            table.add_row(self.record_row(
                [
                    Cow::Borrowed(self.msg(Msg::DefenceAttache)),
                    Cow::Owned(self.city_and_country(attache.residence)),
                    Cow::Borrowed(self.msg(status)),
                ],
                &[attache.evidence()],
            ));
            page.table(table)?;
            if let Some(word) = &attache.accreditation.name_in_source {
                let country = country.name_in_sentence(self.lang, Case::Nominative);
                page.paragraph(&self.lang.source_name_read_as(word, country))?;
            }
        } else {
            // "The Netherlands has no ...": the sentence begins with the name.
            let line = self.lang.no_accreditation(self.country_genitive(country));
            page.line(&capitalized(&line))?;
        }
        Ok(())
    }

    /// Who resides there for Latvia: "Defence attaché", or the number a source states ("2
    /// defence attachés (as mod-cooperation-en states)"), with what both rest on.
    fn representatives(
        &self,
        kind: RepresentativeKind,
        stated: Option<StatedAttaches<'a>>,
        evidence: Evidence<'a>,
    ) -> (String, Vec<Evidence<'a>>) {
        match stated {
            Some(s) => (
                self.lang.attaches_stated_here(s.count, &s.source.id),
                vec![evidence, s.evidence()],
            ),
            None => (self.representative(kind).to_owned(), vec![evidence]),
        }
    }

    fn representative(&self, kind: RepresentativeKind) -> &'static str {
        self.msg(match kind {
            RepresentativeKind::Attache => Msg::DefenceAttache,
            RepresentativeKind::Adviser => Msg::DefenceAdviser,
        })
    }

    fn city(&self, report: &CityReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        let city = report.city.city;
        let locative = city.name_in(self.lang, Case::Locative);
        page.title(&self.city_and_country(report.city))?;

        page.section(&self.lang.city_latvia(locative))?;
        if report.latvia_representatives.is_empty() {
            page.line(self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.record_table(&[Msg::Representative, Msg::Covers], Rows::Single);
            for r in report.latvia_representatives.iter() {
                let (label, evidence) =
                    self.representatives(r.kind, r.stated_attaches, r.evidence());
                table.add_row(self.record_row([label, self.countries(&r.covers, ", ")], &evidence));
            }
            page.table(table)?;
        }

        page.section(&self.lang.hosted_in(locative))?;
        if report.accredited.is_empty() {
            page.line(self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.record_table(&[Msg::Country, Msg::Status], Rows::Single);
            for attache in self.in_reading_order(&report.accredited) {
                let status = residency(attache.resident);
                table.add_row(self.record_row(
                    [
                        self.attache_country(attache),
                        Cow::Borrowed(self.msg(status)),
                    ],
                    &[attache.evidence()],
                ));
            }
            page.table(table)?;
        }
        Ok(())
    }

    fn partners(&self, report: &PartnersReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::PartnersTitle))?;
        let mut table = self.record_table(&[Msg::Group, Msg::Countries, Msg::Role], Rows::Multi);
        for group in report.groups.iter() {
            let p = group.partnership;
            let mut title = self.lang.pick(&p.title).to_owned();
            if p.open_list {
                title = format!("{title}\n({})", self.msg(Msg::OpenList));
            }
            // A member read from the group's term is marked, with the reason in the note below.
            let countries: Vec<String> = group
                .members
                .iter()
                .map(|m| {
                    let name = self.country_name(m.country);
                    if m.inferred {
                        format!("{name} ({})", self.msg(Msg::Inferred))
                    } else {
                        name.to_owned()
                    }
                })
                .collect();
            // The group's role once, then what the source says of a member in particular.
            let mut role = vec![self.lang.pick(&p.role).to_owned()];
            for member in group.members.iter() {
                if let Some(own) = member.role {
                    role.push(format!(
                        "{}: {}",
                        self.country_name(member.country),
                        self.lang.pick(own)
                    ));
                }
            }
            let role: Vec<Cow<'_, str>> = role.iter().map(|r| self.cell(r, 40)).collect();
            table.add_row(self.record_row(
                [
                    self.cell(&title, 20).into_owned(),
                    countries.join("\n"),
                    role.join("\n"),
                ],
                &[group.evidence()],
            ));
        }
        page.table(table)?;
        for group in report.groups.iter() {
            if let Some(note) = &group.partnership.note {
                let title = self.lang.pick(&group.partnership.title);
                let line = format!(
                    "{} ({title}): {}",
                    self.msg(Msg::Note),
                    self.lang.pick(note)
                );
                page.paragraph(&line)?;
            }
        }
        self.statements(Msg::AlliesTitle, &report.allies, page)
    }

    /// Statements of a source under a section title, then their sources, once each.
    fn statements(
        &self,
        title: Msg,
        statements: &[StatementView<'a>],
        page: &mut Page<'_>,
    ) -> io::Result<()> {
        if statements.is_empty() {
            return Ok(());
        }
        page.section(self.msg(title))?;
        if self.with_sources {
            // Records with their sources, like every other record table.
            let mut table = self.record_table(&[Msg::Text], Rows::Multi);
            for s in statements {
                let text = self.cell(self.lang.pick(&s.statement.text), 72);
                table.add_row(self.record_row([text], &[s.evidence()]));
            }
            return page.table(table);
        }
        let texts: Vec<String> = statements
            .iter()
            .map(|s| self.cited(self.lang.pick(&s.statement.text), &[s.evidence()]))
            .collect();
        page.list(&texts, false)?;
        let mut sources: Vec<&Source> = statements.iter().map(|s| s.source).collect();
        sources.dedup_by(|a, b| a.id == b.id);
        for source in sources {
            page.paragraph(&self.source_line(source))?;
        }
        Ok(())
    }

    fn about(&self, report: &AboutReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::DutiesTitle))?;
        let duties: Vec<String> = report
            .duties
            .iter()
            .map(|d| self.cited(self.lang.pick(d.text), &[d.evidence()]))
            .collect();
        page.list(&duties, true)?;
        // The duties come from one sentence of one page; its source is said once, under them.
        let mut sources: Vec<&Source> = report.duties.iter().map(|d| d.source).collect();
        sources.dedup_by(|a, b| a.id == b.id);
        for source in sources {
            page.paragraph(&self.source_line(source))?;
        }
        self.statements(Msg::RoleTitle, &report.role, page)?;

        page.section(self.msg(Msg::DatasetTitle))?;
        let c = report.counts;
        let mut table = self.table(&[Msg::Kind, Msg::NumberOfRecords], Rows::Single);
        for (label, count) in [
            (Msg::CountCountries, c.countries),
            (Msg::CountCities, c.cities),
            (Msg::CountPostings, c.postings),
            (Msg::CountAdvisers, c.advisers),
            (Msg::CountAccreditations, c.accreditations),
            (Msg::CountPartnerships, c.partnerships),
            (Msg::CountDuties, c.duties),
            (Msg::CountStatements, c.statements),
            (Msg::CountUnscPoints, c.unsc_points),
            (Msg::CountDevelopments, c.developments),
            (Msg::CountSources, c.sources),
        ] {
            table.add_row([Cow::Borrowed(self.msg(label)), Cow::Owned(number(count))]);
        }
        self.mark_derived(&mut table, &[1]);
        page.table(table)?;

        page.section(self.msg(Msg::CountSources))?;
        self.sources_table(&report.sources, page)?;
        if let Some(newest) = report.newest {
            page.line(&self.lang.newest(newest))?;
        }
        Ok(())
    }

    fn search(&self, report: &SearchReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        // The query as typed: escaped, like every value a message repeats.
        let query = crate::data::escaped(&report.query);
        page.title(&self.lang.search_title(query, report.total))?;
        let mut table = self.record_table(&[Msg::Kind, Msg::Text, Msg::ShowWith], Rows::Multi);
        let suffix = match self.lang {
            Lang::En => "",
            Lang::Lv => " --lang lv",
        };
        for hit in report.hits.iter() {
            table.add_row(
                self.record_row(
                    [
                        self.cell(self.msg(hit_kind(&hit.record)), 14),
                        Cow::Owned(
                            self.cell(&hit_text(&hit.record, self.lang), 36)
                                .into_owned(),
                        ),
                        Cow::Owned(concat(&[&hit_command(&hit.record), suffix])),
                    ],
                    &hit.evidence,
                ),
            );
        }
        page.table(table)?;
        if report.hits.len() < report.total {
            page.line(&self.lang.search_showing(report.hits.len(), report.total))?;
        }
        Ok(())
    }

    fn reciprocity(&self, report: &ReciprocityReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::ReciprocityTitle))?;
        let headers = [Msg::Country, Msg::LatviaSide, Msg::PartnerSide, Msg::Link];
        let mut table = self.record_table(&headers, Rows::Single);
        for link in report.links.iter() {
            let latvia: Vec<String> = link
                .latvia
                .iter()
                .map(|r| {
                    concat(&[
                        self.representative(r.kind),
                        " (",
                        r.residence.city.name(self.lang),
                        ")",
                    ])
                })
                .collect();
            let partner = match &link.partner {
                Some(a) => {
                    let status = residency(a.resident);
                    let residence = a.residence;
                    concat(&[
                        self.msg(status),
                        " (",
                        residence.city.name(self.lang),
                        ", ",
                        self.country_name(residence.country),
                        ")",
                    ])
                }
                None => self.msg(Msg::None).to_owned(),
            };
            let latvia = if latvia.is_empty() {
                Cow::Borrowed(self.msg(Msg::None))
            } else {
                Cow::Owned(latvia.join("\n"))
            };
            let country = match &link.partner {
                Some(a) => self.attache_country(a),
                None => Cow::Borrowed(self.country_name(link.country)),
            };
            table.add_row(self.record_row(
                [
                    country,
                    latvia,
                    Cow::Owned(partner),
                    Cow::Borrowed(self.class(link.class)),
                ],
                &link.evidence(),
            ));
        }
        self.mark_derived(&mut table, &[3]);
        page.table(table)?;
        let c = report.counts;
        page.line(&self.derived_line(&self.lang.reciprocity_summary(
            c.total(),
            c.mutual,
            c.latvia_only,
            c.partner_only,
        )))
    }

    fn class(&self, class: Class) -> &'static str {
        self.msg(match class {
            Class::Mutual => Msg::ClassMutual,
            Class::LatviaOnly => Msg::ClassLatviaOnly,
            Class::PartnerOnly => Msg::ClassPartnerOnly,
        })
    }

    fn sources(&self, report: &SourcesReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::SourcesTitle))?;
        self.sources_table(&report.sources, page)?;
        page.section(self.msg(Msg::Addresses))?;
        let addresses: Vec<String> = report
            .sources
            .iter()
            .map(|SourceUse { source: s, .. }| {
                format!(
                    "{}: {}",
                    s.id,
                    s.address.as_deref().unwrap_or(self.msg(Msg::NoAddress))
                )
            })
            .collect();
        page.list(&addresses, false)?;
        for SourceUse { source, .. } in report.sources.iter() {
            if let Some(note) = &source.note {
                page.paragraph(&format!(
                    "{} ({}): {}",
                    self.msg(Msg::Note),
                    source.id,
                    self.lang.pick(note)
                ))?;
            }
        }
        Ok(())
    }

    /// Each source: id, publisher and title in both languages, date, and the records on it.
    fn sources_table(&self, sources: &[SourceUse<'_>], page: &mut Page<'_>) -> io::Result<()> {
        let mut table = self.table(
            &[Msg::Id, Msg::Source, Msg::Date, Msg::NumberOfRecords],
            Rows::Multi,
        );
        for SourceUse {
            source,
            records: uses,
        } in sources
        {
            let date = source
                .published
                .as_deref()
                .unwrap_or(self.msg(Msg::Undated));
            // "publisher:", "“Latvian title”", "“English title”", each line wrapped (every
            // text of the data is one line).
            let lines = [
                [self.lang.pick(&source.publisher), ":", ""],
                ["“", &source.title.lv, "”"],
                ["“", &source.title.en, "”"],
            ];
            let mut what = String::with_capacity(lines.iter().flatten().map(|p| p.len() + 2).sum());
            for (k, parts) in lines.iter().enumerate() {
                if k > 0 {
                    what.push('\n');
                }
                what.push_str(&self.cell(&concat(parts), 30));
            }
            table.add_row([
                Cow::Borrowed(&*source.id),
                Cow::Owned(what),
                Cow::Borrowed(date),
                Cow::Owned(number(*uses)),
            ]);
        }
        self.mark_derived(&mut table, &[3]);
        page.table(table)
    }

    fn check(&self, report: &CheckReport, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::CheckTitle))?;
        let mut table = self.table(
            &[Msg::CheckColumn, Msg::ResultColumn, Msg::Detail],
            Rows::Multi,
        );
        for (line, outcome) in report.lines.iter() {
            let name = self.msg(match line {
                Line::Data(Check::Schema) => Msg::CheckSchema,
                Line::Data(Check::Values) => Msg::CheckValues,
                Line::Data(Check::References) => Msg::CheckReferences,
                Line::Data(Check::Duplicates) => Msg::CheckDuplicates,
                Line::Data(Check::Names) => Msg::CheckNames,
                Line::Data(Check::Sources) => Msg::CheckSources,
                Line::StatedTotals => Msg::CheckTotals,
            });
            let (result, detail) = match outcome {
                CheckOutcome::Pass => (Msg::Pass, String::new()),
                CheckOutcome::Totals(totals) => {
                    let result = if outcome.warns() {
                        Msg::Warn
                    } else {
                        Msg::Pass
                    };
                    (result, totals_text(totals, self.lang).join("\n"))
                }
                CheckOutcome::Fail(detail) => (Msg::Fail, detail.clone()),
                CheckOutcome::NotReached => {
                    (Msg::NotReached, self.msg(Msg::NotReachedDetail).to_owned())
                }
            };
            let detail: Vec<Cow<'_, str>> = detail.lines().map(|l| self.cell(l, 36)).collect();
            table.add_row([
                self.cell(name, 30),
                Cow::Borrowed(self.msg(result)),
                Cow::Owned(detail.join("\n")),
            ]);
        }
        page.table(table)?;
        let warned = report.lines.iter().any(|(_, o)| o.warns());
        let summary = match (report.failed(), warned) {
            (true, _) => Msg::CheckSummaryFail,
            (false, true) => Msg::CheckSummaryWarn,
            (false, false) => Msg::CheckSummaryOk,
        };
        page.line(self.msg(summary))
    }

    fn stats(&self, report: &StatsReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::StatsCities))?;
        let headers = [
            Msg::ResidesIn,
            Msg::LatviasAttaches,
            Msg::LatviasAdvisers,
            Msg::AccreditedToLatvia,
            Msg::Total,
        ];
        let mut table = self.table(&headers, Rows::Single);
        for c in report.cities.iter() {
            let [attaches, advisers, accredited, total] = [
                c.latvia_attaches,
                c.latvia_advisers,
                c.accredited,
                c.total(),
            ]
            .map(number);
            table.add_row([
                self.city_and_country(c.city),
                attaches,
                advisers,
                accredited,
                total,
            ]);
        }
        self.mark_derived(&mut table, &[1, 2, 3, 4]);
        page.table(table)?;

        page.section(self.msg(Msg::StatsPostings))?;
        let mut table = self.table(&[Msg::ResidesIn, Msg::NumberOfCountries], Rows::Single);
        for posting in report.postings.iter() {
            table.add_row([
                self.city_and_country(posting.residence),
                number(posting.countries),
            ]);
        }
        self.mark_derived(&mut table, &[1]);
        page.table(table)?;

        page.gap()?;
        let accredited = report.accredited;
        page.line(&self.derived_line(&self.lang.stats_residency(
            accredited.resident,
            accredited.non_resident,
            accredited.total(),
        )))?;
        let hubs: Vec<String> = report
            .hubs
            .iter()
            .map(|c| format!("{} ({})", c.city.city.name(self.lang), c.total()))
            .collect();
        page.line(&self.derived_line(&self.lang.stats_hubs(hubs.join(", "))))?;
        self.attache_count(&report.latvia_attaches, page)?;
        // Every figure is counted from every posting, adviser and accreditation.
        if self.cite.is_some() {
            let refs = self.refs(&report.counted);
            page.paragraph(&format!("{}: {refs}", self.msg(Msg::CountedFrom)))?;
        }
        Ok(())
    }

    fn graph(&self, report: &GraphReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        match report.focus {
            Some(country) => {
                page.title(&self.lang.graph_title_focus(self.country_genitive(country)))?
            }
            None => page.title(self.msg(Msg::GraphTitle))?,
        }
        // Each node's label once; the nodes are in order, so an edge's are found by halves.
        let labels: Vec<String> = report
            .nodes
            .iter()
            .map(|(_, v)| node_label(v, self.lang))
            .collect();
        let label = |node| {
            report
                .nodes
                .binary_search_by(|(n, _)| n.cmp(&node))
                .map_or(Cow::Borrowed(""), |i| Cow::Borrowed(labels[i].as_str()))
        };
        let mut table = self.record_table(&[Msg::From, Msg::Link, Msg::To], Rows::Single);
        for edge in report.edges.iter() {
            table.add_row(self.record_row(
                [
                    label(edge.from),
                    edge_label(edge, self.lang),
                    label(edge.to),
                ],
                &edge.evidence,
            ));
        }
        page.table(table)
    }

    fn non_resident(&self, report: &NonResidentReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::NonResidentTitle))?;
        let mut table = self.record_table(
            &[Msg::ResidesIn, Msg::NumberOfAttaches, Msg::Countries],
            Rows::Multi,
        );
        for group in report.groups.iter() {
            let countries: Vec<Cow<'_, str>> = self
                .in_reading_order(&group.attaches)
                .into_iter()
                .map(|a| self.attache_country(a))
                .collect();
            table.add_row(self.record_row(
                [
                    self.city_and_country(group.residence),
                    number(group.attaches.len()),
                    countries.join("\n"),
                ],
                &group.evidence(),
            ));
        }
        self.mark_derived(&mut table, &[1]);
        page.table(table)?;
        page.line(
            &self.derived_line(
                &self
                    .lang
                    .non_resident_total(report.total(), report.groups.len()),
            ),
        )
    }

    fn accredited(&self, report: &AccreditedReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::AccreditedTitle))?;
        let mut table =
            self.record_table(&[Msg::Country, Msg::ResidesIn, Msg::Status], Rows::Single);
        for attache in self.in_reading_order(&report.attaches) {
            let status = residency(attache.resident);
            table.add_row(self.record_row(
                [
                    self.attache_country(attache),
                    Cow::Owned(self.city_and_country(attache.residence)),
                    Cow::Borrowed(self.msg(status)),
                ],
                &[attache.evidence()],
            ));
        }
        page.table(table)?;
        page.line(&self.derived_line(&self.lang.accredited_total(
            report.attaches.len(),
            report.resident_count(),
            report.non_resident_count(),
        )))
    }

    fn postings(&self, report: &PostingsReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::PostingsTitle))?;
        let mut table = self.record_table(
            &[Msg::ResidesIn, Msg::NumberOfCountries, Msg::Covers],
            Rows::Single,
        );
        for posting in report.attaches.iter() {
            table.add_row(self.record_row(
                [
                    self.city_and_country(posting.residence),
                    number(posting.covers.len()),
                    self.countries(&posting.covers, ", "),
                ],
                &[posting.evidence()],
            ));
        }
        self.mark_derived(&mut table, &[1]);
        page.table(table)?;

        page.section(self.msg(Msg::AdvisersTitle))?;
        let mut table = self.record_table(&[Msg::EmbassyIn, Msg::ResidesIn], Rows::Single);
        for adviser in report.advisers.iter() {
            table.add_row(self.record_row(
                [
                    Cow::Borrowed(self.country_name(adviser.embassy_in)),
                    Cow::Owned(self.city_and_country(adviser.residence)),
                ],
                &[adviser.evidence()],
            ));
        }
        page.table(table)?;

        let (listed, declared) = (report.listed, report.declared.figures);
        page.gap()?;
        page.line(&self.derived_line(&self.lang.postings_total(
            listed.residences,
            listed.countries,
            listed.advisers,
        )))?;
        let stated = self.lang.declared(
            &report.declared.source.id,
            declared.attaches,
            declared.countries,
            declared.advisers,
        );
        let evidence = Evidence::quoted(report.declared.source, report.declared.quote);
        page.paragraph(&self.cited(&stated, &[evidence]))?;
        self.attache_count(&report.attache_count, page)?;
        for m in report.mismatches.iter() {
            if m.figure == Figure::Attaches {
                continue; // said with the residences, above
            }
            let figure = self.msg(figure_msg(m.figure));
            let line = self.lang.mismatch(figure, m.declared, m.listed);
            page.paragraph(&line)?;
        }
        self.source_lines(&report.attache_count.sources(), page)
    }

    /// "Source (id): publisher, “title”, date" for each of `sources`, as prose.
    fn source_lines(&self, sources: &[&Source], page: &mut Page<'_>) -> io::Result<()> {
        for source in sources {
            let line = concat(&[
                self.msg(Msg::Source),
                " (",
                &source.id,
                "): ",
                &self.source(source),
            ]);
            page.paragraph(&line)?;
        }
        Ok(())
    }

    /// The stated number of attachés against the residences listed, as prose lines.
    fn attache_count(&self, count: &AttacheCount<'a>, page: &mut Page<'_>) -> io::Result<()> {
        // A line per residence whose number a source states, cited; then whether the figures
        // agree, which is the tool's reckoning.
        for r in count.per_residence.iter() {
            let evidence = Evidence::quoted(r.source, r.quote);
            let line = self.cited(&stated_at_text(r, self.lang), &[evidence]);
            page.paragraph(&line)?;
        }
        if let Some(line) = agreement_text(count, self.lang) {
            page.paragraph(&self.derived_line(&line))?;
        }
        Ok(())
    }

    fn diff(&self, report: &DiffReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        let side = |dir: &Option<String>| match dir {
            Some(dir) => crate::data::escaped(dir).into_owned(),
            None => self.msg(Msg::DiffBuiltIn).to_owned(),
        };
        page.title(
            &self
                .lang
                .diff_title(side(&report.old_data), side(&report.new_data)),
        )?;
        if !report.changed {
            page.gap()?;
            let none = match report.facts_only {
                true => Msg::DiffNoFactChange,
                false => Msg::DiffNoChange,
            };
            return page.paragraph(self.msg(none));
        }
        let mut changes = report.changes.iter().peekable();
        while let Some(first) = changes.peek() {
            let area = change::area(&first.what);
            page.section(self.msg(area.title()))?;
            let mut items: Vec<(String, Vec<String>)> = Vec::new();
            while let Some(c) = changes.next_if(|c| change::area(&c.what) == area) {
                let evidence: Vec<Evidence<'a>> = c
                    .old_evidence
                    .iter()
                    .chain(&c.new_evidence)
                    .copied()
                    .collect();
                let sentence = self.cited(&change::sentence(c, self.lang), &evidence);
                items.push((sentence, change::evidence_lines(c, self.lang)));
            }
            page.items(&items)?;
        }
        page.gap()?;
        page.line(&format!(
            "{}.",
            capitalized(&self.lang.changes(report.total))
        ))?;
        let evidence: Vec<Evidence<'a>> = report
            .changes
            .iter()
            .flat_map(|c| c.old_evidence.iter().chain(&c.new_evidence).copied())
            .collect();
        self.source_lines(&sources_of(&evidence), page)
    }

    fn unsc(&self, report: &UnscReport<'a>, page: &mut Page<'_>) -> io::Result<()> {
        page.title(self.msg(Msg::UnscTitle))?;
        page.paragraph(&self.source_line(report.source))?;
        if let Some(address) = &report.source.address {
            page.line(address)?;
        }
        for section in report.sections.iter() {
            page.section(self.lang.pick(section.title))?;
            let points: Vec<String> = section
                .points
                .iter()
                .map(|p| {
                    let evidence = Evidence::quoted(report.source, p.quote);
                    self.cited(self.lang.pick(p.text), &[evidence])
                })
                .collect();
            page.list(&points, false)?;
        }

        let outcome = report.outcome.outcome;
        let title = format!("{} ({})", self.msg(Msg::Outcome), outcome.date);
        page.section(&title)?;
        let verdict = if outcome.elected {
            let term = outcome.term;
            self.lang
                .elected_term(term.from, term.to, outcome.votes, outcome.votes_needed)
        } else {
            self.lang.not_elected(outcome.votes, outcome.votes_needed)
        };
        page.line(&verdict)?;
        let evidence: Vec<Evidence<'a>> = report
            .outcome
            .sources
            .iter()
            .map(|&s| Evidence::of(s))
            .collect();
        page.paragraph(&self.cited(self.lang.pick(&outcome.text), &evidence))?;
        for source in report.outcome.sources.iter() {
            page.paragraph(&self.source_line(source))?;
        }

        if !report.developments.is_empty() {
            page.section(self.msg(Msg::LaterDevelopments))?;
            let mut table = self.table(&[Msg::Date, Msg::Text, Msg::Source], Rows::Multi);
            for d in report.developments.iter() {
                let sources: Vec<String> = d.sources.iter().map(|s| self.source(s)).collect();
                let evidence: Vec<Evidence<'a>> =
                    d.sources.iter().map(|&s| Evidence::of(s)).collect();
                let text = self.cited(self.lang.pick(d.text), &evidence);
                table.add_row([
                    d.date.to_owned(),
                    self.cell(&text, 44).into_owned(),
                    self.cell(&sources.join("\n"), 30).into_owned(),
                ]);
            }
            page.table(table)?;
        }
        Ok(())
    }
}

/// The label of an attaché accredited to Latvia by where it resides.
fn residency(resident: bool) -> Msg {
    if resident {
        Msg::Resident
    } else {
        Msg::NonResident
    }
}

/// A name's [`fold`]ed form as bytes, the key English lists are sorted by: for an ASCII
/// name (nearly every English name) made here, without [`fold`]'s Unicode path: its letters
/// and digits in lower case, each run of anything else between them one space.
fn folded_key(name: &str) -> Vec<u8> {
    if !name.is_ascii() {
        return fold(name).into_bytes();
    }
    let mut key = Vec::with_capacity(name.len());
    let mut gap = false;
    for b in name.bytes() {
        if !b.is_ascii_alphanumeric() {
            gap = !key.is_empty();
            continue;
        }
        if gap {
            key.push(b' ');
            gap = false;
        }
        key.push(b.to_ascii_lowercase());
    }
    key
}

/// `n` in decimal digits, as `n.to_string()` writes it, without the formatting machinery (a
/// table of counts has one a cell).
fn number(n: usize) -> String {
    itoa::Buffer::new().format(n).to_owned()
}

/// Whether `name`'s [`fold`]ed form is the name in lower case: ASCII letters and digits in
/// words of one space, nothing before the first or after the last.
fn folds_to_lower_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b' ')
        // Two spaces side by side, looked for as bytes: `str::contains` sets up a substring
        // searcher for each name, more than the rest of the check costs.
        && !bytes.windows(2).any(|pair| pair == b"  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_to_string_writes_them() {
        for n in [0, 1, 9, 10, 11, 99, 100, 12_345, usize::MAX / 7, usize::MAX] {
            assert_eq!(number(n), n.to_string());
        }
    }

    #[test]
    fn names_compare_as_their_folded_forms() {
        let names = [
            "",
            " ",
            "a",
            "A",
            "a b",
            "a  b",
            "ab",
            "a-b",
            "-a",
            "a-",
            "Türkiye",
            "Turkiye",
            "Tuvalu",
            "United States",
            "United Kingdom",
            "Côte d'Ivoire",
            "Cote d Ivoire",
            "Congo, Dem. Rep.",
            "Congo",
            "9a",
            "A9",
            "z",
            "Bosnia & Herzegovina",
        ];
        for a in names {
            if folds_to_lower_case(a) {
                assert_eq!(fold(a), a.to_ascii_lowercase(), "{a:?}");
            }
            for b in names {
                assert_eq!(folded_key(a), fold(a).into_bytes(), "{a:?}");
                assert_eq!(
                    folded_key(a).cmp(&folded_key(b)),
                    fold(a).cmp(&fold(b)),
                    "{a:?} {b:?}"
                );
            }
        }
    }
}
