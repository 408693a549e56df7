//! `attache check`: the dataset's checks one by one, with pass, warn or fail.

use crate::data::{Check, DataError, Dataset, Source};
use crate::query::postings::{AttacheCount, Figure, postings};

/// The outcome of one check.
#[derive(Debug, Clone)]
pub enum CheckOutcome<'a> {
    /// Nothing to report.
    Pass,
    /// The stated totals against the lists: a pass when they agree, a warning (something
    /// worth a look that is not an error) for each total the lists do not give.
    Totals(Totals<'a>),
    /// The fault that stopped loading, as `attache check` words it (in English).
    Fail(String),
    /// Loading stops at the first fault, so the checks after it were not reached.
    NotReached,
}

/// A line of the report: a check of the data, or the stated totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// One of the checks loading makes, in the order it makes them.
    Data(Check),
    /// The totals the sources state in words against what the records give.
    StatedTotals,
}

/// Every check with its outcome: what `attache check` shows, and what `--data` would refuse.
/// (Its JSON, with the names of the checks and results, is written by
/// [`crate::render::json`].)
#[derive(Debug)]
pub struct CheckReport<'a> {
    /// The checks in the order loading makes them, the stated totals last.
    pub lines: Vec<(Line, CheckOutcome<'a>)>,
}

/// The totals the sources state against what the records give.
#[derive(Debug, Clone)]
pub struct Totals<'a> {
    /// The number of attachés stated, the residences listed and the numbers stated for some.
    pub attaches: AttacheCount<'a>,
    /// Each stated total the records do not give.
    pub mismatches: Vec<Mismatch<'a>>,
}

impl CheckOutcome<'_> {
    /// Whether this is a warning: a stated total the records do not give.
    pub fn warns(&self) -> bool {
        matches!(self, CheckOutcome::Totals(t) if !t.mismatches.is_empty())
    }
}

impl CheckReport<'_> {
    /// Whether a check failed: the dataset would be refused (a warning does not count).
    pub fn failed(&self) -> bool {
        self.lines
            .iter()
            .any(|(_, o)| matches!(o, CheckOutcome::Fail(_)))
    }
}

/// One stated total that the records do not give.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Mismatch<'a> {
    /// What the total counts.
    pub figure: Figure,
    /// The total the source states in words.
    pub stated: usize,
    /// The total its own list gives (attachés: one a residence unless a source states how
    /// many).
    pub listed: usize,
    /// The source that states it; its id in JSON.
    #[serde(serialize_with = "super::source_id")]
    pub source: &'a Source,
}

/// The report for a dataset that loaded, or for the fault that stopped it.
pub fn check<'a>(loaded: Result<&'a Dataset, &DataError>) -> CheckReport<'a> {
    let mut lines: Vec<(Line, CheckOutcome<'a>)> = Vec::new();
    match loaded {
        Ok(ds) => {
            lines.extend(
                Check::ALL
                    .iter()
                    .map(|&c| (Line::Data(c), CheckOutcome::Pass)),
            );
            let report = postings(ds);
            let warnings: Vec<Mismatch<'a>> = report
                .mismatches
                .iter()
                .map(|m| Mismatch {
                    figure: m.figure,
                    stated: m.declared,
                    listed: m.listed,
                    source: report.declared.source,
                })
                .collect();
            let totals = CheckOutcome::Totals(Totals {
                attaches: report.attache_count,
                mismatches: warnings,
            });
            lines.push((Line::StatedTotals, totals));
        }
        Err(error) => {
            // Every file is parsed before any reference is followed: a later fault means the
            // schema held.
            for &c in &Check::ALL {
                let outcome = if c == error.check {
                    CheckOutcome::Fail(error.to_string())
                } else if c == Check::Schema {
                    CheckOutcome::Pass
                } else {
                    CheckOutcome::NotReached
                };
                lines.push((Line::Data(c), outcome));
            }
            lines.push((Line::StatedTotals, CheckOutcome::NotReached));
        }
    }
    CheckReport { lines }
}
