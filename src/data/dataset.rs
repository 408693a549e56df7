//! The validated dataset. Every reference is a typed id into one of its tables, made only by
//! validation, so a lookup by id cannot miss.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::Lang;
use super::model::{Declared, EnglishNames, LatvianNames, List, Source, Str, Term, Text, Topic};
use super::names::NameIndex;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub(crate) u16);
    };
}
id_type!(
    /// A country in [`Dataset::countries`].
    CountryId
);
id_type!(
    /// A city in [`Dataset::cities`].
    CityId
);
id_type!(
    /// A source in [`Dataset::sources`].
    SourceId
);

/// The grammatical case a Latvian sentence needs a name in. English names do not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// "Polija": the name itself.
    Nominative,
    /// "Polijas": of, belonging to.
    Genitive,
    /// "Polijā": in.
    Locative,
}

/// A place with names in both languages: a country or a city.
pub trait Named {
    /// The place's English names.
    fn english(&self) -> &EnglishNames;
    /// The place's Latvian names, with the cases sentences need.
    fn latvian(&self) -> &LatvianNames;

    /// The name to show in `lang`.
    fn name(&self, lang: Lang) -> &str {
        self.name_in(lang, Case::Nominative)
    }

    /// Every name listed for the place, with its language, and the Latvian name in the cases
    /// sentences use: what search matches. (Resolution indexes more: every Latvian case.)
    fn name_forms(&self) -> impl Iterator<Item = (&str, Lang)> {
        name_forms(self.english(), self.latvian())
    }

    /// The name as a sentence names it: in English with "the" where the name takes it ("the
    /// United Kingdom"); in Latvian in the case the sentence needs.
    fn name_in_sentence(&self, lang: Lang, case: Case) -> String {
        match lang {
            Lang::En => super::english::with_the(&self.english().name, self.english().takes_the()),
            Lang::Lv => self.name_in(lang, case).to_owned(),
        }
    }

    /// The name in `lang` in the case a sentence needs.
    fn name_in(&self, lang: Lang, case: Case) -> &str {
        let lv = self.latvian();
        match (lang, case) {
            (Lang::En, _) => &self.english().name,
            (Lang::Lv, Case::Nominative) => &lv.name,
            (Lang::Lv, Case::Genitive) => &lv.genitive,
            (Lang::Lv, Case::Locative) => &lv.locative,
        }
    }
}

/// The name forms of [`Named::name_forms`]: every name listed for the place, and the
/// Latvian name shown in the cases a sentence uses.
pub fn name_forms<'a>(
    en: &'a EnglishNames,
    lv: &'a LatvianNames,
) -> impl Iterator<Item = (&'a str, Lang)> {
    let en_forms = std::iter::once(&en.name)
        .chain(en.official.as_ref())
        .chain(en.aliases.iter())
        .chain(en.former.iter())
        .chain(en.parts.iter())
        .map(|f| (f.as_ref(), Lang::En));
    let lv_forms = [&lv.name, &lv.genitive, &lv.locative]
        .into_iter()
        .chain(lv.official.as_ref())
        .chain(lv.aliases.iter())
        .chain(lv.former.iter())
        .chain(lv.parts.iter())
        .map(|f| (f.as_ref(), Lang::Lv));
    en_forms.chain(lv_forms)
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn english(&self) -> &EnglishNames {
                &self.en
            }
            fn latvian(&self) -> &LatvianNames {
                &self.lv
            }
        }
    )*};
}
named!(Country, City);

/// A country: every ISO 3166-1 country is one, so that any name a user types resolves, even
/// to a country the sources do not mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("NO"): `code` in JSON.
    pub alpha2: Str,
    /// ISO 3166-1 alpha-3 code ("NOR").
    pub alpha3: Str,
    /// Its English names.
    pub en: EnglishNames,
    /// Its Latvian names.
    pub lv: LatvianNames,
    /// The source of its codes and names.
    pub source: SourceId,
}

/// A country's JSON object, as serialized field by field (a country's `Serialize`, outside
/// this folder, writes the text baked from this where it can).
///
/// In JSON a country is `{ "code", "alpha3", "name": { "en", "lv" } }`: its ISO codes and the
/// name it is shown by in each language, whatever language the user reads, so that a program
/// can match on the code and show either name.
#[derive(Debug, Clone, Copy)]
pub struct CountryJson<'a>(pub &'a Country);

impl Serialize for CountryJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut country = serializer.serialize_struct("Country", 3)?;
        country.serialize_field("code", &self.0.alpha2)?;
        country.serialize_field("alpha3", &self.0.alpha3)?;
        country.serialize_field("name", &ShownName::of(self.0))?;
        country.end()
    }
}

/// A city's JSON object, with its country: `{ "id", "name": { "en", "lv" }, "country" }`, as
/// serialized field by field (see [`CountryJson`]).
#[derive(Debug, Clone, Copy)]
pub struct CityJson<'a> {
    /// The city.
    pub city: &'a City,
    /// The country it is in.
    pub country: &'a Country,
}

impl Serialize for CityJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut city = serializer.serialize_struct("City", 3)?;
        city.serialize_field("id", &self.city.id)?;
        city.serialize_field("name", &ShownName::of(self.city))?;
        city.serialize_field("country", &CountryJson(self.country))?;
        city.end()
    }
}

/// The name a country or city is shown by, in both languages: `{ "en", "lv" }` in JSON. The
/// other names a user may type are for resolution, not for output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ShownName<'a> {
    /// The English name shown ("Norway").
    pub en: &'a str,
    /// The Latvian name shown, in the nominative ("Norvēģija").
    pub lv: &'a str,
}

impl<'a> ShownName<'a> {
    /// The names `place` is shown by.
    pub fn of<T: Named>(place: &'a T) -> Self {
        ShownName {
            en: &place.english().name,
            lv: &place.latvian().name,
        }
    }
}

/// A city the sources name: where an attaché or adviser resides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    /// The id records cite it by ("stockholm").
    pub id: Str,
    /// The country it is in.
    pub country: CountryId,
    /// Its English names.
    pub en: EnglishNames,
    /// Its Latvian names.
    pub lv: LatvianNames,
    /// The source of its names.
    pub source: SourceId,
}

/// One of Latvia's defence attachés abroad: where it resides and the countries it covers,
/// in the source's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    /// The city it resides in.
    pub residence: CityId,
    /// The countries it covers, in the source's order.
    pub covers: List<CountryId>,
    /// The source that lists it.
    pub source: SourceId,
    /// The source's line that lists it, kept as evidence (not in JSON).
    pub quote: Str,
    /// The number of attachés residing there, where a source states it (elsewhere the list is
    /// read as one attaché a residence).
    pub stated_attaches: Option<StatedCount>,
}

/// A number a source states, with its source and the line that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedCount {
    /// The number.
    pub count: u32,
    /// The source that states it.
    pub source: SourceId,
    /// The source's line that states it.
    pub quote: Str,
}

/// One of Latvia's defence advisers, at its embassy in a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adviser {
    /// The city it resides in.
    pub residence: CityId,
    /// The country whose Latvian embassy it serves at.
    pub embassy_in: CountryId,
    /// The source that lists it.
    pub source: SourceId,
    /// The source's line that lists it, kept as evidence (not in JSON).
    pub quote: Str,
}

/// A foreign defence attaché accredited to Latvia. It is resident when its city is in Latvia.
///
/// JSON shows it through the query layer's `AttacheInLatvia`, which resolves the references
/// (skipped here) and flattens in the rest of the record: a field added here, and not
/// skipped, appears in every attaché of the JSON output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Accreditation {
    /// The country whose attaché it is.
    #[serde(skip)]
    pub country: CountryId,
    /// The city it resides in.
    #[serde(skip)]
    pub residence: CityId,
    /// The source that lists it.
    #[serde(skip)]
    pub source: SourceId,
    /// The source's line that lists it, as printed.
    pub quote: Str,
    /// The name the source writes for the country, where the country is the tool's reading
    /// of it (a name several countries share, which the data settles): shown beside the
    /// country wherever the accreditation is. `null` in JSON elsewhere.
    pub name_in_source: Option<Str>,
}

/// A cooperation group. In JSON its references (skipped here) are resolved by the query that
/// shows it, and the rest of the record is flattened in as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Partnership {
    /// The id the group is known by in the data ("nordic-countries").
    pub id: Str,
    /// Its name, in both languages.
    pub title: Text,
    /// The role every member has; a member may add its own.
    pub role: Text,
    /// Its members, in the source's order.
    #[serde(skip)]
    pub members: List<Member>,
    /// Whether the source ends its list with "u.c." (and others): the members listed may not be
    /// all.
    pub open_list: bool,
    /// What a reader should know about the group, where something needs saying.
    pub note: Option<Text>,
    /// The source that describes it.
    #[serde(skip)]
    pub source: SourceId,
    /// The source's words that describe it, as printed.
    pub quote: Str,
}

/// A member of a cooperation group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member country.
    pub country: CountryId,
    /// What the source says of this member in particular, beyond the group's role.
    pub role: Option<Text>,
    /// The source names the group by a term without listing this member: the membership is
    /// read from the term, and every view that shows it says so.
    pub inferred: bool,
}

/// One of a defence attaché's duties, as the ministry lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duty {
    /// The duty, in both languages.
    pub text: Text,
    /// The source's own words for it.
    pub quote: Str,
    /// The source that lists it.
    pub source: SourceId,
}

/// A statement of a source about why attachés or allies matter, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Its id, unique in the file.
    pub id: Str,
    /// What it is about: `attaches` (shown by `about`) or `allies` (shown by `partners`).
    pub topic: Topic,
    /// The statement, in both languages.
    pub text: Text,
    /// Its source; the id in JSON.
    #[serde(skip)]
    pub source: SourceId,
    /// The source's words it rests on.
    pub quote: Str,
}

/// The totals the ministry states in words for Latvia's postings, kept as stated even where its
/// own list disagrees (`attache check` warns of that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclaredFigures {
    /// The number of attachés.
    pub attaches: u32,
    /// The number of countries they cover.
    pub countries: u32,
    /// The number of advisers.
    pub advisers: u32,
    /// The source that states them.
    pub source: SourceId,
    /// The source's sentence that states them.
    pub quote: Str,
}

impl DeclaredFigures {
    pub(super) fn new(raw: Declared, source: SourceId) -> Self {
        DeclaredFigures {
            attaches: raw.attaches,
            countries: raw.countries,
            advisers: raw.advisers,
            source,
            quote: raw.quote.into(),
        }
    }
}

/// The UN Security Council candidacy: the 2021 article, its outcome, and what came later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsc {
    /// The 2021 article that set out the candidacy.
    pub source: SourceId,
    /// The article's summary, section by section.
    pub sections: List<Section>,
    /// The outcome of the vote.
    pub outcome: Outcome,
    /// What came later, in the data's order.
    pub developments: List<Development>,
}

/// A section of the 2021 article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its id ("rationale"), for reference.
    pub id: Str,
    /// Its title, in both languages.
    pub title: Text,
    /// What it says, point by point.
    pub points: List<Point>,
}

/// One point of a section of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// The point, in both languages.
    pub text: Text,
    /// The article's own words the point summarises, as printed.
    pub quote: Str,
    /// The countries it is about, so that `country` can show it.
    pub countries: List<CountryId>,
}

/// The outcome of the candidacy: the vote in the UN General Assembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The day of the vote (ISO 8601).
    pub date: Str,
    /// Whether Latvia was elected.
    pub elected: bool,
    /// The years of the seat.
    pub term: Term,
    /// The votes Latvia received.
    pub votes: u32,
    /// The votes it needed: two thirds of those voting.
    pub votes_needed: u32,
    /// The other countries elected that day.
    pub elected_same_day: List<CountryId>,
    /// The candidates for the seat that withdrew.
    pub withdrew: List<CountryId>,
    /// What the sources say of it, in both languages.
    pub text: Text,
    /// Its sources.
    pub sources: List<SourceId>,
}

/// A later development of the candidacy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Development {
    /// When it happened (ISO 8601).
    pub date: Str,
    /// What happened, in both languages.
    pub text: Text,
    /// The countries it concerns.
    pub countries: List<CountryId>,
    /// Its sources.
    pub sources: List<SourceId>,
}

/// The validated dataset: every table of records, their references typed ids that cannot
/// dangle, and the indexes that resolve names. Queries read it and nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// Every source, in the data's order.
    pub sources: List<Source>,
    /// Every ISO 3166-1 country.
    pub countries: List<Country>,
    /// The cities the sources name.
    pub cities: List<City>,
    /// The totals the ministry states for Latvia's postings.
    pub declared: DeclaredFigures,
    /// Latvia's defence attachés abroad, in the source's order.
    pub postings: List<Posting>,
    /// Latvia's defence advisers, in the source's order.
    pub advisers: List<Adviser>,
    /// The foreign defence attachés accredited to Latvia, in the source's order.
    pub accreditations: List<Accreditation>,
    /// The cooperation groups, in the source's order.
    pub partnerships: List<Partnership>,
    /// A defence attaché's duties, in the source's order.
    pub duties: List<Duty>,
    /// Statements of why attachés and allies matter, in the source's order.
    pub statements: List<Statement>,
    /// The UN Security Council candidacy.
    pub unsc: Unsc,
    /// Every accepted form of every country name, folded, built once at load.
    pub country_names: NameIndex<CountryId>,
    /// Every accepted form of every city name, folded, built once at load.
    pub city_names: NameIndex<CityId>,
    /// The source of each record that only names places (endonyms.json, ambiguities.json and
    /// the settlement of an ambiguity): resolution reads them from the indexes; this keeps
    /// them counted with their sources.
    pub name_records: List<SourceId>,
    /// Latvia, the country the whole dataset is about.
    pub latvia: CountryId,
    /// The words `search` looks up: baked with the embedded data; `None` for a dataset read
    /// at run time, which folds and indexes its texts when a search asks (`search_index`).
    pub search_index: Option<super::search::SearchIndex>,
}

impl Dataset {
    /// The country `id` names.
    pub fn country(&self, id: CountryId) -> &Country {
        &self.countries[usize::from(id.0)]
    }

    /// The city `id` names.
    pub fn city(&self, id: CityId) -> &City {
        &self.cities[usize::from(id.0)]
    }

    /// The source `id` names.
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[usize::from(id.0)]
    }

    /// Every country's id, in the dataset's order.
    pub fn country_ids(&self) -> impl Iterator<Item = CountryId> + '_ {
        (0..self.countries.len()).map(|i| CountryId(i as u16))
    }

    /// Every city's id, in the dataset's order.
    pub fn city_ids(&self) -> impl Iterator<Item = CityId> + '_ {
        (0..self.cities.len()).map(|i| CityId(i as u16))
    }

    /// The date of the newest dated fact: a source's publication, the vote, or a later
    /// development (what `about` and `--version` show).
    pub fn newest_fact(&self) -> Option<&str> {
        let published = self.sources.iter().filter_map(|s| s.published.as_deref());
        let unsc = &self.unsc;
        published
            .chain([unsc.outcome.date.as_ref()])
            .chain(unsc.developments.iter().map(|d| d.date.as_ref()))
            .max()
    }

    /// Whether an attaché residing in `city` is resident in Latvia.
    pub fn in_latvia(&self, city: CityId) -> bool {
        self.city(city).country == self.latvia
    }
}
