//! Issue 14: `attache` under hostile data, shared directories and broken terminals. A `--data`
//! directory or an export directory is input from someone else as often as from the user. Each
//! test is named after the defect it pins, and each failed on the code before the fix (commit
//! 4a5b78c).

#![cfg(unix)]

use std::ffi::{OsStr, OsString};
use std::fs;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Output;

mod common;
use common::{attache, run};

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
    let out = run_os(&[
        OsStr::new("export"),
        shared.path().as_os_str(),
        OsStr::new("--force"),
    ]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(
        fs::read_to_string(victim.path()).expect("readable"),
        "precious"
    );
    // A link under a final name is replaced as a link, never followed.
    symlink(victim.path(), shared.path().join("unsc.json.other")).expect("symlink");
    fs::remove_file(shared.path().join("unsc.json")).expect("removable");
    symlink(victim.path(), shared.path().join("unsc.json")).expect("symlink");
    let out = run_os(&[
        OsStr::new("export"),
        shared.path().as_os_str(),
        OsStr::new("--force"),
    ]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert_eq!(
        fs::read_to_string(victim.path()).expect("readable"),
        "precious"
    );
    let meta = fs::symlink_metadata(shared.path().join("unsc.json")).expect("there");
    assert!(meta.is_file(), "unsc.json is now a file of its own");
}

#[test]
fn export_failure_leaves_the_directory_as_it_was_and_no_temporary() {
    let shared = tempfile::tempdir().expect("tempdir");
    fs::write(shared.path().join("sources.json"), "mine").expect("writable");
    // postings.json is taken by a directory (with something in it): export cannot complete.
    fs::create_dir(shared.path().join("postings.json")).expect("mkdir");
    fs::write(shared.path().join("postings.json").join("x"), "x").expect("writable");
    let out = run_os(&[
        OsStr::new("export"),
        shared.path().as_os_str(),
        OsStr::new("--force"),
    ]);
    assert_eq!(code(&out), 2);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("postings.json"), "names the file: {stderr}");
    let mut names: Vec<String> = fs::read_dir(shared.path())
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["postings.json", "sources.json"], "as it was");
    assert_eq!(
        fs::read_to_string(shared.path().join("sources.json")).expect("readable"),
        "mine"
    );
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

#[test]
fn export_concurrent_runs_never_leave_a_partial_file_or_a_false_success() {
    for round in 0..6 {
        let shared = tempfile::tempdir().expect("tempdir");
        let force = round % 2 == 0;
        let children: Vec<_> = (0..6)
            .map(|_| {
                let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_attache"));
                cmd.env_clear().arg("export").arg(shared.path());
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
        assert!(
            successes >= 1,
            "round {round}: one export at least succeeds"
        );
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
    let out = run_os(&[
        OsStr::new("export"),
        other.as_os_str(),
        OsStr::new("--force"),
    ]);
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
