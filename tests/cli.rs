//! End-to-end tests of the `attache` binary: every command in both languages and both formats
//! (tables as insta snapshots in tests/snapshots/), name forms, exit codes, bad input and the
//! broken pipe. The binary runs with a cleared environment, as a user's shell would not leak
//! into a test.

use std::process::Stdio;

use serde_json::Value;

mod common;
use common::{
    attache, csv_table, markdown_tables, renders_with_graphviz, require_tool, run, sqlite_import,
    sqlite3,
};

fn stdout_of(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{args:?} failed: {stderr}");
    stdout
}

fn json_of(args: &[&str]) -> Value {
    let stdout = stdout_of(args);
    let value: Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(value["format_version"], 1);
    value
}

/// Every command of the tool.
const ALL_COMMANDS: &[&str] = &[
    "country",
    "city",
    "search",
    "non-resident",
    "accredited",
    "postings",
    "reciprocity",
    "graph",
    "stats",
    "sources",
    "partners",
    "about",
    "unsc",
    "check",
    "diff",
    "export",
    "import",
    "completions",
    "man",
];

/// The commands whose output is pinned, by snapshot name.
const COMMANDS: &[(&str, &[&str])] = &[
    ("country_norway", &["country", "Norway"]),
    ("country_poland", &["country", "Poland"]),
    ("country_united_states", &["country", "United States"]),
    ("country_united_kingdom", &["country", "United Kingdom"]),
    ("country_mali", &["country", "Mali"]),
    ("country_brazil", &["country", "Brazil"]),
    ("country_latvia", &["country", "Latvia"]),
    ("city_warsaw", &["city", "Warsaw"]),
    ("city_riga", &["city", "Riga"]),
    ("city_london", &["city", "London"]),
    ("city_washington", &["city", "Washington"]),
    ("non_resident", &["non-resident"]),
    ("non_resident_warsaw", &["non-resident", "--city", "Warsaw"]),
    ("accredited", &["accredited"]),
    ("accredited_resident", &["accredited", "--resident"]),
    ("accredited_non_resident", &["accredited", "--non-resident"]),
    ("postings", &["postings"]),
    ("unsc", &["unsc"]),
    ("partners", &["partners"]),
    ("sources", &["sources"]),
    ("check", &["check"]),
    ("stats", &["stats"]),
    ("graph_norway", &["graph", "--country", "Norway"]),
    ("reciprocity", &["reciprocity"]),
    ("reciprocity_latvia", &["reciprocity", "--only", "latvia"]),
    ("search_kiber", &["search", "kiber"]),
    ("search_mali", &["search", "Mali"]),
    ("search_warsaw", &["search", "Varšava"]),
    ("about", &["about"]),
];

#[test]
fn every_table_in_both_languages_matches_its_snapshot() {
    for (name, args) in COMMANDS {
        for lang in ["en", "lv"] {
            let mut full = args.to_vec();
            full.extend(["--lang", lang]);
            insta::assert_snapshot!(format!("{name}__{lang}"), stdout_of(&full));
        }
    }
}

#[test]
fn every_json_document_matches_its_snapshot_and_ignores_lang() {
    for (name, args) in COMMANDS {
        let mut en = args.to_vec();
        en.push("--json");
        let mut lv = en.clone();
        lv.extend(["--lang", "lv"]);
        let stdout = stdout_of(&en);
        assert_eq!(
            stdout,
            stdout_of(&lv),
            "{name}: JSON must not depend on --lang"
        );
        serde_json::from_str::<Value>(&stdout).expect("valid JSON");
        insta::assert_snapshot!(format!("{name}__json"), stdout);
    }
}

#[test]
fn json_carries_iso_codes_and_both_languages() {
    let norway = json_of(&["country", "Norway", "--json"]);
    assert_eq!(norway["country"]["code"], "NO");
    assert_eq!(norway["country"]["alpha3"], "NOR");
    assert_eq!(norway["country"]["name"]["en"], "Norway");
    assert_eq!(norway["country"]["name"]["lv"], "Norvēģija");
    assert_eq!(norway["latvia_to_country"][0]["kind"], "defence_attache");
    assert_eq!(
        norway["latvia_to_country"][0]["residence"]["name"]["lv"],
        "Stokholma"
    );
    assert_eq!(norway["country_to_latvia"]["resident"], false);

    let non_resident = json_of(&["non-resident", "--format", "json"]);
    assert_eq!(non_resident["total"], 22);
    assert_eq!(non_resident["groups"][0]["residence"]["id"], "warsaw");
    assert_eq!(non_resident["groups"][0]["count"], 9);

    let accredited = json_of(&["accredited", "--json"]);
    assert_eq!(
        (
            accredited["total"].as_u64(),
            accredited["resident"].as_u64(),
            accredited["non_resident"].as_u64()
        ),
        (Some(31), Some(9), Some(22))
    );

    let postings = json_of(&["postings", "--json"]);
    assert_eq!(postings["listed"]["residences"], 7);
    assert_eq!(postings["listed"]["attaches"], 8);
    assert_eq!(postings["listed"]["countries"], 18);
    assert_eq!(postings["declared"]["attaches"], 8);
    assert_eq!(postings["mismatches"], serde_json::json!([]));
    assert_eq!(postings["attaches"][4]["stated_attaches"]["count"], 2);
    assert_eq!(
        postings["attaches"][4]["stated_attaches"]["source"],
        "mod-cooperation-en"
    );

    let unsc = json_of(&["unsc", "--json"]);
    assert_eq!(unsc["outcome"]["votes"], 178);
    assert_eq!(unsc["outcome"]["votes_needed"], 129);
    assert_eq!(unsc["source"]["published"], "2021-07-02");
}

#[test]
fn every_accepted_form_gives_byte_identical_stdout() {
    let expected = stdout_of(&["country", "Norway"]);
    for form in [
        "norway",
        " NORWAY ",
        "NO",
        "nor",
        "Norvēģija",
        "Norvēģijas",
        "Norvēģijā",
        "norvegija",
        "Kingdom of Norway",
    ] {
        assert_eq!(stdout_of(&["country", form]), expected, "{form:?}");
    }
    let expected = stdout_of(&["country", "South Korea", "--lang", "lv"]);
    for form in [
        "Koreja",
        "korea",
        "KR",
        "KOR",
        "Dienvidkorejā",
        "Korejas Republika",
    ] {
        assert_eq!(
            stdout_of(&["country", form, "--lang", "lv"]),
            expected,
            "{form:?}"
        );
    }
    let expected = stdout_of(&["non-resident", "--city", "Warsaw"]);
    for form in ["warsaw", "Varšava", "Varšavā", "VARSAVA", "Warszawa"] {
        assert_eq!(
            stdout_of(&["non-resident", "--city", form]),
            expected,
            "{form:?}"
        );
    }
}

#[test]
fn words_of_a_name_need_no_quotes() {
    assert_eq!(
        stdout_of(&["country", "united", "kingdom"]),
        stdout_of(&["country", "United Kingdom"])
    );
}

#[test]
fn how_a_name_was_read_goes_to_stderr() {
    let (code, _, stderr) = run(&["country", "Koreja"]);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "Koreja → South Korea, as the sources use the name\n\
         for North Korea: attache country KP\n"
    );
    let (_, _, stderr) = run(&["country", "Norway"]);
    assert_eq!(stderr, "", "no note when the input is the name itself");
    let (_, _, stderr) = run(&["country", "Vācijas", "--lang", "lv"]);
    assert_eq!(stderr, "Vācijas → Vācija\n");
    let (_, _, stderr) = run(&["country", "vacija", "--lang", "lv"]);
    assert_eq!(
        stderr, "",
        "a form that differs only in case and diacritics needs no note"
    );
    // A former name and a part of a country say so.
    let (code, _, stderr) = run(&["country", "Burma"]);
    assert_eq!(
        (code, stderr.as_str()),
        (0, "Burma → Myanmar (Burma is a former name)\n")
    );
    let (_, _, stderr) = run(&["country", "Skotija", "--lang", "lv"]);
    assert_eq!(
        stderr,
        "Skotija → Apvienotā Karaliste (Skotija ir tās daļa)\n"
    );
}

#[test]
fn a_name_that_fits_several_countries_lists_each_with_its_command() {
    let (code, stdout, stderr) = run(&["country", "Congo"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "attache: \"Congo\" fits more than one place:\n\
         \x20 Democratic Republic of the Congo: attache country CD\n\
         \x20 Republic of the Congo: attache country CG\n"
    );
    let (code, _, stderr) = run(&["country", "New", "--lang", "lv"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("attache: neviens nosaukums nav \"New\"; ar to sākas:\n"));
    assert!(
        stderr.contains("  Jaunzēlande: attache country NZ\n"),
        "{stderr}"
    );
    // Each command it names answers.
    for line in stderr.lines().skip(1) {
        let command = line.split(": ").nth(1).expect("a command");
        let args: Vec<&str> = command.split(' ').skip(1).collect();
        assert_eq!(run(&args).0, 0, "{command}");
    }
}

#[test]
fn an_unknown_country_exits_1_with_suggestions() {
    let (code, stdout, stderr) = run(&["country", "Norwy"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "attache: no country matches \"Norwy\"\nattache: did you mean: Norway?\n"
    );

    let (code, stdout, stderr) = run(&["country", "Norvēgja", "--lang", "lv"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "attache: neviena valsts neatbilst \"Norvēgja\"\nattache: vai domājāt: Norvēģija?\n"
    );

    let (code, stdout, stderr) = run(&["country", "Atlantis"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(stderr, "attache: no country matches \"Atlantis\"\n");
}

#[test]
fn an_unknown_city_exits_1_and_lists_the_known_ones() {
    let (code, stdout, stderr) = run(&["non-resident", "--city", "Paris"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.starts_with("attache: no city in the dataset matches \"Paris\"\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("cities in the dataset: Washington, Berlin, Ottawa"),
        "{stderr}"
    );
}

#[test]
fn city_resolves_like_a_country_and_fails_the_same_way() {
    let expected = stdout_of(&["city", "Warsaw"]);
    for form in ["warsaw", "Varšava", "Varšavā", "varsavas", "Warszawa"] {
        assert_eq!(stdout_of(&["city", form]), expected, "{form:?}");
    }
    let (code, stdout, stderr) = run(&["city", "Warsw"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.starts_with(
            "attache: no city in the dataset matches \"Warsw\"\nattache: did you mean: Warsaw?\n"
        ),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["city", " "]);
    assert_eq!(
        (code, stderr.as_str()),
        (2, "attache: the city name is empty\n")
    );
}

#[test]
fn search_finds_by_word_start_in_either_language_and_exits_1_on_nothing() {
    let kinds = |query: &str| -> Vec<(String, String)> {
        let value = json_of(&["search", query, "--json"]);
        value["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| {
                (
                    h["kind"].as_str().unwrap_or("").to_owned(),
                    h["text"]["en"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(
        kinds("kiber"),
        [(
            "unsc_point".to_owned(),
            "Issues Latvia has championed at the UN, among others: Cyber security.".to_owned()
        )]
    );
    // Peacekeeping, and taking part in resolving questions of global peace ("miera").
    let miera = kinds("miera");
    assert_eq!(miera.len(), 3);
    assert!(miera.iter().all(|(kind, _)| kind == "unsc_point"));
    let peacekeeping = miera
        .iter()
        .filter(|(_, text)| text.starts_with("UN peacekeeping: "));
    assert_eq!(peacekeeping.count(), 2);
    let mali: Vec<String> = kinds("Mali").into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(mali, ["country", "unsc_point", "unsc_development"]);
    assert!(
        kinds("MINUSMA").len() == 2,
        "the article and the later development"
    );
    assert_eq!(
        kinds("VACIJA").first().map(|(k, _)| k.as_str()),
        Some("country"),
        "case and diacritics ignored"
    );

    let (code, stdout, stderr) = run(&["search", "zzzq"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(stderr, "attache: nothing in the dataset matches \"zzzq\"\n");
    let (code, stdout, _) = run(&["search", "zzzq", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).expect("JSON")["total"],
        0
    );

    let (code, _, stderr) = run(&["search", " "]);
    assert_eq!(
        (code, stderr.as_str()),
        (2, "attache: the search text is empty\n")
    );
    let (code, _, _) = run(&["search", &"x".repeat(10_000)]);
    assert_eq!(code, 2);
}

#[test]
fn search_limit_cuts_the_list_and_says_so() {
    let all = json_of(&["search", "a", "--json", "--limit", "1000"]);
    let total = all["total"].as_u64().expect("total");
    assert!(total > 20, "a one-letter prefix matches many records");
    let limited = json_of(&["search", "a", "--json"]);
    assert_eq!(limited["hits"].as_array().map(Vec::len), Some(20));
    assert_eq!(limited["total"].as_u64(), Some(total));
    let table = stdout_of(&["search", "a", "--limit", "3"]);
    assert!(
        table.ends_with(&format!("Showing 3 of {total}; --limit shows more.\n")),
        "{table}"
    );
}

#[test]
fn a_known_city_without_non_resident_attaches_exits_1() {
    let (code, stdout, stderr) = run(&["non-resident", "--city", "Riga"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "attache: no non-resident defence attaché accredited to Latvia resides in Riga\n"
    );
    let (code, _, stderr) = run(&["non-resident", "--city", "Rīga", "--lang", "lv"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "attache: neviens nerezidējošais Latvijā akreditētais aizsardzības atašejs nerezidē Rīgā\n"
    );
    // A script still gets a document it can read.
    let (code, stdout, _) = run(&["non-resident", "--city", "Riga", "--json"]);
    assert_eq!(code, 1);
    let value: Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(value["total"], 0);
    assert_eq!(value["city"]["id"], "riga");
}

#[test]
fn empty_and_blank_names_are_usage_errors() {
    for input in ["", "   ", "\t", "..."] {
        let (code, stdout, stderr) = run(&["country", input]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{input:?}");
        assert_eq!(stderr, "attache: the country name is empty\n", "{input:?}");
    }
    let (code, _, stderr) = run(&["non-resident", "--city", ""]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "attache: the city name is empty\n");
}

#[test]
fn a_huge_name_is_refused_at_once() {
    let huge = "x".repeat(100_000);
    let (code, stdout, stderr) = run(&["country", &huge]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "attache: the country name is 100000 characters long; at most 100 are accepted\n"
    );
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let output = attache()
        .arg("country")
        .arg(OsStr::from_bytes(b"Norv\xff"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid UTF-8"));
}

#[test]
fn control_characters_in_a_name_are_escaped_on_stderr() {
    let (code, _, stderr) = run(&["country", "No\x1b[31mrway"]);
    assert_eq!(code, 1);
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    assert!(stderr.contains("\\u{1b}"), "{stderr:?}");
}

#[test]
fn usage_errors_exit_2() {
    // ("frobnicate" alone is a name, `attache NAME`, that names nothing: exit 1.)
    for args in [
        &["contry", "Norway"][..],
        &["Norway", "--lang", "de"],
        &["country"],
        &["accredited", "--resident", "--non-resident"],
        &["postings", "--json", "--format", "table"],
        &["postings", "--lang", "de"],
        &["postings", "--format", "xml"],
        &[],
    ] {
        let (code, stdout, _) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
    }
}

#[test]
fn options_go_before_or_after_the_command() {
    assert_eq!(
        stdout_of(&["--lang", "lv", "--json", "postings"]),
        stdout_of(&["postings", "--json", "--lang", "lv"])
    );
    assert_eq!(
        stdout_of(&["--lang", "lv", "unsc"]),
        stdout_of(&["unsc", "--lang", "lv"])
    );
}

#[test]
fn an_option_after_the_command_wins_over_the_same_before_it() {
    // As with clap's global options: the one after the command's name wins, whichever order.
    let (en, lv) = (stdout_of(&["unsc"]), stdout_of(&["unsc", "--lang", "lv"]));
    assert_ne!(en, lv);
    assert_eq!(stdout_of(&["--lang", "lv", "unsc", "--lang", "en"]), en);
    assert_eq!(stdout_of(&["--lang", "en", "unsc", "--lang", "lv"]), lv);
    // --json given anywhere makes JSON, even with --format on the other side of the name.
    let json = stdout_of(&["unsc", "--json"]);
    assert_eq!(stdout_of(&["--format", "csv", "unsc", "--json"]), json);
    assert_eq!(stdout_of(&["--json", "unsc", "--format", "csv"]), json);
    assert_eq!(stdout_of(&["--json", "unsc", "--json"]), json);
    // Both on one side of the name conflict, on either side.
    for args in [
        &["--format", "csv", "--json", "unsc"][..],
        &["unsc", "--format", "csv", "--json"],
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(stderr.contains("cannot be used with"), "{stderr}");
    }
    // An option not given after the name keeps the value given before it, not its default.
    assert_eq!(
        stdout_of(&["--with-sources", "--color", "always", "postings"]),
        stdout_of(&["postings", "--with-sources", "--color", "always"])
    );
    let (code, _, stderr) = run(&["--data", "/no/such/dir", "unsc"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stdout_of(&["--data", "/no/such/dir", "unsc", "--data", "data"]),
        en
    );
}

#[test]
fn an_option_typed_after_the_command_wins_over_its_environment_variable() {
    let lv = stdout_of(&["postings", "--lang", "lv"]);
    for args in [
        &["--lang", "lv", "postings"][..],
        &["postings", "--lang", "lv"],
    ] {
        let output = attache()
            .args(args)
            .env("ATTACHE_LANG", "en")
            .output()
            .expect("runs");
        assert_eq!(
            String::from_utf8(output.stdout).expect("UTF-8"),
            lv,
            "{args:?}"
        );
    }
    let output = attache()
        .args(["unsc", "--data", "data"])
        .env("ATTACHE_DATA", "/no/such/dir")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn every_command_takes_the_output_options() {
    use clap::{Args, CommandFactory};
    let mut command = attache::cli::Cli::command();
    command.build();
    // The options as OutputArgs declares them (a unit test in src/cli.rs names the seven).
    let declared = attache::cli::OutputArgs::augment_args(clap::Command::new("options"));
    let options: Vec<&str> = declared
        .get_arguments()
        .map(|a| a.get_id().as_str())
        .collect();
    assert_eq!(options.len(), 7);
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        for &id in &options {
            assert!(
                sub.get_arguments().any(|a| a.get_id() == id),
                "{} lacks --{id}",
                sub.get_name()
            );
        }
    }
    // The derive API parses the same way as the binary does.
    let cli = <attache::cli::Cli as clap::Parser>::try_parse_from([
        "attache", "--lang", "lv", "--format", "csv", "country", "Norway", "--lang", "en",
    ])
    .expect("parses");
    assert_eq!(cli.output.lang, Some(attache::data::Lang::En));
    assert_eq!(cli.output.format(), attache::render::Format::Csv);
}

#[test]
fn attache_lang_sets_the_default_language() {
    let lv = stdout_of(&["postings", "--lang", "lv"]);
    let output = attache()
        .args(["postings"])
        .env("ATTACHE_LANG", "lv")
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8(output.stdout).expect("UTF-8"), lv);
    let output = attache()
        .args(["postings", "--lang", "en"])
        .env("ATTACHE_LANG", "lv")
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8(output.stdout).expect("UTF-8"),
        stdout_of(&["postings"]),
        "--lang wins over the variable"
    );
    let output = attache()
        .args(["postings"])
        .env("ATTACHE_LANG", "xx")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn no_box_drawing_outside_a_terminal_or_with_no_color() {
    for (name, args) in COMMANDS {
        let stdout = stdout_of(args);
        assert!(!stdout.contains(['┌', '│', '═', '─', '\x1b']), "{name}");
        let output = attache()
            .args(*args)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        assert_eq!(
            String::from_utf8(output.stdout).expect("UTF-8"),
            stdout,
            "{name}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        &["unsc"][..],
        &["country", "Norway"],
        &["accredited", "--json"],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
            .args(args)
            .env_clear()
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
    }
}

/// The binary's own start (src/main.rs, `start`) does what Rust's runtime start-up would: a
/// standard stream closed at start is reopened on /dev/null, so that no file the run opens
/// takes its place, and a closed pipe is an error to end quietly on, not a killing signal
/// (above). Run through `sh`, which closes them as a user's shell does (`>&-`).
#[test]
fn closed_standard_streams_change_nothing() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (normal, closed) = (dir.path().join("normal"), dir.path().join("closed"));
    let sh = |script: &str, args: &[&std::path::Path]| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(env!("CARGO_BIN_EXE_attache"))
            .args(args)
            .env_clear()
            .stderr(Stdio::piped())
            .output()
            .expect("sh runs")
    };
    let output = sh(r#""$0" export "$1" >/dev/null"#, &[&normal]);
    assert_eq!(output.status.code(), Some(0));
    // stdout, then all three, closed: the export writes the same files, exit 0.
    let output = sh(r#""$0" export "$1" >&-"#, &[&closed]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let names = |d: &std::path::Path| {
        let mut names: Vec<_> = std::fs::read_dir(d)
            .expect("exported")
            .map(|e| e.expect("an entry").file_name())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&closed), names(&normal));
    for name in names(&normal) {
        assert_eq!(
            std::fs::read(closed.join(&name)).expect("read"),
            std::fs::read(normal.join(&name)).expect("read"),
            "{name:?}"
        );
    }
    let output = sh(r#""$0" country Norway <&- >&- 2>&-"#, &[]);
    assert_eq!(output.status.code(), Some(0));
    // A usage error with nowhere to say it still exits 2.
    let output = sh(r#""$0" --no-such-option <&- >&- 2>&-"#, &[]);
    assert_eq!(output.status.code(), Some(2));
    // And what a run prints still reaches an open stdout when stdin and stderr are closed.
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#""$0" --json country Norway <&- 2>&-"#)
        .arg(env!("CARGO_BIN_EXE_attache"))
        .env_clear()
        .output()
        .expect("sh runs");
    assert_eq!(output.status.code(), Some(0));
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["country"]["code"], "NO", "{value}");
}

#[test]
fn help_and_version_exit_0_and_help_has_examples() {
    let help = stdout_of(&["--help"]);
    assert!(
        help.contains("Examples:")
            && help.contains("Exit status: 0 answered, 1 nothing matched, 2 usage or data error.")
    );
    for &command in ALL_COMMANDS {
        let help = stdout_of(&[command, "--help"]);
        assert!(
            help.contains("Examples:") || help.contains("Install:"),
            "{command}"
        );
    }
    // The version says how current the built-in data is: the newest fact `about` names.
    let newest = json_of(&["about", "--json"])["newest"].clone();
    assert_eq!(
        stdout_of(&["--version"]),
        format!(
            "attache {} (built-in data: newest fact {})\n",
            env!("CARGO_PKG_VERSION"),
            newest.as_str().expect("a date")
        )
    );
}

#[test]
fn the_man_page_covers_every_command() {
    // tests/man.rs runs the page through mandoc and groff; this needs neither.
    let page = stdout_of(&["man"]);
    assert!(page.starts_with(".TH \"ATTACHE\" 1 "), "roff");
    for &command in ALL_COMMANDS {
        let roff = command.replace('-', "\\-");
        assert!(page.contains(&roff), "man page lacks {command}");
    }
}

#[test]
fn help_matches_its_checked_in_copy() {
    // A change of help text shows up as a snapshot diff to review, so docs cannot drift.
    insta::assert_snapshot!("help", stdout_of(&["--help"]));
    for &command in ALL_COMMANDS {
        insta::assert_snapshot!(format!("help_{command}"), stdout_of(&[command, "--help"]));
    }
}

#[test]
fn a_mistyped_command_gets_a_suggestion() {
    // A first word that is no command starts a place's name; when that names nothing and
    // the word is close to a command, it was a mistyped command: a usage error.
    let (code, stdout, stderr) = run(&["contry", "Norway"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "attache: no country or city matches \"contry Norway\"\n\
         attache: no command is called so either; did you mean: attache country ...?\n"
    );
}

#[test]
fn the_shortest_question_answers_as_country_or_city() {
    // `attache NAME` answers as `country` or `city` would, byte for byte.
    for (short, long) in [
        (&["Norway"][..], &["country", "Norway"][..]),
        (&["south", "korea"], &["country", "south", "korea"]),
        (
            &["Vācijā", "--lang", "lv"],
            &["country", "Vācijā", "--lang", "lv"],
        ),
        (&["--json", "Varšava"], &["city", "Varšava", "--json"]),
        (
            &["Warsaw", "--format", "csv"],
            &["city", "Warsaw", "--format", "csv"],
        ),
    ] {
        assert_eq!(run(short), run(long), "{short:?}");
    }
    // A word that is a command is the command.
    assert_eq!(run(&["about"]), run(&["about"]));
    let (code, stdout, _) = run(&["stats", "--json"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"hubs\""));
    // Nothing, and the beginning of several names, exit 1 with the names on stderr.
    let (code, stdout, stderr) = run(&["Atlantis"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(stderr, "attache: no country or city matches \"Atlantis\"\n");
    let (code, _, stderr) = run(&["Sto"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("  Stockholm: attache city stockholm\n"),
        "{stderr}"
    );
}

#[test]
fn color_is_off_in_a_pipe_and_on_when_asked() {
    let plain = stdout_of(&["country", "Norway"]);
    assert!(!plain.contains('\x1b'));
    assert_eq!(stdout_of(&["country", "Norway", "--color", "auto"]), plain);
    assert_eq!(stdout_of(&["country", "Norway", "--color", "never"]), plain);

    let colored = stdout_of(&["country", "Norway", "--color", "always"]);
    assert!(
        colored.starts_with("\x1b[1mNorway (NO, NOR)\x1b[0m\n"),
        "{colored:?}"
    );
    assert!(colored.contains("\x1b[1m"), "bold header cells");
    // Colour changes the escapes, not the words or the borders.
    let stripped: String = strip_ansi(&colored);
    assert_eq!(stripped, plain);

    // An explicit --color always wins over NO_COLOR; auto respects it.
    let output = attache()
        .args(["unsc", "--color", "always"])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains('\x1b'));
    // JSON never carries colour.
    assert!(!stdout_of(&["postings", "--json", "--color", "always"]).contains('\x1b'));
    let (code, _, _) = run(&["unsc", "--color", "sometimes"]);
    assert_eq!(code, 2);
}

/// Removes ANSI SGR sequences (ESC [ ... m).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The CSV of a page: its tables, each parsed back with the csv crate, as (headers, records).
fn csv_tables(stdout: &str) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    // Tables are separated by one blank line; no cell holds a blank line.
    stdout
        .split("\n\n")
        .filter(|chunk| !chunk.trim().is_empty())
        .map(|chunk| csv_table(chunk.as_bytes()))
        .collect()
}

#[test]
fn every_answer_as_csv_is_one_tidy_table() {
    for (name, args) in COMMANDS {
        let mut headers_of_lang = Vec::new();
        for lang in ["en", "lv"] {
            let mut full = args.to_vec();
            full.extend(["--format", "csv", "--lang", lang]);
            let stdout = stdout_of(&full);
            let tables = csv_tables(&stdout);
            assert_eq!(tables.len(), 1, "{name}: one table");
            let headers = &tables[0].0;
            assert!(
                headers.iter().all(|h| h
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')),
                "{name}: snake_case headers: {headers:?}"
            );
            // No cell packs a list on several lines.
            assert!(
                tables[0]
                    .1
                    .iter()
                    .flatten()
                    .all(|cell| !cell.contains('\n')),
                "{name}"
            );
            headers_of_lang.push(headers.clone());
        }
        assert_eq!(
            headers_of_lang[0], headers_of_lang[1],
            "{name}: headers ignore --lang"
        );
    }
    // One row per record and country: 22 non-resident attachés, 18 countries covered by 7
    // postings plus 2 advisers.
    let (headers, records) = csv_tables(&stdout_of(&["non-resident", "--format", "csv"]))
        .pop()
        .expect("a table");
    assert_eq!(
        headers,
        [
            "direction",
            "kind",
            "country_alpha2",
            "country_alpha3",
            "country",
            "name_in_source",
            "city_id",
            "city",
            "city_country_alpha2",
            "resides_in_latvia",
            "source",
            "quote"
        ]
    );
    assert_eq!(records.len(), 22);
    let norway = records.iter().find(|r| r[2] == "NO").expect("Norway");
    assert_eq!(
        norway[..10],
        [
            "to_latvia",
            "defence_attache",
            "NO",
            "NOR",
            "Norway",
            "",
            "stockholm",
            "Stockholm",
            "SE",
            "false"
        ]
    );
    assert_eq!(norway[11], "Norvēģija (rezidē Stokholmā, Zviedrijā)");
    let korea = records.iter().find(|r| r[2] == "KR").expect("South Korea");
    assert_eq!(korea[4..6], ["South Korea", "Koreja"]);
    let postings = csv_tables(&stdout_of(&["postings", "--format", "csv"]));
    assert_eq!(postings[0].1.len(), 18 + 2);
    // Names follow --lang; codes and ids do not.
    let accredited = csv_tables(&stdout_of(&[
        "accredited",
        "--format",
        "csv",
        "--lang",
        "lv",
    ]));
    assert_eq!(accredited[0].1.len(), 31);
    let riga = &accredited[0].1[0];
    assert_eq!(
        riga[2..9],
        ["GB", "GBR", "Apvienotā Karaliste", "", "riga", "Rīga", "LV"]
    );
    // A table with no rows keeps its header, the same one serde writes for rows.
    let brazil = stdout_of(&["country", "Brazil", "--format", "csv"]);
    let norway = stdout_of(&["country", "Norway", "--format", "csv"]);
    assert_eq!(brazil.lines().count(), 1);
    assert_eq!(brazil.lines().next(), norway.lines().next());
}

/// The pages with several kinds of record, and the tables `--table` takes, the main one first.
const CSV_TABLES: &[(&[&str], &[&str])] = &[
    (&["country", "Norway"], &["attaches", "cooperation", "unsc"]),
    (&["country", "Mali"], &["attaches", "cooperation", "unsc"]),
    (&["Ukraine"], &["attaches", "cooperation", "unsc"]),
    (&["about"], &["duties", "statements", "sources"]),
    (&["unsc"], &["parts", "countries"]),
    (&["partners"], &["members", "statements"]),
];

#[test]
fn csv_table_chooses_a_kind_of_record_and_each_loads_into_sqlite() {
    let sqlite = require_tool("sqlite3");
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (page, tables) in CSV_TABLES {
        let csv_of = |table: Option<&str>, lang: &str| {
            let mut args = page.to_vec();
            args.extend(["--format", "csv", "--lang", lang]);
            if let Some(table) = table {
                args.extend(["--table", table]);
            }
            stdout_of(&args)
        };
        // Without --table, the main table.
        assert_eq!(
            csv_of(None, "en"),
            csv_of(Some(tables[0]), "en"),
            "{page:?}"
        );
        let mut headers_seen = Vec::new();
        for table in *tables {
            let stdout = csv_of(Some(table), "en");
            let mut parsed = csv_tables(&stdout);
            assert_eq!(parsed.len(), 1, "{page:?} {table}: one table");
            let (headers, records) = parsed.pop().expect("a table");
            assert!(
                !headers_seen.contains(&headers),
                "{page:?} {table}: a kind of its own"
            );
            headers_seen.push(headers.clone());
            // Headers in English whatever --lang says.
            let lv = csv_tables(&csv_of(Some(table), "lv"))
                .pop()
                .expect("a table");
            assert_eq!(lv.0, headers, "{page:?} {table}");
            assert_eq!(lv.1.len(), records.len(), "{page:?} {table}");
            if sqlite {
                let path = dir.path().join(format!("{table}.csv"));
                std::fs::write(&path, &stdout).expect("written");
                let count = sqlite3(
                    &[],
                    &format!("{}SELECT count(*) FROM t;\n", sqlite_import(&path, "t")),
                );
                assert_eq!(count.trim(), records.len().to_string(), "{page:?} {table}");
            }
        }
    }

    // Norway's groups as its JSON has them.
    let json = json_of(&["country", "Norway", "--json"]);
    let (headers, records) = csv_tables(&stdout_of(&[
        "country",
        "Norway",
        "--format",
        "csv",
        "--table",
        "cooperation",
    ]))
    .pop()
    .expect("a table");
    let cooperation = json["cooperation"].as_array().expect("a list");
    assert_eq!(records.len(), cooperation.len());
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    for (row, role) in records.iter().zip(cooperation) {
        assert_eq!(
            row[column("group_id")],
            role["partnership"].as_str().expect("id")
        );
        assert_eq!(
            row[column("group")],
            role["title"]["en"].as_str().expect("title")
        );
        assert_eq!(row[column("country_alpha2")], "NO");
        assert_eq!(row[column("inferred")], role["inferred"].to_string());
        assert_eq!(row[column("quote")], role["quote"].as_str().expect("quote"));
    }
    // Every country the UN Security Council material names, once for each part that names it.
    let unsc = json_of(&["unsc", "--json"]);
    let count = |list: &Value| list.as_array().map_or(0, Vec::len);
    let mut named = 0;
    for section in unsc["sections"].as_array().expect("sections") {
        for point in section["points"].as_array().expect("points") {
            named += count(&point["countries"]);
        }
    }
    named += count(&unsc["outcome"]["elected_same_day"]) + count(&unsc["outcome"]["withdrew"]);
    for development in unsc["developments"].as_array().expect("developments") {
        named += count(&development["countries"]);
    }
    let (_, countries) = csv_tables(&stdout_of(&[
        "unsc",
        "--format",
        "csv",
        "--table",
        "countries",
    ]))
    .pop()
    .expect("a table");
    assert_eq!(countries.len(), named);
    assert!(
        countries.iter().any(|r| r[3] == "withdrew" && r[4] == "ME"),
        "Montenegro withdrew"
    );
}

#[test]
fn csv_table_is_refused_where_it_means_nothing() {
    // Without --format csv.
    let (code, stdout, stderr) = run(&["country", "Norway", "--table", "unsc"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "attache: --table unsc chooses a table of the CSV output: add --format csv\n"
    );
    // A table of another page.
    let (code, _, stderr) = run(&["country", "Norway", "--format", "csv", "--table", "duties"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("attaches, cooperation, unsc"), "{stderr}");
    // `attache NAME` that names a city, whose page has one table.
    let (code, stdout, stderr) = run(&["Stockholm", "--format", "csv", "--table", "unsc"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("leave out --table unsc"), "{stderr}");
    // A command of one kind of record has no --table.
    let (code, _, stderr) = run(&["postings", "--format", "csv", "--table", "attaches"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--table"), "{stderr}");
}

#[test]
fn csv_loads_into_sqlite_and_answers_who_covers_norway() {
    if !require_tool("sqlite3") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let csv_path = dir.path().join("attaches.csv");
    std::fs::write(
        &csv_path,
        stdout_of(&["country", "Norway", "--format", "csv"]),
    )
    .expect("written");
    let sql = format!(
        "{}SELECT direction, city_id, quote FROM attaches WHERE country_alpha2 = 'NO' ORDER BY direction;\n",
        sqlite_import(&csv_path, "attaches")
    );
    let output = sqlite3(&["-separator", "|"], &sql);
    // The same answer as the JSON: Latvia's attaché for Norway and Norway's for Latvia, both in
    // Stockholm.
    let json = json_of(&["country", "Norway", "--json"]);
    assert_eq!(json["latvia_to_country"][0]["residence"]["id"], "stockholm");
    assert_eq!(json["country_to_latvia"]["residence"]["id"], "stockholm");
    assert_eq!(
        output,
        format!(
            "from_latvia|stockholm|{}\nto_latvia|stockholm|{}\n",
            json["latvia_to_country"][0]["quote"]
                .as_str()
                .expect("quote"),
            json["country_to_latvia"]["quote"].as_str().expect("quote")
        )
    );
}

#[test]
fn every_page_as_markdown_is_well_formed() {
    for ((name, args), lang) in COMMANDS.iter().flat_map(|c| [(c, "en"), (c, "lv")]) {
        let mut full = args.to_vec();
        full.extend(["--format", "markdown", "--lang", lang]);
        let stdout = stdout_of(&full);
        assert!(stdout.starts_with("# "), "{name}: one title first");
        assert_eq!(stdout.matches("\n# ").count(), 0, "{name}: one title only");
        assert!(
            !stdout.contains("+---") && !stdout.contains('\x1b'),
            "{name}: no terminal table"
        );
        let lines: Vec<&str> = stdout.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            if lines[i].starts_with('|') {
                let columns = |line: &str| {
                    assert!(
                        line.starts_with("| ") && line.ends_with(" |"),
                        "{name}: {line}"
                    );
                    line.replace("\\|", "").matches(" | ").count() + 1
                };
                let width = columns(lines[i]);
                assert!(
                    lines[i + 1]
                        .split('|')
                        .filter(|c| !c.is_empty())
                        .all(|c| c == " --- " || c == " ---: "),
                    "{name}: separator"
                );
                assert_eq!(columns(lines[i + 1]), width, "{name}: separator width");
                i += 2;
                while i < lines.len() && lines[i].starts_with('|') {
                    assert_eq!(columns(lines[i]), width, "{name}: row {}", lines[i]);
                    i += 1;
                }
                assert!(
                    i == lines.len() || lines[i].is_empty(),
                    "{name}: a blank line after a table"
                );
            }
            i += 1;
        }
    }
}

#[test]
fn csv_and_markdown_snapshots() {
    for (name, args) in [
        ("country_norway", &["country", "Norway"][..]),
        ("postings", &["postings"]),
        ("unsc", &["unsc"]),
    ] {
        for format in ["csv", "markdown"] {
            let mut full = args.to_vec();
            full.extend(["--format", format]);
            insta::assert_snapshot!(format!("{name}__{format}"), stdout_of(&full));
        }
    }
}

#[test]
fn sources_lists_each_with_its_records_and_an_unbroken_address() {
    let value = json_of(&["sources", "--json"]);
    let sources = value["sources"].as_array().expect("sources");
    let records: Vec<(&str, u64)> = sources
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or(""),
                s["records"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        records,
        [
            ("mod-cooperation", 71),
            ("mod-cooperation-en", 1),
            ("mfa-unsc-2021", 20),
            ("ap-2025-06-03", 1),
            ("unga-plenary-2025-06-03", 1),
            ("unsc-9365", 1),
            ("iso-3166-1", 252),
            ("cldr", 133)
        ]
    );
    assert_eq!(
        sources[2]["title"]["lv"],
        "Kāpēc Latvijai ir svarīgi kļūt par ANO Drošības padomes dalībvalsti?"
    );
    assert_eq!(sources[2]["published"], "2021-07-02");
    // However narrow the wrap, an address stays whole on one line.
    let address = "https://www.mfa.gov.lv/lv/kapec-latvijai-ir-svarīgi-klut-par-ano-drosibas-padomes-dalibvalsti";
    for lang in ["en", "lv"] {
        let table = stdout_of(&["sources", "--lang", lang]);
        assert!(
            table.lines().any(|line| line.trim() == address),
            "{lang}: {table}"
        );
    }
}

#[test]
fn graph_as_dot_renders_with_graphviz() {
    let dot_source = stdout_of(&["graph", "--format", "dot"]);
    assert!(dot_source.starts_with("digraph attache {\n") && dot_source.ends_with("}\n"));
    assert_eq!(dot_source.matches(" -> ").count(), 7 + 18 + 2 + 2 + 31 + 8);
    insta::assert_snapshot!(
        "graph_norway__dot",
        stdout_of(&["graph", "--country", "Norway", "--format", "dot"])
    );
    // Graphviz is not a build dependency: without it the rendering is not checked, with a
    // note (a failure when CI=true).
    renders_with_graphviz(&dot_source);
}

#[test]
fn graph_as_mermaid_is_a_well_formed_flowchart() {
    for lang in ["en", "lv"] {
        let text = stdout_of(&["graph", "--format", "mermaid", "--lang", lang]);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("flowchart LR"));
        let mut ids = std::collections::HashSet::new();
        let mut edges = 0;
        for line in lines {
            let line = line.trim();
            if line.starts_with("linkStyle")
                || line.starts_with("classDef")
                || line.starts_with("class ")
            {
                continue;
            }
            if let Some((from, rest)) = line
                .split_once(" -->|")
                .or_else(|| line.split_once(" -.->|"))
            {
                let (label, to) = rest.rsplit_once("| ").expect("a labelled edge");
                assert!(label.starts_with('"') && label.ends_with('"'), "{line}");
                assert!(
                    ids.contains(from) && ids.contains(to),
                    "an edge between declared nodes: {line}"
                );
                edges += 1;
            } else {
                let id: String = line
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                assert!(
                    !id.is_empty() && line[id.len()..].contains('"'),
                    "a node: {line}"
                );
                ids.insert(id);
            }
        }
        assert_eq!(edges, 68);
        for line in text
            .lines()
            .filter(|l| l.trim_start().starts_with("linkStyle"))
        {
            let indices = line.split_whitespace().nth(1).expect("indices");
            assert!(
                indices
                    .split(',')
                    .all(|i| i.parse::<usize>().expect("an index") < edges),
                "{line}"
            );
        }
    }
    insta::assert_snapshot!(
        "graph_norway__mermaid",
        stdout_of(&["graph", "--country", "Norway", "--format", "mermaid"])
    );
}

#[test]
fn dot_and_mermaid_are_for_graph_only() {
    for format in ["dot", "mermaid"] {
        let (code, stdout, stderr) = run(&["unsc", "--format", format]);
        assert_eq!((code, stdout.as_str()), (2, ""));
        assert_eq!(
            stderr,
            "attache: --format dot and --format mermaid are for `attache graph`\n"
        );
    }
    let (code, stdout, _) = run(&["graph", "--country", "Atlantis"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
}

#[test]
fn with_sources_adds_a_source_column_to_every_record_table() {
    for args in [
        &["accredited"][..],
        &["non-resident"],
        &["postings"],
        &["partners"],
        &["reciprocity"],
        &["city", "Warsaw"],
        &["country", "Mali"],
        &["country", "Norway"],
        &["search", "Stockholm"],
        &["graph", "--country", "Norway"],
    ] {
        let mut full = args.to_vec();
        full.extend(["--with-sources", "--format", "markdown"]);
        let tables = markdown_tables(&stdout_of(&full));
        assert!(!tables.is_empty(), "{args:?}");
        for (headers, records) in &tables {
            assert_eq!(
                headers.last().map(String::as_str),
                Some("Source"),
                "{args:?}: {headers:?}"
            );
            for record in records {
                let ids = record.last().expect("a source cell");
                assert!(!ids.is_empty(), "{args:?}: every record names its source");
                for id in ids.split("<br>") {
                    assert!(
                        [
                            "mod-cooperation",
                            "mfa-unsc-2021",
                            "ap-2025-06-03",
                            "unga-plenary-2025-06-03",
                            "unsc-9365",
                            "iso-3166-1"
                        ]
                        .contains(&id),
                        "{args:?}: {id}"
                    );
                }
            }
        }
    }
    let mali = markdown_tables(&stdout_of(&[
        "country",
        "Mali",
        "--with-sources",
        "--format",
        "markdown",
    ]));
    let ids: Vec<&str> = mali
        .last()
        .expect("the UNSC table")
        .1
        .iter()
        .map(|r| r.last().map(String::as_str).unwrap_or(""))
        .collect();
    assert_eq!(
        ids,
        ["mfa-unsc-2021", "unsc-9365"],
        "the 2021 article, then the Security Council record"
    );
    // Without the flag, tables are as before; in Latvian the column is headed in Latvian.
    assert!(!stdout_of(&["accredited"]).contains("mod-cooperation"));
    assert!(stdout_of(&["accredited", "--with-sources", "--lang", "lv"]).contains("| Avots"));
    // Graph edges, duties and search hits carry their sources in JSON too.
    let graph = json_of(&["graph", "--json"]);
    let edges = graph["edges"].as_array().expect("edges");
    assert!(
        edges.iter().all(|e| e["sources"][0] == "mod-cooperation"),
        "every edge rests on the MoD page"
    );
    let about = json_of(&["about", "--json"]);
    assert!(
        about["duties"]
            .as_array()
            .expect("duties")
            .iter()
            .all(|d| d["source"] == "mod-cooperation")
    );
    let hits = json_of(&["search", "kiber", "--json"]);
    assert_eq!(hits["hits"][0]["sources"][0], "mfa-unsc-2021");
}

#[test]
fn no_color_and_color_never_look_the_same_and_a_dumb_terminal_gets_plain_tables() {
    // Only a terminal shows the difference: run the binary in a pseudo-terminal (`script`).
    if !common::require_tool("script") {
        return;
    }
    let on_terminal = |options: &str, env: &[(&str, &str)]| {
        let mut command = std::process::Command::new("script");
        let line = format!("{} country Norway {options}", env!("CARGO_BIN_EXE_attache"));
        command
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TERM", "xterm");
        for (name, value) in env {
            command.env(name, value);
        }
        let output = command.output().expect("script runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let colored = on_terminal("", &[]);
    assert!(colored.contains("\x1b[1mNorway (NO, NOR)"), "{colored:?}");
    assert!(
        colored.contains('│'),
        "box drawing on a terminal: {colored:?}"
    );
    // NO_COLOR takes the colour away and nothing else: the table of --color never.
    let no_color = on_terminal("", &[("NO_COLOR", "1")]);
    assert!(
        !no_color.contains('\x1b') && no_color.contains('│'),
        "{no_color:?}"
    );
    assert_eq!(no_color, on_terminal("--color never", &[]));
    // Set but empty is not set (no-color.org).
    assert_eq!(on_terminal("", &[("NO_COLOR", "")]), colored);
    // TERM=dumb: no colour, no box drawing.
    let dumb = on_terminal("", &[("TERM", "dumb")]);
    assert!(!dumb.contains('\x1b') && !dumb.contains('│'), "{dumb:?}");
    assert!(dumb.contains("+---"), "{dumb:?}");
    // An explicit --color always still wins.
    assert!(on_terminal("--color always", &[("TERM", "dumb")]).contains('\x1b'));
}

#[test]
fn english_sorts_foreign_attaches_by_english_name_and_latvian_keeps_the_ministrys_order() {
    // The table for people (Markdown here); CSV and JSON keep the source's order.
    let first_column = |lang: &str| -> Vec<String> {
        let page = stdout_of(&["accredited", "--format", "markdown", "--lang", lang]);
        markdown_tables(&page)[0]
            .1
            .iter()
            .map(|row| row[0].clone())
            .collect()
    };
    let en = first_column("en");
    let folded: Vec<String> = en.iter().map(|n| attache::data::fold(n)).collect();
    let mut sorted = folded.clone();
    sorted.sort();
    assert_eq!(folded, sorted, "{en:?}");
    assert_eq!(en.first().map(String::as_str), Some("Albania"));
    // "Türkiye" sorts as "Turkiye": after Sweden, before the United Kingdom.
    let at = |name: &str| en.iter().position(|n| n.starts_with(name));
    assert!(at("Sweden") < at("Türkiye") && at("Türkiye") < at("United Kingdom"));
    // Latvian: the ministry's order, resident ones first, each list Latvian alphabetical.
    let lv = first_column("lv");
    assert_eq!(&lv[..3], ["Apvienotā Karaliste", "ASV", "Dānija"]);
    assert_eq!(lv[9], "Albānija");
    // JSON keeps the source's order whatever the language.
    let json = json_of(&["accredited", "--json"]);
    assert_eq!(json["attaches"][0]["country"]["code"], "GB");
}

#[test]
fn numbers_are_right_aligned_in_tables_and_markdown() {
    let stats = stdout_of(&["stats"]);
    assert!(
        stats.contains("| Warsaw, Poland            |                 1 |                 0 |                 9 |    10 |"),
        "{stats}"
    );
    let markdown = stdout_of(&["non-resident", "--format", "markdown"]);
    assert!(
        markdown.contains("| Resides in | Number of attachés | Countries |\n| --- | ---: | --- |"),
        "{markdown}"
    );
    // A column of words stays left-aligned.
    assert!(stdout_of(&["accredited"]).contains("| Albania "));
}

#[test]
fn short_flags_are_the_long_ones() {
    for (short, long) in [
        (
            &["-j", "country", "Norway"][..],
            &["--json", "country", "Norway"][..],
        ),
        (
            &["country", "Norway", "-l", "lv"],
            &["country", "Norway", "--lang", "lv"],
        ),
        (
            &["-f", "csv", "accredited"],
            &["--format", "csv", "accredited"],
        ),
        (
            &["search", "kiber", "-n", "1"],
            &["search", "kiber", "--limit", "1"],
        ),
        (
            &["-j", "-l", "lv", "Norway"],
            &["--json", "--lang", "lv", "country", "Norway"],
        ),
    ] {
        assert_eq!(run(short), run(long), "{short:?}");
    }
    let (code, stdout, _) = run(&["search", "kiber", "-n", "1"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Show with"), "{stdout}");
}
