//! `export` into a directory someone else prepared: the bytes describe entries planted under
//! the set's names (the data files, or the CSV tables of `--format csv`), the old temporary
//! names (`.NAME.tmp`) and the temporary directory's prefix (regular files, directories, links
//! to a file outside, sockets), then export runs with or without `--force`. Whatever it finds:
//! the file outside is never written; a success leaves every file of the set whole; a failure
//! leaves every planted regular file as it was; no temporary directory of this run is left
//! behind.

#![no_main]

use std::fs;
use std::os::unix::fs::symlink;

use attache::data::{self, EXPORT_TEMPORARY_PREFIX};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&flags, plan)) = bytes.split_first() else {
        return;
    };
    let set = if flags & 2 == 2 {
        attache::render::export_tables(data::embedded()).expect("the CSV tables")
    } else {
        data::data_files()
    };
    let Ok(base) = tempfile::tempdir() else {
        return;
    };
    let outside = base.path().join("outside");
    let _ = fs::write(&outside, "outside");
    let dir = base.path().join("shared");
    let _ = fs::create_dir(&dir);
    let mut planted_files = Vec::new();
    for pair in plan.chunks(2).take(24) {
        let (which, kind) = (pair[0], pair.get(1).copied().unwrap_or(0));
        let file = set[usize::from(which) % set.len()].name;
        let name = match which / 32 {
            0 | 1 | 2 => file.to_owned(),
            3 | 4 => format!(".{file}.tmp"),
            5 => format!("{EXPORT_TEMPORARY_PREFIX}{which:02x}"),
            6 => format!("{file}.previous"),
            _ => format!("other-{which}"),
        };
        let path = dir.join(&name);
        if fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        let _ = match kind % 5 {
            0 => fs::write(&path, [kind]).map(|()| planted_files.push((path, kind))),
            1 => fs::create_dir(&path),
            2 => fs::create_dir(&path).and_then(|()| fs::write(path.join("inside"), "x")),
            3 => symlink(&outside, &path),
            _ => std::os::unix::net::UnixListener::bind(&path).map(drop),
        };
    }
    let force = flags & 1 == 1;
    let result = data::write_set(&dir, force, &set);
    assert_eq!(fs::read_to_string(&outside).ok().as_deref(), Some("outside"));
    match result {
        Ok(written) => {
            assert_eq!(written.len(), set.len());
            for file in &set {
                let text = fs::read(dir.join(file.name)).expect("written");
                assert_eq!(text, *file.contents);
            }
        }
        Err(_) => {
            for (path, byte) in &planted_files {
                assert_eq!(fs::read(path).ok(), Some(vec![*byte]), "{path:?} unchanged");
            }
        }
    }
        for entry in fs::read_dir(&dir).expect("listable").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(rest) = name.strip_prefix(EXPORT_TEMPORARY_PREFIX) {
            // Planted ones have two hex digits; a run's own has tempfile's longer suffix.
            assert_eq!(rest.len(), 2, "temporary directory {name} left behind");
        }
    }
});

