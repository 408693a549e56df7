//! Tables and text for people, in the chosen language.

use std::io::{self, Write};

use comfy_table::presets::{UTF8_FULL, UTF8_FULL_CONDENSED};
use comfy_table::{
    Attribute, Cell, Color, ContentArrangement, ContentLineStyle, LineStyle, Table, TableStyle,
};

use super::{Answer, Style, hit_command, hit_kind, hit_text};
use crate::data::{Case, Country, Named, Source};
use crate::i18n::{Lang, Msg};
use crate::query::Place;
use crate::query::about::AboutReport;
use crate::query::accredited::AccreditedReport;
use crate::query::city::CityReport;
use crate::query::country::{CountryReport, RepresentativeKind, UnscPart};
use crate::query::non_resident::NonResidentReport;
use crate::query::partners::PartnersReport;
use crate::query::postings::{Figure, PostingsReport};
use crate::query::search::SearchReport;
use crate::query::unsc::UnscReport;

/// Cells wrap their text at this width, so that tables stay readable in a terminal and
/// identical in a pipe.
const CELL_WIDTH: usize = 56;
/// Prose wraps at this width.
const TEXT_WIDTH: usize = 78;

/// Plain ASCII, for pipes and files: comfy-table's ASCII presets leave the junctions out of the
/// rule under the header, which reads as a glitch.
const ASCII_CONDENSED: TableStyle = TableStyle::new()
    .top_border(LineStyle::new('+', '-', '+', '+'))
    .header_lines(ContentLineStyle::new('|', '|', '|'))
    .header_separator(LineStyle::new('+', '=', '+', '+'))
    .content_lines(ContentLineStyle::new('|', '|', '|'))
    .bottom_border(LineStyle::new('+', '-', '+', '+'));
const ASCII_RULED: TableStyle = ASCII_CONDENSED.row_separator(LineStyle::new('+', '-', '+', '+'));

pub fn render(
    answer: &Answer<'_>,
    lang: Lang,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let r = Renderer { lang, style };
    match answer {
        Answer::Country(report) => r.country(report, out),
        Answer::City(report) => r.city(report, out),
        Answer::Partners(report) => r.partners(report, out),
        Answer::About(report) => r.about(report, out),
        Answer::Search(report) => r.search(report, out),
        Answer::NonResident(report) => r.non_resident(report, out),
        Answer::Accredited(report) => r.accredited(report, out),
        Answer::Postings(report) => r.postings(report, out),
        Answer::Unsc(report) => r.unsc(report, out),
    }
}

struct Renderer {
    lang: Lang,
    style: Style,
}

/// Whether rows hold several lines each and want a rule between them.
#[derive(Clone, Copy)]
enum Rows {
    Single,
    Multi,
}

impl Renderer {
    fn msg(&self, msg: Msg) -> &'static str {
        self.lang.msg(msg)
    }

    fn fill(&self, msg: Msg, args: &[&str]) -> String {
        self.lang.fill(msg, args)
    }

    /// A cell's text: wrapped at `width` off a terminal, so that pipes get stable, readable
    /// tables; left whole on a terminal, where comfy-table wraps it to fit the screen.
    fn cell(&self, text: &str, width: usize) -> String {
        if self.style.fit_terminal {
            text.to_owned()
        } else {
            wrap(text, width)
        }
    }

    /// A title line: bold when colour is on.
    fn heading(&self, text: &str) -> String {
        if self.style.color {
            let bold = anstyle::Style::new().bold();
            format!("{bold}{text}{bold:#}")
        } else {
            text.to_owned()
        }
    }

    fn table(&self, headers: &[Msg], rows: Rows) -> Table {
        let preset = match (self.style.unicode, rows) {
            (true, Rows::Single) => UTF8_FULL_CONDENSED,
            (true, Rows::Multi) => UTF8_FULL,
            (false, Rows::Single) => ASCII_CONDENSED,
            (false, Rows::Multi) => ASCII_RULED,
        };
        let mut table = Table::new();
        table.load_style(preset);
        // The caller decided about the terminal; comfy-table must not decide again.
        if self.style.fit_terminal {
            table.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table
                .force_no_tty()
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        if self.style.color {
            table.enforce_styling();
            table.set_header(headers.iter().map(|&h| {
                Cell::new(self.msg(h))
                    .add_attribute(Attribute::Bold)
                    .fg(Color::Cyan)
            }));
        } else {
            table.set_header(headers.iter().map(|&h| self.msg(h)));
        }
        table
    }

    fn country_name<'a>(&self, country: &'a Country) -> &'a str {
        country.name(self.lang)
    }

    /// The country as the object of "in": Latvian needs the locative.
    fn country_locative<'a>(&self, country: &'a Country) -> &'a str {
        country.name_in(self.lang, Case::Locative)
    }

    /// The country as an owner: Latvian needs the genitive.
    fn country_genitive<'a>(&self, country: &'a Country) -> &'a str {
        country.name_in(self.lang, Case::Genitive)
    }

    fn place(&self, place: Place<'_>) -> String {
        format!(
            "{}, {}",
            place.city.name(self.lang),
            self.country_name(place.country)
        )
    }

    fn countries(&self, countries: &[&Country], separator: &str) -> String {
        if countries.is_empty() {
            return self.msg(Msg::None).to_owned();
        }
        countries
            .iter()
            .map(|c| self.country_name(c))
            .collect::<Vec<_>>()
            .join(separator)
    }

    fn source(&self, source: &Source) -> String {
        let date = match &source.published {
            Some(date) => self.fill(Msg::Published, &[date]),
            None => self.msg(Msg::Undated).to_owned(),
        };
        format!(
            "{}, “{}”, {}",
            self.lang.pick(&source.publisher),
            self.lang.pick(&source.title),
            date
        )
    }

    /// "Source: publisher, “title”, date", wrapped as prose.
    fn source_line(&self, source: &Source) -> String {
        wrap(
            &format!("{}: {}", self.msg(Msg::Source), self.source(source)),
            TEXT_WIDTH,
        )
    }

    fn country(&self, report: &CountryReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        let country = report.country;
        let name = self.country_name(country);
        let title = format!("{name} ({}, {})", country.alpha2, country.alpha3);
        writeln!(out, "{}", self.heading(&title))?;

        if report.is_latvia {
            // Neither direction applies to Latvia itself; say so once.
            writeln!(out, "\n{}", wrap(self.msg(Msg::HomeCountry), TEXT_WIDTH))?;
        } else {
            self.directions(report, out)?;
        }

        writeln!(
            out,
            "\n{}",
            self.heading(&self.fill(Msg::HostedIn, &[self.country_locative(country)]))
        )?;
        if report.hosted.is_empty() {
            writeln!(out, "{}", self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.table(&[Msg::Country, Msg::ResidesIn], Rows::Single);
            for attache in &report.hosted {
                table.add_row([
                    self.country_name(attache.country).to_owned(),
                    self.place(attache.residence),
                ]);
            }
            writeln!(out, "{table}")?;
        }

        writeln!(out, "\n{}", self.heading(self.msg(Msg::CooperationWith)))?;
        if report.cooperation.is_empty() {
            writeln!(
                out,
                "{}",
                self.fill(Msg::NoCooperation, &[self.country_genitive(country)])
            )?;
        } else {
            let mut table = self.table(&[Msg::Group, Msg::Role], Rows::Multi);
            for role in &report.cooperation {
                let p = role.partnership;
                let mut text = self.lang.pick(&p.role).to_owned();
                if let Some(own) = role.member_role {
                    text = format!("{text}; {}", self.lang.pick(own));
                }
                if p.open_list {
                    text = format!("{text} ({})", self.msg(Msg::OpenList));
                }
                table.add_row([
                    self.lang.pick(&p.title).to_owned(),
                    self.cell(&text, CELL_WIDTH),
                ]);
            }
            writeln!(out, "{table}")?;
        }

        writeln!(out, "\n{}", self.heading(self.msg(Msg::UnscMentions)))?;
        if report.is_latvia {
            writeln!(out, "{}", self.msg(Msg::LatviaUnsc))?;
        } else if report.unsc.is_empty() {
            writeln!(out, "{}", self.msg(Msg::NoUnscMention))?;
        } else {
            let mut table = self.table(&[Msg::Part, Msg::Text], Rows::Multi);
            for mention in &report.unsc {
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
                table.add_row([part, self.cell(self.lang.pick(mention.text), CELL_WIDTH)]);
            }
            writeln!(out, "{table}")?;
        }
        Ok(())
    }

    /// Latvia's representatives for the country, and the country's attaché for Latvia.
    fn directions(&self, report: &CountryReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        let country = report.country;
        let name = self.country_name(country);
        writeln!(
            out,
            "\n{}",
            self.heading(&self.fill(Msg::LatviaTo, &[name]))
        )?;
        if report.latvia_to_country.is_empty() {
            writeln!(
                out,
                "{}",
                self.fill(Msg::NoLatvianCover, &[self.country_locative(country)])
            )?;
        } else {
            let mut table = self.table(
                &[Msg::Representative, Msg::ResidesIn, Msg::AlsoCovers],
                Rows::Single,
            );
            for r in &report.latvia_to_country {
                table.add_row([
                    self.representative(r.kind).to_owned(),
                    self.place(r.residence),
                    self.countries(&r.also_covers, ", "),
                ]);
            }
            writeln!(out, "{table}")?;
        }

        writeln!(
            out,
            "\n{}",
            self.heading(&self.fill(Msg::ToLatvia, &[name]))
        )?;
        if let Some(attache) = &report.country_to_latvia {
            let mut table = self.table(
                &[Msg::Representative, Msg::ResidesIn, Msg::Status],
                Rows::Single,
            );
            let status = if attache.resident {
                Msg::Resident
            } else {
                Msg::NonResident
            };
            table.add_row([
                self.msg(Msg::DefenceAttache).to_owned(),
                self.place(attache.residence),
                self.msg(status).to_owned(),
            ]);
            writeln!(out, "{table}")?;
        } else {
            writeln!(
                out,
                "{}",
                self.fill(Msg::NoAccreditation, &[self.country_genitive(country)])
            )?;
        }
        Ok(())
    }

    fn representative(&self, kind: RepresentativeKind) -> &'static str {
        self.msg(match kind {
            RepresentativeKind::Attache => Msg::DefenceAttache,
            RepresentativeKind::Adviser => Msg::DefenceAdviser,
        })
    }

    fn city(&self, report: &CityReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        let city = report.place.city;
        let locative = city.name_in(self.lang, Case::Locative);
        writeln!(out, "{}", self.heading(&self.place(report.place)))?;

        writeln!(
            out,
            "\n{}",
            self.heading(&self.fill(Msg::CityLatvia, &[locative]))
        )?;
        if report.latvia_representatives.is_empty() {
            writeln!(out, "{}", self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.table(&[Msg::Representative, Msg::Covers], Rows::Single);
            for r in &report.latvia_representatives {
                table.add_row([
                    self.representative(r.kind).to_owned(),
                    self.countries(&r.covers, ", "),
                ]);
            }
            writeln!(out, "{table}")?;
        }

        writeln!(
            out,
            "\n{}",
            self.heading(&self.fill(Msg::HostedIn, &[locative]))
        )?;
        if report.accredited.is_empty() {
            writeln!(out, "{}", self.msg(Msg::NoneHosted))?;
        } else {
            let mut table = self.table(&[Msg::Country, Msg::Status], Rows::Single);
            for attache in &report.accredited {
                let status = if attache.resident {
                    Msg::Resident
                } else {
                    Msg::NonResident
                };
                table.add_row([self.country_name(attache.country), self.msg(status)]);
            }
            writeln!(out, "{table}")?;
        }
        Ok(())
    }

    fn partners(&self, report: &PartnersReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::PartnersTitle)))?;
        let mut table = self.table(&[Msg::Group, Msg::Countries, Msg::Role], Rows::Multi);
        for group in &report.groups {
            let p = group.partnership;
            let mut title = self.lang.pick(&p.title).to_owned();
            if p.open_list {
                title = format!("{title}\n({})", self.msg(Msg::OpenList));
            }
            let countries: Vec<&Country> = group.members.iter().map(|(c, _)| *c).collect();
            // The group's role once, then what the source says of a member in particular.
            let mut role = vec![self.lang.pick(&p.role).to_owned()];
            for (country, own) in &group.members {
                if let Some(own) = own {
                    role.push(format!(
                        "{}: {}",
                        self.country_name(country),
                        self.lang.pick(own)
                    ));
                }
            }
            let role: Vec<String> = role.iter().map(|r| self.cell(r, 40)).collect();
            table.add_row([
                self.cell(&title, 20),
                self.countries(&countries, "\n"),
                role.join("\n"),
            ]);
        }
        writeln!(out, "{table}")?;
        for group in &report.groups {
            if let Some(note) = &group.partnership.note {
                let title = self.lang.pick(&group.partnership.title);
                let line = format!(
                    "{} ({title}): {}",
                    self.msg(Msg::Note),
                    self.lang.pick(note)
                );
                writeln!(out, "{}", wrap(&line, TEXT_WIDTH))?;
            }
        }
        Ok(())
    }

    fn about(&self, report: &AboutReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::DutiesTitle)))?;
        for (i, duty) in report.duties.iter().enumerate() {
            let number = format!("  {}. ", i + 1);
            let options = wrap_options(TEXT_WIDTH)
                .initial_indent(&number)
                .subsequent_indent("     ");
            writeln!(out, "{}", textwrap::fill(self.lang.pick(duty), options))?;
        }
        if let Some(source) = report.duties_source {
            writeln!(out, "{}", self.source_line(source))?;
        }

        writeln!(out, "\n{}", self.heading(self.msg(Msg::DatasetTitle)))?;
        let c = report.counts;
        let mut table = self.table(&[Msg::Records, Msg::Count], Rows::Single);
        for (label, count) in [
            (Msg::CountCountries, c.countries),
            (Msg::CountCities, c.cities),
            (Msg::CountPostings, c.postings),
            (Msg::CountAdvisers, c.advisers),
            (Msg::CountAccreditations, c.accreditations),
            (Msg::CountPartnerships, c.partnerships),
            (Msg::CountDuties, c.duties),
            (Msg::CountUnscPoints, c.unsc_points),
            (Msg::CountDevelopments, c.developments),
            (Msg::CountSources, c.sources),
        ] {
            table.add_row([self.msg(label).to_owned(), count.to_string()]);
        }
        writeln!(out, "{table}")?;

        writeln!(out, "\n{}", self.heading(self.msg(Msg::CountSources)))?;
        let headers = [Msg::Id, Msg::Source, Msg::Date, Msg::Records];
        let mut table = self.table(&headers, Rows::Multi);
        for (source, uses) in &report.sources {
            let date = source
                .published
                .as_deref()
                .unwrap_or(self.msg(Msg::Undated));
            let what = format!(
                "{}: “{}”",
                self.lang.pick(&source.publisher),
                self.lang.pick(&source.title)
            );
            table.add_row([
                source.id.clone(),
                self.cell(&what, 26),
                date.to_owned(),
                uses.to_string(),
            ]);
        }
        writeln!(out, "{table}")?;
        if let Some(newest) = report.newest {
            writeln!(out, "{}", self.fill(Msg::Newest, &[newest]))?;
        }
        Ok(())
    }

    fn search(&self, report: &SearchReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "{}",
            self.heading(&self.fill(
                Msg::SearchTitle,
                &[&report.query, &report.total.to_string()]
            ))
        )?;
        let mut table = self.table(&[Msg::Kind, Msg::Text, Msg::ShowWith], Rows::Multi);
        let suffix = match self.lang {
            Lang::En => "",
            Lang::Lv => " --lang lv",
        };
        for hit in &report.hits {
            table.add_row([
                self.cell(self.msg(hit_kind(&hit.record)), 14),
                self.cell(&hit_text(&hit.record, self.lang), 36),
                format!("{}{suffix}", hit_command(&hit.record)),
            ]);
        }
        writeln!(out, "{table}")?;
        if report.hits.len() < report.total {
            let (shown, total) = (report.hits.len().to_string(), report.total.to_string());
            writeln!(out, "{}", self.fill(Msg::SearchShowing, &[&shown, &total]))?;
        }
        Ok(())
    }

    fn non_resident(&self, report: &NonResidentReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::NonResidentTitle)))?;
        let mut table = self.table(&[Msg::City, Msg::Count, Msg::Countries], Rows::Multi);
        for group in &report.groups {
            let countries: Vec<&Country> = group.attaches.iter().map(|a| a.country).collect();
            table.add_row([
                self.place(group.residence),
                group.attaches.len().to_string(),
                self.countries(&countries, "\n"),
            ]);
        }
        writeln!(out, "{table}")?;
        let (total, cities) = (report.total().to_string(), report.groups.len().to_string());
        writeln!(
            out,
            "{}",
            self.fill(Msg::NonResidentTotal, &[&total, &cities])
        )
    }

    fn accredited(&self, report: &AccreditedReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::AccreditedTitle)))?;
        let mut table = self.table(&[Msg::Country, Msg::ResidesIn, Msg::Status], Rows::Single);
        for attache in &report.attaches {
            let status = if attache.resident {
                Msg::Resident
            } else {
                Msg::NonResident
            };
            table.add_row([
                self.country_name(attache.country).to_owned(),
                self.place(attache.residence),
                self.msg(status).to_owned(),
            ]);
        }
        writeln!(out, "{table}")?;
        let counts = [
            report.attaches.len(),
            report.resident_count(),
            report.non_resident_count(),
        ]
        .map(|n| n.to_string());
        writeln!(
            out,
            "{}",
            self.fill(Msg::AccreditedTotal, &[&counts[0], &counts[1], &counts[2]])
        )
    }

    fn postings(&self, report: &PostingsReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::PostingsTitle)))?;
        let mut table = self.table(&[Msg::ResidesIn, Msg::Count, Msg::Covers], Rows::Single);
        for posting in &report.attaches {
            table.add_row([
                self.place(posting.residence),
                posting.covers.len().to_string(),
                self.countries(&posting.covers, ", "),
            ]);
        }
        writeln!(out, "{table}")?;

        writeln!(out, "\n{}", self.heading(self.msg(Msg::AdvisersTitle)))?;
        let mut table = self.table(&[Msg::EmbassyIn, Msg::ResidesIn], Rows::Single);
        for adviser in &report.advisers {
            table.add_row([
                self.country_name(adviser.embassy_in).to_owned(),
                self.place(adviser.residence),
            ]);
        }
        writeln!(out, "{table}")?;

        let figures = |f: crate::query::postings::Figures| {
            [f.attaches, f.countries, f.advisers].map(|n| n.to_string())
        };
        let listed = figures(report.listed);
        let declared = figures(report.declared);
        writeln!(
            out,
            "\n{}",
            self.fill(Msg::PostingsTotal, &[&listed[0], &listed[1], &listed[2]])
        )?;
        writeln!(
            out,
            "{}",
            self.fill(Msg::Declared, &[&declared[0], &declared[1], &declared[2]])
        )?;
        for (figure, stated, listed) in report.mismatches() {
            let what = match figure {
                Figure::Attaches => Msg::FigureAttaches,
                Figure::Countries => Msg::FigureCountries,
                Figure::Advisers => Msg::FigureAdvisers,
            };
            let line = self.fill(
                Msg::Mismatch,
                &[self.msg(what), &stated.to_string(), &listed.to_string()],
            );
            writeln!(out, "{}", wrap(&line, TEXT_WIDTH))?;
        }
        writeln!(out, "{}", self.source_line(report.declared_source))
    }

    fn unsc(&self, report: &UnscReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.heading(self.msg(Msg::UnscTitle)))?;
        writeln!(out, "{}", self.source_line(report.source))?;
        if let Some(address) = &report.source.address {
            writeln!(out, "{address}")?;
        }
        for section in &report.sections {
            writeln!(out, "\n{}", self.heading(self.lang.pick(section.title)))?;
            for point in &section.points {
                let bullet = wrap_options(TEXT_WIDTH)
                    .initial_indent("  - ")
                    .subsequent_indent("    ");
                writeln!(
                    out,
                    "{}",
                    textwrap::fill(self.lang.pick(point.text), bullet)
                )?;
            }
        }

        let outcome = report.outcome;
        let title = format!("{} ({})", self.msg(Msg::Outcome), outcome.date);
        writeln!(out, "\n{}", self.heading(&title))?;
        let numbers = [
            outcome.term.from.to_string(),
            outcome.term.to.to_string(),
            outcome.votes.to_string(),
            outcome.votes_needed.to_string(),
        ];
        let verdict = if outcome.elected {
            Msg::ElectedTerm
        } else {
            Msg::NotElected
        };
        writeln!(
            out,
            "{}",
            self.fill(
                verdict,
                &[&numbers[0], &numbers[1], &numbers[2], &numbers[3]]
            )
        )?;
        writeln!(out, "{}", wrap(self.lang.pick(&outcome.text), TEXT_WIDTH))?;
        for source in &report.outcome_sources {
            writeln!(out, "{}", self.source_line(source))?;
        }

        if !report.developments.is_empty() {
            writeln!(out, "\n{}", self.heading(self.msg(Msg::LaterDevelopments)))?;
            let mut table = self.table(&[Msg::Date, Msg::Text, Msg::Source], Rows::Multi);
            for d in &report.developments {
                let sources: Vec<String> = d.sources.iter().map(|s| self.source(s)).collect();
                table.add_row([
                    d.date.to_owned(),
                    self.cell(self.lang.pick(d.text), 44),
                    self.cell(&sources.join("\n"), 30),
                ]);
            }
            writeln!(out, "{table}")?;
        }
        Ok(())
    }
}

/// Wraps at spaces only: a date or a hyphenated word is never split.
fn wrap_options(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation)
}

fn wrap(text: &str, width: usize) -> String {
    textwrap::fill(text, wrap_options(width))
}
