use std::fmt;

/// What is wrong with a data file, and where: the file, the line and column where the parser
/// knows them, and the JSON path of the record or field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The directory the file was read from, as the user named it; `None` for the embedded
    /// dataset, shown as `data`.
    pub dir: Option<String>,
    pub file: String,
    pub position: Option<(usize, usize)>,
    pub path: Option<String>,
    pub message: String,
}

impl DataError {
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        DataError {
            dir: None,
            file: file.to_owned(),
            position: None,
            path: None,
            message: message.into(),
        }
    }

    pub fn record(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        DataError {
            dir: None,
            file: file.to_owned(),
            position: None,
            path: Some(path.into()),
            message: message.into(),
        }
    }
}

impl DataError {
    /// The same error, for a file read from `dir`.
    pub fn in_dir(self, dir: &str) -> Self {
        DataError {
            dir: Some(dir.trim_end_matches('/').to_owned()),
            ..self
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dir = self.dir.as_deref().unwrap_or("data");
        if self.file.is_empty() {
            write!(f, "{dir}")?;
        } else {
            write!(f, "{dir}/{}", self.file)?;
        }
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(path) = self.path.as_deref().filter(|p| !p.is_empty() && *p != ".") {
            write!(f, ": {path}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}
