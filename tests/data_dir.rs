//! `--data DIR` and `export DIR`: a user's copy of the dataset, checked exactly like the
//! embedded one; a broken or partial directory never gives a partial answer.

use std::fs;
use std::path::Path;

mod common;
use common::{attache, edit, run};

/// A fresh export of the embedded data in a temporary directory.
fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().to_str().expect("UTF-8 path");
    let (code, stdout, _) = run(&["export", path]);
    assert_eq!(code, 0);
    assert_eq!(stdout, format!("Wrote 11 data files to {path}.\n"));
    dir
}

#[test]
fn an_exported_copy_answers_exactly_like_the_embedded_data() {
    let dir = exported();
    let path = dir.path().to_str().expect("UTF-8");
    for args in [
        &["country", "Norway"][..],
        &["non-resident", "--json"],
        &["unsc", "--lang", "lv"],
        &["postings"],
    ] {
        let embedded = run(args);
        let mut with_data = vec!["--data", path];
        with_data.extend_from_slice(args);
        assert_eq!(run(&with_data), embedded, "{args:?}");
    }
    // The environment variable does the same.
    let output = attache()
        .args(["postings"])
        .env("ATTACHE_DATA", path)
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8(output.stdout).expect("UTF-8"),
        run(&["postings"]).1
    );
    // No temporary file is left behind.
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn an_edit_shows_in_the_answer() {
    let dir = exported();
    // Change a fact in the copy: Norway's attaché moves from Stockholm to Berlin.
    edit(
        dir.path(),
        "accreditations.json",
        r#"{"country": "NO", "residence": "stockholm""#,
        r#"{"country": "NO", "residence": "berlin""#,
    );
    let (code, stdout, _) = run(&[
        "--data",
        dir.path().to_str().expect("UTF-8"),
        "country",
        "Norway",
        "--json",
    ]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(value["country_to_latvia"]["residence"]["id"], "berlin");
}

#[test]
fn export_refuses_a_non_empty_directory_without_force() {
    let dir = exported();
    let path = dir.path().to_str().expect("UTF-8");
    let (code, stdout, stderr) = run(&["export", path]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!("attache: {path} is not empty; --force overwrites the files export writes in it\n")
    );
    edit(dir.path(), "duties.json", "defends", "DEFENDS");
    let (code, _, _) = run(&["export", path, "--force"]);
    assert_eq!(code, 0);
    assert!(
        !fs::read_to_string(dir.path().join("duties.json"))
            .expect("readable")
            .contains("DEFENDS"),
        "overwritten"
    );
}

/// Runs `postings` on the directory and returns its exit code and stderr; stdout must be empty.
fn refused(dir: &Path) -> (i32, String) {
    let (code, stdout, stderr) = run(&["--data", dir.to_str().expect("UTF-8"), "postings"]);
    assert_eq!(stdout, "", "a broken dataset gives no partial answer");
    (code, stderr)
}

#[test]
fn broken_copies_are_refused_with_file_line_column_and_path() {
    let dir = exported();
    let path = dir.path().to_str().expect("UTF-8");

    edit(
        dir.path(),
        "postings.json",
        r#""covers": ["DE", "AT", "FR"]"#,
        r#""covers": ["DE", "XX", "FR"]"#,
    );
    assert_eq!(
        refused(dir.path()),
        (
            2,
            format!(
                "attache: the data in {path} cannot be used: {path}/postings.json:11:47: attaches[1].covers[1]: unknown country code \"XX\"\n"
            )
        )
    );

    let dir = exported();
    let path = dir.path().to_str().expect("UTF-8");
    edit(
        dir.path(),
        "cities.json",
        r#""id": "berlin","#,
        r#""id": "berlin", "id": "x","#,
    );
    let (code, stderr) = refused(dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(&format!(
            "attache: the data in {path} cannot be used: {path}/cities.json:3:"
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(": [1]: duplicate field `id`\n"),
        "{stderr}"
    );

    let dir = exported();
    fs::write(
        dir.path().join("unsc.json"),
        "<html>a saved web page</html>",
    )
    .expect("writable");
    let (code, stderr) = refused(dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("/unsc.json:1:1: expected value"),
        "{stderr}"
    );

    let dir = exported();
    fs::write(dir.path().join("sources.json"), [0xff, 0xfe, b'[']).expect("writable");
    let (code, stderr) = refused(dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.ends_with("/sources.json: is not UTF-8 (byte 0)\n"),
        "{stderr}"
    );
}

#[test]
fn missing_files_directories_and_loops_are_refused() {
    let dir = exported();
    let path = dir.path().to_str().expect("UTF-8");
    fs::remove_file(dir.path().join("unsc.json")).expect("removable");
    assert_eq!(
        refused(dir.path()),
        (
            2,
            format!(
                "attache: the data in {path} cannot be used: {path}/unsc.json: file is missing\n"
            )
        )
    );

    let (code, _, stderr) = run(&["--data", "/nonexistent/attache-data", "unsc"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "attache: the data in /nonexistent/attache-data cannot be used: /nonexistent/attache-data: no such directory\n"
    );

    let dir = exported();
    fs::remove_file(dir.path().join("duties.json")).expect("removable");
    fs::create_dir(dir.path().join("duties.json")).expect("a directory in its place");
    let (code, stderr) = refused(dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.ends_with("/duties.json: is a directory, not a file\n"),
        "{stderr}"
    );

    #[cfg(unix)]
    {
        let dir = exported();
        let loop_path = dir.path().join("cities.json");
        fs::remove_file(&loop_path).expect("removable");
        std::os::unix::fs::symlink(&loop_path, &loop_path).expect("a symlink to itself");
        let (code, stderr) = refused(dir.path());
        assert_eq!(code, 2);
        assert!(
            stderr.contains("/cities.json: cannot be opened:"),
            "{stderr}"
        );
    }

    let (code, _, _) = run(&["--data", "", "unsc"]);
    assert_eq!(code, 2, "an empty --data is a usage error");
}

/// `check` on a directory: (exit code, the JSON report's results by check).
fn check_results(dir: &Path) -> (i32, Vec<(String, String)>) {
    let (code, stdout, _) = run(&["--data", dir.to_str().expect("UTF-8"), "check", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let results = value["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap_or("").to_owned(),
                c["result"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    (code, results)
}

fn result_of<'a>(results: &'a [(String, String)], check: &str) -> &'a str {
    results
        .iter()
        .find(|(c, _)| c == check)
        .map(|(_, r)| r.as_str())
        .unwrap_or("")
}

#[test]
fn check_passes_the_real_data_with_the_stated_totals_reconciled() {
    let (code, stdout, _) = run(&["check", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(value["ok"], true);
    let checks = value["checks"].as_array().expect("checks");
    assert_eq!(checks.len(), 7);
    for c in &checks[..6] {
        assert_eq!(c["result"], "pass", "{c}");
    }
    let totals = &checks[6];
    assert_eq!(totals["check"], "stated_totals");
    assert_eq!(totals["result"], "pass");
    assert_eq!(totals["mismatches"], serde_json::json!([]));
    // 8 stated, 7 residences, 2 in Kyiv stated by the English page: both sources named.
    assert_eq!(
        totals["notes"][0]["en"],
        "mod-cooperation-en states 2 attachés in Kyiv: “Ukraine and Moldova (resident in Kiev) - 2 defence attachés”."
    );
    assert_eq!(
        totals["notes"][1]["en"],
        "The figures agree: 7 residences, counting one attaché at each residence whose number no source states, and 2 in Kyiv, make 8 attachés, as mod-cooperation states."
    );
    assert_eq!(
        totals["notes"][1]["lv"],
        "Skaitļi saskan: 7 rezidences, skaitot pa vienam atašejam katrā rezidencē, kuras skaitu neviens avots nenorāda, un Kijivā 2, kopā 8 atašeji, kā norāda mod-cooperation."
    );
    let (_, text, _) = run(&["check"]);
    assert!(
        text.ends_with("The dataset passes every check.\n"),
        "{text}"
    );
    // The same dataset exported checks the same way.
    let dir = exported();
    let (code, results) = check_results(dir.path());
    assert_eq!(code, 0);
    assert_eq!(result_of(&results, "stated_totals"), "pass");
}

/// The stated-totals warning of the exported data with `stated_attaches` of Kyiv replaced.
fn totals_warning(kyiv: &str) -> serde_json::Value {
    let dir = exported();
    edit(
        dir.path(),
        "postings.json",
        r#", "stated_attaches": { "count": 2, "source": "mod-cooperation-en", "quote": "Ukraine and Moldova (resident in Kiev) - 2 defence attachés" }"#,
        kyiv,
    );
    let path = dir.path().to_str().expect("UTF-8");
    let (code, stdout, _) = run(&["--data", path, "check", "--json"]);
    assert_eq!(code, 0, "warnings alone exit 0");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let totals = value["checks"][6].clone();
    assert_eq!(totals["result"], "warn", "{totals}");
    let (_, postings, _) = run(&["--data", path, "postings"]);
    assert!(
        postings.contains("Note: mod-cooperation states 8 attachés"),
        "{postings}"
    );
    totals
}

#[test]
fn check_warns_where_the_figures_do_not_agree() {
    // Without the English page's number, seven residences give seven attachés.
    let totals = totals_warning("");
    let mismatch = &totals["mismatches"][0];
    assert_eq!(
        (
            mismatch["figure"].as_str(),
            mismatch["stated"].as_u64(),
            mismatch["listed"].as_u64()
        ),
        (Some("attaches"), Some(8), Some(7))
    );
    assert_eq!(mismatch["source"], "mod-cooperation");
    assert_eq!(
        mismatch["text"]["en"],
        "Note: mod-cooperation states 8 attachés, but its list gives 7 residences, that is 7 attachés, counting one attaché at each residence whose number no source states."
    );
    assert_eq!(
        mismatch["text"]["lv"],
        "Piezīme: mod-cooperation norāda 8 atašejus, bet tā saraksts dod 7 rezidences, tas ir, 7 atašeji, skaitot pa vienam atašejam katrā rezidencē, kuras skaitu neviens avots nenorāda."
    );
    // A stated number that overshoots warns too.
    let totals = totals_warning(
        r#", "stated_attaches": { "count": 3, "source": "mod-cooperation-en", "quote": "3" }"#,
    );
    assert_eq!(totals["mismatches"][0]["listed"], 9);
    assert_eq!(
        totals["notes"][1]["en"],
        "Note: mod-cooperation states 8 attachés, but its list gives 7 residences, that is 9 attachés, counting one attaché at each residence whose number no source states, and 3 in Kyiv."
    );
}

#[test]
fn check_fails_each_kind_of_fault_with_exit_2() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "postings.json",
            r#""covers": ["DE", "AT", "FR"]"#,
            r#""covers": ["DE", "XX", "FR"]"#,
            "references",
        ),
        (
            "countries.json",
            r#""aliases": ["Lielbritānija""#,
            r#""aliases": ["Vācija""#,
            "names",
        ),
        (
            "accreditations.json",
            r#"{"country": "JP""#,
            r#"{"country": "FR""#,
            "duplicates",
        ),
        (
            "unsc.json",
            r#""date": "2025-06-03""#,
            r#""date": "3.6.2025""#,
            "values",
        ),
        ("cities.json", r#""id": "berlin","#, r#""id": 7,"#, "schema"),
        (
            "duties.json",
            r#""source": "mod-cooperation" }"#,
            r#""source": "nowhere" }"#,
            "references",
        ),
    ];
    for (file, from, to, failing) in cases {
        let dir = exported();
        edit(dir.path(), file, from, to);
        let (code, results) = check_results(dir.path());
        assert_eq!(code, 2, "{file}: {to}");
        assert_eq!(result_of(&results, failing), "fail", "{file}: {results:?}");
        assert_eq!(results.iter().filter(|(_, r)| r == "fail").count(), 1);
        if *failing != "schema" {
            assert_eq!(result_of(&results, "schema"), "pass", "every file parsed");
        }
    }
    let dir = exported();
    fs::remove_file(dir.path().join("cooperation.json")).expect("removable");
    let (code, results) = check_results(dir.path());
    assert_eq!((code, result_of(&results, "schema")), (2, "fail"));
    // The report for people says the same (Markdown keeps each cell on one line).
    let (code, stdout, _) = run(&[
        "--data",
        dir.path().to_str().expect("UTF-8"),
        "check",
        "--format",
        "markdown",
    ]);
    assert_eq!(code, 2);
    assert!(
        stdout.contains("cooperation.json: file is missing |"),
        "{stdout}"
    );
    assert!(stdout.ends_with("The dataset fails a check and cannot be used.\n"));
}
