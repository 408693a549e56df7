//! The data files as serde reads them. References between files are still plain strings here;
//! `validate` turns them into typed ids once it has checked that each one resolves.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::latvian::Marks;

/// A string of the dataset: borrowed from the binary when the build script baked it in, owned
/// when read from `--data`. The same types serve both, so no query knows the difference.
pub type Str = Cow<'static, str>;

/// A list of the dataset, borrowed or owned like [`Str`].
pub type List<T> = Cow<'static, [T]>;

/// A text in both of the tool's languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// In English.
    pub en: Str,
    /// In Latvian.
    pub lv: Str,
}

/// A document the facts rest on: every record names one by its id.
// The JSON output shows a source as it is read, field for field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The id records cite it by ("mod-cooperation").
    pub id: Str,
    /// Who published it.
    pub publisher: Text,
    /// Its title, in both languages (the original's and a translation).
    pub title: Text,
    /// ISO 8601 date, where the document gives one.
    pub published: Option<Str>,
    /// Web address, where the document gives one.
    pub address: Option<Str>,
    /// What a reader should know about it, where something needs saying.
    pub note: Option<Text>,
}

/// English names: the one shown and the others a user may type.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnglishNames {
    /// The name shown ("Norway").
    pub name: Str,
    /// The official long name, where it is not the name shown ("Republic of Poland").
    #[serde(default)]
    pub official: Option<Str>,
    /// Other current names and abbreviations ("UK", "Britain").
    #[serde(default)]
    pub aliases: List<Str>,
    /// Former names and spellings ("Burma", "Kiev"): accepted, and said to be former.
    #[serde(default)]
    pub former: List<Str>,
    /// Parts of the country that people name it by ("Scotland"): accepted, and said to be
    /// a part.
    #[serde(default)]
    pub parts: List<Str>,
    /// Whether English puts "the" before the name shown, where the rule (`english.rs`) reads
    /// it wrongly: `true` for "the Netherlands", "the Gambia".
    #[serde(default)]
    pub the: Option<bool>,
}

/// Latvian names, each a nominative; the other six cases come from the declension rules
/// (`latvian.rs`), with the words the rules would read wrongly marked in `declension`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLatvianNames {
    pub name: String,
    #[serde(default)]
    pub official: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub former: Vec<String>,
    #[serde(default)]
    pub parts: Vec<String>,
    /// Words of these names and how they decline, where the rules would read them wrongly.
    #[serde(default)]
    pub declension: Marks,
}

/// Latvian names as the dataset keeps them: the nominatives, and the name shown in the two
/// other cases a sentence needs, made by the declension rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatvianNames {
    /// The name shown, in the nominative ("Norvēģija").
    pub name: Str,
    /// "Polijas": of Poland.
    pub genitive: Str,
    /// "Polijā": in Poland.
    pub locative: Str,
    /// The official long name, where it is not the name shown.
    pub official: Option<Str>,
    /// Other current names and abbreviations.
    pub aliases: List<Str>,
    /// Former names and spellings: accepted, and said to be former.
    pub former: List<Str>,
    /// Parts of the country people name it by: accepted, and said to be a part.
    pub parts: List<Str>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    pub alpha2: String,
    pub alpha3: String,
    pub en: EnglishNames,
    pub lv: RawLatvianNames,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCity {
    pub id: String,
    pub country: String,
    pub en: EnglishNames,
    pub lv: RawLatvianNames,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPostings {
    pub declared: Declared,
    pub attaches: Vec<RawPosting>,
    pub advisers: Vec<RawAdviser>,
}

/// Totals the source states in words, kept as stated even where its own list disagrees.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    pub attaches: u32,
    pub countries: u32,
    pub advisers: u32,
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPosting {
    pub residence: String,
    pub covers: Vec<String>,
    pub source: String,
    pub quote: String,
    /// The number of attachés at this residence, where a source states it.
    #[serde(default)]
    pub stated_attaches: Option<RawStatedCount>,
}

/// A number a source states, with the line that states it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStatedCount {
    pub count: u32,
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAdviser {
    pub residence: String,
    pub embassy_in: String,
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAccreditation {
    pub country: String,
    pub residence: String,
    pub source: String,
    pub quote: String,
    /// The name the source writes for the country, where the tool reads it as this country:
    /// a name several countries share, settled in ambiguities.json ("Koreja").
    #[serde(default)]
    pub name_in_source: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCooperation {
    pub partnerships: Vec<RawPartnership>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPartnership {
    pub id: String,
    pub title: Text,
    /// The role every member has; a member may add its own.
    pub role: Text,
    pub members: Vec<RawMember>,
    /// True where the source ends the list with "u.c." (and others).
    pub open_list: bool,
    pub note: Option<Text>,
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMember {
    pub country: String,
    pub role: Option<Text>,
    /// True where the source names the group by a term ("the Nordic countries") without
    /// listing this member: its membership is the tool's reading of the term.
    #[serde(default)]
    pub inferred: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDuty {
    pub lv: String,
    pub en: String,
    /// The source's own words for the duty.
    pub quote: String,
    pub source: String,
}

/// A statement of a source that is neither a list nor a duty: why attachés and allies matter.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub id: String,
    pub topic: Topic,
    pub lv: String,
    pub en: String,
    pub source: String,
    pub quote: String,
}

/// What a statement is about, which decides the answer that shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// The role of defence attachés and of defence diplomacy (`about`).
    Attaches,
    /// Why relations with allies and partners matter (`partners`).
    Allies,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawUnsc {
    pub candidacy: RawCandidacy,
    pub outcome: RawOutcome,
    pub developments: Vec<RawDevelopment>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCandidacy {
    pub source: String,
    pub sections: Vec<RawSection>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub id: String,
    pub title: Text,
    pub points: Vec<RawPoint>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPoint {
    pub lv: String,
    pub en: String,
    /// The article's own words the point summarises, as printed (its spelling kept).
    pub quote: String,
    /// Countries the point is about, so that `country` can show it.
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub date: String,
    pub elected: bool,
    pub term: Term,
    pub votes: u32,
    pub votes_needed: u32,
    pub elected_same_day: Vec<String>,
    pub withdrew: Vec<String>,
    pub text: Text,
    pub sources: Vec<String>,
}

/// The years of a Security Council seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The first year.
    pub from: u16,
    /// The last year.
    pub to: u16,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDevelopment {
    pub date: String,
    pub text: Text,
    pub countries: Vec<String>,
    pub sources: Vec<String>,
}

/// Names of places in their own languages (endonyms), from one source.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEndonyms {
    pub source: String,
    pub countries: Vec<RawCountryEndonyms>,
    pub cities: Vec<RawCityEndonyms>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCountryEndonyms {
    /// ISO alpha-2 code.
    pub country: String,
    pub names: Vec<Endonym>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCityEndonyms {
    /// City id.
    pub city: String,
    pub names: Vec<Endonym>,
}

/// A place's name in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Endonym {
    /// The CLDR locale of the language ("de", "sr_Cyrl").
    pub lang: String,
    pub name: String,
}

/// A name that fits more than one country ("Congo"). A user who types it is told every
/// country it fits, unless a source settles which one it means.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAmbiguity {
    /// The name in each language (Latvian ones in the nominative; their cases are accepted).
    pub names: RawAmbiguousNames,
    /// ISO alpha-2 codes of every country the name fits.
    pub countries: Vec<String>,
    /// Where a source uses the name for one of them.
    pub settled: Option<RawSettlement>,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAmbiguousNames {
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub lv: Vec<String>,
    #[serde(default)]
    pub declension: Marks,
}

/// A source's use of an ambiguous name for one country.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSettlement {
    pub country: String,
    pub source: String,
    pub quote: String,
}
