//! The machine contract: one JSON document per command, keys in English, countries with ISO
//! codes and names in both languages whatever `--lang` says. The shapes are documented in
//! README.md; `FORMAT_VERSION` changes whenever one changes in a way that could break a reader.

use std::io::{self, Write};

use serde::Serialize;

use super::{Answer, hit_command, hit_text, mismatch_text};
use crate::data::Check;
use crate::data::Lang;
use crate::data::{City, Country, Source, Term, Text};
use crate::query::about::{AboutReport, RecordCounts};
use crate::query::accredited::{AccreditedReport, Residency};
use crate::query::check::{CheckOutcome, CheckReport, Line};
use crate::query::city::CityReport;
use crate::query::country::{CountryReport, Representation, RepresentativeKind, UnscPart};
use crate::query::graph::{EdgeKind, GraphReport, Node, NodeView};
use crate::query::non_resident::NonResidentReport;
use crate::query::partners::PartnersReport;
use crate::query::postings::{Figure, Figures, PostingsReport};
use crate::query::reciprocity::{Class, ClassCounts, ReciprocityReport};
use crate::query::search::{Record, SearchReport};
use crate::query::sources::SourcesReport;
use crate::query::stats::StatsReport;
use crate::query::unsc::UnscReport;
use crate::query::{AttacheInLatvia, CityInCountry};

pub const FORMAT_VERSION: u32 = 1;

pub fn render(answer: &Answer<'_>, out: &mut dyn Write) -> io::Result<()> {
    match answer {
        Answer::Country(report) => write(out, &country(report)),
        Answer::City(report) => write(out, &city(report)),
        Answer::Partners(report) => write(out, &partners(report)),
        Answer::About(report) => write(out, &about(report)),
        Answer::Search(report) => write(out, &search(report)),
        Answer::Reciprocity(report) => write(out, &reciprocity(report)),
        Answer::Sources(report) => write(out, &sources(report)),
        Answer::Check(report) => write(out, &check(report)),
        Answer::Stats(report) => write(out, &stats(report)),
        Answer::Graph(report) => write(out, &graph(report)),
        Answer::NonResident(report) => write(out, &non_resident(report)),
        Answer::Accredited(report) => write(out, &accredited(report)),
        Answer::Postings(report) => write(out, &postings(report)),
        Answer::Unsc(report) => write(out, &unsc(report)),
    }
}

fn write(out: &mut dyn Write, document: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, document)?;
    writeln!(out)
}

#[derive(Serialize)]
struct Names<'a> {
    en: &'a str,
    lv: &'a str,
}

#[derive(Serialize)]
struct CountryJson<'a> {
    code: &'a str,
    alpha3: &'a str,
    name: Names<'a>,
}

fn country_json(c: &Country) -> CountryJson<'_> {
    CountryJson {
        code: &c.alpha2,
        alpha3: &c.alpha3,
        name: Names {
            en: &c.en.name,
            lv: &c.lv.name,
        },
    }
}

fn countries_json<'a>(countries: &[&'a Country]) -> Vec<CountryJson<'a>> {
    countries.iter().map(|c| country_json(c)).collect()
}

#[derive(Serialize)]
struct CityJson<'a> {
    id: &'a str,
    name: Names<'a>,
    country: CountryJson<'a>,
}

fn city_json<'a>(city: &'a City, country: &'a Country) -> CityJson<'a> {
    CityJson {
        id: &city.id,
        name: Names {
            en: &city.en.name,
            lv: &city.lv.name,
        },
        country: country_json(country),
    }
}

fn place_json(place: CityInCountry<'_>) -> CityJson<'_> {
    city_json(place.city, place.country)
}

#[derive(Serialize)]
struct AttacheJson<'a> {
    country: CountryJson<'a>,
    residence: CityJson<'a>,
    resident: bool,
    source: &'a str,
}

fn attache_json<'a>(a: &AttacheInLatvia<'a>) -> AttacheJson<'a> {
    AttacheJson {
        country: country_json(a.country),
        residence: place_json(a.residence),
        resident: a.resident,
        source: &a.source.id,
    }
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    publisher: &'a Text,
    title: &'a Text,
    published: Option<&'a str>,
    address: Option<&'a str>,
    note: Option<&'a Text>,
}

fn source_json(s: &Source) -> SourceJson<'_> {
    SourceJson {
        id: &s.id,
        publisher: &s.publisher,
        title: &s.title,
        published: s.published.as_deref(),
        address: s.address.as_deref(),
        note: s.note.as_ref(),
    }
}

// `attache country`

#[derive(Serialize)]
struct CountryDocument<'a> {
    format_version: u32,
    country: CountryJson<'a>,
    is_latvia: bool,
    latvia_to_country: Vec<RepresentationJson<'a>>,
    country_to_latvia: Option<AttacheJson<'a>>,
    hosted: Vec<AttacheJson<'a>>,
    cooperation: Vec<RoleJson<'a>>,
    unsc: Vec<MentionJson<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum KindJson {
    DefenceAttache,
    DefenceAdviser,
}

fn kind_json(kind: RepresentativeKind) -> KindJson {
    match kind {
        RepresentativeKind::Attache => KindJson::DefenceAttache,
        RepresentativeKind::Adviser => KindJson::DefenceAdviser,
    }
}

#[derive(Serialize)]
struct RepresentationJson<'a> {
    kind: KindJson,
    residence: CityJson<'a>,
    also_covers: Vec<CountryJson<'a>>,
    source: &'a str,
}

#[derive(Serialize)]
struct RoleJson<'a> {
    partnership: &'a str,
    title: &'a Text,
    role: &'a Text,
    member_role: Option<&'a Text>,
    open_list: bool,
    source: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum PartJson {
    Article,
    Outcome,
    Development,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    part: PartJson,
    section: Option<&'a str>,
    date: Option<&'a str>,
    text: &'a Text,
    sources: Vec<&'a str>,
}

fn representation_json<'a>(rep: &Representation<'a>) -> RepresentationJson<'a> {
    RepresentationJson {
        kind: kind_json(rep.kind),
        residence: place_json(rep.residence),
        also_covers: countries_json(&rep.also_covers),
        source: &rep.source.id,
    }
}

fn country<'a>(r: &CountryReport<'a>) -> CountryDocument<'a> {
    CountryDocument {
        format_version: FORMAT_VERSION,
        country: country_json(r.country),
        is_latvia: r.is_latvia,
        latvia_to_country: r
            .latvia_to_country
            .iter()
            .map(representation_json)
            .collect(),
        country_to_latvia: r.country_to_latvia.as_ref().map(attache_json),
        hosted: r.hosted.iter().map(attache_json).collect(),
        cooperation: r
            .cooperation
            .iter()
            .map(|role| RoleJson {
                partnership: &role.partnership.id,
                title: &role.partnership.title,
                role: &role.partnership.role,
                member_role: role.member_role,
                open_list: role.partnership.open_list,
                source: &role.source.id,
            })
            .collect(),
        unsc: r
            .unsc
            .iter()
            .map(|m| {
                let (part, section, date) = match m.part {
                    UnscPart::Article(section) => {
                        (PartJson::Article, Some(section.id.as_ref()), None)
                    }
                    UnscPart::Outcome(date) => (PartJson::Outcome, None, Some(date)),
                    UnscPart::Development(date) => (PartJson::Development, None, Some(date)),
                };
                MentionJson {
                    part,
                    section,
                    date,
                    text: m.text,
                    sources: m.sources.iter().map(|s| s.id.as_ref()).collect(),
                }
            })
            .collect(),
    }
}

// `attache non-resident`

#[derive(Serialize)]
struct NonResidentDocument<'a> {
    format_version: u32,
    city: Option<CityJson<'a>>,
    total: usize,
    groups: Vec<GroupJson<'a>>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    residence: CityJson<'a>,
    count: usize,
    attaches: Vec<AttacheJson<'a>>,
}

fn non_resident<'a>(r: &NonResidentReport<'a>) -> NonResidentDocument<'a> {
    NonResidentDocument {
        format_version: FORMAT_VERSION,
        city: r.city.map(place_json),
        total: r.total(),
        groups: r
            .groups
            .iter()
            .map(|g| GroupJson {
                residence: place_json(g.residence),
                count: g.attaches.len(),
                attaches: g.attaches.iter().map(attache_json).collect(),
            })
            .collect(),
    }
}

// `attache accredited`

#[derive(Serialize)]
struct AccreditedDocument<'a> {
    format_version: u32,
    filter: &'static str,
    total: usize,
    resident: usize,
    non_resident: usize,
    attaches: Vec<AttacheJson<'a>>,
}

fn accredited<'a>(r: &AccreditedReport<'a>) -> AccreditedDocument<'a> {
    AccreditedDocument {
        format_version: FORMAT_VERSION,
        filter: match r.residency {
            Residency::All => "all",
            Residency::Resident => "resident",
            Residency::NonResident => "non_resident",
        },
        total: r.attaches.len(),
        resident: r.resident_count(),
        non_resident: r.non_resident_count(),
        attaches: r.attaches.iter().map(attache_json).collect(),
    }
}

// `attache postings`

#[derive(Serialize)]
struct PostingsDocument<'a> {
    format_version: u32,
    attaches: Vec<PostingJson<'a>>,
    advisers: Vec<AdviserJson<'a>>,
    listed: Figures,
    declared: DeclaredJson<'a>,
    mismatches: Vec<MismatchJson>,
}

#[derive(Serialize)]
struct PostingJson<'a> {
    residence: CityJson<'a>,
    covers: Vec<CountryJson<'a>>,
    source: &'a str,
}

#[derive(Serialize)]
struct AdviserJson<'a> {
    residence: CityJson<'a>,
    embassy_in: CountryJson<'a>,
    source: &'a str,
}

#[derive(Serialize)]
struct DeclaredJson<'a> {
    #[serde(flatten)]
    figures: Figures,
    source: &'a str,
    quote: &'a str,
}

#[derive(Serialize)]
struct MismatchJson {
    figure: Figure,
    declared: usize,
    listed: usize,
}

fn postings<'a>(r: &PostingsReport<'a>) -> PostingsDocument<'a> {
    PostingsDocument {
        format_version: FORMAT_VERSION,
        attaches: r
            .attaches
            .iter()
            .map(|p| PostingJson {
                residence: place_json(p.residence),
                covers: countries_json(&p.covers),
                source: &p.source.id,
            })
            .collect(),
        advisers: r
            .advisers
            .iter()
            .map(|a| AdviserJson {
                residence: place_json(a.residence),
                embassy_in: country_json(a.embassy_in),
                source: &a.source.id,
            })
            .collect(),
        listed: r.listed,
        declared: DeclaredJson {
            figures: r.declared,
            source: &r.declared_source.id,
            quote: r.declared_quote,
        },
        mismatches: r
            .mismatches()
            .into_iter()
            .map(|(figure, declared, listed)| MismatchJson {
                figure,
                declared,
                listed,
            })
            .collect(),
    }
}

// `attache unsc`

#[derive(Serialize)]
struct UnscDocument<'a> {
    format_version: u32,
    source: SourceJson<'a>,
    sections: Vec<SectionJson<'a>>,
    outcome: OutcomeJson<'a>,
    developments: Vec<DevelopmentJson<'a>>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    id: &'a str,
    title: &'a Text,
    points: Vec<PointJson<'a>>,
}

#[derive(Serialize)]
struct PointJson<'a> {
    text: &'a Text,
    countries: Vec<CountryJson<'a>>,
}

#[derive(Serialize)]
struct OutcomeJson<'a> {
    date: &'a str,
    elected: bool,
    term: Term,
    votes: u32,
    votes_needed: u32,
    elected_same_day: Vec<CountryJson<'a>>,
    withdrew: Vec<CountryJson<'a>>,
    text: &'a Text,
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
struct DevelopmentJson<'a> {
    date: &'a str,
    text: &'a Text,
    countries: Vec<CountryJson<'a>>,
    sources: Vec<SourceJson<'a>>,
}

fn unsc<'a>(r: &UnscReport<'a>) -> UnscDocument<'a> {
    let o = r.outcome;
    UnscDocument {
        format_version: FORMAT_VERSION,
        source: source_json(r.source),
        sections: r
            .sections
            .iter()
            .map(|s| SectionJson {
                id: s.id,
                title: s.title,
                points: s
                    .points
                    .iter()
                    .map(|p| PointJson {
                        text: p.text,
                        countries: countries_json(&p.countries),
                    })
                    .collect(),
            })
            .collect(),
        outcome: OutcomeJson {
            date: &o.date,
            elected: o.elected,
            term: o.term,
            votes: o.votes,
            votes_needed: o.votes_needed,
            elected_same_day: countries_json(&r.elected_same_day),
            withdrew: countries_json(&r.withdrew),
            text: &o.text,
            sources: r.outcome_sources.iter().map(|s| source_json(s)).collect(),
        },
        developments: r
            .developments
            .iter()
            .map(|d| DevelopmentJson {
                date: d.date,
                text: d.text,
                countries: countries_json(&d.countries),
                sources: d.sources.iter().map(|s| source_json(s)).collect(),
            })
            .collect(),
    }
}

// `attache city`

#[derive(Serialize)]
struct CityDocument<'a> {
    format_version: u32,
    city: CityJson<'a>,
    latvia_representatives: Vec<RepresentativeHereJson<'a>>,
    accredited: Vec<AttacheJson<'a>>,
}

#[derive(Serialize)]
struct RepresentativeHereJson<'a> {
    kind: KindJson,
    /// The countries an attaché covers; for an adviser, its embassy's country.
    covers: Vec<CountryJson<'a>>,
    source: &'a str,
}

fn city<'a>(r: &CityReport<'a>) -> CityDocument<'a> {
    CityDocument {
        format_version: FORMAT_VERSION,
        city: place_json(r.city),
        latvia_representatives: r
            .latvia_representatives
            .iter()
            .map(|rep| RepresentativeHereJson {
                kind: kind_json(rep.kind),
                covers: countries_json(&rep.covers),
                source: &rep.source.id,
            })
            .collect(),
        accredited: r.accredited.iter().map(attache_json).collect(),
    }
}

// `attache partners`

#[derive(Serialize)]
struct PartnersDocument<'a> {
    format_version: u32,
    groups: Vec<PartnerGroupJson<'a>>,
}

#[derive(Serialize)]
struct PartnerGroupJson<'a> {
    id: &'a str,
    title: &'a Text,
    role: &'a Text,
    open_list: bool,
    note: Option<&'a Text>,
    source: &'a str,
    members: Vec<MemberJson<'a>>,
}

#[derive(Serialize)]
struct MemberJson<'a> {
    country: CountryJson<'a>,
    role: Option<&'a Text>,
}

fn partners<'a>(r: &PartnersReport<'a>) -> PartnersDocument<'a> {
    PartnersDocument {
        format_version: FORMAT_VERSION,
        groups: r
            .groups
            .iter()
            .map(|g| PartnerGroupJson {
                id: &g.partnership.id,
                title: &g.partnership.title,
                role: &g.partnership.role,
                open_list: g.partnership.open_list,
                note: g.partnership.note.as_ref(),
                source: &g.source.id,
                members: g
                    .members
                    .iter()
                    .map(|&(country, role)| MemberJson {
                        country: country_json(country),
                        role,
                    })
                    .collect(),
            })
            .collect(),
    }
}

// `attache about`

#[derive(Serialize)]
struct AboutDocument<'a> {
    format_version: u32,
    duties: Vec<DutyJson<'a>>,
    counts: RecordCounts,
    sources: Vec<SourceUseJson<'a>>,
    newest: Option<&'a str>,
}

#[derive(Serialize)]
struct DutyJson<'a> {
    text: &'a Text,
    source: &'a str,
}

#[derive(Serialize)]
struct SourceUseJson<'a> {
    #[serde(flatten)]
    source: SourceJson<'a>,
    records: usize,
}

fn about<'a>(r: &AboutReport<'a>) -> AboutDocument<'a> {
    AboutDocument {
        format_version: FORMAT_VERSION,
        duties: r
            .duties
            .iter()
            .map(|&(text, source)| DutyJson {
                text,
                source: &source.id,
            })
            .collect(),
        counts: r.counts,
        sources: r
            .sources
            .iter()
            .map(|&(source, records)| SourceUseJson {
                source: source_json(source),
                records,
            })
            .collect(),
        newest: r.newest,
    }
}

// `attache search`

#[derive(Serialize)]
struct SearchDocument<'a> {
    format_version: u32,
    query: &'a str,
    total: usize,
    hits: Vec<HitJson<'a>>,
}

#[derive(Serialize)]
struct HitJson<'a> {
    kind: &'static str,
    score: u32,
    text: ComposedText,
    /// The country or city the hit is about, where it is about one.
    country: Option<CountryJson<'a>>,
    city: Option<CityJson<'a>>,
    command: String,
    /// The ids of the sources the record rests on.
    sources: Vec<&'a str>,
}

/// A text composed in both languages (owned, unlike [`Text`] from the data).
#[derive(Serialize)]
struct ComposedText {
    en: String,
    lv: String,
}

fn search<'a>(r: &'a SearchReport<'a>) -> SearchDocument<'a> {
    let hits = r
        .hits
        .iter()
        .map(|hit| {
            let (kind, country, city) = match &hit.record {
                Record::Country(c) => ("country", Some(country_json(c)), None),
                Record::City(p) => ("city", Some(country_json(p.country)), Some(place_json(*p))),
                Record::Posting { residence, .. } => {
                    ("posting", None, Some(place_json(*residence)))
                }
                Record::Adviser {
                    residence,
                    embassy_in,
                } => (
                    "adviser",
                    Some(country_json(embassy_in)),
                    Some(place_json(*residence)),
                ),
                Record::Accreditation(a) => (
                    "accreditation",
                    Some(country_json(a.country)),
                    Some(place_json(a.residence)),
                ),
                Record::Partnership(_) => ("partnership", None, None),
                Record::Duty(_) => ("duty", None, None),
                Record::UnscPoint { .. } => ("unsc_point", None, None),
                Record::Outcome { .. } => ("unsc_outcome", None, None),
                Record::Development { .. } => ("unsc_development", None, None),
                Record::Source(_) => ("source", None, None),
            };
            HitJson {
                kind,
                score: hit.score,
                text: ComposedText {
                    en: hit_text(&hit.record, Lang::En),
                    lv: hit_text(&hit.record, Lang::Lv),
                },
                country,
                city,
                command: hit_command(&hit.record),
                sources: hit.sources.iter().map(|s| s.id.as_ref()).collect(),
            }
        })
        .collect();
    SearchDocument {
        format_version: FORMAT_VERSION,
        query: &r.query,
        total: r.total,
        hits,
    }
}

// `attache reciprocity`

#[derive(Serialize)]
struct ReciprocityDocument<'a> {
    format_version: u32,
    only: Option<Class>,
    counts: ReciprocityCountsJson,
    links: Vec<LinkJson<'a>>,
}

#[derive(Serialize)]
struct ReciprocityCountsJson {
    #[serde(flatten)]
    counts: ClassCounts,
    total: usize,
}

#[derive(Serialize)]
struct LinkJson<'a> {
    country: CountryJson<'a>,
    class: Class,
    latvia: Vec<RepresentationJson<'a>>,
    partner: Option<AttacheJson<'a>>,
}

fn reciprocity<'a>(r: &ReciprocityReport<'a>) -> ReciprocityDocument<'a> {
    ReciprocityDocument {
        format_version: FORMAT_VERSION,
        only: r.only,
        counts: ReciprocityCountsJson {
            counts: r.counts,
            total: r.counts.total(),
        },
        links: r
            .links
            .iter()
            .map(|link| LinkJson {
                country: country_json(link.country),
                class: link.class,
                latvia: link.latvia.iter().map(representation_json).collect(),
                partner: link.partner.as_ref().map(attache_json),
            })
            .collect(),
    }
}

fn sources_json<'a>(sources: &[(&'a Source, usize)]) -> Vec<SourceUseJson<'a>> {
    sources
        .iter()
        .map(|&(source, records)| SourceUseJson {
            source: source_json(source),
            records,
        })
        .collect()
}

// `attache sources`

#[derive(Serialize)]
struct SourcesDocument<'a> {
    format_version: u32,
    sources: Vec<SourceUseJson<'a>>,
}

fn sources<'a>(r: &SourcesReport<'a>) -> SourcesDocument<'a> {
    SourcesDocument {
        format_version: FORMAT_VERSION,
        sources: sources_json(&r.sources),
    }
}

// `attache check`

#[derive(Serialize)]
struct CheckDocument<'a> {
    format_version: u32,
    /// No check failed (warnings allowed).
    ok: bool,
    checks: Vec<CheckJson<'a>>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    check: &'static str,
    result: &'static str,
    /// The fault, for a failed check (data errors are worded in English).
    error: Option<String>,
    /// The stated totals that the lists do not give, for a warning.
    mismatches: Vec<MismatchWarningJson<'a>>,
}

#[derive(Serialize)]
struct MismatchWarningJson<'a> {
    figure: Figure,
    stated: usize,
    listed: usize,
    source: &'a str,
    text: ComposedText,
}

fn check<'a>(r: &CheckReport<'a>) -> CheckDocument<'a> {
    let checks = r
        .lines
        .iter()
        .map(|(line, outcome)| {
            let check = match line {
                Line::Data(Check::Schema) => "schema",
                Line::Data(Check::Values) => "values",
                Line::Data(Check::References) => "references",
                Line::Data(Check::Duplicates) => "duplicates",
                Line::Data(Check::Names) => "names",
                Line::Data(Check::Sources) => "sources",
                Line::StatedTotals => "stated_totals",
            };
            let (result, error, mismatches) = match outcome {
                CheckOutcome::Pass => ("pass", None, vec![]),
                CheckOutcome::Warn(mismatches) => (
                    "warn",
                    None,
                    mismatches
                        .iter()
                        .map(|m| MismatchWarningJson {
                            figure: m.figure,
                            stated: m.stated,
                            listed: m.listed,
                            source: &m.source.id,
                            text: ComposedText {
                                en: mismatch_text(m, Lang::En),
                                lv: mismatch_text(m, Lang::Lv),
                            },
                        })
                        .collect(),
                ),
                CheckOutcome::Fail(detail) => ("fail", Some(detail.clone()), vec![]),
                CheckOutcome::NotReached => ("not_checked", None, vec![]),
            };
            CheckJson {
                check,
                result,
                error,
                mismatches,
            }
        })
        .collect();
    CheckDocument {
        format_version: FORMAT_VERSION,
        ok: !r.failed(),
        checks,
    }
}

// `attache stats`

#[derive(Serialize)]
struct StatsDocument<'a> {
    format_version: u32,
    cities: Vec<CityCountJson<'a>>,
    postings: Vec<PostingCountJson<'a>>,
    accredited: ResidencyJson,
    hubs: Vec<&'a str>,
}

#[derive(Serialize)]
struct CityCountJson<'a> {
    city: CityJson<'a>,
    latvia_attaches: usize,
    latvia_advisers: usize,
    accredited: usize,
    total: usize,
}

#[derive(Serialize)]
struct PostingCountJson<'a> {
    residence: CityJson<'a>,
    countries: usize,
}

#[derive(Serialize)]
struct ResidencyJson {
    resident: usize,
    non_resident: usize,
    total: usize,
}

fn stats<'a>(r: &StatsReport<'a>) -> StatsDocument<'a> {
    StatsDocument {
        format_version: FORMAT_VERSION,
        cities: r
            .cities
            .iter()
            .map(|c| CityCountJson {
                city: place_json(c.city),
                latvia_attaches: c.latvia_attaches,
                latvia_advisers: c.latvia_advisers,
                accredited: c.accredited,
                total: c.total(),
            })
            .collect(),
        postings: r
            .postings
            .iter()
            .map(|&(place, countries)| PostingCountJson {
                residence: place_json(place),
                countries,
            })
            .collect(),
        accredited: ResidencyJson {
            resident: r.resident,
            non_resident: r.non_resident,
            total: r.resident + r.non_resident,
        },
        hubs: r.hubs().iter().map(|c| c.city.city.id.as_ref()).collect(),
    }
}

// `attache graph`

#[derive(Serialize)]
struct GraphDocument<'a> {
    format_version: u32,
    focus: Option<CountryJson<'a>>,
    nodes: Vec<NodeJson<'a>>,
    edges: Vec<EdgeJson<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum NodeJson<'a> {
    Country {
        id: String,
        country: CountryJson<'a>,
    },
    City {
        id: String,
        city: CityJson<'a>,
    },
}

#[derive(Serialize)]
struct EdgeJson<'a> {
    from: String,
    to: String,
    kind: &'static str,
    /// "from_latvia" or "to_latvia".
    direction: &'static str,
    count: usize,
    sources: Vec<&'a str>,
}

fn graph<'a>(r: &GraphReport<'a>) -> GraphDocument<'a> {
    // Node ids: the ISO code for a country, `city:ID` for a city.
    let id = |node: Node| match r.nodes.iter().find(|(n, _)| *n == node).map(|(_, v)| v) {
        Some(NodeView::Country { country, .. }) => country.alpha2.to_string(),
        Some(NodeView::City { city, .. }) => format!("city:{}", city.id),
        None => String::new(),
    };
    GraphDocument {
        format_version: FORMAT_VERSION,
        focus: r.focus.map(country_json),
        nodes: r
            .nodes
            .iter()
            .map(|(node, view)| match view {
                NodeView::Country { country, .. } => NodeJson::Country {
                    id: id(*node),
                    country: country_json(country),
                },
                NodeView::City { city, country } => NodeJson::City {
                    id: id(*node),
                    city: city_json(city, country),
                },
            })
            .collect(),
        edges: r
            .edges
            .iter()
            .map(|e| EdgeJson {
                from: id(e.from),
                to: id(e.to),
                kind: match e.kind {
                    EdgeKind::LatviaAttacheResides => "latvia_attache_resides",
                    EdgeKind::LatviaAttacheCovers => "latvia_attache_covers",
                    EdgeKind::LatviaAdviserResides => "latvia_adviser_resides",
                    EdgeKind::LatviaAdviserEmbassy => "latvia_adviser_embassy",
                    EdgeKind::PartnerResides => "partner_resides",
                    EdgeKind::PartnerAccredited => "partner_accredited",
                },
                direction: if e.kind.from_latvia() {
                    "from_latvia"
                } else {
                    "to_latvia"
                },
                count: e.count,
                sources: e.sources.iter().map(|s| s.id.as_ref()).collect(),
            })
            .collect(),
    }
}
