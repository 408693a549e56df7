//! Issue 14: `attache` under hostile data, shared directories and broken terminals. A `--data`
//! directory or an export directory is input from someone else as often as from the user. Each
//! test is named after the defect it pins, and each fails on the code before the fixes (commit
//! 4a5b78c: all 23 checked there, this file and tests/common copied into its tree, each failing
//! on its own defect).

#![cfg(unix)]

use std::ffi::{OsStr, OsString};
use std::fs;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Output;

mod common;
use common::{attache, edit, run};

/// Runs `args` (any bytes) and returns the raw output, asserting the process exited.
fn run_os<S: AsRef<OsStr>>(args: &[S]) -> Output {
    let output = attache().args(args).output().expect("attache runs");
    assert!(
        output.status.code().is_some(),
        "killed: {:?}",
        output.status
    );
    output
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

fn embedded(name: &str) -> String {
    attache::data::embedded_text(name)
        .expect("embedded")
        .to_owned()
}

/// `export DIR --force`, on any bytes of a path.
fn force_export(dir: &Path) -> Output {
    run_os(&[OsStr::new("export"), dir.as_os_str(), OsStr::new("--force")])
}

/// Asserts that `export DIR --force` succeeds and leaves `victim`, a link's target, as it was.
fn assert_force_export_spares(dir: &Path, victim: &Path) {
    let out = force_export(dir);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let left = fs::read_to_string(victim).expect("readable");
    assert_eq!(left, "precious", "the file a link points to is untouched");
}

/// Whether `dir` holds exactly the complete set of data files, and nothing else.
fn assert_complete_set(dir: &Path) {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = attache::data::FILES.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names, expected, "exactly the data files, no temporary left");
    for name in attache::data::FILES {
        let written = fs::read_to_string(dir.join(name)).expect("readable");
        assert_eq!(written, embedded(name), "{name} is whole");
    }
}

// ---------------------------------------------------------------------------------------------
// Export into a shared directory.

#[test]
fn export_never_writes_through_a_symlink_planted_at_a_temporary_name() {
    let shared = tempfile::tempdir().expect("tempdir");
    let victim = tempfile::NamedTempFile::new().expect("victim");
    fs::write(victim.path(), "precious").expect("writable");
    // The old code wrote every file through DIR/.NAME.tmp; plant a link at each.
    for name in attache::data::FILES {
        symlink(victim.path(), shared.path().join(format!(".{name}.tmp"))).expect("symlink");
    }
    assert_force_export_spares(shared.path(), victim.path());
    // A link under a final name is replaced as a link, never followed.
    symlink(victim.path(), shared.path().join("unsc.json.other")).expect("symlink");
    fs::remove_file(shared.path().join("unsc.json")).expect("removable");
    symlink(victim.path(), shared.path().join("unsc.json")).expect("symlink");
    assert_force_export_spares(shared.path(), victim.path());
    let meta = fs::symlink_metadata(shared.path().join("unsc.json")).expect("there");
    assert!(meta.is_file(), "unsc.json is now a file of its own");
}

/// Exports with `--force` and `options` into a directory holding a file of the user's under
/// `kept` and a directory (with something in it) under `taken`, both names of the set: export
/// cannot complete, names `taken`, and leaves the directory as it was, with no temporary.
fn assert_failure_leaves_the_directory_as_it_was(options: &[&str], kept: &str, taken: &str) {
    let shared = tempfile::tempdir().expect("tempdir");
    fs::write(shared.path().join(kept), "mine").expect("writable");
    fs::create_dir(shared.path().join(taken)).expect("mkdir");
    fs::write(shared.path().join(taken).join("x"), "x").expect("writable");
    let mut args = vec![
        OsStr::new("export"),
        shared.path().as_os_str(),
        OsStr::new("--force"),
    ];
    args.extend(options.iter().map(OsStr::new));
    let out = run_os(&args);
    assert_eq!(code(&out), 2);
    let stderr = text(&out.stderr);
    assert!(stderr.contains(taken), "names the file: {stderr}");
    let mut names: Vec<String> = fs::read_dir(shared.path())
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected = [kept, taken];
    expected.sort();
    assert_eq!(names, expected, "as it was");
    assert_eq!(
        fs::read_to_string(shared.path().join(kept)).expect("readable"),
        "mine"
    );
}

#[test]
fn export_failure_leaves_the_directory_as_it_was_and_no_temporary() {
    assert_failure_leaves_the_directory_as_it_was(&[], "sources.json", "postings.json");
}

#[test]
fn export_leftover_temporary_of_a_killed_run_never_blocks_a_retry() {
    let shared = tempfile::tempdir().expect("tempdir");
    // What a run killed while writing leaves: its temporary directory, half written.
    let leftover = shared.path().join(".attache-export-Xy12Zq");
    fs::create_dir(&leftover).expect("mkdir");
    fs::write(leftover.join("sources.json"), "{\"half").expect("writable");
    let out = run_os(&[OsStr::new("export"), shared.path().as_os_str()]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    for name in attache::data::FILES {
        assert_eq!(
            fs::read_to_string(shared.path().join(name)).expect("readable"),
            embedded(name)
        );
    }
}

/// Runs `runs` exports (with `options`, and `--force` if `force`) into `shared` at once and
/// asserts that at least one succeeds and that none fails but a plain one (exit 2).
fn race(shared: &Path, runs: usize, options: &[&str], force: bool) {
    let children: Vec<_> = (0..runs)
        .map(|_| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_attache"));
            cmd.env_clear().arg("export").arg(shared).args(options);
            if force {
                cmd.arg("--force");
            }
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawns")
        })
        .collect();
    let mut successes = 0;
    for child in children {
        let out = child.wait_with_output().expect("waits");
        match code(&out) {
            0 => successes += 1,
            2 => assert!(!force, "--force never fails here: {}", text(&out.stderr)),
            other => panic!("exit {other}"),
        }
    }
    assert!(successes >= 1, "one export at least succeeds");
}

#[test]
fn export_concurrent_runs_never_leave_a_partial_file_or_a_false_success() {
    for round in 0..6 {
        let shared = tempfile::tempdir().expect("tempdir");
        race(shared.path(), 6, &[], round % 2 == 0);
        assert_complete_set(shared.path());
    }
}

#[test]
fn export_messages_name_the_failing_file_and_escape_paths() {
    let base = tempfile::tempdir().expect("tempdir");
    let hostile = base.path().join("x\u{1b}]0;owned\u{7}\u{202e}y");
    let out = run_os(&[OsStr::new("export"), hostile.as_os_str()]);
    assert_eq!(code(&out), 0);
    let stdout = text(&out.stdout);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
    assert!(
        stdout.contains("x\\u{1b}]0;owned\\u{7}\\u{202e}y"),
        "{stdout:?}"
    );
    // Refused as not empty: the message escapes too.
    let out = run_os(&[OsStr::new("export"), hostile.as_os_str()]);
    assert_eq!(code(&out), 2);
    assert!(
        !text(&out.stderr).contains('\u{1b}'),
        "{:?}",
        text(&out.stderr)
    );
    // A failure names the file at fault: here the final name taken by a directory.
    let other = base.path().join("other");
    fs::create_dir_all(other.join("duties.json").join("sub")).expect("mkdir");
    let out = force_export(&other);
    assert_eq!(code(&out), 2);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{}/duties.json", other.display())),
        "{stderr}"
    );
}

#[test]
fn export_and_data_accept_a_path_that_is_not_utf8() {
    let base = tempfile::tempdir().expect("tempdir");
    let mut bytes = base.path().as_os_str().as_bytes().to_vec();
    bytes.extend_from_slice(b"/data-\xff\xfe");
    let dir = OsString::from_vec(bytes);
    let out = run_os(&[OsStr::new("export"), &dir]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("data-\\xff\\xfe"),
        "{}",
        text(&out.stdout)
    );
    let out = run_os(&[
        OsStr::new("--data"),
        &dir,
        OsStr::new("country"),
        OsStr::new("Norway"),
    ]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), run(&["country", "Norway"]).1);
}

// ---------------------------------------------------------------------------------------------
// The CSV tables (`export --format csv`) go through the same writer: the cases where a second
// set in the directory, or a CSV name, makes the class differ. (They came after 4a5b78c, which
// had no CSV export to fail on.)

/// The CSV tables a fresh export writes: (file name, contents), sorted by name.
fn csv_tables() -> Vec<(String, Vec<u8>)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run_os(&[
        OsStr::new("export"),
        dir.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let mut tables: Vec<(String, Vec<u8>)> = fs::read_dir(dir.path())
        .expect("listable")
        .map(|e| {
            let e = e.expect("entry");
            let name = e.file_name().into_string().expect("UTF-8");
            (name, fs::read(e.path()).expect("readable"))
        })
        .collect();
    tables.sort();
    assert!(tables.iter().all(|(name, _)| name.ends_with(".csv")));
    tables
}

fn export_csv(dir: &Path, force: bool) -> Output {
    let mut args = vec![
        OsStr::new("export"),
        dir.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ];
    if force {
        args.push(OsStr::new("--force"));
    }
    run_os(&args)
}

/// Every entry of `dir` but the CSV tables: (name, contents), sorted.
fn all_but_tables(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut entries: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("listable")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .filter(|name| !name.ends_with(".csv"))
        .map(|name| {
            let bytes = fs::read(dir.join(&name)).unwrap_or_default();
            (name, bytes)
        })
        .collect();
    entries.sort();
    entries
}

#[test]
fn export_csv_force_replaces_the_csv_set_and_nothing_else() {
    // A directory holding the data files, a stale CSV table and a file of the user's.
    let dir = exported();
    fs::write(dir.path().join("postings.csv"), "stale").expect("writable");
    fs::write(dir.path().join("notes.txt"), "mine").expect("writable");
    let before = all_but_tables(dir.path());
    // Without --force: refused, nothing changed.
    let out = export_csv(dir.path(), false);
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("is not empty"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("postings.csv")).expect("readable"),
        "stale"
    );
    // With --force: every table whole and fresh, the data files and the user's file as they
    // were, no temporary left.
    let out = export_csv(dir.path(), true);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(all_but_tables(dir.path()), before);
    for (name, contents) in csv_tables() {
        assert_eq!(
            fs::read(dir.path().join(&name)).expect("written"),
            contents,
            "{name}"
        );
    }
    // The data files are still a --data directory.
    let (code, _, stderr) = with_data(dir.path(), &["check"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn export_csv_never_writes_through_a_symlink_planted_at_a_csv_name() {
    let shared = tempfile::tempdir().expect("tempdir");
    let victim = tempfile::NamedTempFile::new().expect("victim");
    fs::write(victim.path(), "precious").expect("writable");
    symlink(victim.path(), shared.path().join("accreditations.csv")).expect("symlink");
    // Without --force a planted link makes the directory not empty.
    assert_eq!(code(&export_csv(shared.path(), false)), 2);
    let out = export_csv(shared.path(), true);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(
        fs::read_to_string(victim.path()).expect("readable"),
        "precious"
    );
    let meta = fs::symlink_metadata(shared.path().join("accreditations.csv")).expect("there");
    assert!(
        meta.is_file(),
        "accreditations.csv is now a file of its own"
    );
}

#[test]
fn export_csv_failure_leaves_the_directory_as_it_was() {
    let csv = ["--format", "csv"];
    assert_failure_leaves_the_directory_as_it_was(&csv, "sources.csv", "unsc_events.csv");
}

#[test]
fn export_csv_concurrent_runs_leave_whole_tables() {
    let tables = csv_tables();
    for force in [false, true] {
        let shared = tempfile::tempdir().expect("tempdir");
        race(shared.path(), 4, &["--format", "csv"], force);
        let mut names: Vec<String> = fs::read_dir(shared.path())
            .expect("listable")
            .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
            .collect();
        names.sort();
        let expected: Vec<&String> = tables.iter().map(|(name, _)| name).collect();
        assert_eq!(
            names.iter().collect::<Vec<_>>(),
            expected,
            "no temporary left"
        );
        for (name, contents) in &tables {
            assert_eq!(
                &fs::read(shared.path().join(name)).expect("there"),
                contents
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// `--data`: a dataset is untrusted input.

/// A fresh export in a temporary directory.
fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = force_export(dir.path());
    assert_eq!(code(&out), 0);
    dir
}

/// Runs `args` on `--data dir`, at most 20 seconds: (exit code, stdout, stderr).
fn with_data(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = attache()
        .arg("--data")
        .arg(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .expect("runs");
    let code = out.status.code().expect("exits within 20 s, not killed");
    (code, text(&out.stdout), text(&out.stderr))
}

/// Asserts that `args` on `--data dir` is refused (exit 2, nothing on stdout) with a message
/// holding `needle`; returns the message.
fn refused_with(dir: &Path, args: &[&str], needle: &str) -> String {
    let (code, stdout, stderr) = with_data(dir, args);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
    stderr
}

#[test]
fn data_fifo_is_refused_without_hanging() {
    let dir = exported();
    let fifo = dir.path().join("countries.json");
    fs::remove_file(&fifo).expect("removable");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let message = "countries.json: is a FIFO (named pipe), not a regular file\n";
    refused_with(dir.path(), &["unsc"], message);
}

#[test]
fn data_pipe_or_terminal_is_refused_without_hanging() {
    let dir = exported();
    let file = dir.path().join("sources.json");
    fs::remove_file(&file).expect("removable");
    symlink("/dev/stdin", &file).expect("symlink");
    // stdin: a pipe whose writer stays open and never writes.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
        .env_clear()
        .arg("--data")
        .arg(dir.path())
        .arg("unsc")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    let _writer = child.stdin.take();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("hangs on a pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let out = child.wait_with_output().expect("output");
    assert_eq!(status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("sources.json: is a FIFO"), "{stderr}");
    // A terminal or other device: a character device is no data file either.
    fs::remove_file(&file).expect("removable");
    symlink("/dev/zero", &file).expect("symlink");
    refused_with(dir.path(), &["unsc"], "sources.json: is a character device");
}

#[test]
fn data_control_and_format_characters_are_refused_with_file_line_and_field() {
    let cases = [
        // An escape sequence written as JSON escapes: a window title.
        (
            "duties.json",
            "\"en\": \"",
            "\"en\": \"\\u001b]0;owned\\u0007",
            "duties.json:2:",
            "[0].en: the text holds U+001B",
        ),
        // A C1 control as it is (CSI).
        (
            "cities.json",
            "\"Riga\"",
            "\"Ri\u{9b}2Jga\"",
            "cities.json:",
            "holds U+009B",
        ),
        // A bidi override as it is, in a name.
        (
            "countries.json",
            "\"Norway\"",
            "\"\u{202e}yawroN\"",
            "countries.json:",
            "holds U+202E",
        ),
        // A bidi isolate, written as an escape.
        (
            "sources.json",
            "\"en\": \"",
            "\"en\": \"\\u2066",
            "sources.json:",
            "U+2066",
        ),
        // A newline in a text meant to be one line.
        (
            "unsc.json",
            "\"en\": \"",
            "\"en\": \"line\\nbreak ",
            "unsc.json:",
            "U+000A",
        ),
        // A tag character (invisible).
        (
            "postings.json",
            "\"quote\": \"",
            "\"quote\": \"\u{E0041}",
            "postings.json:",
            "U+E0041",
        ),
    ];
    for (file, from, to, at, message) in cases {
        let dir = exported();
        edit(dir.path(), file, from, to);
        let stderr = refused_with(dir.path(), &["unsc"], at);
        assert!(stderr.contains(message), "{file}: {stderr}");
        assert!(
            !stderr.contains(['\u{1b}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{E0041}']),
            "escaped: {stderr:?}"
        );
    }
}

#[test]
fn data_errors_escape_what_they_echo() {
    // A value the schema refuses is echoed by serde's message: escaped.
    let dir = exported();
    edit(
        dir.path(),
        "cities.json",
        "\"id\": \"riga\"",
        "\"\u{202e}id\": \"riga\"",
    );
    let (code, _, stderr) = with_data(dir.path(), &["unsc"]);
    assert_eq!(code, 2);
    assert!(
        !stderr.contains('\u{202e}') && stderr.contains("\\u{202e}"),
        "{stderr:?}"
    );
    // The directory's own name.
    let base = tempfile::tempdir().expect("tempdir");
    let hostile = base.path().join("d\u{1b}[2J\u{202e}");
    let (code, _, stderr) = with_data(&hostile, &["unsc"]);
    assert_eq!(code, 2);
    assert!(!stderr.contains(['\u{1b}', '\u{202e}']), "{stderr:?}");
}

#[test]
fn data_impossible_dates_and_backward_terms_are_refused() {
    let dir = exported();
    edit(dir.path(), "unsc.json", "\"2025-06-03\"", "\"2025-02-31\"");
    refused_with(dir.path(), &["unsc"], "\"2025-02-31\" is not a date");
    let dir = exported();
    edit(dir.path(), "unsc.json", "\"2025-06-03\"", "\"2023-02-29\"");
    // 2023 is no leap year.
    refused_with(dir.path(), &["unsc"], "\"2023-02-29\" is not a date");
    let dir = exported();
    edit(dir.path(), "unsc.json", "\"2025-06-03\"", "\"2024-02-29\"");
    assert_eq!(with_data(dir.path(), &["unsc"]).0, 0, "2024 is one");

    let dir = exported();
    let text = fs::read_to_string(dir.path().join("unsc.json")).expect("readable");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json["outcome"]["term"] = serde_json::json!({"from": 2027, "to": 2026});
    fs::write(dir.path().join("unsc.json"), json.to_string()).expect("writable");
    refused_with(
        dir.path(),
        &["unsc"],
        "outcome.term.to: the term ends in 2026 before it starts in 2027",
    );
}

#[test]
fn data_names_over_the_length_cap_are_refused() {
    let dir = exported();
    // 101 characters, each of which NFKD expands 18-fold.
    let long = "\u{FDFA}".repeat(101);
    edit(
        dir.path(),
        "countries.json",
        "\"Norway\"",
        &format!("\"Norway\", \"aliases\": [\"{long}\"]"),
    );
    refused_with(
        dir.path(),
        &["unsc"],
        "is over 100 characters long; at most 100 are accepted",
    );
}

#[test]
fn data_says_no_such_directory_only_when_true() {
    let file = tempfile::NamedTempFile::new().expect("file");
    let (code, _, stderr) = with_data(file.path(), &["unsc"]);
    assert_eq!(code, 2);
    assert!(stderr.ends_with(": is not a directory\n"), "{stderr}");
    let base = tempfile::tempdir().expect("tempdir");
    let (code, _, stderr) = with_data(&base.path().join("missing"), &["unsc"]);
    assert_eq!(code, 2);
    assert!(stderr.ends_with(": no such directory\n"), "{stderr}");
    // Behind a permission wall. Root passes every wall by its capabilities: as root, attache
    // runs without the two that open it (setpriv drops them from its bounding set).
    use std::os::unix::fs::PermissionsExt;
    let wall = base.path().join("wall");
    fs::create_dir_all(wall.join("inner")).expect("mkdir");
    let mut command = if running_as_root() {
        if !common::require_tool("setpriv") {
            return;
        }
        let mut command = std::process::Command::new("setpriv");
        command
            .arg("--bounding-set=-dac_override,-dac_read_search")
            .arg(env!("CARGO_BIN_EXE_attache"));
        command
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
    };
    command.env_clear().arg("--data").arg(wall.join("inner"));
    fs::set_permissions(&wall, fs::Permissions::from_mode(0o000)).expect("chmod");
    let out = command.arg("unsc").output().expect("attache runs");
    fs::set_permissions(&wall, fs::Permissions::from_mode(0o755)).expect("chmod");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    assert!(!stderr.contains("no such directory"), "{stderr}");
}

fn running_as_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn non_resident_on_a_dataset_with_none_says_why() {
    let dir = exported();
    let path = dir.path().join("accreditations.json");
    let text = fs::read_to_string(&path).expect("readable");
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.contains("\"residence\"") || l.contains("\"riga\""))
        .collect();
    let kept = kept.join("\n").replace("},\n]", "}\n]");
    fs::write(&path, kept).expect("writable");
    let (code, stdout, stderr) = with_data(dir.path(), &["non-resident"]);
    assert_eq!((code, stdout.as_str()), (1, ""), "{stderr}");
    assert!(
        stderr.contains("no non-resident defence attaché"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------------------------------------
// Environment and output.

/// Runs with `vars` set (nothing else): (exit code, stdout, stderr).
fn with_env(vars: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let out = attache()
        .envs(vars.iter().copied())
        .args(args)
        .output()
        .expect("runs");
    (code(&out), text(&out.stdout), text(&out.stderr))
}

#[test]
fn env_empty_variables_mean_unset() {
    let plain = run(&["country", "Norway"]);
    assert_eq!(
        with_env(
            &[("ATTACHE_LANG", ""), ("ATTACHE_DATA", "")],
            &["country", "Norway"]
        ),
        plain
    );
}

#[test]
fn env_flags_override_variables_and_bad_variables_are_named() {
    let plain = run(&["country", "Norway"]);
    let bad = [("ATTACHE_LANG", "xx"), ("ATTACHE_DATA", "/no/such/dir")];
    let flagged = with_env(&bad, &["country", "Norway", "--lang", "en", "--data", ""]);
    // `--data ""` is refused as a flag; the variable is not blamed.
    assert_eq!(flagged.0, 2);
    assert!(!flagged.2.contains("ATTACHE"), "{}", flagged.2);
    let dir = exported();
    let data = dir.path().to_str().expect("UTF-8");
    assert_eq!(
        with_env(&bad, &["--data", data, "country", "Norway", "--lang", "en"]),
        plain
    );
    let (code, stdout, stderr) = with_env(&[("ATTACHE_LANG", "xx")], &["country", "Norway"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("ATTACHE_LANG"), "{stderr}");
    let (code, stdout, stderr) =
        with_env(&[("ATTACHE_DATA", "/no/such/dir")], &["country", "Norway"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("ATTACHE_DATA"), "{stderr}");
}

#[test]
fn env_man_and_completions_work_whatever_attache_data_says() {
    for value in ["/no/such/dir", "", "/etc/passwd"] {
        let vars = [("ATTACHE_DATA", value)];
        let (code, stdout, _) = with_env(&vars, &["man"]);
        assert_eq!(code, 0, "man, ATTACHE_DATA={value:?}");
        assert!(stdout.starts_with(".TH \"ATTACHE\""), "{value:?}");
        let (code, stdout, _) = with_env(&vars, &["completions", "bash"]);
        assert_eq!(code, 0, "completions, ATTACHE_DATA={value:?}");
        assert!(stdout.contains("Norway"), "{value:?}");
    }
}

#[test]
fn help_and_version_to_a_full_device_exit_2_with_a_message() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["country", "--help"],
        &["help"],
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
            .env_clear()
            .args(args)
            .stdout(full)
            .output()
            .expect("runs");
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            text(&out.stderr).contains("No space left on device"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn clap_usage_errors_escape_what_was_typed() {
    // Each typed value, and how the message must quote it: escaped, not dropped (clap's plain
    // rendering strips escape sequences, so it quoted the second as 'x').
    for (args, quoted) in [
        (&["--lang", "\u{202e}vl"][..], "'\\u{202e}vl'"),
        (
            &["--format", "x\u{7}\u{1b}]0;t\u{7}"],
            "'x\\u{7}\\u{1b}]0;t\\u{7}'",
        ),
        (
            &["reciprocity", "--only", "\u{2066}mutual"],
            "'\\u{2066}mutual'",
        ),
        (&["\u{9b}31m", "--nope"], "'--nope'"),
    ] {
        let (code, stdout, stderr) = with_env(&[], args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(
            !stderr.contains(['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{9b}']),
            "{args:?}: {stderr:?}"
        );
        assert!(stderr.contains(quoted), "{args:?}: {stderr:?}");
    }
}

#[test]
fn typed_bidi_and_format_characters_are_escaped_in_every_echo() {
    // A name that matches nothing, and a search: both repeat what was typed.
    let (code, stdout, stderr) = run(&["country", "\u{202e}yawroN\u{2066}"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(!stderr.contains(['\u{202e}', '\u{2066}']), "{stderr:?}");
    assert!(stderr.contains("\\u{202e}yawroN\\u{2066}"), "{stderr:?}");
    let (code, stdout, _) = run(&["search", "kiber\u{200b}\u{202e}"]);
    assert!([0, 1].contains(&code));
    assert!(!stdout.contains(['\u{202e}', '\u{200b}']), "{stdout:?}");
    let (_, stdout, _) = run(&["search", "kiber", "\u{202e}"]);
    assert!(
        stdout.contains("\\u{202e}") && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
}

/// A 64 KiB tmpfs, unmounted when dropped; `None` where mounting is not allowed (not root, or
/// in a container that forbids it).
struct TinyDisk(tempfile::TempDir);

impl TinyDisk {
    fn mount() -> Option<TinyDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir.path())
            .output()
            .ok()?;
        mounted.status.success().then_some(TinyDisk(dir))
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[test]
fn export_on_a_full_disk_leaves_nothing_behind_and_names_the_file() {
    let Some(disk) = TinyDisk::mount() else {
        // Straight to stderr, as require_tool's note, so that it shows; the failed write
        // itself is tested without a mount by the next test.
        use std::io::Write as _;
        let note = "note: cannot mount a tmpfs here: the disk-full test did not run";
        let _ = writeln!(std::io::stderr(), "{note}");
        return;
    };
    let dir = disk.0.path().join("shared");
    let out = run_os(&[OsStr::new("export"), dir.as_os_str()]);
    assert_eq!(code(&out), 2);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(stderr.contains(".json"), "names the file: {stderr}");
    let left: Vec<_> = fs::read_dir(&dir).expect("listable").collect();
    assert!(left.is_empty(), "nothing half-written is left: {left:?}");
    // Room made, a plain retry succeeds.
    drop(disk);
    let base = tempfile::tempdir().expect("tempdir");
    let out = run_os(&[OsStr::new("export"), base.path().as_os_str()]);
    assert_eq!(code(&out), 0);
}

#[test]
fn export_with_a_failing_write_leaves_the_directory_as_it_was() {
    // A write that fails on any machine, no mount needed: a file size limit of 4 KiB (sh's
    // `ulimit -f` counts 512-byte blocks), smaller than countries.json, with SIGXFSZ ignored
    // so that the write returns EFBIG instead of killing the process.
    let shared = tempfile::tempdir().expect("tempdir");
    fs::write(shared.path().join("sources.json"), "mine").expect("writable");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 8; exec \"$0\" export \"$1\" --force")
        .arg(env!("CARGO_BIN_EXE_attache"))
        .arg(shared.path())
        .env_clear()
        .output()
        .expect("sh runs");
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), 2, "{stderr}");
    let names: Vec<_> = fs::read_dir(shared.path())
        .expect("listable")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["sources.json"], "as it was, no temporary left");
    let kept = fs::read_to_string(shared.path().join("sources.json")).expect("readable");
    assert_eq!(kept, "mine");
    // The file whose write failed: the temporary one, inside the temporary directory.
    assert!(stderr.contains("File too large"), "{stderr}");
    assert!(stderr.contains("/.attache-export-"), "{stderr}");
    assert!(stderr.contains(".json: "), "names the file: {stderr}");
    // Without the limit, a plain retry writes the whole set.
    assert_eq!(code(&force_export(shared.path())), 0);
    assert_complete_set(shared.path());
}

#[test]
fn export_creates_new_private_files_fsyncs_them_then_the_directory() {
    if !common::require_tool("strace") {
        return;
    }
    let base = tempfile::tempdir().expect("tempdir");
    let dir = base.path().join("shared");
    let log = base.path().join("strace.log");
    let out = std::process::Command::new("strace")
        .args([
            "-f",
            "-e",
            "trace=openat,fsync,fdatasync,rename,renameat,renameat2,mkdir",
        ])
        .arg("-o")
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_attache"))
        .arg("export")
        .arg(&dir)
        .env_clear()
        .output()
        .expect("strace runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = fs::read_to_string(&log).expect("readable");
    let calls: Vec<&str> = log.lines().collect();
    let first_rename = calls
        .iter()
        .position(|c| c.contains(" rename"))
        .expect("a rename");
    let last_rename = calls
        .iter()
        .rposition(|c| c.contains(" rename"))
        .expect("a rename");
    // The temporary directory: private.
    assert!(
        calls
            .iter()
            .any(|c| c.contains("mkdir(") && c.contains(".attache-export-") && c.contains("0700")),
        "{log}"
    );
    // Each data file is created new, never through a link, and synced before anything moves.
    let created: Vec<&&str> = calls[..first_rename]
        .iter()
        .filter(|c| c.contains("openat(") && c.contains(".json") && c.contains("O_WRONLY"))
        .collect();
    assert_eq!(created.len(), attache::data::FILES.len(), "{log}");
    for call in &created {
        assert!(
            call.contains("O_EXCL") && call.contains("O_NOFOLLOW"),
            "{call}"
        );
    }
    let synced = calls[..first_rename]
        .iter()
        .filter(|c| c.contains("fsync(") || c.contains("fdatasync("))
        .count();
    assert!(
        synced > attache::data::FILES.len(),
        "files and their directory: {log}"
    );
    // The directory itself is synced after the last rename.
    assert!(
        calls[last_rename..].iter().any(|c| c.contains("fsync(")),
        "{log}"
    );
}
