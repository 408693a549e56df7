//! What a change of `diff` says, in one language: its sentence, the lines of evidence under it,
//! its subject and its old and new values as CSV cells. The page (`text`) and CSV (`csv`) say
//! the same words.

use crate::data::{Case, Country, Lang, Named, Source, Text, Topic};
use crate::i18n::Msg;
use crate::query::diff::{
    Change, DevelopmentState, MemberState, PartnershipState, PointState, RecordRef, What,
};
use crate::query::{CityInCountry, Evidence};

use super::{figure_msg, source_text};

/// The part of the dataset a change is in: a page's sections, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Postings,
    Advisers,
    Accredited,
    Cooperation,
    Duties,
    Statements,
    Unsc,
    Sources,
    Countries,
    Cities,
}

impl Area {
    /// The section's heading.
    pub fn title(self) -> Msg {
        match self {
            Area::Postings => Msg::DiffPostings,
            Area::Advisers => Msg::DiffAdvisers,
            Area::Accredited => Msg::DiffAccredited,
            Area::Cooperation => Msg::DiffCooperation,
            Area::Duties => Msg::DiffDuties,
            Area::Statements => Msg::DiffStatements,
            Area::Unsc => Msg::DiffUnsc,
            Area::Sources => Msg::DiffSources,
            Area::Countries => Msg::DiffCountries,
            Area::Cities => Msg::DiffCities,
        }
    }
}

/// The part of the dataset `what` is in.
pub fn area(what: &What<'_>) -> Area {
    match what {
        What::StatedTotalChanged { .. }
        | What::PostingAdded { .. }
        | What::PostingClosed { .. }
        | What::CoverageAdded { .. }
        | What::CoverageDropped { .. }
        | What::CoverageMoved { .. }
        | What::StatedCountChanged { .. } => Area::Postings,
        What::AdviserAdded { .. } | What::AdviserRemoved { .. } | What::AdviserMoved { .. } => {
            Area::Advisers
        }
        What::AttacheAdded { .. } | What::AttacheRemoved { .. } | What::AttacheMoved { .. } => {
            Area::Accredited
        }
        What::PartnershipAdded { .. }
        | What::PartnershipRemoved { .. }
        | What::PartnershipChanged { .. }
        | What::MemberAdded { .. }
        | What::MemberRemoved { .. }
        | What::MemberChanged { .. } => Area::Cooperation,
        What::DutyAdded { .. } | What::DutyRemoved { .. } | What::DutyChanged { .. } => {
            Area::Duties
        }
        What::StatementAdded { .. }
        | What::StatementRemoved { .. }
        | What::StatementChanged { .. } => Area::Statements,
        What::UnscSectionAdded { .. }
        | What::UnscSectionRemoved { .. }
        | What::UnscSectionChanged { .. }
        | What::UnscPointAdded { .. }
        | What::UnscPointRemoved { .. }
        | What::UnscPointChanged { .. }
        | What::UnscOutcomeChanged { .. }
        | What::UnscDevelopmentAdded { .. }
        | What::UnscDevelopmentRemoved { .. }
        | What::UnscDevelopmentChanged { .. } => Area::Unsc,
        What::SourceAdded { .. } | What::SourceRemoved { .. } | What::SourceChanged { .. } => {
            Area::Sources
        }
        What::CountryAdded { .. } | What::CountryRemoved { .. } | What::CountryChanged { .. } => {
            Area::Countries
        }
        What::CityAdded { .. } | What::CityRemoved { .. } | What::CityChanged { .. } => {
            Area::Cities
        }
        What::SourcesReassigned { .. } => Area::Sources,
        What::EvidenceChanged { record } => match record {
            RecordRef::StatedTotals | RecordRef::StatedCount { .. } | RecordRef::Posting { .. } => {
                Area::Postings
            }
            RecordRef::Adviser { .. } => Area::Advisers,
            RecordRef::Attache { .. } => Area::Accredited,
            RecordRef::Partnership { .. } => Area::Cooperation,
            RecordRef::Duty { .. } => Area::Duties,
            RecordRef::Statement { .. } => Area::Statements,
            RecordRef::UnscPoint { .. } => Area::Unsc,
        },
    }
}

/// The kind of a change as JSON's `kind` names it (a test keeps the two the same).
pub fn kind_name(what: &What<'_>) -> &'static str {
    match what {
        What::StatedTotalChanged { .. } => "stated_total_changed",
        What::PostingAdded { .. } => "posting_added",
        What::PostingClosed { .. } => "posting_closed",
        What::CoverageAdded { .. } => "coverage_added",
        What::CoverageDropped { .. } => "coverage_dropped",
        What::CoverageMoved { .. } => "coverage_moved",
        What::StatedCountChanged { .. } => "stated_count_changed",
        What::AdviserAdded { .. } => "adviser_added",
        What::AdviserRemoved { .. } => "adviser_removed",
        What::AdviserMoved { .. } => "adviser_moved",
        What::AttacheAdded { .. } => "attache_added",
        What::AttacheRemoved { .. } => "attache_removed",
        What::AttacheMoved { .. } => "attache_moved",
        What::PartnershipAdded { .. } => "partnership_added",
        What::PartnershipRemoved { .. } => "partnership_removed",
        What::PartnershipChanged { .. } => "partnership_changed",
        What::MemberAdded { .. } => "member_added",
        What::MemberRemoved { .. } => "member_removed",
        What::MemberChanged { .. } => "member_changed",
        What::DutyAdded { .. } => "duty_added",
        What::DutyRemoved { .. } => "duty_removed",
        What::DutyChanged { .. } => "duty_changed",
        What::StatementAdded { .. } => "statement_added",
        What::StatementRemoved { .. } => "statement_removed",
        What::StatementChanged { .. } => "statement_changed",
        What::UnscSectionAdded { .. } => "unsc_section_added",
        What::UnscSectionRemoved { .. } => "unsc_section_removed",
        What::UnscSectionChanged { .. } => "unsc_section_changed",
        What::UnscPointAdded { .. } => "unsc_point_added",
        What::UnscPointRemoved { .. } => "unsc_point_removed",
        What::UnscPointChanged { .. } => "unsc_point_changed",
        What::UnscOutcomeChanged { .. } => "unsc_outcome_changed",
        What::UnscDevelopmentAdded { .. } => "unsc_development_added",
        What::UnscDevelopmentRemoved { .. } => "unsc_development_removed",
        What::UnscDevelopmentChanged { .. } => "unsc_development_changed",
        What::SourceAdded { .. } => "source_added",
        What::SourceRemoved { .. } => "source_removed",
        What::SourceChanged { .. } => "source_changed",
        What::CountryAdded { .. } => "country_added",
        What::CountryRemoved { .. } => "country_removed",
        What::CountryChanged { .. } => "country_changed",
        What::CityAdded { .. } => "city_added",
        What::CityRemoved { .. } => "city_removed",
        What::CityChanged { .. } => "city_changed",
        What::EvidenceChanged { .. } => "evidence_changed",
        What::SourcesReassigned { .. } => "sources_reassigned",
    }
}

/// A city as the object of "in": Latvian in the locative.
fn city_in(place: CityInCountry<'_>, lang: Lang) -> &str {
    place.city.name_in(lang, Case::Locative)
}

/// "Warsaw, Poland"; Latvian both in the locative ("Varšavā, Polijā"), as the ministry writes.
fn place_in(place: CityInCountry<'_>, lang: Lang) -> String {
    format!(
        "{}, {}",
        place.city.name_in(lang, Case::Locative),
        place.country.name_in(lang, Case::Locative)
    )
}

fn names(countries: &[&Country], lang: Lang) -> String {
    super::country_names(countries, lang, ", ")
}

fn codes(countries: &[&Country]) -> String {
    countries
        .iter()
        .map(|c| c.alpha2.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The two sides of a text that changed, in the answer's language where they differ there,
/// else in the other (a change of the English alone still shows in a Latvian answer).
fn differing_texts<'t>(old: &'t Text, new: &'t Text, lang: Lang) -> (&'t str, &'t str) {
    let other = match lang {
        Lang::En => Lang::Lv,
        Lang::Lv => Lang::En,
    };
    let lang = if lang.pick(old) == lang.pick(new) {
        other
    } else {
        lang
    };
    (lang.pick(old), lang.pick(new))
}

fn quoted(text: &str) -> String {
    format!("“{text}”")
}

fn quoted_texts(old: &Text, new: &Text, lang: Lang) -> (String, String) {
    let (old, new) = differing_texts(old, new, lang);
    (quoted(old), quoted(new))
}

fn optional_texts(old: Option<&Text>, new: Option<&Text>, lang: Lang) -> (String, String) {
    let none = || lang.msg(Msg::None).to_owned();
    match (old, new) {
        (Some(o), Some(n)) => quoted_texts(o, n, lang),
        (o, n) => (
            o.map_or_else(none, |t| quoted(lang.pick(t))),
            n.map_or_else(none, |t| quoted(lang.pick(t))),
        ),
    }
}

fn status(resident: bool, lang: Lang) -> &'static str {
    lang.msg(if resident {
        Msg::Resident
    } else {
        Msg::NonResident
    })
}

fn topic(topic: Topic, lang: Lang) -> &'static str {
    lang.msg(match topic {
        Topic::Attaches => Msg::DiffTopicAttaches,
        Topic::Allies => Msg::DiffTopicAllies,
    })
}

fn yes_no(value: bool, lang: Lang) -> &'static str {
    lang.msg(if value { Msg::Yes } else { Msg::No })
}

fn count_or_not(count: Option<u32>, lang: Lang) -> String {
    count.map_or_else(
        || lang.msg(Msg::DiffNotStated).to_owned(),
        |n| n.to_string(),
    )
}

/// The clauses of a cooperation group's own fields that changed.
fn partnership_clauses(
    fields: &[&str],
    old: &PartnershipState<'_>,
    new: &PartnershipState<'_>,
    lang: Lang,
) -> Vec<String> {
    fields
        .iter()
        .filter_map(|&field| match field {
            "title" => {
                let (o, n) = quoted_texts(old.title, new.title, lang);
                Some(lang.now_was(lang.msg(Msg::FieldTitle), n, o))
            }
            "role" => {
                let (o, n) = quoted_texts(old.role, new.role, lang);
                Some(lang.now_was(lang.msg(Msg::FieldRole), n, o))
            }
            "open_list" => Some(
                lang.msg(if new.open_list {
                    Msg::DiffListOpen
                } else {
                    Msg::DiffListClosed
                })
                .to_owned(),
            ),
            "note" => {
                let (o, n) = optional_texts(old.note, new.note, lang);
                Some(lang.now_was(lang.msg(Msg::FieldNote), n, o))
            }
            _ => None,
        })
        .collect()
}

fn member_clauses(old: &MemberState<'_>, new: &MemberState<'_>, lang: Lang) -> Vec<String> {
    let mut clauses = Vec::new();
    if old.role != new.role {
        let (o, n) = optional_texts(old.role, new.role, lang);
        clauses.push(lang.now_was(lang.msg(Msg::FieldOwnRole), n, o));
    }
    if old.inferred != new.inferred {
        clauses.push(
            lang.msg(if new.inferred {
                Msg::DiffNowInferred
            } else {
                Msg::DiffNowListed
            })
            .to_owned(),
        );
    }
    clauses
}

fn point_clauses(
    fields: &[&str],
    old: &PointState<'_>,
    new: &PointState<'_>,
    lang: Lang,
) -> Vec<String> {
    fields
        .iter()
        .filter_map(|&field| match field {
            "text" => {
                let (o, n) = quoted_texts(old.text, new.text, lang);
                Some(lang.now_was(lang.msg(Msg::FieldText), n, o))
            }
            "countries" => Some(lang.now_was(
                lang.msg(Msg::FieldCountries),
                names(&new.countries, lang),
                names(&old.countries, lang),
            )),
            _ => None,
        })
        .collect()
}

fn development_clauses(
    fields: &[&str],
    old: &DevelopmentState<'_>,
    new: &DevelopmentState<'_>,
    lang: Lang,
) -> Vec<String> {
    fields
        .iter()
        .filter_map(|&field| {
            let (label, o, n) = match field {
                "date" => (Msg::FieldDate, old.date.to_owned(), new.date.to_owned()),
                "text" => {
                    let (o, n) = quoted_texts(old.text, new.text, lang);
                    (Msg::FieldText, o, n)
                }
                "countries" => (
                    Msg::FieldCountries,
                    names(&old.countries, lang),
                    names(&new.countries, lang),
                ),
                "sources" => (
                    Msg::FieldSources,
                    old.sources.join(", "),
                    new.sources.join(", "),
                ),
                _ => return None,
            };
            Some(lang.now_was(lang.msg(label), n, o))
        })
        .collect()
}

/// The old and new value of each field of the outcome that changed.
fn outcome_values(what: &What<'_>, lang: Lang) -> Vec<(Msg, String, String)> {
    let What::UnscOutcomeChanged { fields, old, new } = what else {
        return Vec::new();
    };
    let (o, n) = (old.outcome, new.outcome);
    let ids = |sources: &[&Source]| {
        sources
            .iter()
            .map(|s| s.id.as_ref())
            .collect::<Vec<_>>()
            .join(", ")
    };
    fields
        .iter()
        .filter_map(|&field| {
            Some(match field {
                "date" => (Msg::FieldDate, o.date.to_string(), n.date.to_string()),
                "elected" => (
                    Msg::FieldElected,
                    yes_no(o.elected, lang).to_owned(),
                    yes_no(n.elected, lang).to_owned(),
                ),
                "term" => (
                    Msg::FieldTerm,
                    format!("{}–{}", o.term.from, o.term.to),
                    format!("{}–{}", n.term.from, n.term.to),
                ),
                "votes" => (Msg::FieldVotes, o.votes.to_string(), n.votes.to_string()),
                "votes_needed" => (
                    Msg::FieldVotesNeeded,
                    o.votes_needed.to_string(),
                    n.votes_needed.to_string(),
                ),
                "elected_same_day" => (
                    Msg::FieldElectedSameDay,
                    names(&old.elected_same_day, lang),
                    names(&new.elected_same_day, lang),
                ),
                "withdrew" => (
                    Msg::FieldWithdrew,
                    names(&old.withdrew, lang),
                    names(&new.withdrew, lang),
                ),
                "text" => {
                    let (o, n) = quoted_texts(&o.text, &n.text, lang);
                    (Msg::FieldText, o, n)
                }
                "sources" => (Msg::FieldSources, ids(&old.sources), ids(&new.sources)),
                _ => return None,
            })
        })
        .collect()
}

/// The old and new value of each field of a source that changed.
fn source_values(
    fields: &[&str],
    old: &Source,
    new: &Source,
    lang: Lang,
) -> Vec<(Msg, String, String)> {
    let none = || lang.msg(Msg::None).to_owned();
    let plain = |value: Option<&str>| value.map_or_else(none, str::to_owned);
    fields
        .iter()
        .filter_map(|&field| {
            Some(match field {
                "publisher" => {
                    let (o, n) = quoted_texts(&old.publisher, &new.publisher, lang);
                    (Msg::FieldPublisher, o, n)
                }
                "title" => {
                    let (o, n) = quoted_texts(&old.title, &new.title, lang);
                    (Msg::FieldTitle, o, n)
                }
                "published" => (
                    Msg::FieldPublished,
                    plain(old.published.as_deref()),
                    plain(new.published.as_deref()),
                ),
                "address" => (
                    Msg::FieldAddress,
                    plain(old.address.as_deref()),
                    plain(new.address.as_deref()),
                ),
                "note" => {
                    let (o, n) = optional_texts(old.note.as_ref(), new.note.as_ref(), lang);
                    (Msg::FieldNote, o, n)
                }
                _ => return None,
            })
        })
        .collect()
}

fn clauses_of(values: Vec<(Msg, String, String)>, lang: Lang) -> String {
    values
        .into_iter()
        .map(|(label, o, n)| lang.now_was(lang.msg(label), n, o))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Norway (NO): name now ..., was ...; changed en.aliases": a place's fields that changed.
fn place_clauses(
    old_name: &str,
    new_name: &str,
    fields: &[&'static str],
    lang: Lang,
) -> Vec<String> {
    let mut clauses = Vec::new();
    if old_name != new_name {
        clauses.push(lang.now_was(lang.msg(Msg::FieldTitle), new_name, old_name));
    }
    clauses.push(lang.diff_changed_fields(fields.join(", ")));
    clauses
}

/// The record an `evidence_changed` is about, as the subject of a sentence.
fn record_text(record: &RecordRef<'_>, lang: Lang) -> String {
    match record {
        RecordRef::StatedTotals => lang.msg(Msg::DiffStatedTotals).to_owned(),
        RecordRef::StatedCount { residence } => {
            lang.diff_record_stated_count(city_in(*residence, lang))
        }
        RecordRef::Posting { residence } => lang.diff_record_posting(city_in(*residence, lang)),
        RecordRef::Adviser { embassy_in } => {
            lang.diff_record_adviser(embassy_in.name_in_sentence(lang, Case::Locative))
        }
        RecordRef::Attache { country } => {
            lang.diff_record_attache(country.name_in_sentence(lang, Case::Genitive))
        }
        RecordRef::Partnership { title, .. } => lang.diff_record_partnership(lang.pick(title)),
        RecordRef::Duty { text } => lang.diff_record_duty(lang.pick(text)),
        RecordRef::Statement { id } => lang.diff_record_statement(id),
        RecordRef::UnscPoint { title, text, .. } => {
            lang.diff_record_point(lang.pick(title), lang.pick(text))
        }
    }
}

/// What the change says, in one sentence.
pub fn sentence(change: &Change<'_>, lang: Lang) -> String {
    let what = &change.what;
    let join = |clauses: Vec<String>| clauses.join("; ");
    match what {
        What::StatedTotalChanged { figure, old, new } => {
            lang.diff_stated_total(lang.msg(figure_msg(*figure)), new, old)
        }
        What::PostingAdded { residence, covers } => {
            lang.diff_posting_added(city_in(*residence, lang), names(covers, lang))
        }
        What::PostingClosed { residence, covers } => {
            lang.diff_posting_closed(city_in(*residence, lang), names(covers, lang))
        }
        What::CoverageAdded { country, residence } => {
            lang.diff_coverage_added(country.name(lang), city_in(*residence, lang))
        }
        What::CoverageDropped { country, residence } => {
            lang.diff_coverage_dropped(country.name(lang), city_in(*residence, lang))
        }
        What::CoverageMoved { country, old, new } => {
            lang.diff_coverage_moved(country.name(lang), city_in(*new, lang), city_in(*old, lang))
        }
        What::StatedCountChanged {
            residence,
            old,
            new,
        } => lang.diff_stated_count(
            city_in(*residence, lang),
            count_or_not(*new, lang),
            count_or_not(*old, lang),
        ),
        What::AdviserAdded {
            embassy_in,
            residence,
        } => lang.diff_adviser_added(
            embassy_in.name_in_sentence(lang, Case::Locative),
            city_in(*residence, lang),
        ),
        What::AdviserRemoved {
            embassy_in,
            residence,
        } => lang.diff_adviser_removed(
            embassy_in.name_in_sentence(lang, Case::Locative),
            city_in(*residence, lang),
        ),
        What::AdviserMoved {
            embassy_in,
            old,
            new,
        } => lang.diff_adviser_moved(
            embassy_in.name_in_sentence(lang, Case::Locative),
            city_in(*new, lang),
            city_in(*old, lang),
        ),
        What::AttacheAdded {
            country,
            residence,
            resident,
        } => lang.diff_attache_added(
            country.name(lang),
            place_in(*residence, lang),
            status(*resident, lang),
        ),
        What::AttacheRemoved {
            country,
            residence,
            resident,
        } => lang.diff_attache_removed(
            country.name(lang),
            place_in(*residence, lang),
            status(*resident, lang),
        ),
        What::AttacheMoved { country, old, new } => lang.diff_attache_moved(
            country.name(lang),
            place_in(new.residence, lang),
            status(new.resident, lang),
            place_in(old.residence, lang),
            status(old.resident, lang),
        ),
        What::PartnershipAdded { title, members, .. } => {
            lang.diff_partnership_added(lang.pick(title), names(members, lang))
        }
        What::PartnershipRemoved { title, members, .. } => {
            lang.diff_partnership_removed(lang.pick(title), names(members, lang))
        }
        What::PartnershipChanged {
            fields, old, new, ..
        } => lang.diff_partnership_changed(
            lang.pick(new.title),
            join(partnership_clauses(fields, old, new, lang)),
        ),
        What::MemberAdded {
            title,
            country,
            member,
            ..
        } => {
            let mut text = lang.diff_member_added(lang.pick(title), country.name(lang));
            if let Some(role) = member.role {
                text = format!(
                    "{} ({})",
                    text.trim_end_matches('.'),
                    quoted(lang.pick(role))
                );
                text.push('.');
            }
            if member.inferred {
                text = format!(
                    "{} ({}).",
                    text.trim_end_matches('.'),
                    lang.msg(Msg::Inferred)
                );
            }
            text
        }
        What::MemberRemoved { title, country, .. } => lang.diff_member_removed(
            lang.pick(title),
            country.name_in_sentence(lang, Case::Genitive),
        ),
        What::MemberChanged {
            title,
            country,
            old,
            new,
            ..
        } => lang.diff_member_changed(
            lang.pick(title),
            country.name(lang),
            join(member_clauses(old, new, lang)),
        ),
        What::DutyAdded { text } => lang.diff_duty_added(lang.pick(text)),
        What::DutyRemoved { text } => lang.diff_duty_removed(lang.pick(text)),
        What::DutyChanged { old, new } => {
            let (o, n) = differing_texts(old, new, lang);
            lang.diff_duty_changed(n, o)
        }
        What::StatementAdded { id, statement } => {
            lang.diff_statement_added(id, lang.pick(statement.text))
        }
        What::StatementRemoved { id, statement } => {
            lang.diff_statement_removed(id, lang.pick(statement.text))
        }
        What::StatementChanged {
            id,
            fields,
            old,
            new,
        } => {
            let clauses = fields
                .iter()
                .filter_map(|&field| match field {
                    "topic" => Some(lang.now_was(
                        lang.msg(Msg::FieldTopic),
                        topic(new.topic, lang),
                        topic(old.topic, lang),
                    )),
                    "text" => {
                        let (o, n) = quoted_texts(old.text, new.text, lang);
                        Some(lang.now_was(lang.msg(Msg::FieldText), n, o))
                    }
                    _ => None,
                })
                .collect();
            lang.diff_statement_changed(id, join(clauses))
        }
        What::UnscSectionAdded { title, .. } => lang.diff_section_added(lang.pick(title)),
        What::UnscSectionRemoved { title, .. } => lang.diff_section_removed(lang.pick(title)),
        What::UnscSectionChanged { section, old, new } => {
            let (o, n) = differing_texts(old, new, lang);
            lang.diff_section_changed(section, n, o)
        }
        What::UnscPointAdded { title, point, .. } => {
            lang.diff_point_added(lang.pick(title), lang.pick(point.text))
        }
        What::UnscPointRemoved { title, point, .. } => {
            lang.diff_point_removed(lang.pick(title), lang.pick(point.text))
        }
        What::UnscPointChanged {
            title,
            fields,
            old,
            new,
            ..
        } => lang.diff_point_changed(
            lang.pick(title),
            join(point_clauses(fields, old, new, lang)),
        ),
        What::UnscOutcomeChanged { .. } => {
            lang.diff_outcome_changed(clauses_of(outcome_values(what, lang), lang))
        }
        What::UnscDevelopmentAdded { development } => {
            lang.diff_development_added(development.date, lang.pick(development.text))
        }
        What::UnscDevelopmentRemoved { development } => {
            lang.diff_development_removed(development.date, lang.pick(development.text))
        }
        What::UnscDevelopmentChanged { fields, old, new } => lang
            .diff_development_changed(new.date, join(development_clauses(fields, old, new, lang))),
        What::SourceAdded { source } => {
            lang.diff_source_added(&source.id, source_text(source, lang))
        }
        What::SourceRemoved { source } => {
            lang.diff_source_removed(&source.id, source_text(source, lang))
        }
        What::SourceChanged {
            id,
            fields,
            old,
            new,
        } => lang.diff_source_changed(id, clauses_of(source_values(fields, old, new, lang), lang)),
        What::CountryAdded { country } => {
            lang.diff_country_added(country.name(lang), &country.alpha2)
        }
        What::CountryRemoved { country } => {
            lang.diff_country_removed(country.name(lang), &country.alpha2)
        }
        What::CountryChanged {
            code,
            fields,
            old,
            new,
        } => lang.diff_clauses(
            format!("{} ({code})", new.name(lang)),
            join(place_clauses(old.name(lang), new.name(lang), fields, lang)),
        ),
        What::CityAdded { city } => lang.diff_city_added(
            format!("{}, {}", city.city.name(lang), city.country.name(lang)),
            &city.city.id,
        ),
        What::CityRemoved { city } => lang.diff_city_removed(
            format!("{}, {}", city.city.name(lang), city.country.name(lang)),
            &city.city.id,
        ),
        What::CityChanged {
            id,
            fields,
            old,
            new,
        } => {
            let mut clauses = Vec::new();
            if old.country.alpha2 != new.country.alpha2 {
                clauses.push(lang.now_was(
                    lang.msg(Msg::Country),
                    new.country.name(lang),
                    old.country.name(lang),
                ));
            }
            let name_fields: Vec<&'static str> =
                fields.iter().copied().filter(|f| *f != "country").collect();
            if !name_fields.is_empty() {
                clauses.extend(place_clauses(
                    old.city.name(lang),
                    new.city.name(lang),
                    &name_fields,
                    lang,
                ));
            }
            lang.diff_clauses(format!("{} ({id})", new.city.name(lang)), join(clauses))
        }
        What::EvidenceChanged { record } => lang.diff_evidence(record_text(record, lang)),
        What::SourcesReassigned { records } => {
            let ids = |evidence: &[Evidence<'_>]| {
                evidence
                    .iter()
                    .map(|e| e.source.id.as_ref())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            lang.diff_reassigned(
                lang.records(records.len()),
                ids(&change.new_evidence),
                ids(&change.old_evidence),
            )
        }
    }
}

/// The lines of evidence under a change: each quote of the old side with its source, then of
/// the new side.
pub fn evidence_lines(change: &Change<'_>, lang: Lang) -> Vec<String> {
    let side = |label: Msg, evidence: &[Evidence<'_>]| -> Vec<String> {
        evidence
            .iter()
            .map(|e| match e.quote {
                Some(quote) => lang.diff_quote(lang.msg(label), quote, &e.source.id),
                None => lang.diff_source_only(lang.msg(label), &e.source.id),
            })
            .collect()
    };
    let mut lines = side(Msg::DiffWas, &change.old_evidence);
    lines.extend(side(Msg::DiffNow, &change.new_evidence));
    lines
}

/// What a change is about, as CSV's `subject` (its natural key: an ISO code, a city id, a
/// group's, statement's, section's or source's id, a date; empty for a duty) and
/// `subject_name` (in the answer's language).
pub fn subject(what: &What<'_>, lang: Lang) -> (String, String) {
    let country = |c: &Country| (c.alpha2.to_string(), c.name(lang).to_owned());
    let city = |p: &CityInCountry<'_>| (p.city.id.to_string(), p.city.name(lang).to_owned());
    match what {
        What::StatedTotalChanged { figure, .. } => (
            format!("declared.{}", figure_key(*figure)),
            lang.msg(figure_msg(*figure)).to_owned(),
        ),
        What::PostingAdded { residence, .. }
        | What::PostingClosed { residence, .. }
        | What::StatedCountChanged { residence, .. } => city(residence),
        What::CoverageAdded { country: c, .. }
        | What::CoverageDropped { country: c, .. }
        | What::CoverageMoved { country: c, .. }
        | What::AttacheAdded { country: c, .. }
        | What::AttacheRemoved { country: c, .. }
        | What::AttacheMoved { country: c, .. }
        | What::MemberAdded { country: c, .. }
        | What::MemberRemoved { country: c, .. }
        | What::MemberChanged { country: c, .. }
        | What::CountryAdded { country: c }
        | What::CountryRemoved { country: c } => country(c),
        What::AdviserAdded { embassy_in, .. }
        | What::AdviserRemoved { embassy_in, .. }
        | What::AdviserMoved { embassy_in, .. } => country(embassy_in),
        What::CountryChanged { new, .. } => country(new),
        What::PartnershipAdded {
            partnership, title, ..
        }
        | What::PartnershipRemoved {
            partnership, title, ..
        } => (partnership.to_string(), lang.pick(title).to_owned()),
        What::PartnershipChanged {
            partnership, new, ..
        } => (partnership.to_string(), lang.pick(new.title).to_owned()),
        What::DutyAdded { text }
        | What::DutyRemoved { text }
        | What::DutyChanged { new: text, .. } => (String::new(), lang.pick(text).to_owned()),
        What::StatementAdded { id, .. }
        | What::StatementRemoved { id, .. }
        | What::StatementChanged { id, .. } => (id.to_string(), String::new()),
        What::UnscSectionAdded { section, title }
        | What::UnscSectionRemoved { section, title }
        | What::UnscSectionChanged {
            section,
            new: title,
            ..
        } => (section.to_string(), lang.pick(title).to_owned()),
        What::UnscPointAdded { section, point, .. }
        | What::UnscPointRemoved { section, point, .. } => {
            (section.to_string(), lang.pick(point.text).to_owned())
        }
        What::UnscPointChanged { section, new, .. } => {
            (section.to_string(), lang.pick(new.text).to_owned())
        }
        What::UnscOutcomeChanged { new, .. } => (
            new.outcome.date.to_string(),
            lang.msg(Msg::Outcome).to_owned(),
        ),
        What::UnscDevelopmentAdded { development }
        | What::UnscDevelopmentRemoved { development }
        | What::UnscDevelopmentChanged {
            new: development, ..
        } => (
            development.date.to_owned(),
            lang.msg(Msg::LaterDevelopment).to_owned(),
        ),
        What::SourceAdded { source } | What::SourceRemoved { source } => {
            (source.id.to_string(), lang.pick(&source.title).to_owned())
        }
        What::SourceChanged { id, new, .. } => (id.to_string(), lang.pick(&new.title).to_owned()),
        What::CityAdded { city: c } | What::CityRemoved { city: c } => city(c),
        What::CityChanged { new, .. } => city(new),
        What::SourcesReassigned { records } => (String::new(), lang.records(records.len())),
        What::EvidenceChanged { record } => match record {
            RecordRef::StatedTotals => (
                "declared".to_owned(),
                lang.msg(Msg::DiffStatedTotals).to_owned(),
            ),
            RecordRef::StatedCount { residence } | RecordRef::Posting { residence } => {
                city(residence)
            }
            RecordRef::Adviser { embassy_in: c } | RecordRef::Attache { country: c } => country(c),
            RecordRef::Partnership { partnership, title } => {
                (partnership.to_string(), lang.pick(title).to_owned())
            }
            RecordRef::Duty { text } => (String::new(), lang.pick(text).to_owned()),
            RecordRef::Statement { id } => (id.to_string(), String::new()),
            RecordRef::UnscPoint { section, text, .. } => {
                (section.to_string(), lang.pick(text).to_owned())
            }
        },
    }
}

/// A stated figure's key under `declared` in postings.json.
fn figure_key(figure: crate::query::postings::Figure) -> &'static str {
    use crate::query::postings::Figure;
    match figure {
        Figure::Attaches => "attaches",
        Figure::Countries => "countries",
        Figure::Advisers => "advisers",
    }
}

/// A change's old and new values as CSV cells: codes and ids where the value is a place,
/// numbers as digits, texts in the answer's language; empty on the side without the record.
/// Where several fields changed, each is "field: value", separated by "; ".
pub fn values(what: &What<'_>, lang: Lang) -> (String, String) {
    let none = String::new;
    let fields_of = |values: Vec<(&str, String, String)>| -> (String, String) {
        if let [(_, o, n)] = values.as_slice() {
            return (o.clone(), n.clone());
        }
        let side = |pick: for<'v> fn(&'v (&str, String, String)) -> &'v String| {
            values
                .iter()
                .map(|v| format!("{}: {}", v.0, pick(v)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        (side(|v| &v.1), side(|v| &v.2))
    };
    let text = |t: &Text| lang.pick(t).to_owned();
    let optional = |t: Option<&Text>| t.map_or_else(String::new, |t| lang.pick(t).to_owned());
    match what {
        What::StatedTotalChanged { old, new, .. } => (old.to_string(), new.to_string()),
        What::PostingAdded { covers, .. } => (none(), codes(covers)),
        What::PostingClosed { covers, .. } => (codes(covers), none()),
        What::CoverageAdded { residence, .. } => (none(), residence.city.id.to_string()),
        What::CoverageDropped { residence, .. } => (residence.city.id.to_string(), none()),
        What::CoverageMoved { old, new, .. } | What::AdviserMoved { old, new, .. } => {
            (old.city.id.to_string(), new.city.id.to_string())
        }
        What::StatedCountChanged { old, new, .. } => (
            old.map_or_else(none, |n| n.to_string()),
            new.map_or_else(none, |n| n.to_string()),
        ),
        What::AdviserAdded { residence, .. } | What::AttacheAdded { residence, .. } => {
            (none(), residence.city.id.to_string())
        }
        What::AdviserRemoved { residence, .. } | What::AttacheRemoved { residence, .. } => {
            (residence.city.id.to_string(), none())
        }
        What::AttacheMoved { old, new, .. } => (
            old.residence.city.id.to_string(),
            new.residence.city.id.to_string(),
        ),
        What::PartnershipAdded { members, .. } => (none(), codes(members)),
        What::PartnershipRemoved { members, .. } => (codes(members), none()),
        What::PartnershipChanged {
            fields, old, new, ..
        } => fields_of(
            fields
                .iter()
                .map(|&f| match f {
                    "title" => (f, text(old.title), text(new.title)),
                    "role" => (f, text(old.role), text(new.role)),
                    "open_list" => (f, old.open_list.to_string(), new.open_list.to_string()),
                    _ => (f, optional(old.note), optional(new.note)),
                })
                .collect(),
        ),
        What::MemberAdded { partnership, .. } => (none(), partnership.to_string()),
        What::MemberRemoved { partnership, .. } => (partnership.to_string(), none()),
        What::MemberChanged { old, new, .. } => {
            let mut values = Vec::new();
            if old.role != new.role {
                values.push(("role", optional(old.role), optional(new.role)));
            }
            if old.inferred != new.inferred {
                values.push((
                    "inferred",
                    old.inferred.to_string(),
                    new.inferred.to_string(),
                ));
            }
            fields_of(values)
        }
        What::DutyAdded { text: t } => (none(), text(t)),
        What::DutyRemoved { text: t } => (text(t), none()),
        What::DutyChanged { old, new } => {
            let (o, n) = differing_texts(old, new, lang);
            (o.to_owned(), n.to_owned())
        }
        What::StatementAdded { statement, .. } => (none(), text(statement.text)),
        What::StatementRemoved { statement, .. } => (text(statement.text), none()),
        What::StatementChanged {
            fields, old, new, ..
        } => fields_of(
            fields
                .iter()
                .map(|&f| match f {
                    "topic" => (
                        f,
                        topic(old.topic, lang).to_owned(),
                        topic(new.topic, lang).to_owned(),
                    ),
                    _ => {
                        let (o, n) = differing_texts(old.text, new.text, lang);
                        (f, o.to_owned(), n.to_owned())
                    }
                })
                .collect(),
        ),
        What::UnscSectionAdded { title, .. } => (none(), text(title)),
        What::UnscSectionRemoved { title, .. } => (text(title), none()),
        What::UnscSectionChanged { old, new, .. } => {
            let (o, n) = differing_texts(old, new, lang);
            (o.to_owned(), n.to_owned())
        }
        What::UnscPointAdded { point, .. } => (none(), text(point.text)),
        What::UnscPointRemoved { point, .. } => (text(point.text), none()),
        What::UnscPointChanged {
            fields, old, new, ..
        } => fields_of(
            fields
                .iter()
                .map(|&f| match f {
                    "countries" => (f, codes(&old.countries), codes(&new.countries)),
                    _ => {
                        let (o, n) = differing_texts(old.text, new.text, lang);
                        (f, o.to_owned(), n.to_owned())
                    }
                })
                .collect(),
        ),
        What::UnscOutcomeChanged { fields, .. } => fields_of(
            fields
                .iter()
                .zip(outcome_values(what, lang))
                .map(|(&f, (_, o, n))| (f, o, n))
                .collect(),
        ),
        What::UnscDevelopmentAdded { development } => (none(), text(development.text)),
        What::UnscDevelopmentRemoved { development } => (text(development.text), none()),
        What::UnscDevelopmentChanged { fields, old, new } => fields_of(
            fields
                .iter()
                .map(|&f| match f {
                    "date" => (f, old.date.to_owned(), new.date.to_owned()),
                    "countries" => (f, codes(&old.countries), codes(&new.countries)),
                    "sources" => (f, old.sources.join(" "), new.sources.join(" ")),
                    _ => {
                        let (o, n) = differing_texts(old.text, new.text, lang);
                        (f, o.to_owned(), n.to_owned())
                    }
                })
                .collect(),
        ),
        What::SourceAdded { source } => (none(), source_text(source, lang)),
        What::SourceRemoved { source } => (source_text(source, lang), none()),
        What::SourceChanged {
            fields, old, new, ..
        } => fields_of(
            fields
                .iter()
                .zip(source_values(fields, old, new, lang))
                .map(|(&f, (_, o, n))| (f, o, n))
                .collect(),
        ),
        What::CountryAdded { country } => (none(), country.name(lang).to_owned()),
        What::CountryRemoved { country } => (country.name(lang).to_owned(), none()),
        What::CountryChanged { old, new, .. } => {
            (old.name(lang).to_owned(), new.name(lang).to_owned())
        }
        What::CityAdded { city } => (none(), city.city.name(lang).to_owned()),
        What::CityRemoved { city } => (city.city.name(lang).to_owned(), none()),
        What::CityChanged { old, new, .. } => (
            format!("{} ({})", old.city.name(lang), old.country.alpha2),
            format!("{} ({})", new.city.name(lang), new.country.alpha2),
        ),
        What::EvidenceChanged { .. } => (none(), none()),
        What::SourcesReassigned { .. } => (none(), none()),
    }
}
