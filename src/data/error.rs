use std::fmt;

use super::safe::escaped;

/// Which check of `attache check` a fault belongs to, in the order they are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// Every file is there, is UTF-8 JSON, and reads into its types (no unknown field).
    Schema,
    /// Codes, ids and dates are well formed and required text is there.
    Values,
    /// Every country code, city and source referred to exists.
    References,
    /// No record is there twice.
    Duplicates,
    /// No form of a name names two places.
    Names,
    /// Every record names a source.
    Sources,
}

impl Check {
    /// Every check, in the order loading makes them and `check` reports them.
    pub const ALL: [Check; 6] = [
        Check::Schema,
        Check::Values,
        Check::References,
        Check::Duplicates,
        Check::Names,
        Check::Sources,
    ];
}

/// What is wrong with a data file, and where: the file, the line and column where the parser
/// knows them, and the JSON path of the record or field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The check the fault fails.
    pub check: Check,
    /// The directory the file was read from, as the user named it; `None` for the embedded
    /// dataset, shown as `data`.
    pub dir: Option<Box<str>>,
    /// The file's name (`postings.json`).
    pub file: String,
    /// Line and column (1-based line; serde_json's column), where the parser knows them. Files
    /// are at most 64 MiB, so both fit in 32 bits.
    pub position: Option<(u32, u32)>,
    /// The JSON path of the record or field at fault (`attaches[1].covers[1]`), where there is one.
    pub path: Option<Box<str>>,
    /// What is wrong, in English.
    pub message: String,
}

impl DataError {
    /// A fault of a whole file (a value check unless changed).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        DataError {
            check: Check::Values,
            dir: None,
            file: file.to_owned(),
            position: None,
            path: None,
            message: message.into(),
        }
    }

    /// A fault of the record or field at `path` in `file` (a value check unless changed).
    pub fn record(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        DataError {
            check: Check::Values,
            dir: None,
            file: file.to_owned(),
            position: None,
            path: Some(path.into().into_boxed_str()),
            message: message.into(),
        }
    }
}

impl DataError {
    /// The same error, filed under `check`.
    pub fn of(self, check: Check) -> Self {
        DataError { check, ..self }
    }

    /// The same error, for a file read from `dir`.
    pub fn in_dir(self, dir: &str) -> Self {
        DataError {
            dir: Some(dir.trim_end_matches('/').into()),
            ..self
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every part may echo what a data file or the user wrote: escaped, so that no control
        // or format character reaches the terminal.
        let dir = escaped(self.dir.as_deref().unwrap_or("data"));
        if self.file.is_empty() {
            write!(f, "{dir}")?;
        } else {
            write!(f, "{dir}/{}", escaped(&self.file))?;
        }
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(path) = self.path.as_deref().filter(|p| !p.is_empty() && *p != ".") {
            write!(f, ": {}", escaped(path))?;
        }
        write!(f, ": {}", escaped(&self.message))
    }
}

impl std::error::Error for DataError {}
