//! `attache search TEXT`: full-text search over every record and every summary sentence, in
//! both languages. Words are folded like names (case and diacritics ignored) and each word of
//! the query must begin a word of the record, so Latvian endings do not get in the way: "kiber"
//! finds "kiberdrošība", "miera" finds "miera uzturēšana".

use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::fold;
use crate::data::{
    Adviser, Country, Dataset, Duty, Named, Partnership, Posting, Source, SourceId, Statement, Text,
};

/// A record a search can find: `kind` in JSON names the variant.
#[derive(Debug, Clone)]
pub enum Record<'a> {
    /// A country, by any of its names or codes (`country`).
    Country(&'a Country),
    /// A city, by any of its names (`city`).
    City(CityInCountry<'a>),
    /// One of Latvia's defence attachés (`posting`).
    Posting {
        /// Where it resides.
        residence: CityInCountry<'a>,
        /// The countries it covers, in the source's order.
        covers: Vec<&'a Country>,
    },
    /// One of Latvia's defence advisers (`adviser`).
    Adviser {
        /// Where it resides.
        residence: CityInCountry<'a>,
        /// The country whose Latvian embassy it serves at.
        embassy_in: &'a Country,
    },
    /// A foreign attaché accredited to Latvia (`accreditation`).
    Accreditation(AttacheInLatvia<'a>),
    /// A cooperation group (`partnership`).
    Partnership(&'a Partnership),
    /// One of a defence attaché's duties (`duty`).
    Duty(&'a Text),
    /// A statement of why attachés or allies matter (`statement`).
    Statement(&'a Statement),
    /// A point of the 2021 article on the UN Security Council candidacy (`unsc_point`).
    UnscPoint {
        /// The title of the article's section it is in.
        section: &'a Text,
        /// The point.
        text: &'a Text,
    },
    /// The outcome of the candidacy (`unsc_outcome`).
    Outcome {
        /// The day of the vote.
        date: &'a str,
        /// What the source says of it.
        text: &'a Text,
    },
    /// A later development of the candidacy (`unsc_development`).
    Development {
        /// Its date.
        date: &'a str,
        /// What happened.
        text: &'a Text,
    },
    /// A source, by its publisher, title or id (`source`).
    Source(&'a Source),
}

impl<'a> Hit<'a> {
    /// The sources the record rests on, each once.
    pub fn sources(&self) -> Vec<&'a Source> {
        super::sources_of(&self.evidence)
    }
}

/// A record that matched, with how well.
#[derive(Debug)]
pub struct Hit<'a> {
    /// The record.
    pub record: Record<'a>,
    /// What the record rests on: its sources, with their words where the record keeps them.
    pub evidence: Vec<Evidence<'a>>,
    /// Higher is better: 3 for each query word that is a whole word of the record, 2 for one
    /// that begins a word.
    pub score: u32,
}

/// What a search found. (Each hit's JSON, with its text composed in both languages, is
/// written by [`crate::render::json`].)
#[derive(Debug, serde::Serialize)]
pub struct SearchReport<'a> {
    /// The query as typed, trimmed.
    pub query: String,
    /// How many records matched, before any limit.
    pub total: usize,
    /// Best first; equal scores in the dataset's order (countries, cities, postings, advisers,
    /// accreditations, cooperation, duties, statements, UNSC).
    pub hits: Vec<Hit<'a>>,
}

/// Searches every record for `query` (already checked to be non-empty); at most `limit` hits.
pub fn search<'a>(ds: &'a Dataset, query: &str, limit: usize) -> SearchReport<'a> {
    let words: Vec<String> = fold(query).split(' ').map(str::to_owned).collect();
    let mut hits: Vec<Hit<'a>> = documents(ds)
        .into_iter()
        .filter_map(|(record, text, evidence)| {
            let score = score(&words, &text)?;
            Some(Hit {
                record,
                evidence,
                score,
            })
        })
        .collect();
    hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
    let total = hits.len();
    hits.truncate(limit);
    SearchReport {
        query: query.trim().to_owned(),
        hits,
        total,
    }
}

/// The score of a record's folded text, or `None` when a query word begins none of its words.
fn score(query: &[String], text: &str) -> Option<u32> {
    let mut total = 0;
    for word in query {
        let best = text
            .split(' ')
            .map(|w| {
                if w == word {
                    3
                } else if w.starts_with(word.as_str()) {
                    2
                } else {
                    0
                }
            })
            .max()
            .unwrap_or(0);
        if best == 0 {
            return None;
        }
        total += best;
    }
    Some(total)
}

/// Every record with the folded text of all it says, in both languages, and its sources.
fn documents<'a>(ds: &'a Dataset) -> Vec<(Record<'a>, String, Vec<Evidence<'a>>)> {
    let mut docs = Vec::new();
    let mut add = |record: Record<'a>, parts: Vec<&str>, evidence: Vec<Evidence<'a>>| {
        let text = fold(&parts.join(" "));
        docs.push((record, text, evidence));
    };
    let sources = |ids: &[SourceId]| {
        ids.iter()
            .map(|&s| Evidence::of(ds.source(s)))
            .collect::<Vec<_>>()
    };
    let quoted =
        |source: SourceId, quote: &'a str| vec![Evidence::quoted(ds.source(source), quote)];
    for country in ds.countries.iter() {
        add(
            Record::Country(country),
            name_forms_of(country),
            vec![Evidence::of(ds.source(country.source))],
        );
    }
    for id in ds.city_ids() {
        let place = CityInCountry::of(ds, id);
        add(
            Record::City(place),
            name_forms_of(place.city),
            vec![Evidence::of(ds.source(place.city.source))],
        );
    }
    for Posting {
        residence,
        covers,
        quote,
        source,
        stated_attaches,
    } in ds.postings.iter()
    {
        let residence = CityInCountry::of(ds, *residence);
        let covers: Vec<&Country> = covers.iter().map(|&c| ds.country(c)).collect();
        let mut parts = name_forms_of(residence.city);
        covers.iter().for_each(|c| parts.extend(name_forms_of(*c)));
        parts.push(quote);
        let mut cited = quoted(*source, quote);
        // The number of attachés a source states for the residence is found with it.
        if let Some(stated) = stated_attaches {
            parts.push(&stated.quote);
            cited.push(Evidence::quoted(ds.source(stated.source), &stated.quote));
        }
        add(Record::Posting { residence, covers }, parts, cited);
    }
    for Adviser {
        residence,
        embassy_in,
        quote,
        source,
    } in ds.advisers.iter()
    {
        let residence = CityInCountry::of(ds, *residence);
        let embassy_in = ds.country(*embassy_in);
        let mut parts = name_forms_of(residence.city);
        parts.extend(name_forms_of(embassy_in));
        parts.push(quote);
        add(
            Record::Adviser {
                residence,
                embassy_in,
            },
            parts,
            quoted(*source, quote),
        );
    }
    for accreditation in ds.accreditations.iter() {
        let attache = AttacheInLatvia::of(ds, accreditation);
        let mut parts = name_forms_of(attache.country);
        parts.extend(name_forms_of(attache.residence.city));
        parts.extend(name_forms_of(attache.residence.country));
        parts.push(&accreditation.quote);
        add(
            Record::Accreditation(attache),
            parts,
            vec![attache.evidence()],
        );
    }
    for p in ds.partnerships.iter() {
        let mut parts = texts(&[&p.title, &p.role]);
        parts.extend(p.note.as_ref().map_or(vec![], |n| texts(&[n])));
        for member in p.members.iter() {
            parts.extend(name_forms_of(ds.country(member.country)));
            parts.extend(member.role.as_ref().map_or(vec![], |r| texts(&[r])));
        }
        parts.push(&p.quote);
        add(Record::Partnership(p), parts, quoted(p.source, &p.quote));
    }
    for Duty {
        text,
        quote,
        source,
    } in ds.duties.iter()
    {
        add(Record::Duty(text), texts(&[text]), quoted(*source, quote));
    }
    for statement in ds.statements.iter() {
        let mut parts = texts(&[&statement.text]);
        parts.push(&statement.quote);
        add(
            Record::Statement(statement),
            parts,
            quoted(statement.source, &statement.quote),
        );
    }
    let unsc = &ds.unsc;
    for section in unsc.sections.iter() {
        for point in section.points.iter() {
            let mut parts = texts(&[&section.title, &point.text]);
            point
                .countries
                .iter()
                .for_each(|&c| parts.extend(name_forms_of(ds.country(c))));
            add(
                Record::UnscPoint {
                    section: &section.title,
                    text: &point.text,
                },
                parts,
                quoted(unsc.source, &point.quote),
            );
        }
    }
    let outcome = &unsc.outcome;
    let mut parts = texts(&[&outcome.text]);
    for &c in outcome
        .elected_same_day
        .iter()
        .chain(outcome.withdrew.iter())
    {
        parts.extend(name_forms_of(ds.country(c)));
    }
    add(
        Record::Outcome {
            date: &outcome.date,
            text: &outcome.text,
        },
        parts,
        sources(&outcome.sources),
    );
    for d in unsc.developments.iter() {
        let mut parts = texts(&[&d.text]);
        d.countries
            .iter()
            .for_each(|&c| parts.extend(name_forms_of(ds.country(c))));
        add(
            Record::Development {
                date: &d.date,
                text: &d.text,
            },
            parts,
            sources(&d.sources),
        );
    }
    for source in ds.sources.iter() {
        let mut parts = texts(&[&source.publisher, &source.title]);
        parts.push(&source.id);
        add(Record::Source(source), parts, vec![Evidence::of(source)]);
    }
    docs
}

/// Every form of a place's name.
fn name_forms_of<T: Named>(place: &T) -> Vec<&str> {
    place.name_forms().map(|(form, _)| form).collect()
}

fn texts<'a>(texts: &[&'a Text]) -> Vec<&'a str> {
    texts
        .iter()
        .flat_map(|t| [t.en.as_ref(), t.lv.as_ref()])
        .collect()
}
