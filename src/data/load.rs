use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use serde::de::DeserializeOwned;

use super::model::*;
use super::{Check, DataError, Dataset, validate};

/// The data files, embedded when the binary is built (`build.rs` makes a change under `data/`
/// rebuild it).
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// Every file the dataset is made of. A missing one is an error: a partial dataset never
/// gives a partial answer.
pub const FILES: [&str; 8] = [
    "sources.json",
    "countries.json",
    "cities.json",
    "postings.json",
    "accreditations.json",
    "cooperation.json",
    "duties.json",
    "unsc.json",
];

/// The dataset built into the binary.
pub fn embedded() -> Result<Dataset, DataError> {
    from_texts(|name| {
        let file = EMBEDDED
            .get_file(name)
            .ok_or_else(|| DataError::file(name, "file is missing").of(Check::Schema))?;
        file.contents_utf8()
            .ok_or_else(|| DataError::file(name, "file is not UTF-8").of(Check::Schema))
    })
}

/// A data file larger than this is refused before it is read: the real files are under 64 KiB,
/// and a runaway file must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and validates a dataset from the files in `dir` (`--data DIR`), with exactly the
/// validation of the embedded one. Every file is read before any is parsed, so a broken or
/// partial directory is an error, never a partial answer.
pub fn from_dir(dir: &Path) -> Result<Dataset, DataError> {
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        return Err(DataError::file("", "no such directory")
            .of(Check::Schema)
            .in_dir(&shown));
    }
    let mut texts = Vec::with_capacity(FILES.len());
    for name in FILES {
        texts.push(read_file(&dir.join(name)).map_err(|message| {
            DataError::file(name, message)
                .of(Check::Schema)
                .in_dir(&shown)
        })?);
    }
    from_texts(|name| {
        let i = FILES.iter().position(|f| *f == name).unwrap_or(0);
        Ok(texts[i].as_str())
    })
    .map_err(|e| e.in_dir(&shown))
}

/// One file's text, or why it cannot be had, in words for the user.
fn read_file(path: &Path) -> Result<String, String> {
    let file = fs::File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => "file is missing".to_owned(),
        _ => format!("cannot be opened: {e}"),
    })?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if meta.is_dir() {
        return Err("is a directory, not a file".to_owned());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "is {} bytes; at most {MAX_FILE_BYTES} are read",
            meta.len()
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` also bounds a file that grows, or a device that never ends, while it is read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "is over {MAX_FILE_BYTES} bytes; at most that is read"
        ));
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("is not UTF-8 (byte {})", e.utf8_error().valid_up_to()))
}

/// Why `export` refused or failed.
#[derive(Debug)]
pub enum ExportError {
    /// The directory has files in it and `--force` was not given.
    NotEmpty(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::NotEmpty(dir) => {
                write!(
                    f,
                    "{} is not empty; --force overwrites the data files in it",
                    dir.display()
                )
            }
            ExportError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for ExportError {}

/// Writes the embedded data files into `dir` (created if missing), as the starting point for a
/// `--data` directory. Each file is written under a temporary name and renamed into place, so
/// no half-written data file is ever left. Returns the paths written.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>, ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |e| ExportError::Io(path, e)
    };
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    let mut entries = fs::read_dir(dir).map_err(io_err(dir))?;
    if !force && entries.next().is_some() {
        return Err(ExportError::NotEmpty(dir.to_path_buf()));
    }
    let mut written = Vec::with_capacity(FILES.len());
    for name in FILES {
        let target = dir.join(name);
        let temporary = dir.join(format!(".{name}.tmp"));
        let contents = EMBEDDED
            .get_file(name)
            .map(|f| f.contents())
            .unwrap_or_default();
        fs::write(&temporary, contents).map_err(io_err(&temporary))?;
        fs::rename(&temporary, &target).map_err(|e| {
            let _ = fs::remove_file(&temporary);
            ExportError::Io(target.clone(), e)
        })?;
        written.push(target);
    }
    Ok(written)
}

/// Reads and validates a dataset from the text of each file in [`FILES`], however the caller
/// came by it.
pub fn from_texts<'t>(
    mut text_of: impl FnMut(&str) -> Result<&'t str, DataError>,
) -> Result<Dataset, DataError> {
    let mut texts: Vec<(&str, &'t str)> = Vec::with_capacity(FILES.len());
    let mut read = |name: &'static str| {
        text_of(name).map(|text| {
            texts.push((name, text));
            (name.to_owned(), text)
        })
    };
    let raw = RawDataset {
        sources: parse(read(FILES[0])?)?,
        countries: parse(read(FILES[1])?)?,
        cities: parse(read(FILES[2])?)?,
        postings: parse(read(FILES[3])?)?,
        accreditations: parse(read(FILES[4])?)?,
        cooperation: parse(read(FILES[5])?)?,
        duties: parse(read(FILES[6])?)?,
        unsc: parse(read(FILES[7])?)?,
    };
    validate::validate(raw).map_err(|mut error| {
        // Validation knows the JSON path; the text tells where that is.
        if error.position.is_none() {
            let text = texts
                .iter()
                .find(|(name, _)| *name == error.file)
                .map(|(_, t)| *t);
            error.position = text
                .zip(error.path.as_deref())
                .and_then(|(t, p)| super::locate::line_and_column(t, p));
        }
        error
    })
}

/// Every file as serde reads it, before any reference between them is checked.
pub(super) struct RawDataset {
    pub sources: Vec<Source>,
    pub countries: Vec<RawCountry>,
    pub cities: Vec<RawCity>,
    pub postings: RawPostings,
    pub accreditations: Vec<RawAccreditation>,
    pub cooperation: RawCooperation,
    pub duties: Vec<RawDuty>,
    pub unsc: RawUnsc,
}

/// Parses one file; an error names the line, the column and the JSON path of the field at
/// fault (serde_path_to_error), e.g. `data/postings.json:14:9: attaches[3].covers: ...`.
fn parse<T: DeserializeOwned>((file, text): (String, &str)) -> Result<T, DataError> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut json).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        // serde_json ends its message with " at line L column C", which the prefix says already.
        let message = inner.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        DataError {
            check: Check::Schema,
            dir: None,
            file: file.clone(),
            position: (inner.line() > 0)
                .then(|| (line_col(inner.line()), line_col(inner.column()))),
            path: Some(path.into_boxed_str()),
            message: message.to_owned(),
        }
    })?;
    json.end().map_err(|err| DataError {
        check: Check::Schema,
        dir: None,
        file,
        position: Some((line_col(err.line()), line_col(err.column()))),
        path: None,
        message: "trailing characters after the JSON value".to_owned(),
    })?;
    Ok(value)
}

/// A line or column for an error message; saturates rather than wraps on an absurd file.
fn line_col(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
