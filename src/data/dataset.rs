//! The validated dataset. Every reference is a typed id into one of its tables, made only by
//! validation, so a lookup by id cannot miss.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::Lang;
use super::model::{Declared, EnglishNames, LatvianNames, List, Source, Str, Term, Text};
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
    Nominative,
    /// "Polijas": of, belonging to.
    Genitive,
    /// "Polijā": in.
    Locative,
}

/// A place with names in both languages: a country or a city.
pub trait Named {
    fn english(&self) -> &EnglishNames;
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub alpha2: Str,
    pub alpha3: Str,
    pub en: EnglishNames,
    pub lv: LatvianNames,
    pub source: SourceId,
}

/// In JSON a country is `{ "code", "alpha3", "name": { "en", "lv" } }`: its ISO codes and the
/// name it is shown by in each language, whatever language the user reads, so that a program
/// can match on the code and show either name.
impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut country = serializer.serialize_struct("Country", 3)?;
        country.serialize_field("code", &self.alpha2)?;
        country.serialize_field("alpha3", &self.alpha3)?;
        country.serialize_field("name", &ShownName::of(self))?;
        country.end()
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    pub id: Str,
    pub country: CountryId,
    pub en: EnglishNames,
    pub lv: LatvianNames,
    pub source: SourceId,
}

/// One of Latvia's defence attachés abroad: where it resides and the countries it covers,
/// in the source's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub residence: CityId,
    pub covers: List<CountryId>,
    pub source: SourceId,
    pub quote: Str,
}

/// One of Latvia's defence advisers, at its embassy in a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adviser {
    pub residence: CityId,
    pub embassy_in: CountryId,
    pub source: SourceId,
    pub quote: Str,
}

/// A foreign defence attaché accredited to Latvia. It is resident when its city is in Latvia.
///
/// JSON shows it through the query layer's `AttacheInLatvia`, which resolves the references
/// (skipped here) and flattens in the rest of the record: a field added here, and not
/// skipped, appears in every attaché of the JSON output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Accreditation {
    #[serde(skip)]
    pub country: CountryId,
    #[serde(skip)]
    pub residence: CityId,
    #[serde(skip)]
    pub source: SourceId,
    /// Not in JSON, like every quote but the stated totals'.
    #[serde(skip)]
    pub quote: Str,
}

/// A cooperation group. In JSON its references (skipped here) are resolved by the query that
/// shows it, and the rest of the record is flattened in as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Partnership {
    pub id: Str,
    pub title: Text,
    pub role: Text,
    #[serde(skip)]
    pub members: List<Member>,
    pub open_list: bool,
    pub note: Option<Text>,
    #[serde(skip)]
    pub source: SourceId,
    #[serde(skip)]
    pub quote: Str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub country: CountryId,
    pub role: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duty {
    pub text: Text,
    pub source: SourceId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclaredFigures {
    pub attaches: u32,
    pub countries: u32,
    pub advisers: u32,
    pub source: SourceId,
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
    pub source: SourceId,
    pub sections: List<Section>,
    pub outcome: Outcome,
    pub developments: List<Development>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: Str,
    pub title: Text,
    pub points: List<Point>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub text: Text,
    pub countries: List<CountryId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub date: Str,
    pub elected: bool,
    pub term: Term,
    pub votes: u32,
    pub votes_needed: u32,
    pub elected_same_day: List<CountryId>,
    pub withdrew: List<CountryId>,
    pub text: Text,
    pub sources: List<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Development {
    pub date: Str,
    pub text: Text,
    pub countries: List<CountryId>,
    pub sources: List<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub sources: List<Source>,
    pub countries: List<Country>,
    pub cities: List<City>,
    pub declared: DeclaredFigures,
    pub postings: List<Posting>,
    pub advisers: List<Adviser>,
    pub accreditations: List<Accreditation>,
    pub partnerships: List<Partnership>,
    pub duties: List<Duty>,
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
}

impl Dataset {
    pub fn country(&self, id: CountryId) -> &Country {
        &self.countries[usize::from(id.0)]
    }

    pub fn city(&self, id: CityId) -> &City {
        &self.cities[usize::from(id.0)]
    }

    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[usize::from(id.0)]
    }

    pub fn country_ids(&self) -> impl Iterator<Item = CountryId> + '_ {
        (0..self.countries.len()).map(|i| CountryId(i as u16))
    }

    pub fn city_ids(&self) -> impl Iterator<Item = CityId> + '_ {
        (0..self.cities.len()).map(|i| CityId(i as u16))
    }

    /// Whether an attaché residing in `city` is resident in Latvia.
    pub fn in_latvia(&self, city: CityId) -> bool {
        self.city(city).country == self.latvia
    }
}
