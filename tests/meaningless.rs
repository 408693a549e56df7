//! Options that mean nothing for a command are refused, not ignored: `attache export DIR
//! --json` exits 2 with a message naming the option and the command, and does nothing. The
//! table below is every refused pair, written out: a new refusal, or one dropped, fails
//! `the_refusals_are_the_options_each_command_hides` until the table says so.

use std::collections::BTreeSet;

use clap::CommandFactory;

mod common;
use common::{attache, run};

/// Stands for the exported data directory in the tables below.
const DATA: &str = "{data}";

/// Every output option, as typed (with a value where it takes one), by clap's id.
const OPTIONS: &[(&str, &[&str])] = &[
    ("lang", &["--lang", "lv"]),
    ("format", &["--format", "json"]),
    ("json", &["--json"]),
    ("data", &["--data", DATA]),
    ("with_sources", &["--with-sources"]),
    ("cite", &["--cite"]),
    ("color", &["--color", "never"]),
];

/// Each command that refuses an option: the command line without it, and what it refuses.
const REFUSED: &[(&[&str], &[&str])] = &[
    (
        // --format chooses the files (json or csv), and the CSV tables follow --data
        // (tests/export_csv.rs).
        &["export", "{out}"],
        &["json", "with_sources", "cite", "color"],
    ),
    (
        &["import", "page.txt", "--into", "{out}"],
        &["format", "json", "with_sources", "cite", "color"],
    ),
    (&["diff", DATA], &["data", "with_sources"]),
    (
        &["completions", "bash"],
        &["lang", "format", "json", "with_sources", "cite", "color"],
    ),
    (
        &["man"],
        &[
            "lang",
            "format",
            "json",
            "data",
            "with_sources",
            "cite",
            "color",
        ],
    ),
    (&["check"], &["with_sources", "cite"]),
    (&["stats"], &["with_sources"]),
    (&["unsc"], &["with_sources"]),
    (&["sources"], &["with_sources"]),
];

/// Command lines that are accepted: an option that means something for the command.
const ACCEPTED: &[&[&str]] = &[
    &["export", "{out}", "--lang", "lv"],
    &["-l", "lv", "export", "{out}", "--force"],
    &["completions", "bash", "--data", DATA],
    &["--data", DATA, "check", "--json"],
    &["check", "--color", "never", "--format", "markdown"],
    &["stats", "--cite"],
    &["unsc", "--cite", "--lang", "lv"],
    &["sources", "--cite", "--json"],
    &["country", "Norway", "--with-sources", "--cite"],
    &["Norway", "--with-sources"],
    &["graph", "--format", "dot", "--cite"],
    &["man"],
    &[
        "diff", DATA, "--cite", "--lang", "lv", "--format", "markdown",
    ],
];

/// A fresh directory with the built-in data files in it, for `--data`.
fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("data");
    let (code, _, stderr) = run(&["export", path.to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{stderr}");
    dir
}

/// `args` with `{data}` and `{out}` filled in: the data directory, and a directory `export`
/// would create.
fn filled(args: &[&str], dir: &std::path::Path) -> Vec<String> {
    let data = dir.join("data");
    let out = dir.join("out");
    args.iter()
        .map(|a| match *a {
            DATA => data.to_str().expect("UTF-8").to_owned(),
            "{out}" => out.to_str().expect("UTF-8").to_owned(),
            a => a.to_owned(),
        })
        .collect()
}

fn typed(id: &str) -> &'static [&'static str] {
    OPTIONS
        .iter()
        .find(|(option, _)| *option == id)
        .map(|(_, typed)| *typed)
        .unwrap_or_else(|| panic!("no option {id}"))
}

#[test]
fn every_refused_option_exits_2_with_a_message_and_does_nothing() {
    let dir = data_dir();
    for (command, refused) in REFUSED {
        let name = command[0];
        for id in *refused {
            let option = typed(id);
            let flag = format!("--{}", id.replace('_', "-"));
            // After the command's name, and before it.
            let after: Vec<&str> = command.iter().chain(option).copied().collect();
            let before: Vec<&str> = option.iter().chain(*command).copied().collect();
            for args in [after, before] {
                let args = filled(&args, dir.path());
                let output = attache().args(&args).output().expect("runs");
                let stderr = String::from_utf8(output.stderr).expect("UTF-8");
                assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
                assert!(output.stdout.is_empty(), "{args:?}");
                let start = format!("attache: {flag} means nothing for `attache {name}`: ");
                let start_lv = format!("attache: {flag} komandai `attache {name}` neko nenozīmē: ");
                assert!(
                    stderr.starts_with(&start) || stderr.starts_with(&start_lv),
                    "{args:?}: {stderr}"
                );
                assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
                // Refused before anything is done: export wrote no directory.
                assert!(!dir.path().join("out").exists(), "{args:?}");
            }
        }
    }
}

#[test]
fn a_short_flag_is_refused_by_its_long_name() {
    for (args, flag) in [
        (&["export", "x", "-j"][..], "--json"),
        (&["-f", "csv", "man"], "--format"),
        (&["completions", "zsh", "-l", "lv"], "--lang"),
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(
            stderr.starts_with(&format!("attache: {flag} ")),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn the_message_is_in_the_language_asked_for() {
    let (code, _, stderr) = run(&["--lang", "lv", "export", "x", "--json"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "attache: --json komandai `attache export` neko nenozīmē: tā ieraksta iebūvētos datu \
         failus (--format json, noklusējums) vai lietotās datu kopas CSV tabulas (--format csv) \
         un pasaka, cik ierakstīja, --lang valodā\n"
    );
    let (code, _, stderr) = run(&["man", "--format", "csv"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "attache: --format means nothing for `attache man`: it prints the man page, in English, \
         the same whatever the options and the data\n"
    );
}

#[test]
fn options_that_mean_something_are_accepted() {
    let dir = data_dir();
    for args in ACCEPTED {
        let args = filled(args, dir.path());
        let output = attache().args(&args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("means nothing"), "{args:?}: {stderr}");
    }
}

#[test]
fn environment_variables_are_never_refused() {
    // A variable is set once for every command; only what is typed is refused.
    let dir = data_dir();
    let data = dir.path().join("data");
    for args in [
        &["man"][..],
        &["completions", "bash"],
        &["export", dir.path().join("out").to_str().expect("UTF-8")],
        &["stats"],
    ] {
        let output = attache()
            .args(args)
            .env("ATTACHE_LANG", "lv")
            .env("ATTACHE_DATA", &data)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn the_refusals_are_the_options_each_command_hides() {
    // clap's tree hides from a command's help (and so from the man page and completions)
    // exactly the options it refuses, and this file's table lists exactly those.
    let mut cli = attache::cli::Cli::command();
    cli.build();
    let mut hidden: BTreeSet<(String, String)> = BTreeSet::new();
    for sub in cli.get_subcommands() {
        for arg in sub.get_arguments().filter(|a| a.is_hide_set()) {
            let id = arg.get_id().as_str();
            if attache::cli::OutputArgs::IDS.contains(&id) {
                hidden.insert((sub.get_name().to_owned(), id.to_owned()));
            }
        }
    }
    let tabled: BTreeSet<(String, String)> = REFUSED
        .iter()
        .flat_map(|(command, ids)| ids.iter().map(|id| (command[0].to_owned(), id.to_string())))
        .collect();
    assert_eq!(hidden, tabled);
    // And every option the table types is one clap knows.
    let ids: Vec<&str> = OPTIONS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, attache::cli::OutputArgs::IDS);
}
