//! `attache reciprocity [--only CLASS]`: for every country linked to Latvia in either direction,
//! whether the link runs both ways.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::country::{Representation, adviser_in, posting_for};
use super::{AttacheInLatvia, Evidence};
use crate::data::{Country, Dataset};

/// How a country and Latvia are linked by defence attachés: `class` in JSON (`mutual`,
/// `latvia_only`, `partner_only`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Latvia has an attaché or adviser for the country, and the country one accredited to Latvia.
    Mutual,
    /// Only Latvia has an attaché or adviser for the country.
    LatviaOnly,
    /// Only the country has an attaché accredited to Latvia.
    PartnerOnly,
}

/// A country linked to Latvia in one direction or both.
#[derive(Debug, Serialize)]
pub struct Link<'a> {
    /// The country.
    pub country: &'a Country,
    /// Which ways the link runs.
    pub class: Class,
    /// Latvia's attachés and advisers for the country.
    pub latvia: Vec<Representation<'a>>,
    /// The country's attaché accredited to Latvia.
    pub partner: Option<AttacheInLatvia<'a>>,
}

impl<'a> Link<'a> {
    /// What both directions rest on.
    pub fn evidence(&self) -> Vec<Evidence<'a>> {
        let latvia = self.latvia.iter().map(Representation::evidence);
        latvia
            .chain(self.partner.as_ref().map(AttacheInLatvia::evidence))
            .collect()
    }
}

/// Every country linked to Latvia by defence attachés, and whether the link runs both ways:
/// where Latvia is represented without a partner in return, and the reverse.
#[derive(Debug, Serialize)]
pub struct ReciprocityReport<'a> {
    /// The one class the links were limited to (`--only`), if any.
    pub only: Option<Class>,
    /// How many countries fall in each class, whatever `only` kept.
    pub counts: ClassCounts,
    /// By class (mutual, Latvia only, partner only), then by ISO code.
    pub links: Vec<Link<'a>>,
}

/// How many countries fall in each class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClassCounts {
    /// Linked both ways.
    pub mutual: usize,
    /// Linked by Latvia's attaché or adviser only.
    pub latvia_only: usize,
    /// Linked by the country's attaché only.
    pub partner_only: usize,
}

impl ClassCounts {
    /// Every country linked to Latvia.
    pub fn total(&self) -> usize {
        self.mutual + self.latvia_only + self.partner_only
    }
}

/// In JSON: `{ "mutual", "latvia_only", "partner_only", "total" }`.
impl Serialize for ClassCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_struct("ClassCounts", 4)?;
        counts.serialize_field("mutual", &self.mutual)?;
        counts.serialize_field("latvia_only", &self.latvia_only)?;
        counts.serialize_field("partner_only", &self.partner_only)?;
        counts.serialize_field("total", &self.total())?;
        counts.end()
    }
}

/// The `reciprocity` answer for `ds`, the links limited to `only` if given.
pub fn reciprocity(ds: &Dataset, only: Option<Class>) -> ReciprocityReport<'_> {
    // The two directions of the country report ([`super::country::latvia_to`],
    // [`super::country::attache_to_latvia`]) for
    // every country at once: one pass over the postings, the advisers and the accreditations,
    // rather than one over each for every country. A country is linked when either is set.
    let countries = ds.countries.len();
    let mut latvia: Vec<Vec<Representation<'_>>> = (0..countries).map(|_| Vec::new()).collect();
    for posting in ds.postings.iter() {
        for (k, &id) in posting.covers.iter().enumerate() {
            // Once a posting, as `latvia_to` finds it, should a country be listed twice.
            if !posting.covers[..k].contains(&id) {
                latvia[usize::from(id.0)].push(posting_for(ds, posting, id));
            }
        }
    }
    for adviser in ds.advisers.iter() {
        latvia[usize::from(adviser.embassy_in.0)].push(adviser_in(ds, adviser));
    }
    let mut partner: Vec<Option<AttacheInLatvia<'_>>> = vec![None; countries];
    for a in ds.accreditations.iter() {
        // The first accreditation of a country, as `attache_to_latvia` finds it.
        partner[usize::from(a.country.0)].get_or_insert_with(|| AttacheInLatvia::of(ds, a));
    }
    let mut links: Vec<Link<'_>> = ds
        .country_ids()
        .zip(latvia.into_iter().zip(partner))
        .filter(|&(id, _)| id != ds.latvia)
        .filter_map(|(id, (latvia, partner))| {
            let class = match (latvia.is_empty(), partner.is_some()) {
                (false, true) => Class::Mutual,
                (false, false) => Class::LatviaOnly,
                (true, true) => Class::PartnerOnly,
                (true, false) => return None,
            };
            Some(Link {
                country: ds.country(id),
                class,
                latvia,
                partner,
            })
        })
        .collect();
    links.sort_by(|a, b| {
        a.class
            .cmp(&b.class)
            .then_with(|| a.country.alpha2.cmp(&b.country.alpha2))
    });
    let mut counts = ClassCounts::default();
    for link in links.iter() {
        match link.class {
            Class::Mutual => counts.mutual += 1,
            Class::LatviaOnly => counts.latvia_only += 1,
            Class::PartnerOnly => counts.partner_only += 1,
        }
    }
    links.retain(|link| only.is_none_or(|class| class == link.class));
    ReciprocityReport {
        only,
        links,
        counts,
    }
}
