//! The data files as serde reads them. References between files are still plain strings here;
//! `validate` turns them into typed ids once it has checked that each one resolves.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A string of the dataset: borrowed from the binary when the build script baked it in, owned
/// when read from `--data`. The same types serve both, so no query knows the difference.
pub type Str = Cow<'static, str>;

/// A list of the dataset, borrowed or owned like [`Str`].
pub type List<T> = Cow<'static, [T]>;

/// A text in both of the tool's languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: Str,
    pub lv: Str,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Str,
    pub publisher: Text,
    pub title: Text,
    /// ISO 8601 date, where the document gives one.
    pub published: Option<Str>,
    /// Web address, where the document gives one.
    pub address: Option<Str>,
    pub note: Option<Text>,
}

/// English names: the one shown and the others a user may type.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnglishNames {
    pub name: Str,
    pub aliases: List<Str>,
}

/// Latvian names: the nominative shown, the case forms a sentence needs, and other forms a
/// user may type (other names and their cases).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LatvianNames {
    pub name: Str,
    pub genitive: Str,
    pub locative: Str,
    pub aliases: List<Str>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    pub alpha2: String,
    pub alpha3: String,
    pub en: EnglishNames,
    pub lv: LatvianNames,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCity {
    pub id: String,
    pub country: String,
    pub en: EnglishNames,
    pub lv: LatvianNames,
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
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDuty {
    pub lv: String,
    pub en: String,
    pub source: String,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub from: u16,
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
