//! `attache country NAME`: everything the dataset knows about one country.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::postings::StatedAttaches;
use super::{AttacheInLatvia, CityInCountry, Evidence};
use crate::data::{
    Adviser, Country, CountryId, Dataset, Partnership, Posting, Section, Source, Text,
};

/// Everything the dataset knows about one country: defence attachés both ways, the attachés
/// it hosts, its cooperation with Latvia and the UN Security Council material that names it.
#[derive(Debug, Serialize)]
pub struct CountryReport<'a> {
    /// The country asked about.
    pub country: &'a Country,
    /// The dataset is about Latvia, so the two directions do not apply to it.
    pub is_latvia: bool,
    /// Latvia's attaché covering the country and Latvia's adviser there, if any.
    pub latvia_to_country: Vec<Representation<'a>>,
    /// The country's attaché accredited to Latvia, if any.
    pub country_to_latvia: Option<AttacheInLatvia<'a>>,
    /// Foreign attachés accredited to Latvia who reside in this country.
    pub hosted: Vec<AttacheInLatvia<'a>>,
    /// The cooperation groups it belongs to, in the source's order.
    pub cooperation: Vec<Role<'a>>,
    /// Where the UN Security Council material names it: the article, then the outcome, then
    /// later developments.
    pub unsc: Vec<UnscMention<'a>>,
}

/// What one of Latvia's representatives abroad is: `kind` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RepresentativeKind {
    /// A defence attaché (`defence_attache`), who may cover several countries from one city.
    #[serde(rename = "defence_attache")]
    Attache,
    /// A defence adviser (`defence_adviser`) at Latvia's embassy in one country.
    #[serde(rename = "defence_adviser")]
    Adviser,
}

/// One of Latvia's representatives for a country.
#[derive(Debug, Serialize)]
pub struct Representation<'a> {
    /// Attaché or adviser.
    pub kind: RepresentativeKind,
    /// Where the representative resides.
    pub residence: CityInCountry<'a>,
    /// The other countries on the same posting, in the source's order.
    pub also_covers: Vec<&'a Country>,
    /// The source of the posting; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// The source's line it rests on, as printed.
    pub quote: &'a str,
    /// How many attachés reside there, where a source states it (`postings` has the shape).
    pub stated_attaches: Option<StatedAttaches<'a>>,
}

impl<'a> Representation<'a> {
    /// The source and the line it rests on.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, self.quote)
    }
}

/// The country's part in one of the cooperation groups.
#[derive(Debug)]
pub struct Role<'a> {
    /// The group: its id, title, role and whether the source's list is open, in JSON.
    pub partnership: &'a Partnership,
    /// What the source says of this member in particular, beyond the group's role.
    pub member_role: Option<&'a Text>,
    /// The membership is read from the group's term, not listed by the source.
    pub inferred: bool,
    /// The source of the group; its id in JSON.
    pub source: &'a Source,
}

/// In JSON: `{ "partnership": id, "title", "role", "member_role", "inferred", "open_list",
/// "source": id, "quote" }`.
impl Serialize for Role<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let p = self.partnership;
        let mut role = serializer.serialize_struct("Role", 8)?;
        role.serialize_field("partnership", &p.id)?;
        role.serialize_field("title", &p.title)?;
        role.serialize_field("role", &p.role)?;
        role.serialize_field("member_role", &self.member_role)?;
        role.serialize_field("inferred", &self.inferred)?;
        role.serialize_field("open_list", &p.open_list)?;
        role.serialize_field("source", &self.source.id)?;
        role.serialize_field("quote", &p.quote)?;
        role.end()
    }
}

/// Where the UN Security Council material mentions the country.
#[derive(Debug)]
pub enum UnscPart<'a> {
    /// A section of the 2021 article.
    Article(&'a Section),
    /// The outcome of the candidacy, on its date.
    Outcome(&'a str),
    /// A later development, on its date.
    Development(&'a str),
}

/// In JSON three keys of the mention: `part` ("article", "outcome" or "development"),
/// `section` (the article's section id, or null) and `date` (the outcome's or development's,
/// or null).
impl Serialize for UnscPart<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (part, section, date) = match self {
            UnscPart::Article(section) => ("article", Some(&section.id), None),
            UnscPart::Outcome(date) => ("outcome", None, Some(date)),
            UnscPart::Development(date) => ("development", None, Some(date)),
        };
        let mut s = serializer.serialize_struct("UnscPart", 3)?;
        s.serialize_field("part", part)?;
        s.serialize_field("section", &section)?;
        s.serialize_field("date", &date)?;
        s.end()
    }
}

/// One mention of the country in the UN Security Council material.
#[derive(Debug, Serialize)]
pub struct UnscMention<'a> {
    /// Which part mentions it: the `part`, `section` and `date` keys in JSON.
    #[serde(flatten)]
    pub part: UnscPart<'a>,
    /// What that part says, in both languages.
    pub text: &'a Text,
    /// The sources of that part; their ids in JSON.
    #[serde(serialize_with = "super::source_ids")]
    pub sources: Vec<&'a Source>,
    /// The article's words, for a point of the article; the dataset keeps no words of the
    /// reports of the outcome and later developments (null).
    pub quote: Option<&'a str>,
}

/// The `country` answer for the country `id` of `ds`.
pub fn country(ds: &Dataset, id: CountryId) -> CountryReport<'_> {
    let latvia_to_country = latvia_to(ds, id);
    let country_to_latvia = attache_to_latvia(ds, id);
    let hosted = ds
        .accreditations
        .iter()
        .filter(|a| ds.city(a.residence).country == id)
        .map(|a| AttacheInLatvia::of(ds, a))
        .collect();

    let cooperation = ds
        .partnerships
        .iter()
        .filter_map(|p| {
            let member = p.members.iter().find(|m| m.country == id)?;
            Some(Role {
                partnership: p,
                member_role: member.role.as_ref(),
                inferred: member.inferred,
                source: ds.source(p.source),
            })
        })
        .collect();

    let sources = |ids: &[crate::data::SourceId]| ids.iter().map(|&s| ds.source(s)).collect();
    let mut unsc = Vec::new();
    for section in ds.unsc.sections.iter() {
        for point in section.points.iter().filter(|p| p.countries.contains(&id)) {
            unsc.push(UnscMention {
                part: UnscPart::Article(section),
                text: &point.text,
                sources: vec![ds.source(ds.unsc.source)],
                quote: Some(&point.quote),
            });
        }
    }
    let outcome = &ds.unsc.outcome;
    if outcome.elected_same_day.contains(&id) || outcome.withdrew.contains(&id) {
        unsc.push(UnscMention {
            part: UnscPart::Outcome(&outcome.date),
            text: &outcome.text,
            sources: sources(&outcome.sources),
            quote: None,
        });
    }
    for development in ds
        .unsc
        .developments
        .iter()
        .filter(|d| d.countries.contains(&id))
    {
        unsc.push(UnscMention {
            part: UnscPart::Development(&development.date),
            text: &development.text,
            sources: sources(&development.sources),
            quote: None,
        });
    }

    CountryReport {
        country: ds.country(id),
        is_latvia: id == ds.latvia,
        latvia_to_country,
        country_to_latvia,
        hosted,
        cooperation,
        unsc,
    }
}

/// Latvia's representatives for country `id`: the attachés that cover it, then the advisers
/// at Latvia's embassy there.
pub fn latvia_to(ds: &Dataset, id: CountryId) -> Vec<Representation<'_>> {
    let postings = ds.postings.iter().filter(|p| p.covers.contains(&id));
    let postings = postings.map(|posting| posting_for(ds, posting, id));
    let advisers = ds.advisers.iter().filter(|a| a.embassy_in == id);
    postings
        .chain(advisers.map(|a| adviser_in(ds, a)))
        .collect()
}

/// `posting`, one of `ds`'s, as Latvia's representative for country `id`, one it covers.
pub(super) fn posting_for<'a>(
    ds: &'a Dataset,
    posting: &'a Posting,
    id: CountryId,
) -> Representation<'a> {
    Representation {
        kind: RepresentativeKind::Attache,
        residence: CityInCountry::of(ds, posting.residence),
        also_covers: posting
            .covers
            .iter()
            .filter(|&&c| c != id)
            .map(|&c| ds.country(c))
            .collect(),
        source: ds.source(posting.source),
        quote: &posting.quote,
        stated_attaches: StatedAttaches::of(ds, posting),
    }
}

/// `adviser`, one of `ds`'s, as Latvia's representative for the country of its embassy.
pub(super) fn adviser_in<'a>(ds: &'a Dataset, adviser: &'a Adviser) -> Representation<'a> {
    Representation {
        kind: RepresentativeKind::Adviser,
        residence: CityInCountry::of(ds, adviser.residence),
        also_covers: Vec::new(),
        source: ds.source(adviser.source),
        quote: &adviser.quote,
        stated_attaches: None,
    }
}

/// Country `id`'s defence attaché accredited to Latvia, if it has one.
pub fn attache_to_latvia(ds: &Dataset, id: CountryId) -> Option<AttacheInLatvia<'_>> {
    ds.accreditations
        .iter()
        .find(|a| a.country == id)
        .map(|a| AttacheInLatvia::of(ds, a))
}

impl<'a> Role<'a> {
    /// The group's source and the words that describe it.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, &self.partnership.quote)
    }
}

impl<'a> UnscMention<'a> {
    /// Each source of the mention, with the article's words where it is a point of the article.
    pub fn evidence(&self) -> Vec<Evidence<'a>> {
        self.sources
            .iter()
            .map(|&source| Evidence {
                source,
                quote: self.quote,
            })
            .collect()
    }
}
