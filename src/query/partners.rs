//! `attache partners`: the cooperation picture, group by group.

use crate::data::{Country, Dataset, Partnership, Source, Text};

#[derive(Debug)]
pub struct PartnersReport<'a> {
    /// In the source's order.
    pub groups: Vec<PartnerGroup<'a>>,
}

#[derive(Debug)]
pub struct PartnerGroup<'a> {
    pub partnership: &'a Partnership,
    /// Each member with what the source says of it in particular, in the source's order.
    pub members: Vec<(&'a Country, Option<&'a Text>)>,
    pub source: &'a Source,
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
                .map(|m| (ds.country(m.country), m.role.as_ref()))
                .collect(),
            source: ds.source(p.source),
        })
        .collect();
    PartnersReport { groups }
}
