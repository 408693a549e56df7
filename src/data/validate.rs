//! Checks the raw files once and turns them into a [`Dataset`]: every code, city and source
//! referenced exists, ids and codes are well-formed and unique, no form of a name names two
//! places, and nothing a query relies on is empty. The first fault found is the error, named by
//! file and JSON path; a form that names two places is found once every place in its file has
//! been read.

use std::collections::{HashMap, HashSet};

use super::DataError;
use super::dataset::*;
use super::error::Check;
use super::latvian::{DeclensionError, Declined, Marks, decline, each_form};
use super::model::*;
use super::names::{Clash, FormKind, NameIndex, NameIndexBuilder, key};
use super::parse::RawDataset;

/// The ids every other file refers to, by the strings the files use.
struct Refs {
    sources: HashMap<String, SourceId>,
    countries: HashMap<String, CountryId>,
    cities: HashMap<String, CityId>,
}

impl Refs {
    fn source(&self, file: &str, path: &str, id: &str) -> Result<SourceId, DataError> {
        self.sources.get(id).copied().ok_or_else(|| {
            DataError::record(file, path, format!("unknown source \"{id}\"")).of(Check::References)
        })
    }

    fn sources(&self, file: &str, path: &str, ids: &[String]) -> Result<List<SourceId>, DataError> {
        if ids.is_empty() {
            return Err(
                DataError::record(file, path, "a record needs at least one source")
                    .of(Check::Sources),
            );
        }
        ids.iter()
            .enumerate()
            .map(|(i, id)| self.source(file, &format!("{path}[{i}]"), id))
            .collect::<Result<Vec<_>, _>>()
            .map(List::from)
    }

    fn country(&self, file: &str, path: &str, code: &str) -> Result<CountryId, DataError> {
        self.countries.get(code).copied().ok_or_else(|| {
            DataError::record(file, path, format!("unknown country code \"{code}\""))
                .of(Check::References)
        })
    }

    fn countries(
        &self,
        file: &str,
        path: &str,
        codes: &[String],
    ) -> Result<List<CountryId>, DataError> {
        let mut ids = Vec::with_capacity(codes.len());
        for (i, code) in codes.iter().enumerate() {
            let id = self.country(file, &format!("{path}[{i}]"), code)?;
            if ids.contains(&id) {
                return Err(DataError::record(
                    file,
                    format!("{path}[{i}]"),
                    format!("country \"{code}\" is listed twice"),
                )
                .of(Check::Duplicates));
            }
            ids.push(id);
        }
        Ok(ids.into())
    }

    fn city(&self, file: &str, path: &str, id: &str) -> Result<CityId, DataError> {
        self.cities.get(id).copied().ok_or_else(|| {
            DataError::record(file, path, format!("unknown city \"{id}\"")).of(Check::References)
        })
    }
}

fn non_empty(file: &str, path: &str, value: &str) -> Result<(), DataError> {
    if value.trim().is_empty() {
        return Err(DataError::record(file, path, "must not be empty"));
    }
    Ok(())
}

fn text(file: &str, path: &str, value: &Text) -> Result<(), DataError> {
    non_empty(file, &format!("{path}.lv"), &value.lv)?;
    non_empty(file, &format!("{path}.en"), &value.en)
}

/// An ISO 8601 calendar date, `YYYY-MM-DD`.
fn date(file: &str, path: &str, value: &str) -> Result<(), DataError> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && {
            let month: u8 = value[5..7].parse().unwrap_or(0);
            let day: u8 = value[8..10].parse().unwrap_or(0);
            (1..=12).contains(&month) && (1..=31).contains(&day)
        };
    if ok {
        Ok(())
    } else {
        Err(DataError::record(
            file,
            path,
            format!("\"{value}\" is not a date of the form YYYY-MM-DD"),
        ))
    }
}

fn id_of(index: usize) -> u16 {
    // The dataset is far below 65,536 records of a kind; `check_size` refuses a larger one.
    index as u16
}

fn check_size(file: &str, len: usize) -> Result<(), DataError> {
    if len > usize::from(u16::MAX) {
        return Err(DataError::file(
            file,
            format!("{len} records; at most {} are supported", u16::MAX),
        ));
    }
    Ok(())
}

pub(super) fn validate(raw: RawDataset) -> Result<Dataset, DataError> {
    // Sources.
    const SOURCES: &str = "sources.json";
    check_size(SOURCES, raw.sources.len())?;
    let mut refs = Refs {
        sources: HashMap::new(),
        countries: HashMap::new(),
        cities: HashMap::new(),
    };
    for (i, source) in raw.sources.iter().enumerate() {
        let path = format!("[{i}]");
        non_empty(SOURCES, &format!("{path}.id"), &source.id)?;
        text(SOURCES, &format!("{path}.publisher"), &source.publisher)?;
        text(SOURCES, &format!("{path}.title"), &source.title)?;
        if let Some(published) = &source.published {
            date(SOURCES, &format!("{path}.published"), published)?;
        }
        if refs
            .sources
            .insert(source.id.to_string(), SourceId(id_of(i)))
            .is_some()
        {
            return Err(DataError::record(
                SOURCES,
                format!("{path}.id"),
                format!("source \"{}\" is defined twice", source.id),
            )
            .of(Check::Duplicates));
        }
    }

    // Countries and cities, then every form of their names.
    const COUNTRIES: &str = "countries.json";
    check_size(COUNTRIES, raw.countries.len())?;
    let mut countries = Vec::with_capacity(raw.countries.len());
    let mut country_marks = Vec::with_capacity(raw.countries.len());
    for (i, c) in raw.countries.into_iter().enumerate() {
        let path = format!("[{i}]");
        let id = CountryId(id_of(i));
        let code_ok = |code: &str, len: usize| {
            code.len() == len && code.bytes().all(|b| b.is_ascii_uppercase())
        };
        if !code_ok(&c.alpha2, 2) {
            return Err(DataError::record(
                COUNTRIES,
                format!("{path}.alpha2"),
                format!("\"{}\" is not two capital letters", c.alpha2),
            ));
        }
        if !code_ok(&c.alpha3, 3) {
            return Err(DataError::record(
                COUNTRIES,
                format!("{path}.alpha3"),
                format!("\"{}\" is not three capital letters", c.alpha3),
            ));
        }
        if refs.countries.insert(c.alpha2.clone(), id).is_some() {
            return Err(DataError::record(
                COUNTRIES,
                format!("{path}.alpha2"),
                format!("country \"{}\" is defined twice", c.alpha2),
            )
            .of(Check::Duplicates));
        }
        let source = refs.source(COUNTRIES, &format!("{path}.source"), &c.source)?;
        let (lv, marks) = latvian_names(COUNTRIES, &path, c.lv)?;
        country_marks.push(marks);
        countries.push(Country {
            alpha2: c.alpha2.into(),
            alpha3: c.alpha3.into(),
            en: c.en,
            lv,
            source,
        });
    }
    let latvia = refs
        .country(COUNTRIES, "", "LV")
        .map_err(|_| DataError::file(COUNTRIES, "Latvia (LV) is missing"))?;

    const CITIES: &str = "cities.json";
    check_size(CITIES, raw.cities.len())?;
    let mut cities = Vec::with_capacity(raw.cities.len());
    let mut city_marks = Vec::with_capacity(raw.cities.len());
    for (i, c) in raw.cities.into_iter().enumerate() {
        let path = format!("[{i}]");
        let id = CityId(id_of(i));
        if c.id.is_empty() || !c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(DataError::record(
                CITIES,
                format!("{path}.id"),
                format!("\"{}\" is not a lower-case id", c.id),
            ));
        }
        if refs.cities.insert(c.id.clone(), id).is_some() {
            return Err(DataError::record(
                CITIES,
                format!("{path}.id"),
                format!("city \"{}\" is defined twice", c.id),
            )
            .of(Check::Duplicates));
        }
        let country = refs.country(CITIES, &format!("{path}.country"), &c.country)?;
        let source = refs.source(CITIES, &format!("{path}.source"), &c.source)?;
        let (lv, marks) = latvian_names(CITIES, &path, c.lv)?;
        city_marks.push(marks);
        cities.push(City {
            id: c.id.into(),
            country,
            en: c.en,
            lv,
            source,
        });
    }
    let (country_names, city_names, name_records) = name_indexes(
        &refs,
        Places {
            countries: &countries,
            country_marks: &country_marks,
            cities: &cities,
            city_marks: &city_marks,
        },
        &raw.endonyms,
        &raw.ambiguities,
    )?;

    // Latvia's attachés and advisers abroad.
    const POSTINGS: &str = "postings.json";
    let declared_source =
        refs.source(POSTINGS, "declared.source", &raw.postings.declared.source)?;
    non_empty(POSTINGS, "declared.quote", &raw.postings.declared.quote)?;
    let mut postings = Vec::new();
    let mut covered = HashSet::new();
    for (i, p) in raw.postings.attaches.into_iter().enumerate() {
        let path = format!("attaches[{i}]");
        if p.covers.is_empty() {
            return Err(DataError::record(
                POSTINGS,
                format!("{path}.covers"),
                "an attaché covers at least one country",
            ));
        }
        let covers = refs.countries(POSTINGS, &format!("{path}.covers"), &p.covers)?;
        for (j, &country) in covers.iter().enumerate() {
            if !covered.insert(country) {
                return Err(DataError::record(
                    POSTINGS,
                    format!("{path}.covers[{j}]"),
                    format!("country \"{}\" is covered by two attachés", p.covers[j]),
                )
                .of(Check::Duplicates));
            }
        }
        non_empty(POSTINGS, &format!("{path}.quote"), &p.quote)?;
        postings.push(Posting {
            residence: refs.city(POSTINGS, &format!("{path}.residence"), &p.residence)?,
            covers,
            source: refs.source(POSTINGS, &format!("{path}.source"), &p.source)?,
            quote: p.quote.into(),
        });
    }
    let mut advisers = Vec::new();
    for (i, a) in raw.postings.advisers.into_iter().enumerate() {
        let path = format!("advisers[{i}]");
        non_empty(POSTINGS, &format!("{path}.quote"), &a.quote)?;
        advisers.push(Adviser {
            residence: refs.city(POSTINGS, &format!("{path}.residence"), &a.residence)?,
            embassy_in: refs.country(POSTINGS, &format!("{path}.embassy_in"), &a.embassy_in)?,
            source: refs.source(POSTINGS, &format!("{path}.source"), &a.source)?,
            quote: a.quote.into(),
        });
    }

    // Foreign attachés accredited to Latvia.
    const ACCREDITATIONS: &str = "accreditations.json";
    let mut accreditations: Vec<Accreditation> = Vec::new();
    for (i, a) in raw.accreditations.into_iter().enumerate() {
        let path = format!("[{i}]");
        let country = refs.country(ACCREDITATIONS, &format!("{path}.country"), &a.country)?;
        if country == latvia {
            return Err(DataError::record(
                ACCREDITATIONS,
                format!("{path}.country"),
                "Latvia cannot accredit an attaché to itself",
            ));
        }
        if accreditations.iter().any(|other| other.country == country) {
            return Err(DataError::record(
                ACCREDITATIONS,
                format!("{path}.country"),
                format!(
                    "country \"{}\" has two attachés accredited to Latvia",
                    a.country
                ),
            )
            .of(Check::Duplicates));
        }
        non_empty(ACCREDITATIONS, &format!("{path}.quote"), &a.quote)?;
        accreditations.push(Accreditation {
            country,
            residence: refs.city(ACCREDITATIONS, &format!("{path}.residence"), &a.residence)?,
            source: refs.source(ACCREDITATIONS, &format!("{path}.source"), &a.source)?,
            quote: a.quote.into(),
        });
    }

    // Cooperation.
    const COOPERATION: &str = "cooperation.json";
    let mut partnerships: Vec<Partnership> = Vec::new();
    for (i, p) in raw.cooperation.partnerships.into_iter().enumerate() {
        let path = format!("partnerships[{i}]");
        non_empty(COOPERATION, &format!("{path}.id"), &p.id)?;
        if partnerships.iter().any(|other| other.id == p.id) {
            return Err(DataError::record(
                COOPERATION,
                format!("{path}.id"),
                format!("partnership \"{}\" is defined twice", p.id),
            )
            .of(Check::Duplicates));
        }
        text(COOPERATION, &format!("{path}.title"), &p.title)?;
        text(COOPERATION, &format!("{path}.role"), &p.role)?;
        non_empty(COOPERATION, &format!("{path}.quote"), &p.quote)?;
        let codes: Vec<String> = p.members.iter().map(|m| m.country.clone()).collect();
        let ids = refs.countries(COOPERATION, &format!("{path}.members"), &codes)?;
        let members = ids
            .iter()
            .copied()
            .zip(p.members)
            .map(|(country, m)| Member {
                country,
                role: m.role,
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
            source: refs.source(COOPERATION, &format!("{path}.source"), &p.source)?,
            quote: p.quote.into(),
        });
    }

    // The five duties of a defence attaché.
    const DUTIES: &str = "duties.json";
    let mut duties = Vec::new();
    for (i, d) in raw.duties.into_iter().enumerate() {
        let path = format!("[{i}]");
        let text_of = Text {
            lv: d.lv.into(),
            en: d.en.into(),
        };
        text(DUTIES, &path, &text_of)?;
        duties.push(Duty {
            text: text_of,
            source: refs.source(DUTIES, &format!("{path}.source"), &d.source)?,
        });
    }

    // UN Security Council.
    const UNSC: &str = "unsc.json";
    let u = raw.unsc;
    let mut sections = Vec::new();
    for (i, s) in u.candidacy.sections.into_iter().enumerate() {
        let path = format!("candidacy.sections[{i}]");
        text(UNSC, &format!("{path}.title"), &s.title)?;
        let mut points = Vec::new();
        for (j, p) in s.points.into_iter().enumerate() {
            let point_path = format!("{path}.points[{j}]");
            let text_of = Text {
                lv: p.lv.into(),
                en: p.en.into(),
            };
            text(UNSC, &point_path, &text_of)?;
            points.push(Point {
                text: text_of,
                countries: refs.countries(
                    UNSC,
                    &format!("{point_path}.countries"),
                    &p.countries,
                )?,
            });
        }
        sections.push(Section {
            id: s.id.into(),
            title: s.title,
            points: points.into(),
        });
    }
    let o = u.outcome;
    date(UNSC, "outcome.date", &o.date)?;
    text(UNSC, "outcome.text", &o.text)?;
    let outcome = Outcome {
        elected_same_day: refs.countries(UNSC, "outcome.elected_same_day", &o.elected_same_day)?,
        withdrew: refs.countries(UNSC, "outcome.withdrew", &o.withdrew)?,
        sources: refs.sources(UNSC, "outcome.sources", &o.sources)?,
        date: o.date.into(),
        elected: o.elected,
        term: o.term,
        votes: o.votes,
        votes_needed: o.votes_needed,
        text: o.text,
    };
    let mut developments = Vec::new();
    for (i, d) in u.developments.into_iter().enumerate() {
        let path = format!("developments[{i}]");
        date(UNSC, &format!("{path}.date"), &d.date)?;
        text(UNSC, &format!("{path}.text"), &d.text)?;
        developments.push(Development {
            countries: refs.countries(UNSC, &format!("{path}.countries"), &d.countries)?,
            sources: refs.sources(UNSC, &format!("{path}.sources"), &d.sources)?,
            date: d.date.into(),
            text: d.text,
        });
    }
    let unsc = Unsc {
        source: refs.source(UNSC, "candidacy.source", &u.candidacy.source)?,
        sections: sections.into(),
        outcome,
        developments: developments.into(),
    };

    Ok(Dataset {
        sources: raw.sources.into(),
        countries: countries.into(),
        cities: cities.into(),
        declared: DeclaredFigures::new(raw.postings.declared, declared_source),
        postings: postings.into(),
        advisers: advisers.into(),
        accreditations: accreditations.into(),
        partnerships: partnerships.into(),
        duties: duties.into(),
        unsc,
        country_names,
        city_names,
        name_records: name_records.into(),
        latvia,
    })
}

/// The Latvian names of a place as the dataset keeps them, the name shown declined; and the
/// data's declension marks, with which the other names are declined when they are indexed.
fn latvian_names(
    file: &str,
    path: &str,
    raw: RawLatvianNames,
) -> Result<(LatvianNames, Marks), DataError> {
    let [_, genitive, _, _, _, locative, _] =
        declined(file, &format!("{path}.lv.name"), &raw.name, &raw.declension)?;
    let lists = [&raw.aliases, &raw.former, &raw.parts];
    let names = || {
        std::iter::once(&raw.name)
            .chain(raw.official.as_ref())
            .chain(lists.into_iter().flatten())
    };
    // A mark for a word that no name has is a mistake, most likely a misspelt word.
    for word in raw.declension.keys() {
        let is_word_of = |name: &String| {
            name.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
                .any(|w| w == word)
        };
        if !names().any(is_word_of) {
            return Err(DataError::record(
                file,
                format!("{path}.lv.declension"),
                format!("\"{word}\" is not a word of any of the Latvian names"),
            )
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

/// Every case of a Latvian name, or the error for the record at `path`.
fn declined(file: &str, path: &str, name: &str, marks: &Marks) -> Result<Declined, DataError> {
    decline(name, marks).map_err(|error| declension_error(file, path, error))
}

fn declension_error(file: &str, path: &str, DeclensionError(why): DeclensionError) -> DataError {
    DataError::record(file, path, why).of(Check::Names)
}

const ENDONYMS: &str = "endonyms.json";
const AMBIGUITIES: &str = "ambiguities.json";

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
            NameRecord::Country(_) => "countries.json",
            NameRecord::City(_) => "cities.json",
            NameRecord::CountryEndonyms(_) | NameRecord::CityEndonyms(_) => ENDONYMS,
            NameRecord::Ambiguity(..) => AMBIGUITIES,
        }
    }

    fn path(self) -> String {
        match self {
            NameRecord::Country(i) | NameRecord::City(i) | NameRecord::Ambiguity(i, _) => {
                format!("[{i}]")
            }
            NameRecord::CountryEndonyms(i) => format!("countries[{i}]"),
            NameRecord::CityEndonyms(i) => format!("cities[{i}]"),
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
                    let path = || format!("{}.names.lv[{j}]", record.path());
                    each_form(name, &a.names.declension, |form| emit(form, kind))
                        .map_err(|error| declension_error(record.file(), &path(), error))?;
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
        each_form(name, marks, |form| emit(form, kind)).map_err(|error| {
            declension_error(record.file(), &format!("{}.lv", record.path()), error)
        })?;
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
    let endonym_source = refs.source(ENDONYMS, "source", &endonyms.source)?;
    // The source of each record of the two files, for `attache sources` to count.
    let mut name_records = Vec::new();
    let mut country_records: Vec<(NameRecord, CountryId)> = (0..places.countries.len())
        .map(|i| (NameRecord::Country(i), CountryId(id_of(i))))
        .collect();
    for (i, e) in endonyms.countries.iter().enumerate() {
        let path = format!("countries[{i}].country");
        let id = refs.country(ENDONYMS, &path, &e.country)?;
        endonym_langs(&e.names, &format!("countries[{i}]"))?;
        country_records.push((NameRecord::CountryEndonyms(i), id));
        name_records.push(endonym_source);
    }
    for (i, a) in ambiguities.iter().enumerate() {
        let path = format!("[{i}]");
        name_records.push(refs.source(AMBIGUITIES, &format!("{path}.source"), &a.source)?);
        let ids = refs.countries(AMBIGUITIES, &format!("{path}.countries"), &a.countries)?;
        if ids.len() < 2 {
            return Err(DataError::record(
                AMBIGUITIES,
                format!("{path}.countries"),
                "an ambiguous name fits at least two countries",
            ));
        }
        if a.names.en.is_empty() && a.names.lv.is_empty() {
            return Err(DataError::record(
                AMBIGUITIES,
                format!("{path}.names"),
                "no name",
            ));
        }
        let settles = match &a.settled {
            Some(s) => {
                let at = format!("{path}.settled");
                name_records.push(refs.source(AMBIGUITIES, &format!("{at}.source"), &s.source)?);
                non_empty(AMBIGUITIES, &format!("{at}.quote"), &s.quote)?;
                let id = refs.country(AMBIGUITIES, &format!("{at}.country"), &s.country)?;
                if !ids.contains(&id) {
                    return Err(DataError::record(
                        AMBIGUITIES,
                        format!("{at}.country"),
                        format!(
                            "\"{}\" is not one of the countries the name fits",
                            s.country
                        ),
                    ));
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
        let path = format!("cities[{i}].city");
        let id = refs.city(ENDONYMS, &path, &e.city)?;
        endonym_langs(&e.names, &format!("cities[{i}]"))?;
        city_records.push((NameRecord::CityEndonyms(i), id));
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
fn endonym_langs(names: &[Endonym], path: &str) -> Result<(), DataError> {
    for (j, e) in names.iter().enumerate() {
        let ok = !e.lang.is_empty()
            && e.lang
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !ok {
            return Err(DataError::record(
                ENDONYMS,
                format!("{path}.names[{j}].lang"),
                format!("\"{}\" is not a locale id", e.lang),
            ));
        }
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
            return Err(DataError::record(
                record.file(),
                record.path(),
                format!("name \"{form}\" has no letters or digits"),
            ));
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
            let (file, path) = record.map_or(("", String::new()), |r| (r.file(), r.path()));
            let _ = id;
            DataError::record(
                file,
                path,
                format!(
                    "name \"{form}\" (folded \"{folded}\") already names {}",
                    known_as(other)
                ),
            )
            .of(Check::Names)
        },
    )
}
