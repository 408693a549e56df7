//! `attache check`: the dataset's checks one by one, with pass, warn or fail.

use crate::data::{Check, DataError, Dataset, Source};
use crate::query::postings::{Figure, postings};

/// The outcome of one check.
#[derive(Debug, Clone)]
pub enum CheckOutcome<'a> {
    Pass,
    /// Something worth a look that is not an error: stated totals the source's own list does
    /// not give.
    Warn(Vec<Mismatch<'a>>),
    Fail(String),
    /// Loading stops at the first fault, so the checks after it were not reached.
    NotReached,
}

/// A line of the report: a check of the data, or the stated totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Data(Check),
    /// The totals the sources state in words against what the records give.
    StatedTotals,
}

#[derive(Debug)]
pub struct CheckReport<'a> {
    pub lines: Vec<(Line, CheckOutcome<'a>)>,
}

impl CheckReport<'_> {
    pub fn failed(&self) -> bool {
        self.lines
            .iter()
            .any(|(_, o)| matches!(o, CheckOutcome::Fail(_)))
    }
}

/// One stated total that the records do not give.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Mismatch<'a> {
    pub figure: Figure,
    pub stated: usize,
    pub listed: usize,
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
            let totals = if warnings.is_empty() {
                CheckOutcome::Pass
            } else {
                CheckOutcome::Warn(warnings)
            };
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
