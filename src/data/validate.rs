//! Checks the raw files once and turns them into a [`Dataset`]: every code, city and source
//! referenced exists, ids and codes are well-formed and unique, no form of a name names two
//! places, and nothing a query relies on is empty. The first fault found is the error, named by
//! file and JSON path; a form that names two places is found once every place in its file has
//! been read.

use std::collections::{HashMap, HashSet};

use super::DataError;
use super::dataset::*;
use super::error::Check;
use super::model::*;
use super::names::{Clash, EmptyForm, FormKind, NameIndex, NameIndexBuilder, fold};
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

    // Countries and their names.
    const COUNTRIES: &str = "countries.json";
    check_size(COUNTRIES, raw.countries.len())?;
    let mut countries = Vec::with_capacity(raw.countries.len());
    let mut country_names = NameIndexBuilder::default();
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
        countries.push(Country {
            alpha2: c.alpha2.into(),
            alpha3: c.alpha3.into(),
            en: c.en,
            lv: c.lv,
            source,
        });
        // Indexed once pushed, so that its forms come from one list of them, country_forms.
        if let Some(country) = countries.last() {
            index_names(
                &mut country_names,
                country_forms(country),
                id,
                COUNTRIES,
                &path,
            )?;
        }
    }
    let country_names = finish_index(country_names, COUNTRIES, |id| {
        let index = usize::from(id.0);
        let country = countries.get(index)?;
        Some(Place {
            index,
            known_as: country.alpha2.to_string(),
            forms: country_forms(country).map(|(form, _)| form).collect(),
        })
    })?;
    let latvia = refs
        .country(COUNTRIES, "", "LV")
        .map_err(|_| DataError::file(COUNTRIES, "Latvia (LV) is missing"))?;

    // Cities.
    const CITIES: &str = "cities.json";
    check_size(CITIES, raw.cities.len())?;
    let mut cities = Vec::with_capacity(raw.cities.len());
    let mut city_names = NameIndexBuilder::default();
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
        cities.push(City {
            id: c.id.into(),
            country,
            en: c.en,
            lv: c.lv,
            source,
        });
        if let Some(city) = cities.last() {
            index_names(
                &mut city_names,
                names(&city.en, &city.lv),
                id,
                CITIES,
                &path,
            )?;
        }
    }
    let city_names = finish_index(city_names, CITIES, |id| {
        let index = usize::from(id.0);
        let city = cities.get(index)?;
        Some(Place {
            index,
            known_as: city.id.to_string(),
            forms: names(&city.en, &city.lv).map(|(form, _)| form).collect(),
        })
    })?;

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
        latvia,
    })
}

/// Every name form of a place, filed under its language for suggestions.
fn names<'a>(
    en: &'a EnglishNames,
    lv: &'a LatvianNames,
) -> impl Iterator<Item = (&'a str, FormKind)> {
    super::dataset::name_forms(en, lv).map(|(form, lang)| (form, FormKind::Name(lang)))
}

/// Every form of a country's name, its ISO codes last.
fn country_forms(country: &Country) -> impl Iterator<Item = (&str, FormKind)> {
    names(&country.en, &country.lv).chain([
        (country.alpha2.as_ref(), FormKind::Code),
        (country.alpha3.as_ref(), FormKind::Code),
    ])
}

/// Adds the forms of the place `id` (the record at `path` in `file`) to its index.
fn index_names<'a, Id: Copy + Eq>(
    index: &mut NameIndexBuilder<Id>,
    forms: impl Iterator<Item = (&'a str, FormKind)>,
    id: Id,
    file: &str,
    path: &str,
) -> Result<(), DataError> {
    for (form, kind) in forms {
        index.insert(form, id, kind).map_err(|EmptyForm| {
            DataError::record(
                file,
                path,
                format!("name \"{form}\" has no letters or digits"),
            )
        })?;
    }
    Ok(())
}

/// A place as an error about its names shows it.
struct Place<'a> {
    /// Where the place is in its file.
    index: usize,
    /// Its code or id.
    known_as: String,
    /// Every form of its name, as the file has it.
    forms: Vec<&'a str>,
}

/// The index of every place's forms, or the error for the first form that names a place
/// another one already has, showing the form as the file has it.
fn finish_index<'a, Id: Copy + Eq + 'static>(
    index: NameIndexBuilder<Id>,
    file: &str,
    place: impl Fn(Id) -> Option<Place<'a>>,
) -> Result<NameIndex<Id>, DataError> {
    index.build().map_err(|Clash { folded, id, other }| {
        let (path, form) = place(id).map_or((String::new(), None), |place| {
            let form = place.forms.into_iter().find(|form| fold(form) == folded);
            (format!("[{}]", place.index), form)
        });
        let other = place(other).map_or_else(String::new, |place| place.known_as);
        DataError::record(
            file,
            path,
            format!(
                "name \"{}\" (folded \"{folded}\") already names {other}",
                form.unwrap_or(&folded)
            ),
        )
        .of(Check::Names)
    })
}
