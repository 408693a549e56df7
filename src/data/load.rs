use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::parse::{FILES, from_texts, from_texts_in_order};
use super::{Check, DataError, Dataset};
use include_dir::{Dir, include_dir};

/// The data files, embedded when the binary is built, for `export` and `check` (`build/main.rs`
/// makes a change under `data/` rebuild the binary).
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// `BAKED`: the dataset the build script parsed, validated and wrote out as Rust (`build/`).
mod baked {
    use std::borrow::Cow;

    use crate::data::dataset::*;
    use crate::data::model::*;
    use crate::data::names::*;

    include!(concat!(env!("OUT_DIR"), "/baked.rs"));
}
use baked::BAKED;

/// The dataset built into the binary: parsed and validated when the binary was built, so
/// this costs nothing at run time.
pub fn embedded() -> &'static Dataset {
    &BAKED
}

/// The text of one embedded data file, as it is in `data/`.
pub fn embedded_text(name: &str) -> Option<&'static str> {
    EMBEDDED
        .get_file(name)
        .and_then(|file| file.contents_utf8())
}

/// Parses and validates the embedded data files at run time, as `--data` would: what `check`
/// reports on, and what tests compare the baked dataset with.
pub fn validate_embedded() -> Result<Dataset, DataError> {
    from_texts(|name| {
        embedded_text(name)
            .ok_or_else(|| DataError::file(name, "file is missing or not UTF-8").of(Check::Schema))
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
    from_texts_in_order(&texts).map_err(|e| e.in_dir(&shown))
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
    /// A file could not be written: its path and the error.
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
