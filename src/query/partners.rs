//! `attache partners`: the cooperation picture, group by group.

use serde::Serialize;

use crate::data::{Country, Dataset, Partnership, Source, Text};

#[derive(Debug, Serialize)]
pub struct PartnersReport<'a> {
    /// In the source's order.
    pub groups: Vec<PartnerGroup<'a>>,
}

/// One cooperation group: the record's own fields (id, title, role, open_list, note), its
/// source and its members.
#[derive(Debug, Serialize)]
pub struct PartnerGroup<'a> {
    #[serde(flatten)]
    pub partnership: &'a Partnership,
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
    /// In the source's order.
    pub members: Vec<PartnerMember<'a>>,
}

/// A member of a cooperation group.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PartnerMember<'a> {
    pub country: &'a Country,
    /// What the source says of this member in particular, beyond the group's role.
    pub role: Option<&'a Text>,
}

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
                })
                .collect(),
            source: ds.source(p.source),
        })
        .collect();
    PartnersReport { groups }
}
