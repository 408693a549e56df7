//! `attache partners`: the cooperation picture, group by group.

use serde::Serialize;

use super::{Evidence, StatementView};
use crate::data::{Country, Dataset, Partnership, Source, Text, Topic};

/// Latvia's cooperation groups and their members, as the ministry lists them.
#[derive(Debug, Serialize)]
pub struct PartnersReport<'a> {
    /// In the source's order.
    pub groups: Vec<PartnerGroup<'a>>,
    /// What the source says of relations with allies and partners, in its order.
    pub allies: Vec<StatementView<'a>>,
}

/// One cooperation group: the record's own fields (id, title, role, open_list, note), its
/// source and its members.
#[derive(Debug, Serialize)]
pub struct PartnerGroup<'a> {
    /// The record: id, title, role, whether the source's list is open ("u.c."), note.
    #[serde(flatten)]
    pub partnership: &'a Partnership,
    /// The source of the group; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// In the source's order.
    pub members: Vec<PartnerMember<'a>>,
}

impl<'a> PartnerGroup<'a> {
    /// The group's source and the words that describe it.
    pub fn evidence(&self) -> Evidence<'a> {
        Evidence::quoted(self.source, &self.partnership.quote)
    }
}

/// A member of a cooperation group.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PartnerMember<'a> {
    /// The member country.
    pub country: &'a Country,
    /// What the source says of this member in particular, beyond the group's role.
    pub role: Option<&'a Text>,
    /// The membership is read from the group's term, not listed by the source.
    pub inferred: bool,
}

/// The `partners` answer for `ds`.
pub fn partners(ds: &Dataset) -> PartnersReport<'_> {
    let groups = ds
        .partnerships
        .iter()
        .map(|p| PartnerGroup {
            partnership: p,
            members: p
                .members
                .iter()
                .map(|m| PartnerMember {
                    country: ds.country(m.country),
                    role: m.role.as_ref(),
                    inferred: m.inferred,
                })
                .collect(),
            source: ds.source(p.source),
        })
        .collect();
    PartnersReport {
        groups,
        allies: super::statements(ds, Topic::Allies),
    }
}
