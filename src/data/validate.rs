//! Checks the raw files once and turns them into a [`Dataset`]: every code, city and source
//! referenced exists, ids and codes are well-formed and unique, no form of a name names two
//! places, and nothing a query relies on is empty. The first fault found is the error, named by
//! file and JSON path; a form that names two places is found once every place in its file has
//! been read.

use std::collections::{HashMap, HashSet};

use super::DataError;
use super::dataset::*;
use super::english::rule_takes_the;
use super::error::Check;
use super::latvian::{DeclensionError, Declined, Marks, decline, each_form};
use super::model::*;
use super::names::{Clash, FormKind, NameIndex, NameIndexBuilder, key};
use super::parse::RawDataset;

const SOURCES: &str = "sources.json";
const COUNTRIES: &str = "countries.json";
const CITIES: &str = "cities.json";
const ENDONYMS: &str = "endonyms.json";
const AMBIGUITIES: &str = "ambiguities.json";
const POSTINGS: &str = "postings.json";
const ACCREDITATIONS: &str = "accreditations.json";
const COOPERATION: &str = "cooperation.json";
const DUTIES: &str = "duties.json";
const STATEMENTS: &str = "statements.json";
const UNSC: &str = "unsc.json";

/// Where a value is, for the error that names it: its file and its JSON path there
/// (`attaches[3].covers`), empty at the top of the file.
struct At {
    file: &'static str,
    path: String,
}

impl At {
    fn top(file: &'static str) -> At {
        At {
            file,
            path: String::new(),
        }
    }

    /// The field `name` of the value here.
    /// (Made for every record whether or not it is at fault, so without `format!`: its
    /// machinery was a tenth of a `--data` load.)
    fn field(&self, name: &str) -> At {
        let mut path = String::with_capacity(self.path.len() + 1 + name.len());
        path.push_str(&self.path);
        if !self.path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
        At {
            file: self.file,
            path,
        }
    }

    /// The element `i` of the list here.
    fn index(&self, i: usize) -> At {
        let mut buffer = itoa::Buffer::new();
        let digits = buffer.format(i);
        let mut path = String::with_capacity(self.path.len() + 2 + digits.len());
        path.push_str(&self.path);
        path.push('[');
        path.push_str(digits);
        path.push(']');
        At {
            file: self.file,
            path,
        }
    }

    /// The error about the value here, a [`Check::Values`] one unless refiled with `of`.
    fn error(&self, message: impl Into<String>) -> DataError {
        DataError::record(self.file, self.path.as_str(), message)
    }
}

/// The ids every other file refers to, by the strings the files use.
#[derive(Default)]
struct Refs {
    sources: HashMap<String, SourceId>,
    countries: HashMap<String, CountryId>,
    cities: HashMap<String, CityId>,
}

impl Refs {
    fn source(&self, at: &At, id: &str) -> Result<SourceId, DataError> {
        self.sources.get(id).copied().ok_or_else(|| {
            at.error(format!("unknown source \"{id}\""))
                .of(Check::References)
        })
    }

    fn sources(&self, at: &At, ids: &[String]) -> Result<List<SourceId>, DataError> {
        if ids.is_empty() {
            return Err(at
                .error("a record needs at least one source")
                .of(Check::Sources));
        }
        ids.iter()
            .enumerate()
            .map(|(i, id)| self.source(&at.index(i), id))
            .collect::<Result<Vec<_>, _>>()
            .map(List::from)
    }

    fn country(&self, at: &At, code: &str) -> Result<CountryId, DataError> {
        self.countries.get(code).copied().ok_or_else(|| {
            at.error(format!("unknown country code \"{code}\""))
                .of(Check::References)
        })
    }

    fn countries(&self, at: &At, codes: &[String]) -> Result<List<CountryId>, DataError> {
        let mut ids = Vec::with_capacity(codes.len());
        // A short list is searched, a long one hashed: linear either way, and most lists
        // name a few countries.
        let mut seen = HashSet::new();
        for (i, code) in codes.iter().enumerate() {
            let at = at.index(i);
            let id = self.country(&at, code)?;
            let twice = if codes.len() <= 16 {
                ids.contains(&id)
            } else {
                !seen.insert(id)
            };
            if twice {
                return Err(at
                    .error(format!("country \"{code}\" is listed twice"))
                    .of(Check::Duplicates));
            }
            ids.push(id);
        }
        Ok(ids.into())
    }

    fn city(&self, at: &At, id: &str) -> Result<CityId, DataError> {
        self.cities.get(id).copied().ok_or_else(|| {
            at.error(format!("unknown city \"{id}\""))
                .of(Check::References)
        })
    }
}

fn non_empty(at: &At, value: &str) -> Result<(), DataError> {
    if value.trim().is_empty() {
        return Err(at.error("must not be empty"));
    }
    Ok(())
}

fn text(at: &At, value: &Text) -> Result<(), DataError> {
    non_empty(&at.field("lv"), &value.lv)?;
    non_empty(&at.field("en"), &value.en)
}

/// An ISO 8601 calendar date, `YYYY-MM-DD`.
fn date(at: &At, value: &str) -> Result<(), DataError> {
    if is_date(value) {
        Ok(())
    } else {
        Err(at.error(format!("\"{value}\" is not a date of the form YYYY-MM-DD")))
    }
}

/// Whether `value` is a real calendar date written `YYYY-MM-DD` (no 2025-02-31).
pub fn is_date(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && {
            let year: u32 = value[0..4].parse().unwrap_or(0);
            let month: u8 = value[5..7].parse().unwrap_or(0);
            let day: u8 = value[8..10].parse().unwrap_or(0);
            (1..=days_in_month(year, month)).contains(&day)
        }
}

/// The days of a month of the Gregorian calendar; 0 for a month that does not exist.
fn days_in_month(year: u32, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// The longest name or alias a dataset may hold, in characters: the longest real one is under
/// 70. Bounds what one name costs to fold (Unicode normalisation may expand a character
/// 18-fold, U+FDFA) and to compare in the suggestion search.
pub const MAX_NAME_CHARS: usize = 100;

fn id_of(index: usize) -> u16 {
    // The dataset is far below 65,536 records of a kind; `check_size` refuses a larger one.
    index as u16
}

fn check_size(file: &str, len: usize) -> Result<(), DataError> {
    // Records are numbered by u16 ids: u16::MAX is the 65,535 the message names.
    if len > usize::from(u16::MAX) {
        return Err(DataError::file(
            file,
            format!("{len} records; the limit is 65,535 records a file"),
        ));
    }
    Ok(())
}

/// Checks the files in the order `FILES` lists them, each against the ids of the files before
/// it: the first fault in that order is the error.
pub(super) fn validate(raw: RawDataset) -> Result<Dataset, DataError> {
    let mut refs = Refs {
        sources: sources(&raw.sources)?,
        ..Refs::default()
    };
    let (countries, latvia) = countries(&refs, raw.countries)?;
    refs.countries = countries.ids;
    let cities = cities(&refs, raw.cities)?;
    refs.cities = cities.ids;
    let places = Places {
        countries: &countries.places,
        country_marks: &countries.marks,
        cities: &cities.places,
        city_marks: &cities.marks,
    };
    let (country_names, city_names, name_records) =
        name_indexes(&refs, places, &raw.endonyms, &raw.ambiguities)?;
    let (declared, postings, advisers) = postings(&refs, raw.postings)?;
    let accreditations = accreditations(&refs, latvia, &country_names, raw.accreditations)?;
    let partnerships = cooperation(&refs, raw.cooperation)?;
    let duties = duties(&refs, raw.duties)?;
    let statements = statements(&refs, raw.statements)?;
    let unsc = unsc(&refs, raw.unsc)?;
    Ok(Dataset {
        sources: raw.sources.into(),
        countries: countries.places.into(),
        cities: cities.places.into(),
        declared,
        postings: postings.into(),
        advisers: advisers.into(),
        accreditations: accreditations.into(),
        partnerships: partnerships.into(),
        duties: duties.into(),
        statements: statements.into(),
        unsc,
        country_names,
        city_names,
        name_records: name_records.into(),
        latvia,
        search_index: None,
    })
}

/// The id of each source, by the id the files use.
fn sources(raw: &[Source]) -> Result<HashMap<String, SourceId>, DataError> {
    check_size(SOURCES, raw.len())?;
    let mut ids = HashMap::new();
    for (i, source) in raw.iter().enumerate() {
        let at = At::top(SOURCES).index(i);
        non_empty(&at.field("id"), &source.id)?;
        text(&at.field("publisher"), &source.publisher)?;
        text(&at.field("title"), &source.title)?;
        if let Some(published) = &source.published {
            date(&at.field("published"), published)?;
        }
        if ids
            .insert(source.id.to_string(), SourceId(id_of(i)))
            .is_some()
        {
            return Err(at
                .field("id")
                .error(format!("source \"{}\" is defined twice", source.id))
                .of(Check::Duplicates));
        }
    }
    Ok(ids)
}

/// The places of countries.json or of cities.json, checked.
struct PlaceFile<Place, Id> {
    places: Vec<Place>,
    /// The declension marks of each place's Latvian names, which decline its other names when
    /// they are indexed.
    marks: Vec<Marks>,
    /// The id of each place, by the code or id the files use.
    ids: HashMap<String, Id>,
}

impl<Place, Id> PlaceFile<Place, Id> {
    fn with_capacity(len: usize) -> Self {
        PlaceFile {
            places: Vec::with_capacity(len),
            marks: Vec::with_capacity(len),
            ids: HashMap::new(),
        }
    }
}

/// The countries, and Latvia's id.
fn countries(
    refs: &Refs,
    raw: Vec<RawCountry>,
) -> Result<(PlaceFile<Country, CountryId>, CountryId), DataError> {
    check_size(COUNTRIES, raw.len())?;
    let mut checked = PlaceFile::with_capacity(raw.len());
    for (i, c) in raw.into_iter().enumerate() {
        let at = At::top(COUNTRIES).index(i);
        let code_ok = |code: &str, len: usize| {
            code.len() == len && code.bytes().all(|b| b.is_ascii_uppercase())
        };
        if !code_ok(&c.alpha2, 2) {
            return Err(at
                .field("alpha2")
                .error(format!("\"{}\" is not two capital letters", c.alpha2)));
        }
        if !code_ok(&c.alpha3, 3) {
            return Err(at
                .field("alpha3")
                .error(format!("\"{}\" is not three capital letters", c.alpha3)));
        }
        if checked
            .ids
            .insert(c.alpha2.clone(), CountryId(id_of(i)))
            .is_some()
        {
            return Err(at
                .field("alpha2")
                .error(format!("country \"{}\" is defined twice", c.alpha2))
                .of(Check::Duplicates));
        }
        let source = refs.source(&at.field("source"), &c.source)?;
        the_mark(&at, &c.en)?;
        name_lengths(&at, &c.en, &c.lv)?;
        let (lv, marks) = latvian_names(&at, c.lv)?;
        checked.marks.push(marks);
        checked.places.push(Country {
            alpha2: c.alpha2.into(),
            alpha3: c.alpha3.into(),
            en: c.en,
            lv,
            source,
        });
    }
    let latvia = checked
        .ids
        .get("LV")
        .copied()
        .ok_or_else(|| DataError::file(COUNTRIES, "Latvia (LV) is missing"))?;
    Ok((checked, latvia))
}

fn cities(refs: &Refs, raw: Vec<RawCity>) -> Result<PlaceFile<City, CityId>, DataError> {
    check_size(CITIES, raw.len())?;
    let mut checked = PlaceFile::with_capacity(raw.len());
    for (i, c) in raw.into_iter().enumerate() {
        let at = At::top(CITIES).index(i);
        if c.id.is_empty() || !c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(at
                .field("id")
                .error(format!("\"{}\" is not a lower-case id", c.id)));
        }
        if checked.ids.insert(c.id.clone(), CityId(id_of(i))).is_some() {
            return Err(at
                .field("id")
                .error(format!("city \"{}\" is defined twice", c.id))
                .of(Check::Duplicates));
        }
        let country = refs.country(&at.field("country"), &c.country)?;
        let source = refs.source(&at.field("source"), &c.source)?;
        the_mark(&at, &c.en)?;
        name_lengths(&at, &c.en, &c.lv)?;
        let (lv, marks) = latvian_names(&at, c.lv)?;
        checked.marks.push(marks);
        checked.places.push(City {
            id: c.id.into(),
            country,
            en: c.en,
            lv,
            source,
        });
    }
    Ok(checked)
}

/// Latvia's attachés and advisers abroad, and the figures a source declares for them.
fn postings(
    refs: &Refs,
    raw: RawPostings,
) -> Result<(DeclaredFigures, Vec<Posting>, Vec<Adviser>), DataError> {
    let at = At::top(POSTINGS);
    let declared = at.field("declared");
    let source = refs.source(&declared.field("source"), &raw.declared.source)?;
    non_empty(&declared.field("quote"), &raw.declared.quote)?;
    let attaches = attaches(refs, &at.field("attaches"), raw.attaches)?;
    let advisers = advisers(refs, &at.field("advisers"), raw.advisers)?;
    Ok((
        DeclaredFigures::new(raw.declared, source),
        attaches,
        advisers,
    ))
}

/// Latvia's attachés abroad; no country is covered by two of them.
fn attaches(refs: &Refs, at: &At, raw: Vec<RawPosting>) -> Result<Vec<Posting>, DataError> {
    let mut postings = Vec::new();
    let mut covered = HashSet::new();
    for (i, p) in raw.into_iter().enumerate() {
        let at = at.index(i);
        let covers_at = at.field("covers");
        if p.covers.is_empty() {
            return Err(covers_at.error("an attaché covers at least one country"));
        }
        let covers = refs.countries(&covers_at, &p.covers)?;
        for (j, &country) in covers.iter().enumerate() {
            if !covered.insert(country) {
                return Err(covers_at
                    .index(j)
                    .error(format!(
                        "country \"{}\" is covered by two attachés",
                        p.covers[j]
                    ))
                    .of(Check::Duplicates));
            }
        }
        non_empty(&at.field("quote"), &p.quote)?;
        let stated_attaches = match p.stated_attaches {
            Some(stated) => Some(stated_count(refs, &at.field("stated_attaches"), stated)?),
            None => None,
        };
        postings.push(Posting {
            residence: refs.city(&at.field("residence"), &p.residence)?,
            covers,
            source: refs.source(&at.field("source"), &p.source)?,
            quote: p.quote.into(),
            stated_attaches,
        });
    }
    Ok(postings)
}

/// A number a source states of one residence: at least one, with its source and line.
fn stated_count(refs: &Refs, at: &At, raw: RawStatedCount) -> Result<StatedCount, DataError> {
    if raw.count == 0 {
        return Err(at
            .field("count")
            .error("a stated number of attachés is at least 1"));
    }
    non_empty(&at.field("quote"), &raw.quote)?;
    Ok(StatedCount {
        count: raw.count,
        source: refs.source(&at.field("source"), &raw.source)?,
        quote: raw.quote.into(),
    })
}

fn advisers(refs: &Refs, at: &At, raw: Vec<RawAdviser>) -> Result<Vec<Adviser>, DataError> {
    let mut advisers = Vec::new();
    for (i, a) in raw.into_iter().enumerate() {
        let at = at.index(i);
        non_empty(&at.field("quote"), &a.quote)?;
        advisers.push(Adviser {
            residence: refs.city(&at.field("residence"), &a.residence)?,
            embassy_in: refs.country(&at.field("embassy_in"), &a.embassy_in)?,
            source: refs.source(&at.field("source"), &a.source)?,
            quote: a.quote.into(),
        });
    }
    Ok(advisers)
}

/// Foreign attachés accredited to Latvia, at most one a country.
fn accreditations(
    refs: &Refs,
    latvia: CountryId,
    names: &NameIndex<CountryId>,
    raw: Vec<RawAccreditation>,
) -> Result<Vec<Accreditation>, DataError> {
    let mut accreditations: Vec<Accreditation> = Vec::new();
    let mut accredited = HashSet::new();
    for (i, a) in raw.into_iter().enumerate() {
        let at = At::top(ACCREDITATIONS).index(i);
        let country_at = at.field("country");
        let country = refs.country(&country_at, &a.country)?;
        if country == latvia {
            return Err(country_at.error("Latvia cannot accredit an attaché to itself"));
        }
        if !accredited.insert(country) {
            return Err(country_at
                .error(format!(
                    "country \"{}\" has two attachés accredited to Latvia",
                    a.country
                ))
                .of(Check::Duplicates));
        }
        non_empty(&at.field("quote"), &a.quote)?;
        if let Some(name) = &a.name_in_source {
            name_in_source(&at.field("name_in_source"), name, &a, country, names)?;
        }
        accreditations.push(Accreditation {
            country,
            residence: refs.city(&at.field("residence"), &a.residence)?,
            source: refs.source(&at.field("source"), &a.source)?,
            quote: a.quote.into(),
            name_in_source: a.name_in_source.map(Str::from),
        });
    }
    Ok(accreditations)
}

/// The name a source writes for an accredited country: in the record's quote, and a name
/// several countries share that ambiguities.json gives to this one, so that what the tool
/// shows beside the country is what the source says and the reading of it is declared.
fn name_in_source(
    at: &At,
    name: &str,
    record: &RawAccreditation,
    country: CountryId,
    names: &NameIndex<CountryId>,
) -> Result<(), DataError> {
    non_empty(at, name)?;
    if !record.quote.contains(name) {
        return Err(at.error(format!("\"{name}\" is not in the record's quote")));
    }
    let declared = names
        .get(&key(name))
        .iter()
        .any(|form| form.id == country && form.kind.is_shared());
    if !declared {
        return Err(at
            .error(format!(
                "\"{name}\" is not a name that ambiguities.json shares with \"{}\"",
                record.country
            ))
            .of(Check::Names));
    }
    Ok(())
}

/// The partnerships Latvia takes part in, each id once.
fn cooperation(refs: &Refs, raw: RawCooperation) -> Result<Vec<Partnership>, DataError> {
    let mut partnerships: Vec<Partnership> = Vec::new();
    let mut ids = HashSet::new();
    for (i, p) in raw.partnerships.into_iter().enumerate() {
        let at = At::top(COOPERATION).field("partnerships").index(i);
        non_empty(&at.field("id"), &p.id)?;
        if !ids.insert(p.id.clone()) {
            return Err(at
                .field("id")
                .error(format!("partnership \"{}\" is defined twice", p.id))
                .of(Check::Duplicates));
        }
        text(&at.field("title"), &p.title)?;
        text(&at.field("role"), &p.role)?;
        non_empty(&at.field("quote"), &p.quote)?;
        let codes: Vec<String> = p.members.iter().map(|m| m.country.clone()).collect();
        let ids = refs.countries(&at.field("members"), &codes)?;
        let members = ids
            .iter()
            .copied()
            .zip(p.members)
            .map(|(country, m)| Member {
                country,
                role: m.role,
                inferred: m.inferred,
            })
            .collect::<Vec<_>>()
            .into();
        partnerships.push(Partnership {
            id: p.id.into(),
            title: p.title,
            role: p.role,
            members,
            open_list: p.open_list,
            note: p.note,
            source: refs.source(&at.field("source"), &p.source)?,
            quote: p.quote.into(),
        });
    }
    Ok(partnerships)
}

/// The five duties of a defence attaché.
fn duties(refs: &Refs, raw: Vec<RawDuty>) -> Result<Vec<Duty>, DataError> {
    let mut duties = Vec::new();
    for (i, d) in raw.into_iter().enumerate() {
        let at = At::top(DUTIES).index(i);
        let text_of = Text {
            lv: d.lv.into(),
            en: d.en.into(),
        };
        text(&at, &text_of)?;
        non_empty(&at.field("quote"), &d.quote)?;
        duties.push(Duty {
            text: text_of,
            quote: d.quote.into(),
            source: refs.source(&at.field("source"), &d.source)?,
        });
    }
    Ok(duties)
}

/// The statements of why attachés and allies matter: each with an id of its own, its text in
/// both languages and the words of its source.
fn statements(refs: &Refs, raw: Vec<RawStatement>) -> Result<Vec<Statement>, DataError> {
    check_size(STATEMENTS, raw.len())?;
    let mut statements: Vec<Statement> = Vec::with_capacity(raw.len());
    let mut ids = HashSet::new();
    for (i, s) in raw.into_iter().enumerate() {
        let at = At::top(STATEMENTS).index(i);
        non_empty(&at.field("id"), &s.id)?;
        if !ids.insert(s.id.clone()) {
            return Err(at
                .field("id")
                .error(format!("statement \"{}\" is defined twice", s.id))
                .of(Check::Duplicates));
        }
        let text_of = Text {
            lv: s.lv.into(),
            en: s.en.into(),
        };
        text(&at, &text_of)?;
        non_empty(&at.field("quote"), &s.quote)?;
        statements.push(Statement {
            id: s.id.into(),
            topic: s.topic,
            text: text_of,
            source: refs.source(&at.field("source"), &s.source)?,
            quote: s.quote.into(),
        });
    }
    Ok(statements)
}

/// Latvia's candidacy for the UN Security Council, the vote, and what followed. The
/// candidacy's source is checked last, after its sections, the outcome and the developments.
fn unsc(refs: &Refs, raw: RawUnsc) -> Result<Unsc, DataError> {
    let at = At::top(UNSC);
    let candidacy = at.field("candidacy");
    let sections = sections(refs, &candidacy.field("sections"), raw.candidacy.sections)?;
    let outcome = outcome(refs, &at.field("outcome"), raw.outcome)?;
    let developments = developments(refs, &at.field("developments"), raw.developments)?;
    Ok(Unsc {
        source: refs.source(&candidacy.field("source"), &raw.candidacy.source)?,
        sections: sections.into(),
        outcome,
        developments: developments.into(),
    })
}

fn sections(refs: &Refs, at: &At, raw: Vec<RawSection>) -> Result<Vec<Section>, DataError> {
    let mut sections = Vec::new();
    for (i, s) in raw.into_iter().enumerate() {
        let at = at.index(i);
        text(&at.field("title"), &s.title)?;
        let mut points = Vec::new();
        for (j, p) in s.points.into_iter().enumerate() {
            let at = at.field("points").index(j);
            let text_of = Text {
                lv: p.lv.into(),
                en: p.en.into(),
            };
            text(&at, &text_of)?;
            non_empty(&at.field("quote"), &p.quote)?;
            points.push(Point {
                text: text_of,
                quote: p.quote.into(),
                countries: refs.countries(&at.field("countries"), &p.countries)?,
            });
        }
        sections.push(Section {
            id: s.id.into(),
            title: s.title,
            points: points.into(),
        });
    }
    Ok(sections)
}

fn outcome(refs: &Refs, at: &At, raw: RawOutcome) -> Result<Outcome, DataError> {
    date(&at.field("date"), &raw.date)?;
    if raw.term.to < raw.term.from {
        return Err(at.field("term").field("to").error(format!(
            "the term ends in {} before it starts in {}",
            raw.term.to, raw.term.from
        )));
    }
    text(&at.field("text"), &raw.text)?;
    Ok(Outcome {
        elected_same_day: refs.countries(&at.field("elected_same_day"), &raw.elected_same_day)?,
        withdrew: refs.countries(&at.field("withdrew"), &raw.withdrew)?,
        sources: refs.sources(&at.field("sources"), &raw.sources)?,
        date: raw.date.into(),
        elected: raw.elected,
        term: raw.term,
        votes: raw.votes,
        votes_needed: raw.votes_needed,
        text: raw.text,
    })
}

fn developments(
    refs: &Refs,
    at: &At,
    raw: Vec<RawDevelopment>,
) -> Result<Vec<Development>, DataError> {
    let mut developments = Vec::new();
    for (i, d) in raw.into_iter().enumerate() {
        let at = at.index(i);
        date(&at.field("date"), &d.date)?;
        text(&at.field("text"), &d.text)?;
        developments.push(Development {
            countries: refs.countries(&at.field("countries"), &d.countries)?,
            sources: refs.sources(&at.field("sources"), &d.sources)?,
            date: d.date.into(),
            text: d.text,
        });
    }
    Ok(developments)
}

/// A mark of whether the English name takes "the" says what the rule does not: a mark that
/// agrees with the rule is most likely a mistake about one or the other.
fn the_mark(at: &At, en: &EnglishNames) -> Result<(), DataError> {
    match en.the {
        Some(the) if the == rule_takes_the(&en.name) => Err(at
            .field("en")
            .field("the")
            .error(format!(
                "the rule already gives {the} for \"{}\"; leave the mark out",
                en.name
            ))
            .of(Check::Names)),
        _ => Ok(()),
    }
}

/// Refuses a name or alias of a place longer than [`MAX_NAME_CHARS`], before it is declined or
/// folded.
fn name_lengths(at: &At, en: &EnglishNames, lv: &RawLatvianNames) -> Result<(), DataError> {
    let en_lists = [&en.aliases[..], &en.former, &en.parts];
    language_name_lengths(&at.field("en"), &en.name, en.official.as_deref(), en_lists)?;
    let lv_lists = [&lv.aliases[..], &lv.former, &lv.parts];
    language_name_lengths(&at.field("lv"), &lv.name, lv.official.as_deref(), lv_lists)
}

/// [`name_lengths`] for the names of one language: the name, the official one, and the
/// aliases, former names and parts.
fn language_name_lengths<S: AsRef<str>>(
    at: &At,
    name: &str,
    official: Option<&str>,
    lists: [&[S]; 3],
) -> Result<(), DataError> {
    // The path of a name is made only for the error: there are millions of names at 1000x.
    if too_long(name) {
        name_length(&at.field("name"), name)?;
    }
    if let Some(official) = official.filter(|o| too_long(o)) {
        name_length(&at.field("official"), official)?;
    }
    for (list, names) in ["aliases", "former", "parts"].into_iter().zip(lists) {
        for (i, name) in names.iter().enumerate() {
            if too_long(name.as_ref()) {
                name_length(&at.field(list).index(i), name.as_ref())?;
            }
        }
    }
    Ok(())
}

/// Whether a name is longer than [`MAX_NAME_CHARS`]; a name of at most that many bytes is not.
fn too_long(name: &str) -> bool {
    name.len() > MAX_NAME_CHARS && name.chars().nth(MAX_NAME_CHARS).is_some()
}

/// Refuses one name longer than [`MAX_NAME_CHARS`], quoting its beginning.
fn name_length(at: &At, name: &str) -> Result<(), DataError> {
    if !too_long(name) {
        return Ok(());
    }
    let beginning: String = name.chars().take(30).collect();
    Err(at.error(format!(
        "name \"{beginning}...\" is over {MAX_NAME_CHARS} characters long; at most \
         {MAX_NAME_CHARS} are accepted"
    )))
}

/// The Latvian names of a place as the dataset keeps them, the name shown declined; and the
/// data's declension marks, with which the other names are declined when they are indexed.
fn latvian_names(at: &At, raw: RawLatvianNames) -> Result<(LatvianNames, Marks), DataError> {
    let at = at.field("lv");
    let [_, genitive, _, _, _, locative, _] =
        declined(&at.field("name"), &raw.name, &raw.declension)?;
    let lists = [&raw.aliases, &raw.former, &raw.parts];
    let names = || {
        std::iter::once(&raw.name)
            .chain(raw.official.as_ref())
            .chain(lists.into_iter().flatten())
    };
    // A mark for a word that no name has is a mistake, most likely a misspelt word.
    let words: HashSet<&str> = if raw.declension.is_empty() {
        HashSet::new()
    } else {
        names()
            .flat_map(|name| name.split(|c: char| c.is_whitespace() || c == '-' || c == ','))
            .collect()
    };
    for word in raw.declension.keys() {
        if !words.contains(word.as_str()) {
            return Err(at
                .field("declension")
                .error(format!(
                    "\"{word}\" is not a word of any of the Latvian names"
                ))
                .of(Check::Names));
        }
    }
    let list = |names: Vec<String>| -> List<Str> {
        names.into_iter().map(Str::from).collect::<Vec<_>>().into()
    };
    let names = LatvianNames {
        name: raw.name.into(),
        genitive: genitive.into(),
        locative: locative.into(),
        official: raw.official.map(Str::from),
        aliases: list(raw.aliases),
        former: list(raw.former),
        parts: list(raw.parts),
    };
    Ok((names, raw.declension))
}

/// Every case of a Latvian name, or the error for the name at `at`.
fn declined(at: &At, name: &str, marks: &Marks) -> Result<Declined, DataError> {
    decline(name, marks).map_err(|error| declension_error(at, error))
}

fn declension_error(at: &At, DeclensionError(why): DeclensionError) -> DataError {
    at.error(why).of(Check::Names)
}

/// The places whose names are indexed, with the declension marks of each.
struct Places<'a> {
    countries: &'a [Country],
    country_marks: &'a [Marks],
    cities: &'a [City],
    city_marks: &'a [Marks],
}

/// A record that gives forms to a name index.
#[derive(Debug, Clone, Copy)]
enum NameRecord {
    Country(usize),
    City(usize),
    CountryEndonyms(usize),
    CityEndonyms(usize),
    /// An ambiguous name, as one of the countries it fits: whether the name is settled as
    /// that one.
    Ambiguity(usize, bool),
}

impl NameRecord {
    fn file(self) -> &'static str {
        match self {
            NameRecord::Country(_) => COUNTRIES,
            NameRecord::City(_) => CITIES,
            NameRecord::CountryEndonyms(_) | NameRecord::CityEndonyms(_) => ENDONYMS,
            NameRecord::Ambiguity(..) => AMBIGUITIES,
        }
    }

    fn at(self) -> At {
        let top = At::top(self.file());
        match self {
            NameRecord::Country(i) | NameRecord::City(i) | NameRecord::Ambiguity(i, _) => {
                top.index(i)
            }
            NameRecord::CountryEndonyms(i) => top.field("countries").index(i),
            NameRecord::CityEndonyms(i) => top.field("cities").index(i),
        }
    }
}

/// Everything the name records are read from.
struct NameSources<'a> {
    places: Places<'a>,
    endonyms: &'a RawEndonyms,
    ambiguities: &'a [RawAmbiguity],
}

/// Where the forms of a record go, with their kinds.
type Emit<'e> = dyn FnMut(&str, FormKind) + 'e;

impl NameSources<'_> {
    /// Every form a record gives, with its kind, to `emit`; Latvian names in each of their
    /// distinct case forms.
    fn forms(&self, record: NameRecord, emit: &mut Emit<'_>) -> Result<(), DataError> {
        match record {
            NameRecord::Country(i) => {
                let c = &self.places.countries[i];
                let marks = &self.places.country_marks[i];
                place_forms(emit, &c.en, &c.lv, marks, record)?;
                emit(&c.alpha2, FormKind::Code);
                emit(&c.alpha3, FormKind::Code);
            }
            NameRecord::City(i) => {
                let c = &self.places.cities[i];
                place_forms(emit, &c.en, &c.lv, &self.places.city_marks[i], record)?;
                // Lists of candidates show a city's command with its id.
                emit(&c.id, FormKind::Code);
            }
            NameRecord::CountryEndonyms(i) => local_forms(emit, &self.endonyms.countries[i].names),
            NameRecord::CityEndonyms(i) => local_forms(emit, &self.endonyms.cities[i].names),
            NameRecord::Ambiguity(i, settled) => {
                let a = &self.ambiguities[i];
                let kind = if settled {
                    FormKind::Settled
                } else {
                    FormKind::Shared
                };
                a.names.en.iter().for_each(|name| emit(name, kind));
                for (j, name) in a.names.lv.iter().enumerate() {
                    let at = || record.at().field("names").field("lv").index(j);
                    each_form(name, &a.names.declension, |form| emit(form, kind))
                        .map_err(|error| declension_error(&at(), error))?;
                }
            }
        }
        Ok(())
    }
}

/// Every form of a place's names: the English ones as they are, each Latvian one in each of
/// its distinct case forms, each with the kind that says how a user's input was read.
fn place_forms(
    emit: &mut Emit<'_>,
    en: &EnglishNames,
    lv: &LatvianNames,
    marks: &Marks,
    record: NameRecord,
) -> Result<(), DataError> {
    let lists = [&en.aliases, &en.former, &en.parts];
    for (name, kind) in listed_names(en.name.as_ref(), &en.official, lists) {
        emit(name, kind);
    }
    let lists = [&lv.aliases, &lv.former, &lv.parts];
    for (name, kind) in listed_names(lv.name.as_ref(), &lv.official, lists) {
        each_form(name, marks, |form| emit(form, kind))
            .map_err(|error| declension_error(&record.at().field("lv"), error))?;
    }
    Ok(())
}

/// The names of one language with their kinds: the name shown, the official one, aliases,
/// former names and parts.
fn listed_names<'a>(
    name: &'a str,
    official: &'a Option<Str>,
    [aliases, former, parts]: [&'a List<Str>; 3],
) -> impl Iterator<Item = (&'a str, FormKind)> {
    let of = |names: &'a List<Str>, kind: FormKind| names.iter().map(move |n| (n.as_ref(), kind));
    std::iter::once((name, FormKind::Name))
        .chain(official.iter().map(|n| (n.as_ref(), FormKind::Name)))
        .chain(of(aliases, FormKind::Name))
        .chain(of(former, FormKind::Former))
        .chain(of(parts, FormKind::Part))
}

fn local_forms(emit: &mut Emit<'_>, names: &[Endonym]) {
    names.iter().for_each(|e| emit(&e.name, FormKind::Local));
}

/// The index of country names, of city names, and the source of each record that only names.
type NameIndexes = (NameIndex<CountryId>, NameIndex<CityId>, Vec<SourceId>);

/// The indexes of every form of every country's and city's name: their names in both
/// languages (Latvian in every case), their names in their own languages (endonyms.json), and
/// the names several countries share (ambiguities.json). No form may name two places unless
/// every place it names shares it.
fn name_indexes(
    refs: &Refs,
    places: Places<'_>,
    endonyms: &RawEndonyms,
    ambiguities: &[RawAmbiguity],
) -> Result<NameIndexes, DataError> {
    let endonym_source = refs.source(&At::top(ENDONYMS).field("source"), &endonyms.source)?;
    // The source of each record of the two files, for `attache sources` to count.
    let mut name_records = Vec::new();
    let mut country_records: Vec<(NameRecord, CountryId)> = (0..places.countries.len())
        .map(|i| (NameRecord::Country(i), CountryId(id_of(i))))
        .collect();
    for (i, e) in endonyms.countries.iter().enumerate() {
        let record = NameRecord::CountryEndonyms(i);
        let id = refs.country(&record.at().field("country"), &e.country)?;
        endonym_langs(&record.at(), &e.names)?;
        country_records.push((record, id));
        name_records.push(endonym_source);
    }
    for (i, a) in ambiguities.iter().enumerate() {
        let at = At::top(AMBIGUITIES).index(i);
        name_records.push(refs.source(&at.field("source"), &a.source)?);
        let countries_at = at.field("countries");
        let ids = refs.countries(&countries_at, &a.countries)?;
        if ids.len() < 2 {
            return Err(countries_at.error("an ambiguous name fits at least two countries"));
        }
        if a.names.en.is_empty() && a.names.lv.is_empty() {
            return Err(at.field("names").error("no name"));
        }
        for (lang, names) in [("en", &a.names.en), ("lv", &a.names.lv)] {
            for (j, name) in names.iter().enumerate() {
                name_length(&at.field("names").field(lang).index(j), name)?;
            }
        }
        let settles = match &a.settled {
            Some(s) => {
                let at = at.field("settled");
                name_records.push(refs.source(&at.field("source"), &s.source)?);
                non_empty(&at.field("quote"), &s.quote)?;
                let country_at = at.field("country");
                let id = refs.country(&country_at, &s.country)?;
                if !ids.contains(&id) {
                    return Err(country_at.error(format!(
                        "\"{}\" is not one of the countries the name fits",
                        s.country
                    )));
                }
                Some(id)
            }
            None => None,
        };
        for &id in ids.iter() {
            country_records.push((NameRecord::Ambiguity(i, settles == Some(id)), id));
        }
    }
    let mut city_records: Vec<(NameRecord, CityId)> = (0..places.cities.len())
        .map(|i| (NameRecord::City(i), CityId(id_of(i))))
        .collect();
    for (i, e) in endonyms.cities.iter().enumerate() {
        let record = NameRecord::CityEndonyms(i);
        let id = refs.city(&record.at().field("city"), &e.city)?;
        endonym_langs(&record.at(), &e.names)?;
        city_records.push((record, id));
        name_records.push(endonym_source);
    }
    let sources = NameSources {
        places,
        endonyms,
        ambiguities,
    };
    let country_names = index(&sources, &country_records, |id| {
        sources.places.countries[usize::from(id.0)]
            .alpha2
            .to_string()
    })?;
    let city_names = index(&sources, &city_records, |id| {
        sources.places.cities[usize::from(id.0)].id.to_string()
    })?;
    Ok((country_names, city_names, name_records))
}

/// Each endonym's language is a CLDR locale id: letters, digits and underscores.
fn endonym_langs(at: &At, names: &[Endonym]) -> Result<(), DataError> {
    for (j, e) in names.iter().enumerate() {
        let ok = !e.lang.is_empty()
            && e.lang
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !ok {
            return Err(at
                .field("names")
                .index(j)
                .field("lang")
                .error(format!("\"{}\" is not a locale id", e.lang)));
        }
        name_length(&at.field("names").index(j).field("name"), &e.name)?;
    }
    Ok(())
}

/// The index of the forms of `records`, or the error for the first form (in their order)
/// that names a place another one already has, shown as its record writes it.
fn index<Id: Copy + Eq + 'static>(
    sources: &NameSources<'_>,
    records: &[(NameRecord, Id)],
    known_as: impl Fn(Id) -> String,
) -> Result<NameIndex<Id>, DataError> {
    let mut builder = NameIndexBuilder::default();
    // Where each record's forms begin in the builder, to find the record of a clash.
    let mut starts = Vec::with_capacity(records.len());
    for &(record, id) in records {
        starts.push(builder.position());
        let mut empty = None;
        sources.forms(record, &mut |form, kind| {
            if builder.insert(form, id, kind).is_err() && empty.is_none() {
                empty = Some(form.to_owned());
            }
        })?;
        if let Some(form) = empty {
            return Err(record
                .at()
                .error(format!("name \"{form}\" has no letters or digits")));
        }
        if builder.position() == u32::MAX {
            // The index finds a form's text by a 32-bit offset (`NameForm`): a saturated one
            // would point at the wrong text. Only names folded and declined far beyond any
            // real ones reach it (every case of a 100-character name in a 64 MiB file).
            return Err(record.at().error(format!(
                "the names of {} fold to over 4 GiB of text; a name index holds at most 4 GiB",
                record.file()
            )));
        }
    }
    builder.build().map_err(
        |Clash {
             folded,
             at,
             id,
             other,
         }| {
            let n = starts
                .partition_point(|&start| start <= at)
                .saturating_sub(1);
            let record = records.get(n).map(|&(record, _)| record);
            // The form as its record writes it: the first of the record's with this key.
            let mut form = None;
            if let Some(record) = record {
                let _ = sources.forms(record, &mut |written, _| {
                    if form.is_none() && key(written) == folded {
                        form = Some(written.to_owned());
                    }
                });
            }
            let form = form.unwrap_or_else(|| folded.clone());
            let _ = id;
            record
                .map_or_else(|| At::top(""), NameRecord::at)
                .error(format!(
                    "name \"{form}\" (folded \"{folded}\") already names {}",
                    known_as(other)
                ))
                .of(Check::Names)
        },
    )
}
