use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::safe::escaped_path;

use super::parse::{FILES, from_texts, located, parsed_and_validated};
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
    use crate::data::search::*;

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
///
/// Each text is dropped as soon as its file is parsed, before validation and the name index
/// (where a load's memory peaks); the file at fault in an error of validation is read again
/// to say where the fault is.
pub fn from_dir(dir: &Path) -> Result<Dataset, DataError> {
    let mut texts = texts_of_dir(dir)?.into_iter();
    let missing = |name: &str| DataError::file(name, "file is missing").of(Check::Schema);
    parsed_and_validated(|name| texts.next().ok_or_else(|| missing(name))).map_err(|error| {
        let again = (error.position.is_none() && error.path.is_some())
            .then(|| read_file(&dir.join(&error.file)).ok())
            .flatten();
        located(error, again.as_deref()).in_dir(&escaped_path(dir))
    })
}

/// The text of every file of [`FILES`] in `dir`, in that order, read as `--data` reads them
/// (regular files only, bounded, opened without blocking); not yet parsed.
pub fn texts_of_dir(dir: &Path) -> Result<Vec<String>, DataError> {
    let shown = escaped_path(dir);
    let refused = |message: &str| {
        DataError::file("", message)
            .of(Check::Schema)
            .in_dir(&shown)
    };
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(refused("is not a directory")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(refused("no such directory"));
        }
        Err(e) => return Err(refused(&format!("cannot be used: {}", io_message(&e)))),
    }
    let mut texts = Vec::with_capacity(FILES.len());
    for name in FILES {
        texts.push(read_file(&dir.join(name)).map_err(|message| {
            DataError::file(name, message)
                .of(Check::Schema)
                .in_dir(&shown)
        })?);
    }
    Ok(texts)
}

/// An I/O error in words, without the `(os error N)` the user has no use for.
fn io_message(error: &io::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" (os error ") {
        Some((words, _)) => words.to_owned(),
        None => text,
    }
}

/// Opens a data file for reading without waiting: a FIFO with no writer, or a terminal, would
/// otherwise block the open or the read for ever. Whatever is opened must then be a regular
/// file.
fn open_for_reading(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// One file's text, read as a data file is read (a regular file, opened without blocking),
/// but refused over `limit` bytes; or why it cannot be had, in words for the user.
pub fn read_text_file(path: &Path, limit: u64) -> Result<String, String> {
    read_bounded(path, limit)
}

/// One file's text, or why it cannot be had, in words for the user.
fn read_file(path: &Path) -> Result<String, String> {
    read_bounded(path, MAX_FILE_BYTES)
}

fn read_bounded(path: &Path, limit: u64) -> Result<String, String> {
    let file = open_for_reading(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => "file is missing".to_owned(),
        _ => format!("cannot be opened: {}", io_message(&e)),
    })?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot be read: {}", io_message(&e)))?;
    if meta.is_dir() {
        return Err("is a directory, not a file".to_owned());
    }
    if !meta.is_file() {
        return Err(format!(
            "is {}, not a regular file",
            special_kind(&meta.file_type())
        ));
    }
    if meta.len() > limit {
        return Err(format!(
            "is {} bytes; at most {} are read",
            meta.len(),
            bytes_words(limit)
        ));
    }
    // `take` also bounds a file that grows while it is read.
    text_within(file, meta.len() as usize, limit)
}

/// Standard input's text, at most `limit` bytes of it, or why it cannot be had, in words for
/// the user (as [`read_text_file`] says it of a file).
pub fn read_text_stdin(limit: u64) -> Result<String, String> {
    text_within(io::stdin().lock(), 0, limit)
}

/// What `reader` holds, read up to one byte past `limit` (so that a larger input is refused
/// without being read whole), as UTF-8.
fn text_within(reader: impl Read, expected: usize, limit: u64) -> Result<String, String> {
    let mut bytes = Vec::with_capacity(expected);
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {}", io_message(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "is over {}; at most that is read",
            bytes_words(limit)
        ));
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("is not UTF-8 (byte {})", e.utf8_error().valid_up_to()))
}

/// A limit in bytes as the messages name it: "67108864 bytes (64 MiB)".
pub fn bytes_words(limit: u64) -> String {
    const MIB: u64 = 1 << 20;
    if limit >= MIB && limit % MIB == 0 {
        format!("{limit} bytes ({} MiB)", limit / MIB)
    } else {
        format!("{limit} bytes")
    }
}

/// What a file that is neither a regular file nor a directory is, in words.
fn special_kind(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() {
            return "a character device (a terminal or the like)";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = kind;
    "a special file"
}

/// The prefix of the temporary directory `export` writes the set into. An entry with this
/// prefix is a leftover of a killed export (or one running now), not data: it never makes a
/// directory "not empty".
pub const EXPORT_TEMPORARY_PREFIX: &str = ".attache-export-";

/// Why `export` refused or failed.
#[derive(Debug)]
pub enum ExportError {
    /// The directory has files in it and `--force` was not given.
    NotEmpty(PathBuf),
    /// A file of the set appeared in the directory while it was written, without `--force`.
    Appeared(PathBuf),
    /// A file's name is taken by a directory, which export never replaces.
    IsDirectory(PathBuf),
    /// A file or directory could not be written: its path and the error.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::NotEmpty(dir) => write!(
                f,
                "{} is not empty; --force overwrites the files export writes in it",
                escaped_path(dir)
            ),
            ExportError::Appeared(path) => write!(
                f,
                "{} appeared while the exported files were written; nothing was replaced \
                 (--force overwrites)",
                escaped_path(path)
            ),
            ExportError::IsDirectory(path) => write!(
                f,
                "{} is a directory; export replaces only files (nothing was written)",
                escaped_path(path)
            ),
            ExportError::Io(path, e) => write!(f, "{}: {}", escaped_path(path), io_message(e)),
        }
    }
}

impl std::error::Error for ExportError {}

/// One file of a set [`write_set`] writes: its name in DIR (a plain file name) and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile<'a> {
    /// The file's name in DIR: one path component ("postings.json", "postings.csv").
    pub name: &'a str,
    /// What the file holds.
    pub contents: std::borrow::Cow<'a, [u8]>,
}

/// The data files built into the binary, as they are in `data/`: the set `--data` reads, and
/// what `export` writes by default.
pub fn data_files() -> Vec<ExportFile<'static>> {
    FILES
        .iter()
        .map(|&name| ExportFile {
            name,
            contents: EMBEDDED
                .get_file(name)
                .map(|f| f.contents())
                .unwrap_or_default()
                .into(),
        })
        .collect()
}

/// Writes the built-in data files ([`data_files`]) into `dir`, as the starting point for a
/// `--data` directory: [`write_set`] with them.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>, ExportError> {
    write_set(dir, force, &data_files())
}

/// Writes the set `files` into `dir` (created if missing), and returns the paths written.
/// Every set goes through here, so each has the same guarantees: the data files ([`export`]),
/// the CSV tables of `export --format csv` (made by the CLI's renderer), and the data
/// directory `import` makes.
///
/// `dir` may be shared with people who do not wish the user well, so:
/// - the set is written into a fresh temporary directory inside `dir` (`.attache-export-`
///   and an unpredictable suffix, created new, private to the user), each file created new
///   there (`O_EXCL`, never through a link) and synced; only when all are written are they
///   renamed into place, and `dir` is synced. A rename replaces a link planted under a final
///   name, never the file it points to.
/// - on any error the files already moved are put back as they were (the previous files, kept
///   as hard links, or nothing), and the temporary directory is removed; a temporary directory
///   left by a killed run does not make `dir` "not empty".
/// - without `force`, a file of the set that appears while the set is written is not replaced
///   (`renameat2(RENAME_NOREPLACE)` where the system has it), so of two plain exports racing,
///   each final file is a whole one and a success is never a lie. With `force`, the files of
///   the set are replaced and nothing else in `dir` is touched.
pub fn write_set(
    dir: &Path,
    force: bool,
    files: &[ExportFile<'_>],
) -> Result<Vec<PathBuf>, ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |e| ExportError::Io(path, e)
    };
    // The names are the program's own constants; one that is not a plain file name is a bug,
    // refused before anything is written rather than written outside `dir`.
    for file in files {
        let plain = Path::new(file.name).file_name() == Some(std::ffi::OsStr::new(file.name));
        if !plain || file.name.starts_with('.') {
            let error = io::Error::new(io::ErrorKind::InvalidInput, "not a plain file name");
            return Err(ExportError::Io(dir.join(file.name), error));
        }
    }
    fs::create_dir_all(dir).map_err(io_err(dir))?;
    if !force {
        for entry in fs::read_dir(dir).map_err(io_err(dir))? {
            let entry = entry.map_err(io_err(dir))?;
            let name = entry.file_name();
            let ours = name
                .as_encoded_bytes()
                .starts_with(EXPORT_TEMPORARY_PREFIX.as_bytes());
            if !ours {
                return Err(ExportError::NotEmpty(dir.to_path_buf()));
            }
        }
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(EXPORT_TEMPORARY_PREFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Private whatever the umask: nobody else may add to or change the set being written.
        builder.permissions(fs::Permissions::from_mode(0o700));
    }
    let staging = builder.tempdir_in(dir).map_err(io_err(dir))?;
    for file in files {
        let path = staging.path().join(file.name);
        write_new(&path, &file.contents).map_err(io_err(&path))?;
    }
    sync_dir(staging.path()).map_err(io_err(staging.path()))?;

    // Before anything moves: no final name is a directory, and (with --force) each file that
    // is there is kept under the temporary directory, to be put back if a later move fails.
    let mut previous = Vec::with_capacity(files.len());
    for file in files {
        let target = dir.join(file.name);
        let kept = staging.path().join(format!("{}.previous", file.name));
        previous.push(keep_previous(&target, &kept, force)?);
    }

    let mut written: Vec<PathBuf> = Vec::with_capacity(files.len());
    for file in files {
        let source = staging.path().join(file.name);
        let target = dir.join(file.name);
        let moved = if force {
            fs::rename(&source, &target).map_err(io_err(&target))
        } else {
            rename_new(&source, &target)
        };
        if let Err(error) = moved {
            put_back(&written, &previous);
            return Err(error);
        }
        written.push(target);
    }
    if let Err(e) = sync_dir(dir) {
        // The files are in place; only their durability is in doubt. Say so, naming `dir`.
        return Err(ExportError::Io(dir.to_path_buf(), e));
    }
    // Dropping `staging` removes it with the previous files kept in it.
    drop(staging);
    Ok(written)
}

/// Keeps the entry under the final name `target` (if any) as a hard link at `kept`, to be put
/// back if a later move fails: a link planted there is kept as a link. `None` when there is
/// nothing; an error when it is a directory, or (without `force`) when there is anything.
fn keep_previous(target: &Path, kept: &Path, force: bool) -> Result<Option<PathBuf>, ExportError> {
    // Another export may rename a file over `target` between the look and the link, and a
    // link to the file just replaced fails with "not found": look again, a few times.
    let mut attempts = 0;
    loop {
        match fs::symlink_metadata(target) {
            Ok(meta) if meta.is_dir() => return Err(ExportError::IsDirectory(target.into())),
            Ok(_) if !force => return Err(ExportError::Appeared(target.into())),
            Ok(_) => match fs::hard_link(target, kept) {
                Ok(()) => return Ok(Some(kept.into())),
                Err(e) if e.kind() == io::ErrorKind::NotFound && attempts < 100 => {
                    attempts += 1;
                }
                Err(e) => return Err(ExportError::Io(target.into(), e)),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(ExportError::Io(target.into(), e)),
        }
    }
}

/// Creates `path` new (never through a link, never an existing file), writes `contents` and
/// syncs it.
fn write_new(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o644).custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

/// Syncs a directory, so that the names in it survive a crash.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Renames `source` to `target` unless `target` exists, atomically where the system can.
fn rename_new(source: &Path, target: &Path) -> Result<(), ExportError> {
    let staged = tempfile::TempPath::try_from_path(source)
        .map_err(|e| ExportError::Io(source.to_path_buf(), e))?;
    staged.persist_noclobber(target).map(|_| ()).map_err(|e| {
        // The TempPath in `e` removes the staged file when dropped.
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            ExportError::Appeared(target.to_path_buf())
        } else {
            ExportError::Io(target.to_path_buf(), e.error)
        }
    })
}

/// After a failed move: each file already moved in goes back to what was there before
/// (`previous`, in the order of the set), or is removed if nothing was.
fn put_back(written: &[PathBuf], previous: &[Option<PathBuf>]) {
    for (target, kept) in written.iter().zip(previous) {
        match kept {
            Some(kept) => {
                let _ = fs::rename(kept, target);
            }
            None => {
                let _ = fs::remove_file(target);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_whose_name_is_not_a_plain_file_name_writes_nothing() {
        let base = tempfile::tempdir().expect("tempdir");
        let dir = base.path().join("out");
        for name in ["../escaped.csv", "sub/x.csv", ".hidden.csv", "", ".."] {
            let set = [ExportFile {
                name,
                contents: b"x".as_slice().into(),
            }];
            assert!(write_set(&dir, true, &set).is_err(), "{name:?}");
            assert!(!dir.exists(), "{name:?}: nothing created");
            assert!(!base.path().join("escaped.csv").exists());
        }
    }
}
