//! `attache diff`: what changed from one dataset to another, record by record.
//!
//! Records are matched by their natural keys, never by their position, so a file whose records
//! are reordered holds no change:
//!
//! - a country by its ISO code, a city by its id, a source by its id, a statement by its id, a
//!   cooperation group by its id and a member of it by its country, a UNSC section by its id;
//! - Latvia's attachés by residence city (lines residing in one city are read together as
//!   that city's posting), and each country they cover by its code: a country covered from
//!   another city is one change, "moved"; an adviser by the country of its embassy; a foreign
//!   attaché accredited to Latvia by its country, so that another residence is a move;
//! - records without an id (a duty, a point of the UNSC article, a later development) by the
//!   source's words they rest on, or else by their Latvian text (a development: by its date
//!   and text, or else its date), so that a new translation of the same words is a change and
//!   new words are a record removed and one added.
//!
//! Records that share a key are paired in their file's order. A record whose facts are the
//! same but whose quote differs is `evidence_changed`; records whose facts and quotes are the
//! same but which rest on another source (what an imported page's records do) are one
//! `sources_reassigned` for each move between sources; a record whose facts changed carries its
//! old and new evidence in that change. Every country whose coverage changed has one
//! coverage change, and a residence opened or closed has its own change besides. Order within a
//! list (the countries a posting covers, the members of a group) is not compared.
//! `endonyms.json` and `ambiguities.json` hold names to look places up by, not facts of the
//! sources: they are not compared.
//!
//! Every map is keyed by natural key and built once, so the cost grows linearly with the data.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;

use serde::Serialize;

use super::postings::Figure;
use super::unsc::OutcomeView;
use super::{CityInCountry, Evidence};
use crate::data::{
    Accreditation, Adviser, City, Country, Dataset, Development, Duty, Member, Partnership, Point,
    Posting, Section, Source, Statement, Text, Topic,
};

/// What changed from the old dataset to the new one.
#[derive(Debug, Serialize)]
pub struct DiffReport<'a> {
    /// The old dataset's directory, as given; `null` for the data built into attache.
    pub old_data: Option<String>,
    /// The new dataset's directory, as given.
    pub new_data: Option<String>,
    /// `--facts-only`: changes of evidence alone (other words, another source, the sources
    /// themselves) are left out.
    pub facts_only: bool,
    /// Whether anything changed (exit 1), or not (exit 0).
    pub changed: bool,
    /// The number of changes.
    pub total: usize,
    /// Every change, grouped by the kind of record, in the new data's order within a group
    /// (then what was removed, in the old data's order).
    pub changes: Vec<Change<'a>>,
}

/// One change: what it is, and the evidence of the record on each side (its source and the
/// source's words), empty where the record is not on that side or keeps no words.
#[derive(Debug, Serialize)]
pub struct Change<'a> {
    /// The kind of change (`kind` in JSON) and its old and new values.
    #[serde(flatten)]
    pub what: What<'a>,
    /// What the record rested on in the old data.
    pub old_evidence: Vec<Evidence<'a>>,
    /// What it rests on in the new data.
    pub new_evidence: Vec<Evidence<'a>>,
}

impl DiffReport<'_> {
    /// The report without the changes of evidence alone (`--facts-only`): what a script that
    /// watches a page for new facts wants, since every import names a new source.
    pub fn facts_only(mut self) -> Self {
        self.changes.retain(|c| !c.what.is_evidence_only());
        self.facts_only = true;
        self.total = self.changes.len();
        self.changed = self.total > 0;
        self
    }
}

impl What<'_> {
    /// Whether the change is of evidence alone: other words or another source for the same
    /// facts, or a source's own record.
    pub fn is_evidence_only(&self) -> bool {
        matches!(
            self,
            What::EvidenceChanged { .. }
                | What::SourcesReassigned { .. }
                | What::SourceAdded { .. }
                | What::SourceRemoved { .. }
                | What::SourceChanged { .. }
        )
    }
}

/// Where a foreign attaché accredited to Latvia resides, and whether that is in Latvia.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct AttacheResidence<'a> {
    /// The city.
    pub residence: CityInCountry<'a>,
    /// The city is in Latvia.
    pub resident: bool,
}

/// A cooperation group's own fields (its members are compared one by one).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PartnershipState<'a> {
    /// Its name.
    pub title: &'a Text,
    /// The role every member has.
    pub role: &'a Text,
    /// The source ends its list with "u.c." (and others).
    pub open_list: bool,
    /// How the membership was read.
    pub note: Option<&'a Text>,
}

/// What the source says of one member of a group.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct MemberState<'a> {
    /// Its own role, beyond the group's.
    pub role: Option<&'a Text>,
    /// Read from the group's term, not listed.
    pub inferred: bool,
}

/// A statement's fields.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StatementState<'a> {
    /// What it is about.
    pub topic: Topic,
    /// Its text.
    pub text: &'a Text,
}

/// A point of the UNSC article.
#[derive(Debug, Clone, Serialize)]
pub struct PointState<'a> {
    /// Its text.
    pub text: &'a Text,
    /// The countries it is about.
    pub countries: Vec<&'a Country>,
}

/// A later development of the UNSC candidacy.
#[derive(Debug, Clone, Serialize)]
pub struct DevelopmentState<'a> {
    /// When it happened.
    pub date: &'a str,
    /// What happened.
    pub text: &'a Text,
    /// The countries it concerns.
    pub countries: Vec<&'a Country>,
    /// The ids of its sources.
    pub sources: Vec<&'a str>,
}

/// The record an `evidence_changed` is about: `{ "type", ...its key }` in JSON.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RecordRef<'a> {
    /// The stated totals of Latvia's postings.
    StatedTotals,
    /// The number of attachés a source states at one residence.
    StatedCount {
        /// The residence.
        residence: CityInCountry<'a>,
    },
    /// Latvia's attaché (or attachés) residing in a city.
    Posting {
        /// The residence.
        residence: CityInCountry<'a>,
    },
    /// Latvia's adviser at its embassy in a country.
    Adviser {
        /// The embassy's country.
        embassy_in: &'a Country,
    },
    /// A foreign attaché accredited to Latvia.
    Attache {
        /// Its country.
        country: &'a Country,
    },
    /// A cooperation group.
    Partnership {
        /// Its id.
        partnership: &'a str,
        /// Its name.
        title: &'a Text,
    },
    /// A duty of an attaché.
    Duty {
        /// The duty.
        text: &'a Text,
    },
    /// A statement.
    Statement {
        /// Its id.
        id: &'a str,
    },
    /// A point of the UNSC article.
    UnscPoint {
        /// Its section's id.
        section: &'a str,
        /// Its section's title.
        title: &'a Text,
        /// The point.
        text: &'a Text,
    },
}

/// A change, by kind, with its old and new values. `kind` in JSON, in snake_case.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What<'a> {
    /// A total the source states in words changed.
    StatedTotalChanged {
        /// Which total.
        figure: Figure,
        /// The old number.
        old: u32,
        /// The new number.
        new: u32,
    },
    /// An attaché now resides in a city where none of Latvia's did.
    PostingAdded {
        /// The city.
        residence: CityInCountry<'a>,
        /// The countries covered from it.
        covers: Vec<&'a Country>,
    },
    /// No attaché of Latvia's resides in a city where one did.
    PostingClosed {
        /// The city.
        residence: CityInCountry<'a>,
        /// The countries it covered.
        covers: Vec<&'a Country>,
    },
    /// A country no attaché covered is covered now.
    CoverageAdded {
        /// The country.
        country: &'a Country,
        /// The residence of the attaché that covers it.
        residence: CityInCountry<'a>,
    },
    /// A country is covered by no attaché any more.
    CoverageDropped {
        /// The country.
        country: &'a Country,
        /// The residence of the attaché that covered it.
        residence: CityInCountry<'a>,
    },
    /// A country is covered from another city.
    CoverageMoved {
        /// The country.
        country: &'a Country,
        /// Where it was covered from.
        old: CityInCountry<'a>,
        /// Where it is covered from.
        new: CityInCountry<'a>,
    },
    /// The number of attachés a source states at a residence changed (`null`: none stated).
    StatedCountChanged {
        /// The residence.
        residence: CityInCountry<'a>,
        /// The old number.
        old: Option<u32>,
        /// The new number.
        new: Option<u32>,
    },
    /// An adviser at an embassy where Latvia had none.
    AdviserAdded {
        /// The embassy's country.
        embassy_in: &'a Country,
        /// Where the adviser resides.
        residence: CityInCountry<'a>,
    },
    /// No adviser at an embassy where there was one.
    AdviserRemoved {
        /// The embassy's country.
        embassy_in: &'a Country,
        /// Where the adviser resided.
        residence: CityInCountry<'a>,
    },
    /// An adviser resides in another city.
    AdviserMoved {
        /// The embassy's country.
        embassy_in: &'a Country,
        /// Where it resided.
        old: CityInCountry<'a>,
        /// Where it resides.
        new: CityInCountry<'a>,
    },
    /// A country's attaché is accredited to Latvia, where it had none.
    AttacheAdded {
        /// The attaché's country.
        country: &'a Country,
        /// Where it resides.
        residence: CityInCountry<'a>,
        /// In Latvia.
        resident: bool,
    },
    /// A country has no attaché accredited to Latvia any more.
    AttacheRemoved {
        /// The attaché's country.
        country: &'a Country,
        /// Where it resided.
        residence: CityInCountry<'a>,
        /// In Latvia.
        resident: bool,
    },
    /// An accredited attaché resides in another city (perhaps now in Latvia, or no longer).
    AttacheMoved {
        /// The attaché's country.
        country: &'a Country,
        /// Where it resided.
        old: AttacheResidence<'a>,
        /// Where it resides.
        new: AttacheResidence<'a>,
    },
    /// A new cooperation group.
    PartnershipAdded {
        /// Its id.
        partnership: &'a str,
        /// Its name.
        title: &'a Text,
        /// Its members.
        members: Vec<&'a Country>,
    },
    /// A cooperation group is gone.
    PartnershipRemoved {
        /// Its id.
        partnership: &'a str,
        /// Its name.
        title: &'a Text,
        /// Its members.
        members: Vec<&'a Country>,
    },
    /// A group's own fields changed: its name, role, open list or note.
    PartnershipChanged {
        /// Its id.
        partnership: &'a str,
        /// The fields that changed: `title`, `role`, `open_list`, `note`.
        fields: Vec<&'static str>,
        /// The old fields.
        old: PartnershipState<'a>,
        /// The new fields.
        new: PartnershipState<'a>,
    },
    /// A country joined a group.
    MemberAdded {
        /// The group's id.
        partnership: &'a str,
        /// The group's name.
        title: &'a Text,
        /// The member.
        country: &'a Country,
        /// What the source says of it.
        member: MemberState<'a>,
    },
    /// A country left a group.
    MemberRemoved {
        /// The group's id.
        partnership: &'a str,
        /// The group's name.
        title: &'a Text,
        /// The member.
        country: &'a Country,
        /// What the source said of it.
        member: MemberState<'a>,
    },
    /// What the source says of a member changed.
    MemberChanged {
        /// The group's id.
        partnership: &'a str,
        /// The group's name.
        title: &'a Text,
        /// The member.
        country: &'a Country,
        /// What it said.
        old: MemberState<'a>,
        /// What it says.
        new: MemberState<'a>,
    },
    /// A new duty of an attaché.
    DutyAdded {
        /// The duty.
        text: &'a Text,
    },
    /// A duty no longer listed.
    DutyRemoved {
        /// The duty.
        text: &'a Text,
    },
    /// A duty's text changed, its source's words the same (or its text in one language).
    DutyChanged {
        /// The old text.
        old: &'a Text,
        /// The new text.
        new: &'a Text,
    },
    /// A new statement.
    StatementAdded {
        /// Its id.
        id: &'a str,
        /// Its topic and text.
        statement: StatementState<'a>,
    },
    /// A statement is gone.
    StatementRemoved {
        /// Its id.
        id: &'a str,
        /// Its topic and text.
        statement: StatementState<'a>,
    },
    /// A statement's topic or text changed.
    StatementChanged {
        /// Its id.
        id: &'a str,
        /// `topic`, `text`.
        fields: Vec<&'static str>,
        /// The old fields.
        old: StatementState<'a>,
        /// The new fields.
        new: StatementState<'a>,
    },
    /// A new section of the UNSC article's summary.
    UnscSectionAdded {
        /// Its id.
        section: &'a str,
        /// Its title.
        title: &'a Text,
    },
    /// A section is gone.
    UnscSectionRemoved {
        /// Its id.
        section: &'a str,
        /// Its title.
        title: &'a Text,
    },
    /// A section's title changed.
    UnscSectionChanged {
        /// Its id.
        section: &'a str,
        /// The old title.
        old: &'a Text,
        /// The new title.
        new: &'a Text,
    },
    /// A new point of the article's summary.
    UnscPointAdded {
        /// Its section's id.
        section: &'a str,
        /// Its section's title.
        title: &'a Text,
        /// The point.
        point: PointState<'a>,
    },
    /// A point is gone.
    UnscPointRemoved {
        /// Its section's id.
        section: &'a str,
        /// Its section's title.
        title: &'a Text,
        /// The point.
        point: PointState<'a>,
    },
    /// A point's text or countries changed.
    UnscPointChanged {
        /// Its section's id.
        section: &'a str,
        /// Its section's title.
        title: &'a Text,
        /// `text`, `countries`.
        fields: Vec<&'static str>,
        /// The old point.
        old: PointState<'a>,
        /// The new point.
        new: PointState<'a>,
    },
    /// The outcome of the vote changed.
    UnscOutcomeChanged {
        /// The fields that changed: `date`, `elected`, `term`, `votes`, `votes_needed`,
        /// `elected_same_day`, `withdrew`, `text`, `sources`.
        fields: Vec<&'static str>,
        /// The old outcome.
        old: OutcomeView<'a>,
        /// The new outcome.
        new: OutcomeView<'a>,
    },
    /// A new later development.
    UnscDevelopmentAdded {
        /// The development.
        development: DevelopmentState<'a>,
    },
    /// A later development is gone.
    UnscDevelopmentRemoved {
        /// The development.
        development: DevelopmentState<'a>,
    },
    /// A later development changed.
    UnscDevelopmentChanged {
        /// `date`, `text`, `countries`, `sources`.
        fields: Vec<&'static str>,
        /// The old development.
        old: DevelopmentState<'a>,
        /// The new development.
        new: DevelopmentState<'a>,
    },
    /// A new source.
    SourceAdded {
        /// The source.
        source: &'a Source,
    },
    /// A source is gone.
    SourceRemoved {
        /// The source.
        source: &'a Source,
    },
    /// A source's description changed.
    SourceChanged {
        /// Its id.
        id: &'a str,
        /// `publisher`, `title`, `published`, `address`, `note`.
        fields: Vec<&'static str>,
        /// The old record.
        old: &'a Source,
        /// The new record.
        new: &'a Source,
    },
    /// A new country.
    CountryAdded {
        /// The country.
        country: &'a Country,
    },
    /// A country is gone.
    CountryRemoved {
        /// The country.
        country: &'a Country,
    },
    /// A country's codes or names changed.
    CountryChanged {
        /// Its ISO 3166-1 alpha-2 code.
        code: &'a str,
        /// `alpha3`, `en.name`, `en.official`, `en.aliases`, `en.former`, `en.parts`,
        /// `en.the`, `lv.name`, `lv.official`, `lv.aliases`, `lv.former`, `lv.parts`,
        /// `lv.declension` (the cases of the name shown), `source`.
        fields: Vec<&'static str>,
        /// The old record.
        old: &'a Country,
        /// The new record.
        new: &'a Country,
    },
    /// A new city.
    CityAdded {
        /// The city.
        city: CityInCountry<'a>,
    },
    /// A city is gone.
    CityRemoved {
        /// The city.
        city: CityInCountry<'a>,
    },
    /// A city's country or names changed.
    CityChanged {
        /// Its id.
        id: &'a str,
        /// `country`, and the name fields of `country_changed`.
        fields: Vec<&'static str>,
        /// The old record.
        old: CityInCountry<'a>,
        /// The new record.
        new: CityInCountry<'a>,
    },
    /// The same facts, resting on other words of the source (and perhaps another source).
    EvidenceChanged {
        /// The record.
        record: RecordRef<'a>,
    },
    /// Records whose facts and words are the same now rest on another source (an imported
    /// page's records name the new page): one change for every such move between sources,
    /// the old sources in `old_evidence`, the new in `new_evidence`.
    SourcesReassigned {
        /// The records, in the order of the changes they would have been.
        records: Vec<RecordRef<'a>>,
    },
}

/// What changed from `old` to `new`; `old_data` and `new_data` name them (`None`: built in).
pub fn diff<'a>(
    old: &'a Dataset,
    new: &'a Dataset,
    old_data: Option<String>,
    new_data: Option<String>,
) -> DiffReport<'a> {
    let sides = Sides { old, new };
    let mut changes = Vec::new();
    sides.postings(&mut changes);
    sides.advisers(&mut changes);
    sides.accreditations(&mut changes);
    sides.partnerships(&mut changes);
    sides.duties(&mut changes);
    sides.statements(&mut changes);
    sides.unsc(&mut changes);
    sides.sources(&mut changes);
    let mut changes = reassigned(changes);
    sides.countries(&mut changes);
    sides.cities(&mut changes);
    DiffReport {
        old_data,
        new_data,
        facts_only: false,
        changed: !changes.is_empty(),
        total: changes.len(),
        changes,
    }
}

/// `changes` with every `evidence_changed` whose words are the same on both sides (only the
/// source differs) folded into one `sources_reassigned` for each move from the same old sources
/// to the same new ones, at the end, in the order first met.
fn reassigned(changes: Vec<Change<'_>>) -> Vec<Change<'_>> {
    fn words<'e>(evidence: &[Evidence<'e>]) -> Vec<Option<&'e str>> {
        let mut words: Vec<_> = evidence.iter().map(|e| e.quote).collect();
        words.sort_unstable();
        words
    }
    fn ids<'e>(evidence: &[Evidence<'e>]) -> Vec<&'e str> {
        let mut ids: Vec<&str> = evidence.iter().map(|e| e.source.id.as_ref()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
    fn sources<'e>(evidence: &[Evidence<'e>]) -> Vec<Evidence<'e>> {
        super::sources_of(evidence)
            .into_iter()
            .map(Evidence::of)
            .collect()
    }
    let mut kept = Vec::with_capacity(changes.len());
    let mut moves: Vec<Change<'_>> = Vec::new();
    let mut slot: HashMap<(Vec<&str>, Vec<&str>), usize> = HashMap::new();
    for change in changes {
        // The same words from other sources; the same words from the same sources is a change
        // of what the record reads them as (an accredited country's name in the source).
        let same_words = words(&change.old_evidence) == words(&change.new_evidence)
            && ids(&change.old_evidence) != ids(&change.new_evidence);
        let record = match &change.what {
            What::EvidenceChanged { record } if same_words => record.clone(),
            _ => {
                kept.push(change);
                continue;
            }
        };
        let key = (ids(&change.old_evidence), ids(&change.new_evidence));
        match slot.get(&key) {
            Some(&i) => {
                if let What::SourcesReassigned { records } = &mut moves[i].what {
                    records.push(record);
                }
            }
            None => {
                slot.insert(key, moves.len());
                moves.push(Change {
                    what: What::SourcesReassigned {
                        records: vec![record],
                    },
                    old_evidence: sources(&change.old_evidence),
                    new_evidence: sources(&change.new_evidence),
                });
            }
        }
    }
    kept.extend(moves);
    kept
}

/// Pairs the records of `old` and `new` that are the same record: those whose key of the
/// first pass agrees (`key(0, record)`), then among the rest those whose key of the second pass
/// agrees, and so on for `passes` passes; records sharing a key pair in their order. The pairs
/// come in `new`'s order (a record without a partner was added), then the records of `old`
/// without a partner (removed), in `old`'s order. Linear: one hash map a pass.
fn pair<'p, T, K: Hash + Eq>(
    old: &'p [T],
    new: &'p [T],
    passes: usize,
    key: impl Fn(usize, &'p T) -> K,
) -> Vec<(Option<&'p T>, Option<&'p T>)> {
    let mut old_partner: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_partner: Vec<Option<usize>> = vec![None; new.len()];
    for pass in 0..passes {
        let mut unpaired: HashMap<K, VecDeque<usize>> = HashMap::new();
        for (i, record) in old.iter().enumerate() {
            if old_partner[i].is_none() {
                unpaired.entry(key(pass, record)).or_default().push_back(i);
            }
        }
        if unpaired.is_empty() {
            break;
        }
        for (j, record) in new.iter().enumerate() {
            if new_partner[j].is_some() {
                continue;
            }
            if let Some(i) = unpaired
                .get_mut(&key(pass, record))
                .and_then(VecDeque::pop_front)
            {
                old_partner[i] = Some(j);
                new_partner[j] = Some(i);
            }
        }
    }
    let mut pairs: Vec<(Option<&'p T>, Option<&'p T>)> = new
        .iter()
        .zip(&new_partner)
        .map(|(record, partner)| (partner.map(|i| &old[i]), Some(record)))
        .collect();
    pairs.extend(
        old.iter()
            .zip(&old_partner)
            .filter(|(_, partner)| partner.is_none())
            .map(|(record, _)| (Some(record), None)),
    );
    pairs
}

/// Pairs by one key.
fn pair_by<'p, T, K: Hash + Eq>(
    old: &'p [T],
    new: &'p [T],
    key: impl Fn(&'p T) -> K,
) -> Vec<(Option<&'p T>, Option<&'p T>)> {
    pair(old, new, 1, |_, record| key(record))
}

/// The names of the fields that differ, of those listed as (name, old == new).
fn differing(fields: &[(&'static str, bool)]) -> Vec<&'static str> {
    fields
        .iter()
        .filter(|(_, same)| !same)
        .map(|(name, _)| *name)
        .collect()
}

/// Whether two sides' evidence rests on the same sources (by id) and the same words, in any
/// order.
fn same_evidence(old: &[Evidence<'_>], new: &[Evidence<'_>]) -> bool {
    fn keys<'e>(evidence: &[Evidence<'e>]) -> Vec<(&'e str, Option<&'e str>)> {
        let mut keys: Vec<_> = evidence
            .iter()
            .map(|e| (e.source.id.as_ref(), e.quote))
            .collect();
        keys.sort_unstable();
        keys
    }
    keys(old) == keys(new)
}

/// Whether two lists hold the same items, in any order.
fn same_set<T: Ord>(old: impl IntoIterator<Item = T>, new: impl IntoIterator<Item = T>) -> bool {
    let sorted = |items: Vec<T>| {
        let mut items = items;
        items.sort_unstable();
        items
    };
    sorted(old.into_iter().collect()) == sorted(new.into_iter().collect())
}

/// Whether two lists of countries hold the same countries, by code, in any order.
fn same_countries(old: &[&Country], new: &[&Country]) -> bool {
    same_set(
        old.iter().map(|c| c.alpha2.as_ref()),
        new.iter().map(|c| c.alpha2.as_ref()),
    )
}

/// The records of a side grouped by a key, the keys in the order first met.
struct Grouped<'a, K, T> {
    order: Vec<K>,
    groups: HashMap<K, Vec<&'a T>>,
}

impl<'a, K: Hash + Eq + Copy, T> Grouped<'a, K, T> {
    fn new(records: &'a [T], key: impl Fn(&'a T) -> K) -> Self {
        let mut order = Vec::new();
        let mut groups: HashMap<K, Vec<&'a T>> = HashMap::new();
        for record in records {
            let k = key(record);
            groups
                .entry(k)
                .or_insert_with(|| {
                    order.push(k);
                    Vec::new()
                })
                .push(record);
        }
        Grouped { order, groups }
    }

    fn get(&self, key: &K) -> &[&'a T] {
        self.groups.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The two datasets.
#[derive(Clone, Copy)]
struct Sides<'a> {
    old: &'a Dataset,
    new: &'a Dataset,
}

/// The evidence of a record that keeps its source's words.
fn quoted<'a>(ds: &'a Dataset, source: crate::data::SourceId, quote: &'a str) -> Evidence<'a> {
    Evidence::quoted(ds.source(source), quote)
}

fn posting_evidence<'a>(ds: &'a Dataset, lines: &[&'a Posting]) -> Vec<Evidence<'a>> {
    lines
        .iter()
        .map(|p| quoted(ds, p.source, &p.quote))
        .collect()
}

fn stated_count_evidence<'a>(ds: &'a Dataset, lines: &[&'a Posting]) -> Vec<Evidence<'a>> {
    lines
        .iter()
        .filter_map(|p| p.stated_attaches.as_ref())
        .map(|s| quoted(ds, s.source, &s.quote))
        .collect()
}

/// The number of attachés sources state at a residence: the sum of its lines' numbers, or
/// `None` where no line has one.
fn stated_count(lines: &[&Posting]) -> Option<u32> {
    lines
        .iter()
        .filter_map(|p| p.stated_attaches.as_ref().map(|s| s.count))
        .reduce(u32::saturating_add)
}

fn city_id(ds: &Dataset, city: crate::data::CityId) -> &str {
    &ds.city(city).id
}

impl<'a> Sides<'a> {
    fn declared_evidence(ds: &'a Dataset) -> Vec<Evidence<'a>> {
        vec![quoted(ds, ds.declared.source, &ds.declared.quote)]
    }

    /// The stated totals, Latvia's postings and the countries they cover.
    fn postings(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let (od, nd) = (&old.declared, &new.declared);
        let figures = [
            (Figure::Attaches, od.attaches, nd.attaches),
            (Figure::Countries, od.countries, nd.countries),
            (Figure::Advisers, od.advisers, nd.advisers),
        ];
        let (old_declared, new_declared) =
            (Self::declared_evidence(old), Self::declared_evidence(new));
        let mut totals_changed = false;
        for (figure, o, n) in figures {
            if o != n {
                totals_changed = true;
                changes.push(Change {
                    what: What::StatedTotalChanged {
                        figure,
                        old: o,
                        new: n,
                    },
                    old_evidence: old_declared.clone(),
                    new_evidence: new_declared.clone(),
                });
            }
        }
        if !totals_changed && !same_evidence(&old_declared, &new_declared) {
            changes.push(Change {
                what: What::EvidenceChanged {
                    record: RecordRef::StatedTotals,
                },
                old_evidence: old_declared,
                new_evidence: new_declared,
            });
        }

        let old_at = Grouped::new(&old.postings, |p: &'a Posting| city_id(old, p.residence));
        let new_at = Grouped::new(&new.postings, |p: &'a Posting| city_id(new, p.residence));
        let residence = |ds: &'a Dataset, lines: &[&'a Posting]| {
            lines.first().map(|p| CityInCountry::of(ds, p.residence))
        };
        let covers = |ds: &'a Dataset, lines: &[&'a Posting]| -> Vec<&'a Country> {
            lines
                .iter()
                .flat_map(|p| p.covers.iter().map(|&c| ds.country(c)))
                .collect()
        };
        // Residences opened and closed.
        for key in &new_at.order {
            let lines = new_at.get(key);
            if !old_at.get(key).is_empty() {
                continue;
            }
            if let Some(residence) = residence(new, lines) {
                changes.push(Change {
                    what: What::PostingAdded {
                        residence,
                        covers: covers(new, lines),
                    },
                    old_evidence: vec![],
                    new_evidence: posting_evidence(new, lines),
                });
            }
        }
        for key in &old_at.order {
            let lines = old_at.get(key);
            if !new_at.get(key).is_empty() {
                continue;
            }
            if let Some(residence) = residence(old, lines) {
                changes.push(Change {
                    what: What::PostingClosed {
                        residence,
                        covers: covers(old, lines),
                    },
                    old_evidence: posting_evidence(old, lines),
                    new_evidence: vec![],
                });
            }
        }

        // Each country's residence on each side, with the line that covers it there and that
        // line's place among the residence's lines. A change of a country's coverage shows the
        // line covering it on each side, or the line in the same place at the same residence
        // (Kyiv's line before Belarus was added to it): one line a side, so that the changes
        // cost no more than the lines, however many lines one city has.
        type Covering<'d> = (&'d Country, &'d str, usize, &'d Posting);
        let covered = |ds: &'a Dataset, at: &Grouped<'a, &'a str, Posting>| {
            let mut order: Vec<&'a str> = Vec::new();
            let mut from: HashMap<&'a str, Covering<'a>> = HashMap::new();
            for &key in &at.order {
                for (i, &line) in at.get(&key).iter().enumerate() {
                    for &c in line.covers.iter() {
                        let country = ds.country(c);
                        order.push(&country.alpha2);
                        from.insert(&country.alpha2, (country, key, i, line));
                    }
                }
            }
            (order, from)
        };
        let (old_order, old_from) = covered(old, &old_at);
        let (new_order, new_from) = covered(new, &new_at);
        let line_evidence = |ds: &'a Dataset, line: Option<&&'a Posting>| -> Vec<Evidence<'a>> {
            line.map(|p| quoted(ds, p.source, &p.quote))
                .into_iter()
                .collect()
        };
        let mut touched: HashSet<&'a str> = HashSet::new();
        for code in &new_order {
            let Some(&(country, now, i, line)) = new_from.get(code) else {
                continue;
            };
            let new_evidence = line_evidence(new, Some(&line));
            let new_city = CityInCountry::of(new, line.residence);
            match old_from.get(code) {
                Some(&(_, was, _, _)) if was == now => {}
                Some(&(_, was, _, old_line)) => {
                    touched.extend([was, now]);
                    changes.push(Change {
                        what: What::CoverageMoved {
                            country,
                            old: CityInCountry::of(old, old_line.residence),
                            new: new_city,
                        },
                        old_evidence: line_evidence(old, Some(&old_line)),
                        new_evidence,
                    });
                }
                None => {
                    touched.insert(now);
                    changes.push(Change {
                        what: What::CoverageAdded {
                            country,
                            residence: new_city,
                        },
                        old_evidence: line_evidence(old, old_at.get(&now).get(i)),
                        new_evidence,
                    });
                }
            }
        }
        for code in &old_order {
            if new_from.contains_key(code) {
                continue;
            }
            let Some(&(country, was, i, line)) = old_from.get(code) else {
                continue;
            };
            touched.insert(was);
            changes.push(Change {
                what: What::CoverageDropped {
                    country,
                    residence: CityInCountry::of(old, line.residence),
                },
                old_evidence: line_evidence(old, Some(&line)),
                new_evidence: line_evidence(new, new_at.get(&was).get(i)),
            });
        }

        // Residences on both sides: the numbers stated there, and words that changed alone.
        for key in &new_at.order {
            let (old_lines, new_lines) = (old_at.get(key), new_at.get(key));
            let Some(new_city) = residence(new, new_lines) else {
                continue;
            };
            if old_lines.is_empty() {
                continue;
            }
            let (o, n) = (stated_count(old_lines), stated_count(new_lines));
            let (old_stated, new_stated) = (
                stated_count_evidence(old, old_lines),
                stated_count_evidence(new, new_lines),
            );
            if o != n {
                changes.push(Change {
                    what: What::StatedCountChanged {
                        residence: new_city,
                        old: o,
                        new: n,
                    },
                    old_evidence: old_stated,
                    new_evidence: new_stated,
                });
            } else if !same_evidence(&old_stated, &new_stated) {
                changes.push(Change {
                    what: What::EvidenceChanged {
                        record: RecordRef::StatedCount {
                            residence: new_city,
                        },
                    },
                    old_evidence: old_stated,
                    new_evidence: new_stated,
                });
            }
            let (old_evidence, new_evidence) = (
                posting_evidence(old, old_lines),
                posting_evidence(new, new_lines),
            );
            if !touched.contains(key) && !same_evidence(&old_evidence, &new_evidence) {
                changes.push(Change {
                    what: What::EvidenceChanged {
                        record: RecordRef::Posting {
                            residence: new_city,
                        },
                    },
                    old_evidence,
                    new_evidence,
                });
            }
        }
    }

    /// The changes of the records `pairs` holds ([`pair`]): `added` for a record only new,
    /// `removed` for one only old, and for a record on both sides what `changed` makes of it,
    /// told whether its evidence (`evidence` of each side) is the same; `None` is no change.
    fn compare<'p, T>(
        self,
        changes: &mut Vec<Change<'a>>,
        pairs: Vec<(Option<&'p T>, Option<&'p T>)>,
        evidence: impl Fn(&'a Dataset, &'p T) -> Vec<Evidence<'a>>,
        added: impl Fn(&'p T) -> What<'a>,
        removed: impl Fn(&'p T) -> What<'a>,
        changed: impl Fn(&'p T, &'p T, bool) -> Option<What<'a>>,
    ) {
        for (o, n) in pairs {
            let (what, old_evidence, new_evidence) = match (o, n) {
                (Some(o), Some(n)) => {
                    let (old_evidence, new_evidence) =
                        (evidence(self.old, o), evidence(self.new, n));
                    let same = same_evidence(&old_evidence, &new_evidence);
                    match changed(o, n, same) {
                        Some(what) => (what, old_evidence, new_evidence),
                        None => continue,
                    }
                }
                (None, Some(n)) => (added(n), vec![], evidence(self.new, n)),
                (Some(o), None) => (removed(o), evidence(self.old, o), vec![]),
                (None, None) => continue,
            };
            changes.push(Change {
                what,
                old_evidence,
                new_evidence,
            });
        }
    }

    /// Latvia's advisers, by the country of their embassy.
    fn advisers(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let by_code = |ds: &'a Dataset| -> Vec<(&'a str, &'a Adviser)> {
            ds.advisers
                .iter()
                .map(|a| (ds.country(a.embassy_in).alpha2.as_ref(), a))
                .collect()
        };
        let (old_codes, new_codes) = (by_code(old), by_code(new));
        self.compare(
            changes,
            pair_by(&old_codes, &new_codes, |(code, _)| *code),
            |ds, &(_, a)| vec![quoted(ds, a.source, &a.quote)],
            |&(_, n)| What::AdviserAdded {
                embassy_in: new.country(n.embassy_in),
                residence: CityInCountry::of(new, n.residence),
            },
            |&(_, o)| What::AdviserRemoved {
                embassy_in: old.country(o.embassy_in),
                residence: CityInCountry::of(old, o.residence),
            },
            |&(_, o), &(_, n), same| {
                let embassy_in = new.country(n.embassy_in);
                if city_id(old, o.residence) != city_id(new, n.residence) {
                    Some(What::AdviserMoved {
                        embassy_in,
                        old: CityInCountry::of(old, o.residence),
                        new: CityInCountry::of(new, n.residence),
                    })
                } else {
                    (!same).then_some(What::EvidenceChanged {
                        record: RecordRef::Adviser { embassy_in },
                    })
                }
            },
        );
    }

    /// Foreign attachés accredited to Latvia, by country.
    fn accreditations(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let by_code = |ds: &'a Dataset| -> Vec<(&'a str, &'a Accreditation)> {
            ds.accreditations
                .iter()
                .map(|a| (ds.country(a.country).alpha2.as_ref(), a))
                .collect()
        };
        let (old_codes, new_codes) = (by_code(old), by_code(new));
        let at = |ds: &'a Dataset, a: &'a Accreditation| AttacheResidence {
            residence: CityInCountry::of(ds, a.residence),
            resident: ds.in_latvia(a.residence),
        };
        self.compare(
            changes,
            pair_by(&old_codes, &new_codes, |(code, _)| *code),
            |ds, &(_, a)| vec![quoted(ds, a.source, &a.quote)],
            |&(_, n)| {
                let now = at(new, n);
                What::AttacheAdded {
                    country: new.country(n.country),
                    residence: now.residence,
                    resident: now.resident,
                }
            },
            |&(_, o)| {
                let was = at(old, o);
                What::AttacheRemoved {
                    country: old.country(o.country),
                    residence: was.residence,
                    resident: was.resident,
                }
            },
            |&(_, o), &(_, n), same| {
                let country = new.country(n.country);
                let (was, now) = (at(old, o), at(new, n));
                if was.residence.city.id != now.residence.city.id || was.resident != now.resident {
                    Some(What::AttacheMoved {
                        country,
                        old: was,
                        new: now,
                    })
                } else {
                    // The source's word for the country is part of what the record reads.
                    (!same || o.name_in_source != n.name_in_source).then_some(
                        What::EvidenceChanged {
                            record: RecordRef::Attache { country },
                        },
                    )
                }
            },
        );
    }

    /// Cooperation groups by id, and their members by country.
    fn partnerships(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let evidence = |ds: &'a Dataset, p: &'a Partnership| vec![quoted(ds, p.source, &p.quote)];
        let members = |ds: &'a Dataset, p: &'a Partnership| -> Vec<&'a Country> {
            p.members.iter().map(|m| ds.country(m.country)).collect()
        };
        let state = |p: &'a Partnership| PartnershipState {
            title: &p.title,
            role: &p.role,
            open_list: p.open_list,
            note: p.note.as_ref(),
        };
        let member_state = |m: &'a Member| MemberState {
            role: m.role.as_ref(),
            inferred: m.inferred,
        };
        let by_id = |p: &'a Partnership| p.id.as_ref();
        for (o, n) in pair_by(&old.partnerships, &new.partnerships, by_id) {
            let (o, n) = match (o, n) {
                (Some(o), Some(n)) => (o, n),
                (None, Some(n)) => {
                    changes.push(Change {
                        what: What::PartnershipAdded {
                            partnership: &n.id,
                            title: &n.title,
                            members: members(new, n),
                        },
                        old_evidence: vec![],
                        new_evidence: evidence(new, n),
                    });
                    continue;
                }
                (Some(o), None) => {
                    changes.push(Change {
                        what: What::PartnershipRemoved {
                            partnership: &o.id,
                            title: &o.title,
                            members: members(old, o),
                        },
                        old_evidence: evidence(old, o),
                        new_evidence: vec![],
                    });
                    continue;
                }
                (None, None) => continue,
            };
            let before = changes.len();
            let fields = differing(&[
                ("title", o.title == n.title),
                ("role", o.role == n.role),
                ("open_list", o.open_list == n.open_list),
                ("note", o.note == n.note),
            ]);
            if !fields.is_empty() {
                changes.push(Change {
                    what: What::PartnershipChanged {
                        partnership: &n.id,
                        fields,
                        old: state(o),
                        new: state(n),
                    },
                    old_evidence: evidence(old, o),
                    new_evidence: evidence(new, n),
                });
            }
            let by_code = |ds: &'a Dataset, p: &'a Partnership| -> Vec<(&'a str, &'a Member)> {
                p.members
                    .iter()
                    .map(|m| (ds.country(m.country).alpha2.as_ref(), m))
                    .collect()
            };
            let (old_members, new_members) = (by_code(old, o), by_code(new, n));
            for (om, nm) in pair_by(&old_members, &new_members, |(code, _)| *code) {
                let what = match (om, nm) {
                    (Some(&(_, om)), Some(&(_, nm))) => {
                        if om.role == nm.role && om.inferred == nm.inferred {
                            continue;
                        }
                        What::MemberChanged {
                            partnership: &n.id,
                            title: &n.title,
                            country: new.country(nm.country),
                            old: member_state(om),
                            new: member_state(nm),
                        }
                    }
                    (None, Some(&(_, nm))) => What::MemberAdded {
                        partnership: &n.id,
                        title: &n.title,
                        country: new.country(nm.country),
                        member: member_state(nm),
                    },
                    (Some(&(_, om)), None) => What::MemberRemoved {
                        partnership: &n.id,
                        title: &n.title,
                        country: old.country(om.country),
                        member: member_state(om),
                    },
                    (None, None) => continue,
                };
                changes.push(Change {
                    what,
                    old_evidence: evidence(old, o),
                    new_evidence: evidence(new, n),
                });
            }
            let (old_evidence, new_evidence) = (evidence(old, o), evidence(new, n));
            if changes.len() == before && !same_evidence(&old_evidence, &new_evidence) {
                changes.push(Change {
                    what: What::EvidenceChanged {
                        record: RecordRef::Partnership {
                            partnership: &n.id,
                            title: &n.title,
                        },
                    },
                    old_evidence,
                    new_evidence,
                });
            }
        }
    }

    /// The duties of an attaché: whole, else by the source's words, else by their Latvian or
    /// English text.
    fn duties(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        // The same duty whole first, so that duties sharing words pair with their own.
        let key = |pass, d: &'a Duty| -> (&'a str, &'a str, &'a str) {
            match pass {
                0 => (&d.quote, &d.text.lv, &d.text.en),
                1 => (&d.quote, "", ""),
                2 => ("", &d.text.lv, ""),
                _ => ("", "", &d.text.en),
            }
        };
        self.compare(
            changes,
            pair(&old.duties, &new.duties, 4, key),
            |ds, d| vec![quoted(ds, d.source, &d.quote)],
            |n| What::DutyAdded { text: &n.text },
            |o| What::DutyRemoved { text: &o.text },
            |o, n, same| {
                if o.text != n.text {
                    Some(What::DutyChanged {
                        old: &o.text,
                        new: &n.text,
                    })
                } else {
                    (!same).then_some(What::EvidenceChanged {
                        record: RecordRef::Duty { text: &n.text },
                    })
                }
            },
        );
    }

    /// The statements, by id.
    fn statements(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let state = |s: &'a Statement| StatementState {
            topic: s.topic,
            text: &s.text,
        };
        self.compare(
            changes,
            pair_by(&old.statements, &new.statements, |s| s.id.as_ref()),
            |ds, s| vec![quoted(ds, s.source, &s.quote)],
            |n| What::StatementAdded {
                id: &n.id,
                statement: state(n),
            },
            |o| What::StatementRemoved {
                id: &o.id,
                statement: state(o),
            },
            |o, n, same| {
                let fields =
                    differing(&[("topic", o.topic == n.topic), ("text", o.text == n.text)]);
                if !fields.is_empty() {
                    Some(What::StatementChanged {
                        id: &n.id,
                        fields,
                        old: state(o),
                        new: state(n),
                    })
                } else {
                    (!same).then_some(What::EvidenceChanged {
                        record: RecordRef::Statement { id: &n.id },
                    })
                }
            },
        );
    }

    /// The UNSC article's sections and points, the outcome, and later developments.
    fn unsc(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let article = |ds: &'a Dataset| vec![Evidence::of(ds.source(ds.unsc.source))];
        for (o, n) in pair_by(&old.unsc.sections, &new.unsc.sections, |s| s.id.as_ref()) {
            match (o, n) {
                (Some(o), Some(n)) if o.title != n.title => changes.push(Change {
                    what: What::UnscSectionChanged {
                        section: &n.id,
                        old: &o.title,
                        new: &n.title,
                    },
                    old_evidence: article(old),
                    new_evidence: article(new),
                }),
                (None, Some(n)) => changes.push(Change {
                    what: What::UnscSectionAdded {
                        section: &n.id,
                        title: &n.title,
                    },
                    old_evidence: vec![],
                    new_evidence: article(new),
                }),
                (Some(o), None) => changes.push(Change {
                    what: What::UnscSectionRemoved {
                        section: &o.id,
                        title: &o.title,
                    },
                    old_evidence: article(old),
                    new_evidence: vec![],
                }),
                _ => {}
            }
        }

        // Points, each with its section's id, matched by section and words, else by section
        // and Latvian text: a point moved to another section is removed there and added here.
        let points = |ds: &'a Dataset| -> Vec<(&'a Section, &'a Point)> {
            ds.unsc
                .sections
                .iter()
                .flat_map(|s| s.points.iter().map(move |p| (s, p)))
                .collect()
        };
        let (old_points, new_points) = (points(old), points(new));
        let point = |ds: &'a Dataset, p: &'a Point| PointState {
            text: &p.text,
            countries: p.countries.iter().map(|&c| ds.country(c)).collect(),
        };
        let evidence = |ds: &'a Dataset, p: &'a Point| {
            vec![Evidence::quoted(ds.source(ds.unsc.source), &p.quote)]
        };
        let key = |pass, &(section, p): &(&'a Section, &'a Point)| -> (&'a str, &'a str, &'a str) {
            let section = section.id.as_ref();
            match pass {
                0 => (section, &p.quote, &p.text.lv),
                1 => (section, &p.quote, ""),
                _ => (section, "", &p.text.lv),
            }
        };
        self.compare(
            changes,
            pair(&old_points, &new_points, 3, key),
            |ds, &(_, p)| evidence(ds, p),
            |&(section, n)| What::UnscPointAdded {
                section: &section.id,
                title: &section.title,
                point: point(new, n),
            },
            |&(section, o)| What::UnscPointRemoved {
                section: &section.id,
                title: &section.title,
                point: point(old, o),
            },
            |&(_, o), &(section, n), same| {
                let (was, now) = (point(old, o), point(new, n));
                let fields = differing(&[
                    ("text", o.text == n.text),
                    ("countries", same_countries(&was.countries, &now.countries)),
                ]);
                if !fields.is_empty() {
                    Some(What::UnscPointChanged {
                        section: &section.id,
                        title: &section.title,
                        fields,
                        old: was,
                        new: now,
                    })
                } else {
                    (!same).then_some(What::EvidenceChanged {
                        record: RecordRef::UnscPoint {
                            section: &section.id,
                            title: &section.title,
                            text: &n.text,
                        },
                    })
                }
            },
        );

        let (o, n) = (&old.unsc.outcome, &new.unsc.outcome);
        let view = |ds: &'a Dataset, outcome: &'a crate::data::Outcome| OutcomeView {
            outcome,
            elected_same_day: outcome
                .elected_same_day
                .iter()
                .map(|&c| ds.country(c))
                .collect(),
            withdrew: outcome.withdrew.iter().map(|&c| ds.country(c)).collect(),
            sources: outcome.sources.iter().map(|&s| ds.source(s)).collect(),
        };
        let (was, now) = (view(old, o), view(new, n));
        let source_ids =
            |sources: &[&'a Source]| sources.iter().map(|s| s.id.as_ref()).collect::<Vec<&str>>();
        let fields = differing(&[
            ("date", o.date == n.date),
            ("elected", o.elected == n.elected),
            ("term", o.term == n.term),
            ("votes", o.votes == n.votes),
            ("votes_needed", o.votes_needed == n.votes_needed),
            (
                "elected_same_day",
                same_countries(&was.elected_same_day, &now.elected_same_day),
            ),
            ("withdrew", same_countries(&was.withdrew, &now.withdrew)),
            ("text", o.text == n.text),
            (
                "sources",
                same_set(source_ids(&was.sources), source_ids(&now.sources)),
            ),
        ]);
        if !fields.is_empty() {
            let sources = |v: &OutcomeView<'a>| -> Vec<Evidence<'a>> {
                v.sources.iter().map(|&s| Evidence::of(s)).collect()
            };
            let (old_evidence, new_evidence) = (sources(&was), sources(&now));
            changes.push(Change {
                what: What::UnscOutcomeChanged {
                    fields,
                    old: was,
                    new: now,
                },
                old_evidence,
                new_evidence,
            });
        }

        let development = |ds: &'a Dataset, d: &'a Development| DevelopmentState {
            date: &d.date,
            text: &d.text,
            countries: d.countries.iter().map(|&c| ds.country(c)).collect(),
            sources: d
                .sources
                .iter()
                .map(|&s| ds.source(s).id.as_ref())
                .collect(),
        };
        let evidence = |ds: &'a Dataset, d: &'a Development| -> Vec<Evidence<'a>> {
            d.sources
                .iter()
                .map(|&s| Evidence::of(ds.source(s)))
                .collect()
        };
        let key = |pass, d: &'a Development| -> (&'a str, &'a str) {
            match pass {
                0 => (&d.date, &d.text.lv),
                1 => (&d.date, ""),
                _ => ("", &d.text.lv),
            }
        };
        self.compare(
            changes,
            pair(&old.unsc.developments, &new.unsc.developments, 3, key),
            evidence,
            |n| What::UnscDevelopmentAdded {
                development: development(new, n),
            },
            |o| What::UnscDevelopmentRemoved {
                development: development(old, o),
            },
            |o, n, _| {
                let (was, now) = (development(old, o), development(new, n));
                let fields = differing(&[
                    ("date", was.date == now.date),
                    ("text", was.text == now.text),
                    ("countries", same_countries(&was.countries, &now.countries)),
                    ("sources", same_set(was.sources.iter(), now.sources.iter())),
                ]);
                (!fields.is_empty()).then_some(What::UnscDevelopmentChanged {
                    fields,
                    old: was,
                    new: now,
                })
            },
        );
    }

    /// The sources, by id.
    fn sources(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        self.compare(
            changes,
            pair_by(&old.sources, &new.sources, |s| s.id.as_ref()),
            |_, _| vec![],
            |n| What::SourceAdded { source: n },
            |o| What::SourceRemoved { source: o },
            |o, n, _| {
                let fields = differing(&[
                    ("publisher", o.publisher == n.publisher),
                    ("title", o.title == n.title),
                    ("published", o.published == n.published),
                    ("address", o.address == n.address),
                    ("note", o.note == n.note),
                ]);
                (!fields.is_empty()).then_some(What::SourceChanged {
                    id: &n.id,
                    fields,
                    old: o,
                    new: n,
                })
            },
        );
    }

    /// The countries, by ISO code.
    fn countries(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        self.compare(
            changes,
            pair_by(&old.countries, &new.countries, |c| c.alpha2.as_ref()),
            |ds, c| vec![Evidence::of(ds.source(c.source))],
            |n| What::CountryAdded { country: n },
            |o| What::CountryRemoved { country: o },
            |o, n, _| {
                let mut fields = vec![];
                if o.alpha3 != n.alpha3 {
                    fields.push("alpha3");
                }
                fields.extend(name_fields(o, n));
                if old.source(o.source).id != new.source(n.source).id {
                    fields.push("source");
                }
                (!fields.is_empty()).then_some(What::CountryChanged {
                    code: &n.alpha2,
                    fields,
                    old: o,
                    new: n,
                })
            },
        );
    }

    /// The cities, by id.
    fn cities(self, changes: &mut Vec<Change<'a>>) {
        let (old, new) = (self.old, self.new);
        let place = |ds: &'a Dataset, c: &'a City| CityInCountry {
            city: c,
            country: ds.country(c.country),
        };
        self.compare(
            changes,
            pair_by(&old.cities, &new.cities, |c| c.id.as_ref()),
            |ds, c| vec![Evidence::of(ds.source(c.source))],
            |n| What::CityAdded {
                city: place(new, n),
            },
            |o| What::CityRemoved {
                city: place(old, o),
            },
            |o, n, _| {
                let (was, now) = (place(old, o), place(new, n));
                let mut fields = vec![];
                if was.country.alpha2 != now.country.alpha2 {
                    fields.push("country");
                }
                fields.extend(name_fields(o, n));
                if old.source(o.source).id != new.source(n.source).id {
                    fields.push("source");
                }
                (!fields.is_empty()).then_some(What::CityChanged {
                    id: &n.id,
                    fields,
                    old: was,
                    new: now,
                })
            },
        );
    }
}

/// The name fields of a country or city that differ.
fn name_fields<T: crate::data::Named>(old: &T, new: &T) -> Vec<&'static str> {
    let (oe, ne) = (old.english(), new.english());
    let (ol, nl) = (old.latvian(), new.latvian());
    // The names a place is found by, in any order.
    let names = |old: &[std::borrow::Cow<'static, str>], new: &[std::borrow::Cow<'static, str>]| {
        same_set(old, new)
    };
    differing(&[
        ("en.name", oe.name == ne.name),
        ("en.official", oe.official == ne.official),
        ("en.aliases", names(&oe.aliases, &ne.aliases)),
        ("en.former", names(&oe.former, &ne.former)),
        ("en.parts", names(&oe.parts, &ne.parts)),
        ("en.the", oe.the == ne.the),
        ("lv.name", ol.name == nl.name),
        ("lv.official", ol.official == nl.official),
        ("lv.aliases", names(&ol.aliases, &nl.aliases)),
        ("lv.former", names(&ol.former, &nl.former)),
        ("lv.parts", names(&ol.parts, &nl.parts)),
        (
            "lv.declension",
            ol.genitive == nl.genitive && ol.locative == nl.locative,
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_by_each_key_in_turn_then_in_order_and_lists_the_unpaired() {
        // (key, text): paired by the whole first, then by key alone, in order.
        let old = [("a", "1"), ("b", "2"), ("b", "3"), ("c", "4")];
        let new = [("b", "3"), ("d", "5"), ("b", "9"), ("a", "1")];
        let key = |pass, r: &(&'static str, &'static str)| match pass {
            0 => *r,
            _ => (r.0, ""),
        };
        let pairs = pair(&old, &new, 2, key);
        assert_eq!(
            pairs,
            [
                (Some(&("b", "3")), Some(&("b", "3"))),
                (None, Some(&("d", "5"))),
                (Some(&("b", "2")), Some(&("b", "9"))),
                (Some(&("a", "1")), Some(&("a", "1"))),
                (Some(&("c", "4")), None),
            ]
        );
    }

    #[test]
    fn a_dataset_against_itself_is_no_change() {
        let ds = crate::data::embedded();
        let report = diff(ds, ds, None, None);
        assert!(!report.changed);
        assert_eq!(report.total, 0);
    }
}
