//! `attache import`: the Ministry of Defence page's text to a complete data directory.
//!
//! Two steps: [`page::read`] reads the text into a typed [`Page`] (pure, no dataset), then
//! [`import`] resolves every name on it with the resolver the commands use, and makes the data
//! files the page covers (`postings.json`, `accreditations.json`, a source added to
//! `sources.json`, declared cities added to `cities.json`); the other files are the dataset's in
//! use, as they are. The result is validated exactly as `--data` validates a directory before a
//! byte is written. A name that does not resolve to one place is an error with the line, the
//! text and the closest names: never a guess, never a partial dataset.

pub mod page;

use std::fmt;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::data::{
    self, CityId, CountryId, DataError, Dataset, FILES, Lang, Marks, NameIndex, Named, Source,
    Text, escaped, key,
};
use crate::resolve::{self, Reading, Resolution};
pub use page::{MAX_PAGE_BYTES, Page, PageError, Problem};

/// A city the data does not have yet, declared with `--city NAME=CC[:OTHER]`: its name in the
/// page's language (Latvian in the nominative), its country, and its name in the other
/// language where it differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclaredCity {
    /// The name in the page's language (for a Latvian page, the nominative).
    pub name: String,
    /// The country, as typed (an ISO code or a name).
    pub country: String,
    /// The name in the other language, if given.
    pub other: Option<String>,
}

impl std::str::FromStr for DeclaredCity {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        let shape = "a city is declared as NAME=CC or NAME=CC:OTHER (its name on the page, in \
                     the nominative for a Latvian page; its country's ISO code; its name in the \
                     other language), e.g. --city Tbilisi=GE";
        let Some((name, rest)) = value.split_once('=') else {
            return Err(format!("\"{}\": {shape}", escaped(value)));
        };
        let (country, other) = match rest.split_once(':') {
            Some((country, other)) => (country, Some(other.trim().to_owned())),
            None => (rest, None),
        };
        // NFC, as the page is read: a name typed decomposed is the same name.
        let name: String = name.trim().nfc().collect();
        let name = name.as_str();
        let other: Option<String> = other.map(|o| o.nfc().collect());
        let country = country.trim();
        let bad =
            |s: &str| s.is_empty() || data::first_unsafe(s).is_some() || s.chars().count() > 100;
        if bad(name) || bad(country) || other.as_deref().is_some_and(bad) {
            return Err(format!("\"{}\": {shape}", escaped(value)));
        }
        Ok(DeclaredCity {
            name: name.to_owned(),
            country: country.to_owned(),
            other,
        })
    }
}

/// What `import` is told besides the page.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's language.
    pub lang: Lang,
    /// Cities the data does not have yet.
    pub cities: Vec<DeclaredCity>,
    /// When the page was read (`--date`), `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Where the page is published (`--url`).
    pub url: Option<String>,
}

/// The data files made, and what a person should know of them.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Every data file, name and text, in the order of [`FILES`].
    pub files: Vec<(&'static str, String)>,
    /// The id of the source record added.
    pub source: String,
    /// Notes for the user: facts kept from the dataset in use, records whose lines the page no
    /// longer has.
    pub notes: Vec<String>,
    /// How many postings, advisers and accreditations were read.
    pub counts: (usize, usize, usize),
}

/// Why an import fails. Nothing is written.
#[derive(Debug)]
pub enum ImportError {
    /// The page cannot be read.
    Page(PageError),
    /// A name on a line does not name one place, or a line says something that cannot hold.
    Line(LineError),
    /// An option cannot be used.
    Option(String),
    /// The files made do not pass the checks `--data` runs.
    Data(DataError),
}

/// A line whose names do not resolve, or whose facts contradict each other or another line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// Line number, from 1.
    pub line: usize,
    /// The entry, as on the page.
    pub text: String,
    /// What is wrong.
    pub message: String,
    /// The closest names, closest first: "did you mean".
    pub suggestions: Vec<String>,
    /// How to declare a city the data does not have.
    pub declare: Option<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Page(error) => error.fmt(f),
            ImportError::Line(error) => error.fmt(f),
            ImportError::Option(message) => f.write_str(message),
            ImportError::Data(error) => write!(
                f,
                "the imported data does not pass the checks --data runs: {error}"
            ),
        }
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: {} in {}",
            self.line,
            self.message,
            page::shown(&self.text)
        )?;
        if !self.suggestions.is_empty() {
            write!(f, "; closest: {}", self.suggestions.join(", "))?;
        }
        if let Some(declare) = &self.declare {
            write!(f, "; {declare}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

impl From<PageError> for ImportError {
    fn from(error: PageError) -> Self {
        ImportError::Page(error)
    }
}

/// A city a line names: one of the data's, or one declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum City {
    Known(CityId),
    Declared(usize),
}

/// A declared city, ready: its record and the keys the page may name it by.
struct NewCity {
    id: String,
    country: CountryId,
    en: String,
    lv: String,
    keys: Vec<String>,
    used: bool,
    typed: String,
}

/// Everything a line's names are resolved against.
struct Resolver<'d> {
    ds: &'d Dataset,
    lang: Lang,
    new_cities: Vec<NewCity>,
}

impl Resolver<'_> {
    fn country_name(&self, id: CountryId) -> String {
        self.ds.country(id).name(self.lang).to_owned()
    }

    fn city_country(&self, city: City) -> CountryId {
        match city {
            City::Known(id) => self.ds.city(id).country,
            City::Declared(i) => self.new_cities[i].country,
        }
    }

    fn city_id(&self, city: City) -> String {
        match city {
            City::Known(id) => self.ds.city(id).id.to_string(),
            City::Declared(i) => self.new_cities[i].id.clone(),
        }
    }

    fn city_name(&self, city: City) -> String {
        match city {
            City::Known(id) => self.ds.city(id).name(self.lang).to_owned(),
            City::Declared(i) => match self.lang {
                Lang::Lv => self.new_cities[i].lv.clone(),
                Lang::En => self.new_cities[i].en.clone(),
            },
        }
    }

    /// The one country `name` names, with the reading.
    fn country(
        &self,
        name: &str,
        line: usize,
        text: &str,
    ) -> Result<(CountryId, Reading<CountryId>), LineError> {
        let index = &self.ds.country_names;
        let resolution = resolve::resolve(index, name).map_err(|_| LineError {
            line,
            text: text.to_owned(),
            message: format!("\"{}\" is not a country name", escaped(name)),
            suggestions: Vec::new(),
            declare: None,
        })?;
        self.found(resolution, name, line, text, "country", |id| {
            self.country_name(id)
        })
    }

    /// The one city `name` names: one of the data's, or a declared one.
    fn city(
        &mut self,
        name: &str,
        line: usize,
        text: &str,
        country_hint: Option<CountryId>,
    ) -> Result<City, LineError> {
        let index: &NameIndex<CityId> = &self.ds.city_names;
        let resolution = resolve::resolve(index, name).map_err(|_| LineError {
            line,
            text: text.to_owned(),
            message: format!("\"{}\" is not a city name", escaped(name)),
            suggestions: Vec::new(),
            declare: None,
        })?;
        if let Resolution::Found { id, reading } = &resolution {
            if !matches!(reading, Reading::Beginning) {
                return Ok(City::Known(*id));
            }
        }
        let wanted = key(name);
        if let Some(i) = self
            .new_cities
            .iter()
            .position(|c| c.keys.contains(&wanted))
        {
            self.new_cities[i].used = true;
            return Ok(City::Declared(i));
        }
        let lang = self.lang;
        let ds = self.ds;
        let mut error = match self.found(resolution, name, line, text, "city", |id| {
            ds.city(id).name(lang).to_owned()
        }) {
            Err(error) => error,
            Ok(_) => unreachable_found(line, text),
        };
        error.declare = Some(self.how_to_declare(name, country_hint));
        Err(error)
    }

    /// How to declare the city `name` is a form of.
    fn how_to_declare(&self, name: &str, country: Option<CountryId>) -> String {
        let code = country.map_or("CC".to_owned(), |id| self.ds.country(id).alpha2.to_string());
        match self.lang {
            Lang::Lv => {
                // The nominative of the most common locatives: "Tallinā" -> "Tallina".
                let nominative = locative_to_nominative(name).unwrap_or_else(|| name.to_owned());
                format!(
                    "if it is a city the data does not have yet, declare it: --city '{}={code}' \
                     (its Latvian name in the nominative, of which the page's form must be a \
                     case; its country's ISO code; add :ENGLISH for an English name that differs, \
                     --city '{}={code}:ENGLISH')",
                    escaped(&nominative),
                    escaped(&nominative)
                )
            }
            Lang::En => format!(
                "if it is a city the data does not have yet, declare it: --city '{}={code}' \
                 (its English name as on the page; its country's ISO code; add :LATVIAN for its \
                 Latvian name in the nominative, --city '{}={code}:LATVIAN')",
                escaped(name),
                escaped(name)
            ),
        }
    }

    /// The place of a resolution that names one place; an error naming the line otherwise.
    fn found<Id: Copy + Ord + 'static>(
        &self,
        resolution: Resolution<Id>,
        name: &str,
        line: usize,
        text: &str,
        what: &str,
        name_of: impl Fn(Id) -> String,
    ) -> Result<(Id, Reading<Id>), LineError> {
        let error = |message: String, suggestions: Vec<Id>| LineError {
            line,
            text: text.to_owned(),
            message,
            suggestions: suggestions.into_iter().map(&name_of).collect(),
            declare: None,
        };
        let typed = escaped(name);
        match resolution {
            Resolution::Found {
                reading: Reading::Beginning,
                id,
            } => Err(error(
                format!("\"{typed}\" is only the beginning of a {what} name"),
                vec![id],
            )),
            // "Skotijā" is a part of the United Kingdom, not its name: reading it as the
            // country would be the tool's inference, not the page's word.
            Resolution::Found {
                reading: Reading::Part,
                id,
            } => Err(error(
                format!("\"{typed}\" names a part of a {what}, not the {what}"),
                vec![id],
            )),
            Resolution::Found { id, reading } => Ok((id, reading)),
            Resolution::Ambiguous { candidates } => Err(error(
                format!("\"{typed}\" names more than one {what}"),
                candidates,
            )),
            Resolution::Beginning { candidates } => Err(error(
                format!("\"{typed}\" is only the beginning of {what} names"),
                candidates,
            )),
            Resolution::NotFound { suggestions } => Err(error(
                format!("no {what} in the data is called \"{typed}\""),
                suggestions,
            )),
        }
    }

    /// The country a line names, if it names one.
    fn country_if(
        &self,
        name: Option<&String>,
        line: usize,
        text: &str,
    ) -> Result<Option<CountryId>, ImportError> {
        match name {
            Some(name) => Ok(Some(
                self.country(name, line, text).map_err(ImportError::Line)?.0,
            )),
            None => Ok(None),
        }
    }

    /// Where a line says something resides: its city, which must be in the country the line
    /// names beside it (`said`), if any; `hint` is the country to suggest declaring a city in.
    fn located(
        &mut self,
        city: &str,
        said: Option<&String>,
        hint: Option<CountryId>,
        line: usize,
        text: &str,
    ) -> Result<(City, Option<CountryId>), ImportError> {
        let said = self.country_if(said, line, text)?;
        let city = self
            .city(city, line, text, said.or(hint))
            .map_err(ImportError::Line)?;
        check_city_country(self, city, said, line, text)?;
        Ok((city, said))
    }

    /// The countries of a list: names split at commas and "un" are joined again where together
    /// they are one name ("Bosnijā", "Hercegovinā" -> Bosnia and Herzegovina).
    fn countries(
        &self,
        names: &[String],
        line: usize,
        text: &str,
    ) -> Result<Vec<CountryId>, LineError> {
        let and = match self.lang {
            Lang::Lv => " un ",
            Lang::En => " and ",
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < names.len() {
            let mut joined = None;
            // At most four parts make one name ("Saint Kitts and Nevis" is two).
            for end in (i + 2..=names.len().min(i + 4)).rev() {
                let name = names[i..end].join(and);
                let entries = self.ds.country_names.get(&key(&name));
                if let Some(first) = entries.first() {
                    if entries.iter().all(|e| e.id == first.id) {
                        joined = Some((first.id, end));
                        break;
                    }
                }
            }
            match joined {
                Some((id, end)) => {
                    found.push(id);
                    i = end;
                }
                None => {
                    found.push(self.country(&names[i], line, text)?.0);
                    i += 1;
                }
            }
        }
        Ok(found)
    }
}

/// `found` returned a place where the caller had found none: cannot be, as the caller has
/// taken every found place already; an error rather than a panic all the same.
fn unreachable_found(line: usize, text: &str) -> LineError {
    LineError {
        line,
        text: text.to_owned(),
        message: "the city cannot be read".to_owned(),
        suggestions: Vec::new(),
        declare: None,
    }
}

// The records as the data files write them, fields in the files' order.

#[derive(Serialize)]
struct DeclaredOut<'a> {
    attaches: u32,
    countries: u32,
    advisers: u32,
    source: &'a str,
    quote: &'a str,
}

#[derive(Serialize)]
struct StatedOut {
    count: u32,
    source: String,
    quote: String,
}

#[derive(Serialize)]
struct PostingOut {
    residence: String,
    covers: Vec<String>,
    source: String,
    quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    stated_attaches: Option<StatedOut>,
}

#[derive(Serialize)]
struct AdviserOut {
    residence: String,
    embassy_in: String,
    source: String,
    quote: String,
}

#[derive(Serialize)]
struct AccreditationOut {
    country: String,
    residence: String,
    source: String,
    quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name_in_source: Option<String>,
}

#[derive(Serialize)]
struct CityNamesOut<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct CityOut<'a> {
    id: &'a str,
    country: &'a str,
    en: CityNamesOut<'a>,
    lv: CityNamesOut<'a>,
    source: &'a str,
}

/// One record as a line of a data file.
fn json_line<T: Serialize>(record: &T) -> String {
    // Serializing these plain structs of strings and numbers cannot fail.
    serde_json::to_string(record).unwrap_or_default()
}

/// A JSON array of `records`, one a line.
fn json_array(records: &[String], indent: &str) -> String {
    if records.is_empty() {
        return "[]".to_owned();
    }
    let inner = format!(",\n{indent}  ");
    format!("[\n{indent}  {}\n{indent}]", records.join(&inner))
}

/// `text` (a JSON array, as a data file writes it) with `records` added at its end; the rest of
/// the file as it was, so that a pull request shows only what was added.
fn appended(text: &str, records: &[String]) -> Option<String> {
    if records.is_empty() {
        return Some(text.to_owned());
    }
    let body = text.trim_end().strip_suffix(']')?.trim_end();
    let comma = if body.ends_with('[') { "" } else { "," };
    Some(format!("{body}{comma}\n  {}\n]\n", records.join(",\n  ")))
}

/// The publisher and title of the ministry's page, in the page's language.
fn ministry_source(id: String, options: &Options) -> Source {
    let publisher = Text {
        lv: "Latvijas Republikas Aizsardzības ministrija".into(),
        en: "Ministry of Defence of the Republic of Latvia".into(),
    };
    let title = match options.lang {
        Lang::Lv => Text {
            lv: "Starptautiskā un reģionālā sadarbība".into(),
            en: "International and regional cooperation".into(),
        },
        Lang::En => Text {
            lv: "International and regional cooperation".into(),
            en: "International and regional cooperation".into(),
        },
    };
    let (version_lv, version_en) = match options.lang {
        Lang::Lv => ("latviešu", "Latvian"),
        Lang::En => ("angļu", "English"),
    };
    let mut lv = format!("Lapas versijas {version_lv} valodā teksts, ielasīts ar attache import.");
    let mut en = format!("The text of the page's {version_en} version, read by attache import.");
    if options.date.is_some() {
        lv.push_str(
            " Datums ir diena, kad teksts nokopēts, kā norādīts importā; pati lapa nav datēta.",
        );
        en.push_str(" The date is the day the text was copied, as given at import; the page itself is undated.");
    } else {
        lv.push_str(" Datums importā nav norādīts.");
        en.push_str(" No date was given at import.");
    }
    if options.url.is_none() {
        lv.push_str(" Adrese importā nav norādīta.");
        en.push_str(" No address was given at import.");
    }
    Source {
        id: id.into(),
        publisher,
        title,
        published: options.date.clone().map(Into::into),
        address: options.url.clone().map(Into::into),
        note: Some(Text {
            lv: lv.into(),
            en: en.into(),
        }),
    }
}

/// A web address `--url` may give: http(s), printable, no spaces.
fn check_url(url: &str) -> Result<(), ImportError> {
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && url.len() <= 2000
        && !url.chars().any(|c| c.is_whitespace() || data::is_unsafe(c));
    if ok {
        Ok(())
    } else {
        Err(ImportError::Option(format!(
            "--url \"{}\" is not a web address (http:// or https://, at most 2000 characters, no \
             spaces)",
            escaped(url)
        )))
    }
}

/// The source id: the page's, with its language and date ("mod-cooperation-2026-12-04",
/// "mod-cooperation-en-imported"), made unique among the dataset's.
fn source_id(ds: &Dataset, options: &Options) -> String {
    let lang = match options.lang {
        Lang::Lv => "",
        Lang::En => "-en",
    };
    let when = options.date.as_deref().unwrap_or("imported");
    let base = format!("mod-cooperation{lang}-{when}");
    let taken = |id: &str| ds.sources.iter().any(|s| s.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// A city id from an English name: "Tbilisi" -> "tbilisi", "Addis Ababa" -> "addis-ababa".
fn city_id(name: &str) -> String {
    let folded = data::fold(name);
    let id: String = folded
        .chars()
        .map(|c| if c.is_ascii_lowercase() { c } else { '-' })
        .collect();
    id.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The likely nominative of a one-word Latvian name in a locative ending ("Parīzē" ->
/// "Parīze", "Tallinā" -> "Tallina"); `None` for a name that does not end like one.
fn locative_to_nominative(name: &str) -> Option<String> {
    if name.contains(' ') {
        return None;
    }
    let last = name.chars().last()?;
    let stem = &name[..name.len() - last.len_utf8()];
    match last {
        'ā' => Some(format!("{stem}a")),
        'ē' => Some(format!("{stem}e")),
        'ī' => Some(format!("{stem}is")),
        'ū' => Some(format!("{stem}us")),
        _ => None,
    }
}

/// Readies the declared cities: their countries resolved, their ids made, and every form a page
/// may name them by.
fn new_cities(ds: &Dataset, options: &Options) -> Result<Vec<NewCity>, ImportError> {
    let mut cities: Vec<NewCity> = Vec::new();
    for declared in &options.cities {
        let shown = escaped(&declared.name);
        let refuse = |why: String| ImportError::Option(format!("--city {shown}: {why}"));
        let country = match resolve::resolve(&ds.country_names, &declared.country) {
            Ok(Resolution::Found { id, reading }) if !matches!(reading, Reading::Beginning) => id,
            _ => {
                return Err(refuse(format!(
                    "\"{}\" is not a country code (GE, MD, ...)",
                    escaped(&declared.country)
                )));
            }
        };
        let (lv, en) = match options.lang {
            Lang::Lv => (
                declared.name.clone(),
                declared
                    .other
                    .clone()
                    .unwrap_or_else(|| declared.name.clone()),
            ),
            Lang::En => (
                declared
                    .other
                    .clone()
                    .unwrap_or_else(|| declared.name.clone()),
                declared.name.clone(),
            ),
        };
        if let Ok(Resolution::Found { id: known, reading }) = resolve::resolve(&ds.city_names, &lv)
        {
            if !matches!(reading, Reading::Beginning) {
                return Err(refuse(format!(
                    "the data has it already, as {}: no --city is needed",
                    ds.city(known).name(options.lang)
                )));
            }
        }
        let id = city_id(&en);
        if id.is_empty() {
            return Err(refuse(
                "its English name has no Latin letter to make an id of: give one after a colon, \
                 NAME=CC:ENGLISH"
                    .to_owned(),
            ));
        }
        if ds.cities.iter().any(|c| c.id == id) || cities.iter().any(|c| c.id == id) {
            return Err(refuse(format!("the data has a city \"{id}\" already")));
        }
        // "Parīzē" is the page's locative, not a name: its record would hold it as the
        // nominative, and every sentence would decline it wrongly.
        if let Some(nominative) = locative_to_nominative(&lv) {
            return Err(refuse(format!(
                "\"{}\" is a locative; give the Latvian name in the nominative (\"{}\"?), of \
                 which the page's form is a case",
                escaped(&lv),
                escaped(&nominative)
            )));
        }
        let mut keys = vec![key(&en), key(&id)];
        let declined = data::each_form(&lv, &Marks::new(), |form| keys.push(key(form)));
        if declined.is_err() {
            return Err(refuse("its Latvian name cannot be declined".to_owned()));
        }
        cities.push(NewCity {
            id,
            country,
            en,
            lv,
            keys,
            used: false,
            typed: declared.name.clone(),
        });
    }
    Ok(cities)
}

/// Whether `quote` is on the page (its spaces made plain, on any one line).
fn on_page(page: &Page, quote: &str) -> bool {
    let quote: Vec<&str> = quote.split_whitespace().collect();
    let quote = quote.join(" ");
    page.text.iter().any(|line| line.contains(&quote))
}

/// Reads `text`, the page, against `ds`, the dataset in use (`base_texts`: its files' texts, in
/// the order of [`FILES`]), and makes the data files; validates them as `--data` does.
pub fn import(
    text: &str,
    ds: &Dataset,
    base_texts: &[String],
    options: &Options,
) -> Result<Imported, ImportError> {
    if let Some(date) = &options.date {
        if !data::is_date(date) {
            return Err(ImportError::Option(format!(
                "--date \"{}\" is not a date of the form YYYY-MM-DD",
                escaped(date)
            )));
        }
    }
    if let Some(url) = &options.url {
        check_url(url)?;
    }
    let page = page::read(text, options.lang)?;
    let mut resolver = Resolver {
        ds,
        lang: options.lang,
        new_cities: new_cities(ds, options)?,
    };
    let source = source_id(ds, options);
    let mut notes = Vec::new();
    let line_error = |line: usize, text: &str, message: String| {
        ImportError::Line(LineError {
            line,
            text: text.to_owned(),
            message,
            suggestions: Vec::new(),
            declare: None,
        })
    };

    // Latvia's attachés abroad.
    let mut covered: Vec<(CountryId, usize)> = Vec::new();
    let mut postings = Vec::new();
    for line in &page.postings {
        let (n, quote) = (line.line, line.quote.as_str());
        let covers = resolver
            .countries(&line.countries, n, quote)
            .map_err(ImportError::Line)?;
        for &country in &covers {
            if let Some(&(_, first)) = covered.iter().find(|(c, _)| *c == country) {
                return Err(line_error(
                    n,
                    quote,
                    format!(
                        "{} is covered on line {first} already (a country is covered by one \
                         attaché at most)",
                        resolver.country_name(country)
                    ),
                ));
            }
            covered.push((country, n));
        }
        let (city, _) = resolver.located(
            &line.residence,
            line.residence_country.as_ref(),
            None,
            n,
            quote,
        )?;
        let residence = resolver.city_id(city);
        let stated_attaches = match line.stated {
            Some(count) => Some(StatedOut {
                count,
                source: source.clone(),
                quote: quote.to_owned(),
            }),
            None => kept_count(ds, city, &covers).map(|(count, from, said, changed)| {
                let changed = if changed {
                    " (the countries covered from there have changed since it was stated: \
                     check it)"
                } else {
                    ""
                };
                notes.push(format!(
                    "line {n}: the page states no number of attachés in {}; the {count} that \
                     {from} states (\"{said}\") is kept{changed}",
                    resolver.city_name(city)
                ));
                StatedOut {
                    count,
                    source: from,
                    quote: said,
                }
            }),
        };
        postings.push(PostingOut {
            residence,
            covers: covers
                .iter()
                .map(|&c| ds.country(c).alpha2.to_string())
                .collect(),
            source: source.clone(),
            quote: quote.to_owned(),
            stated_attaches,
        });
    }

    // Latvia's advisers.
    let mut advisers = Vec::new();
    for line in &page.advisers {
        let (n, quote) = (line.line, line.quote.as_str());
        let embassy = resolver.country_if(line.embassy.as_ref(), n, quote)?;
        let (city, said) =
            resolver.located(&line.city, line.country.as_ref(), embassy, n, quote)?;
        let embassy_in = match (embassy, said) {
            (Some(a), Some(b)) if a != b => {
                return Err(line_error(
                    n,
                    quote,
                    format!(
                        "the embassy is in {}, but the brackets say {}",
                        resolver.country_name(a),
                        resolver.country_name(b)
                    ),
                ));
            }
            (Some(a), _) | (None, Some(a)) => a,
            (None, None) => resolver.city_country(city),
        };
        advisers.push(AdviserOut {
            residence: resolver.city_id(city),
            embassy_in: ds.country(embassy_in).alpha2.to_string(),
            source: source.clone(),
            quote: quote.to_owned(),
        });
    }

    // The attachés accredited to Latvia, resident and not.
    let mut accredited: Vec<(CountryId, usize)> = Vec::new();
    let mut accreditations = Vec::new();
    for (lines, resident) in [(&page.resident, true), (&page.non_resident, false)] {
        for line in lines {
            let (n, quote) = (line.line, line.quote.as_str());
            let (country, reading) = resolver
                .country(&line.country, n, quote)
                .map_err(ImportError::Line)?;
            if country == ds.latvia {
                return Err(line_error(
                    n,
                    quote,
                    "Latvia's own attaché cannot be accredited to Latvia".to_owned(),
                ));
            }
            if let Some(&(_, first)) = accredited.iter().find(|(c, _)| *c == country) {
                return Err(line_error(
                    n,
                    quote,
                    format!(
                        "{}'s attaché is listed on line {first} already",
                        resolver.country_name(country)
                    ),
                ));
            }
            accredited.push((country, n));
            let (city, _) =
                resolver.located(&line.city, line.city_country.as_ref(), None, n, quote)?;
            let in_latvia = resolver.city_country(city) == ds.latvia;
            if in_latvia != resident {
                let (list, is) = if resident {
                    ("resident", "outside Latvia")
                } else {
                    ("non-resident", "in Latvia")
                };
                return Err(line_error(
                    n,
                    quote,
                    format!(
                        "on the list of {list} attachés, but {} is {is}",
                        resolver.city_name(city)
                    ),
                ));
            }
            let name_in_source = match reading {
                Reading::Settled { .. } => Some(line.country.clone()),
                _ => None,
            };
            accreditations.push(AccreditationOut {
                country: ds.country(country).alpha2.to_string(),
                residence: resolver.city_id(city),
                source: source.clone(),
                quote: quote.to_owned(),
                name_in_source,
            });
        }
    }

    if let Some(unused) = resolver.new_cities.iter().find(|c| !c.used) {
        return Err(ImportError::Option(format!(
            "--city {}: the page names no such city (for a Latvian page, give the nominative of \
             the city the page names)",
            escaped(&unused.typed)
        )));
    }

    // What the page is not read into: said when its line is no longer on the page.
    if options.lang == Lang::Lv {
        let quotes = ds
            .partnerships
            .iter()
            .map(|p| ("cooperation.json", &p.quote))
            .chain(ds.duties.iter().map(|d| ("duties.json", &d.quote)))
            .chain(ds.statements.iter().map(|s| ("statements.json", &s.quote)));
        let mut missing: Vec<(&str, usize, usize, &str)> = Vec::new();
        for (file, quote) in quotes {
            let at = match missing.iter().position(|m| m.0 == file) {
                Some(at) => at,
                None => {
                    missing.push((file, 0, 0, ""));
                    missing.len() - 1
                }
            };
            missing[at].2 += 1;
            if !on_page(&page, quote) {
                missing[at].1 += 1;
                if missing[at].3.is_empty() {
                    missing[at].3 = quote;
                }
            }
        }
        for (file, gone, of, first) in missing.into_iter().filter(|m| m.1 > 0) {
            notes.push(format!(
                "{file} is kept as it is, but the page no longer has the line{} of {gone} of \
                 its {of} records (the first: {}): check them by hand",
                if gone == 1 { "" } else { "s" },
                page::shown(first)
            ));
        }
    } else {
        notes.push(
            "cooperation.json, duties.json and statements.json are kept as they are: only the \
             Latvian page's text is compared with them"
                .to_owned(),
        );
    }

    // The files.
    let declared_quote = format!("{}; … {}", page.totals.quote, page.advisers_stated.quote);
    let declared = DeclaredOut {
        attaches: page.totals.attaches,
        countries: page.totals.countries,
        advisers: page.advisers_stated.count,
        source: &source,
        quote: &declared_quote,
    };
    let postings_json = format!(
        "{{\n  \"declared\": {},\n  \"attaches\": {},\n  \"advisers\": {}\n}}\n",
        json_line(&declared),
        json_array(&postings.iter().map(json_line).collect::<Vec<_>>(), "  "),
        json_array(&advisers.iter().map(json_line).collect::<Vec<_>>(), "  "),
    );
    let accreditations_json = format!(
        "{}\n",
        json_array(
            &accreditations.iter().map(json_line).collect::<Vec<_>>(),
            ""
        )
    );
    let new_source = ministry_source(source.clone(), options);
    let city_records: Vec<String> = resolver
        .new_cities
        .iter()
        .map(|c| {
            json_line(&CityOut {
                id: &c.id,
                country: &ds.country(c.country).alpha2,
                en: CityNamesOut { name: &c.en },
                lv: CityNamesOut { name: &c.lv },
                source: &source,
            })
        })
        .collect();

    let mut files = Vec::with_capacity(FILES.len());
    for (i, name) in FILES.iter().enumerate() {
        let base = base_texts.get(i).map(String::as_str).unwrap_or_default();
        let unreadable =
            || ImportError::Option(format!("{name} of the dataset in use is not a JSON array"));
        let text = match *name {
            "postings.json" => postings_json.clone(),
            "accreditations.json" => accreditations_json.clone(),
            "sources.json" => appended(base, &[json_line(&new_source)]).ok_or_else(unreadable)?,
            "cities.json" => appended(base, &city_records).ok_or_else(unreadable)?,
            _ => base.to_owned(),
        };
        files.push((*name, text));
    }
    let texts: Vec<String> = files.iter().map(|(_, t)| t.clone()).collect();
    data::from_texts_in_order(&texts).map_err(ImportError::Data)?;
    Ok(Imported {
        files,
        source,
        notes,
        counts: (postings.len(), advisers.len(), accreditations.len()),
    })
}

/// An error when the line says its city is in another country than the data's.
fn check_city_country(
    resolver: &Resolver<'_>,
    city: City,
    said: Option<CountryId>,
    line: usize,
    quote: &str,
) -> Result<(), ImportError> {
    let is_in = resolver.city_country(city);
    match said {
        Some(said) if said != is_in => Err(ImportError::Line(LineError {
            line,
            text: quote.to_owned(),
            message: format!(
                "{} is in {}, not in {}",
                resolver.city_name(city),
                resolver.country_name(is_in),
                resolver.country_name(said)
            ),
            suggestions: Vec::new(),
            declare: None,
        })),
        _ => Ok(()),
    }
}

/// A number of attachés the dataset in use has for the same residence from another source than
/// the posting's own (the English page's "2 defence attachés" in Kyiv beside the Latvian list):
/// kept when the page states none, since the page does not contradict it; the note says so, and
/// says when the countries of the line have changed since. Also whether they have.
fn kept_count(
    ds: &Dataset,
    city: City,
    covers: &[CountryId],
) -> Option<(u32, String, String, bool)> {
    let City::Known(city) = city else {
        return None;
    };
    let posting = ds.postings.iter().find(|p| p.residence == city)?;
    let stated = posting.stated_attaches.as_ref()?;
    (stated.source != posting.source).then(|| {
        (
            stated.count,
            ds.source(stated.source).id.to_string(),
            stated.quote.to_string(),
            posting.covers.as_ref() != covers,
        )
    })
}
