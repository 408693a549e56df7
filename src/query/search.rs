//! `attache search TEXT`: full-text search over every record and every summary sentence, in
//! both languages. Words are folded like names (case and diacritics ignored) and each word of
//! the query must begin a word of the record, so Latvian endings do not get in the way: "kiber"
//! finds "kiberdrošība", "miera" finds "miera uzturēšana".

use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::{
    Adviser, Country, Dataset, Document, Duty, Partnership, Posting, Source, SourceId, Statement,
    Text, documents, fold,
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
/// Only the query is folded: the records' words were folded and indexed with the dataset.
pub fn search<'a>(ds: &'a Dataset, query: &str, limit: usize) -> SearchReport<'a> {
    let folded = fold(query);
    let words: Vec<&str> = folded.split(' ').collect();
    let mut found: Vec<(Document, u32)> = documents(ds)
        .zip(ds.search_index().scores(&words))
        .filter_map(|(document, score)| Some((document, score?)))
        .collect();
    // Stable: equal scores stay in the dataset's order.
    found.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    let total = found.len();
    found.truncate(limit);
    let hits = found
        .into_iter()
        .map(|(document, score)| {
            let (record, evidence) = record(ds, document);
            Hit {
                record,
                evidence,
                score,
            }
        })
        .collect();
    SearchReport {
        query: query.trim().to_owned(),
        hits,
        total,
    }
}

/// A document as the record it is, with what it rests on.
fn record(ds: &Dataset, document: Document) -> (Record<'_>, Vec<Evidence<'_>>) {
    let sources = |ids: &[SourceId]| {
        ids.iter()
            .map(|&s| Evidence::of(ds.source(s)))
            .collect::<Vec<_>>()
    };
    let quoted = |source: SourceId, quote| vec![Evidence::quoted(ds.source(source), quote)];
    let unsc = &ds.unsc;
    match document {
        Document::Country(id) => {
            let country = ds.country(id);
            let evidence = vec![Evidence::of(ds.source(country.source))];
            (Record::Country(country), evidence)
        }
        Document::City(id) => {
            let place = CityInCountry::of(ds, id);
            let evidence = vec![Evidence::of(ds.source(place.city.source))];
            (Record::City(place), evidence)
        }
        Document::Posting(i) => {
            let Posting {
                residence,
                covers,
                quote,
                source,
                stated_attaches,
            } = &ds.postings[i];
            let residence = CityInCountry::of(ds, *residence);
            let covers = covers.iter().map(|&c| ds.country(c)).collect();
            let mut cited = quoted(*source, quote);
            if let Some(stated) = stated_attaches {
                cited.push(Evidence::quoted(ds.source(stated.source), &stated.quote));
            }
            (Record::Posting { residence, covers }, cited)
        }
        Document::Adviser(i) => {
            let Adviser {
                residence,
                embassy_in,
                quote,
                source,
            } = &ds.advisers[i];
            let record = Record::Adviser {
                residence: CityInCountry::of(ds, *residence),
                embassy_in: ds.country(*embassy_in),
            };
            (record, quoted(*source, quote))
        }
        Document::Accreditation(i) => {
            let attache = AttacheInLatvia::of(ds, &ds.accreditations[i]);
            (Record::Accreditation(attache), vec![attache.evidence()])
        }
        Document::Partnership(i) => {
            let p = &ds.partnerships[i];
            (Record::Partnership(p), quoted(p.source, &p.quote))
        }
        Document::Duty(i) => {
            let Duty {
                text,
                quote,
                source,
            } = &ds.duties[i];
            (Record::Duty(text), quoted(*source, quote))
        }
        Document::Statement(i) => {
            let statement = &ds.statements[i];
            let evidence = quoted(statement.source, &statement.quote);
            (Record::Statement(statement), evidence)
        }
        Document::UnscPoint { section, point } => {
            let section = &unsc.sections[section];
            let point = &section.points[point];
            let record = Record::UnscPoint {
                section: &section.title,
                text: &point.text,
            };
            (record, quoted(unsc.source, &point.quote))
        }
        Document::Outcome => {
            let outcome = &unsc.outcome;
            let record = Record::Outcome {
                date: &outcome.date,
                text: &outcome.text,
            };
            (record, sources(&outcome.sources))
        }
        Document::Development(i) => {
            let d = &unsc.developments[i];
            let record = Record::Development {
                date: &d.date,
                text: &d.text,
            };
            (record, sources(&d.sources))
        }
        Document::Source(i) => {
            let source = &ds.sources[i];
            (Record::Source(source), vec![Evidence::of(source)])
        }
    }
}
