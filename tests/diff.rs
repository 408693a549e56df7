//! `attache diff`: an exported copy of the built-in data, edited here as a ministry's update
//! would change it, compared with the built-in data and with itself. Each test asserts the
//! exact list of changes, not that some output exists.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

mod common;
use common::{attache, require_tool, run};

/// The built-in data exported into a new temporary directory, at `data/` inside it.
fn exported() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = tmp.path().join("data");
    let (code, _, stderr) = run(&["export", path(&dir)]);
    assert_eq!(code, 0, "{stderr}");
    (tmp, dir)
}

fn path(dir: &Path) -> &str {
    dir.to_str().expect("a UTF-8 temporary path")
}

/// Rewrites one data file through `change`.
fn edit(dir: &Path, file: &str, change: impl FnOnce(&mut Value)) {
    let file = dir.join(file);
    let mut value: Value = serde_json::from_str(&fs::read_to_string(&file).expect("read"))
        .expect("the exported file is JSON");
    change(&mut value);
    fs::write(&file, serde_json::to_string_pretty(&value).expect("JSON")).expect("written");
}

/// The record of `list` whose `key` is `value`.
fn find<'v>(list: &'v mut Value, key: &str, value: &str) -> &'v mut Value {
    list.as_array_mut()
        .expect("a list")
        .iter_mut()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("a record with {key} = {value}"))
}

/// The UNSC point whose text is changed, as the built-in data has it.
const RATIONALE_LV: &str = "Tūlīt pēc neatkarības atgūšanas";

/// The built-in data with the changes of a ministry's update: France moved from Berlin to a new
/// residence in Riga, Belarus added under Kyiv's posting, a non-resident attaché added
/// (Portugal's, residing in Madrid), the stated number of attachés 9 instead of 8, the
/// strategic partners' role reworded, and a point of the UNSC article retranslated.
fn changed(dir: &Path) {
    edit(dir, "postings.json", |p| {
        p["declared"]["attaches"] = json!(9);
        p["declared"]["quote"] = json!(
            "Latvijas Aizsardzības ministrija šobrīd ir akreditējusi deviņus aizsardzības \
             atašejus 18 valstīs; … divi aizsardzības padomnieki Latvijas Republikas vēstniecībās"
        );
        let attaches = &mut p["attaches"];
        let berlin = find(attaches, "residence", "berlin");
        berlin["covers"] = json!(["DE", "AT"]);
        berlin["quote"] = json!("Vācijā un Austrijā (rezidē Berlīnē)");
        let kyiv = find(attaches, "residence", "kyiv");
        kyiv["covers"] = json!(["UA", "BY", "MD"]);
        kyiv["quote"] = json!("Ukrainā, Baltkrievijā un Moldovā (rezidē Kijivā)");
        attaches.as_array_mut().expect("a list").push(json!({
            "residence": "riga", "covers": ["FR"], "source": "mod-cooperation",
            "quote": "Francijā (rezidē Rīgā)"
        }));
    });
    edit(dir, "accreditations.json", |a| {
        a.as_array_mut().expect("a list").push(json!({
            "country": "PT", "residence": "madrid", "source": "mod-cooperation",
            "quote": "Portugāle (rezidē Madridē, Spānijā)"
        }));
    });
    edit(dir, "cooperation.json", |c| {
        let partners = find(&mut c["partnerships"], "id", "strategic-partners");
        partners["role"] = json!({
            "lv": "Latvijas stratēģiskais sabiedrotais",
            "en": "strategic ally of Latvia"
        });
    });
    edit(dir, "unsc.json", |u| {
        let point = u["candidacy"]["sections"][0]["points"][0]
            .as_object_mut()
            .expect("a point");
        point.insert(
            "en".into(),
            json!("Changed: UN membership secures Latvia's statehood."),
        );
        point.insert(
            "lv".into(),
            json!("Mainīts: dalība ANO nostiprina Latvijas valstiskumu."),
        );
    });
}

fn json_of(args: &[&str]) -> (i32, Value, String) {
    let (code, stdout, stderr) = run(args);
    let value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    (code, value, stderr)
}

fn kinds(document: &Value) -> Vec<String> {
    document["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c["kind"].as_str().expect("a kind").to_owned())
        .collect()
}

const CHANGED_KINDS: [&str; 7] = [
    "stated_total_changed",
    "posting_added",
    "coverage_added",
    "coverage_moved",
    "attache_added",
    "partnership_changed",
    "unsc_point_changed",
];

#[test]
fn a_changed_dataset_gives_exactly_its_changes_in_json() {
    let (_tmp, dir) = exported();
    changed(&dir);
    let (code, doc, stderr) = json_of(&["diff", path(&dir), "--json"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(doc["format_version"], 1);
    assert_eq!(doc["old_data"], Value::Null);
    assert_eq!(doc["new_data"], path(&dir));
    assert_eq!(doc["changed"], true);
    assert_eq!(doc["total"], 7);
    assert_eq!(kinds(&doc), CHANGED_KINDS);
    let c = &doc["changes"];

    assert_eq!(c[0]["figure"], "attaches");
    assert_eq!(
        (c[0]["old"].as_u64(), c[0]["new"].as_u64()),
        (Some(8), Some(9))
    );
    assert!(
        c[0]["old_evidence"][0]["quote"]
            .as_str()
            .unwrap()
            .contains("astoņus")
    );
    assert!(
        c[0]["new_evidence"][0]["quote"]
            .as_str()
            .unwrap()
            .contains("deviņus")
    );

    assert_eq!(c[1]["residence"]["id"], "riga");
    assert_eq!(c[1]["covers"][0]["code"], "FR");
    assert_eq!(c[1]["old_evidence"], json!([]));
    assert_eq!(
        c[1]["new_evidence"],
        json!([{"source": "mod-cooperation", "quote": "Francijā (rezidē Rīgā)"}])
    );

    assert_eq!(c[2]["country"]["code"], "BY");
    assert_eq!(c[2]["residence"]["id"], "kyiv");
    assert_eq!(
        c[2]["old_evidence"][0]["quote"],
        "Ukrainā un Moldovā (rezidē Kijivā)"
    );
    assert_eq!(
        c[2]["new_evidence"][0]["quote"],
        "Ukrainā, Baltkrievijā un Moldovā (rezidē Kijivā)"
    );

    assert_eq!(c[3]["country"]["code"], "FR");
    assert_eq!(c[3]["old"]["id"], "berlin");
    assert_eq!(c[3]["new"]["id"], "riga");
    assert_eq!(
        c[3]["old_evidence"][0]["quote"],
        "Vācijā, Austrijā un Francijā (rezidē Berlīnē)"
    );
    assert_eq!(c[3]["new_evidence"][0]["quote"], "Francijā (rezidē Rīgā)");

    assert_eq!(c[4]["country"]["code"], "PT");
    assert_eq!(c[4]["residence"]["id"], "madrid");
    assert_eq!(c[4]["resident"], false);
    assert_eq!(
        c[4]["new_evidence"][0],
        json!({"source": "mod-cooperation", "quote": "Portugāle (rezidē Madridē, Spānijā)"})
    );

    assert_eq!(c[5]["partnership"], "strategic-partners");
    assert_eq!(c[5]["fields"], json!(["role"]));
    assert_eq!(c[5]["old"]["role"]["en"], "strategic partner of Latvia");
    assert_eq!(c[5]["new"]["role"]["en"], "strategic ally of Latvia");
    assert_eq!(c[5]["old_evidence"], c[5]["new_evidence"]);

    assert_eq!(c[6]["section"], "rationale");
    assert_eq!(c[6]["fields"], json!(["text"]));
    assert!(
        c[6]["old"]["text"]["lv"]
            .as_str()
            .unwrap()
            .starts_with(RATIONALE_LV)
    );
    assert_eq!(
        c[6]["new"]["text"]["en"],
        "Changed: UN membership secures Latvia's statehood."
    );
    assert_eq!(c[6]["new_evidence"][0]["source"], "mfa-unsc-2021");

    // The document is the same whatever the language of the answer.
    let (_, lv, _) = json_of(&["diff", path(&dir), "--json", "--lang", "lv"]);
    assert_eq!(lv, doc);
}

/// The lines of a table page that say a change: "  - ...", joined with the lines that continue
/// it, so that a sentence wrapped at the page's width reads as one line.
fn sentences(page: &str) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    let mut continuing = false;
    for line in page.lines() {
        if let Some(rest) = line.strip_prefix("  - ") {
            sentences.push(rest.to_owned());
            continuing = true;
        } else if continuing && line.starts_with("    ") && !line.starts_with("      ") {
            let last = sentences.last_mut().expect("a sentence");
            last.push(' ');
            last.push_str(line.trim_start());
        } else {
            continuing = false;
        }
    }
    sentences
}

#[test]
fn a_changed_dataset_gives_exactly_its_changes_in_both_languages() {
    let (_tmp, dir) = exported();
    changed(&dir);
    let (code, en, _) = run(&["diff", path(&dir)]);
    assert_eq!(code, 1);
    assert_eq!(
        sentences(&en),
        [
            "Stated number of attachés: 9, was 8.",
            "New residence: an attaché of Latvia resides in Riga, covering France.",
            "Belarus: covered from Kyiv, was not covered.",
            "France: covered from Riga, was Berlin.",
            "Portugal: attaché accredited to Latvia added, residing in Madrid, Spain (non-resident).",
            "“Strategic partners”: role now “strategic ally of Latvia”, was “strategic partner of Latvia”.",
            "UNSC article, “Why it matters”: text now “Changed: UN membership secures Latvia's statehood.”, was “Since Latvia returned to international life right after regaining independence, UN membership has been one of the instruments of its foreign policy for making its statehood irreversible, defending its national interests and taking part in global processes.”.",
        ]
    );
    assert!(en.contains("\n7 changes.\n"), "{en}");
    // Each change shows the words of both sides with their source.
    assert!(en.contains(
        "      was: “Vācijā, Austrijā un Francijā (rezidē Berlīnē)” (mod-cooperation)\n      \
         now: “Francijā (rezidē Rīgā)” (mod-cooperation)\n"
    ));

    let (code, lv, _) = run(&["diff", path(&dir), "--lang", "lv"]);
    assert_eq!(code, 1);
    assert_eq!(
        sentences(&lv),
        [
            "Norādītais atašeju skaits: 9, agrāk 8.",
            "Jauna rezidence: Latvijas atašejs rezidē Rīgā un aptver: Francija.",
            "Baltkrievija: tagad aptver atašejs Kijivā, agrāk neaptvēra neviens.",
            "Francija: tagad aptver atašejs Rīgā, agrāk atašejs Berlīnē.",
            "Portugāle: pievienots Latvijā akreditētais atašejs, rezidē Madridē, Spānijā (nerezidējošs).",
            "“Stratēģiskie partneri”: loma tagad “Latvijas stratēģiskais sabiedrotais”, agrāk “Latvijas stratēģiskais partneris”.",
            "ANO DP raksts, “Kāpēc tas ir svarīgi”: teksts tagad “Mainīts: dalība ANO nostiprina Latvijas valstiskumu.”, agrāk “Tūlīt pēc neatkarības atgūšanas, Latvijai atgriežoties starptautiskajā apritē, dalība ANO ir bijusi viens no Latvijas ārpolitikas instrumentiem valstiskuma neatgriezeniskuma nostiprināšanai, nacionālo interešu aizstāvībai un iesaistei globālos procesos.”.",
        ]
    );
    assert!(lv.contains("\n7 izmaiņas.\n"), "{lv}");
    assert!(lv.contains("      agrāk: “Ukrainā un Moldovā (rezidē Kijivā)” (mod-cooperation)\n"));
}

#[test]
fn the_pages_of_a_change_match_their_snapshots() {
    let (_tmp, dir) = exported();
    changed(&dir);
    for (format, lang) in [
        ("table", "en"),
        ("table", "lv"),
        ("markdown", "en"),
        ("csv", "lv"),
    ] {
        let (code, page, _) = run(&["diff", path(&dir), "--format", format, "--lang", lang]);
        assert_eq!(code, 1);
        let page = page.replace(path(&dir), "DIR");
        insta::assert_snapshot!(format!("diff_changed_{format}__{lang}"), page);
    }
}

#[test]
fn the_built_in_data_against_its_own_export_is_no_change() {
    let (_tmp, dir) = exported();
    let (code, doc, _) = json_of(&["diff", path(&dir), "--json"]);
    assert_eq!(code, 0);
    assert_eq!(
        (doc["changed"].clone(), doc["total"].clone()),
        (json!(false), json!(0))
    );
    assert_eq!(doc["changes"], json!([]));
    let redacted = |text: String| text.replace(path(&dir), "DIR");
    let (_, stdout, _) = run(&["diff", path(&dir), "--json"]);
    insta::assert_snapshot!("diff_unchanged__json", redacted(stdout));
    for lang in ["en", "lv"] {
        let (code, page, stderr) = run(&["diff", path(&dir), "--lang", lang]);
        assert_eq!((code, stderr.as_str()), (0, ""));
        insta::assert_snapshot!(format!("diff_unchanged__{lang}"), redacted(page));
    }
    // Two directories: the same answer, naming both.
    let (code, doc, _) = json_of(&["diff", path(&dir), path(&dir), "--json"]);
    assert_eq!((code, doc["old_data"].as_str()), (0, Some(path(&dir))));
}

/// Reverses every list of `value`, at every depth.
fn reverse_lists(value: &mut Value) {
    match value {
        Value::Array(list) => {
            list.reverse();
            list.iter_mut().for_each(reverse_lists);
        }
        Value::Object(map) => map.values_mut().for_each(reverse_lists),
        _ => {}
    }
}

#[test]
fn reordered_files_are_no_change() {
    let (_tmp, dir) = exported();
    for file in attache::data::FILES {
        edit(&dir, file, reverse_lists);
    }
    // The files did change: the data in its new order is still valid, and in another order.
    let (code, _, stderr) = run(&["--data", path(&dir), "check"]);
    assert_eq!(code, 0, "{stderr}");
    let postings: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("postings.json")).unwrap()).unwrap();
    assert_eq!(postings["attaches"][0]["residence"], "warsaw");
    let (code, doc, stderr) = json_of(&["diff", path(&dir), "--json"]);
    assert_eq!((code, doc["changes"].clone()), (0, json!([])), "{stderr}");
}

#[test]
fn one_and_two_directories_compare_the_same_way_and_the_other_way_round() {
    let (_tmp, old) = exported();
    let (_tmp2, new) = exported();
    changed(&new);
    let (_, one, _) = json_of(&["diff", path(&new), "--json"]);
    let (code, two, _) = json_of(&["diff", path(&old), path(&new), "--json"]);
    assert_eq!(code, 1);
    assert_eq!(two["old_data"], path(&old));
    assert_eq!(one["changes"], two["changes"]);

    // From the changed data back: each change the other way.
    let (code, back, _) = json_of(&["diff", path(&new), path(&old), "--json"]);
    assert_eq!(code, 1);
    assert_eq!(
        kinds(&back),
        [
            "stated_total_changed",
            "posting_closed",
            "coverage_moved",
            "coverage_dropped",
            "attache_removed",
            "partnership_changed",
            "unsc_point_changed",
        ]
    );
    let c = &back["changes"];
    assert_eq!(
        (c[0]["old"].as_u64(), c[0]["new"].as_u64()),
        (Some(9), Some(8))
    );
    assert_eq!(c[1]["residence"]["id"], "riga");
    assert_eq!(
        (c[2]["old"]["id"].as_str(), c[2]["new"]["id"].as_str()),
        (Some("riga"), Some("berlin"))
    );
    assert_eq!(c[3]["country"]["code"], "BY");
    assert_eq!(c[4]["country"]["code"], "PT");
}

#[test]
fn each_kind_of_record_change_is_found() {
    // One edit of each other kind: an adviser moved, an attaché moved to Riga (non-resident
    // to resident), a member added, a duty retranslated, a statement's words changed alone, a
    // later development and a source changed, a city added.
    let (_tmp, dir) = exported();
    edit(&dir, "postings.json", |p| {
        find(&mut p["advisers"], "embassy_in", "GB")["residence"] = json!("washington");
    });
    edit(&dir, "accreditations.json", |a| {
        let spain = find(a, "country", "ES");
        spain["residence"] = json!("riga");
        spain["quote"] = json!("Spānija (rezidē Rīgā, Latvijā)");
    });
    edit(&dir, "cooperation.json", |c| {
        let nordic = find(&mut c["partnerships"], "id", "nordic-countries");
        nordic["members"]
            .as_array_mut()
            .unwrap()
            .push(json!({"country": "EE", "role": null}));
    });
    edit(&dir, "duties.json", |d| {
        d[0]["en"] = json!("A new English text of the first duty");
    });
    edit(&dir, "statements.json", |s| {
        s[0]["quote"] = json!("Other words of the source");
    });
    edit(&dir, "unsc.json", |u| {
        u["developments"][0]["text"]["en"] = json!("Changed development");
    });
    edit(&dir, "sources.json", |s| {
        find(s, "id", "mod-cooperation")["published"] = json!("2026-12-01");
    });
    edit(&dir, "cities.json", |c| {
        c.as_array_mut().unwrap().push(json!({
            "id": "tbilisi", "country": "GE", "en": {"name": "Tbilisi"}, "lv": {"name": "Tbilisi"},
            "source": "mod-cooperation"
        }));
    });
    let (code, doc, stderr) = json_of(&["diff", path(&dir), "--json"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        kinds(&doc),
        [
            "adviser_moved",
            "attache_moved",
            "member_added",
            "duty_changed",
            "evidence_changed",
            "unsc_development_changed",
            "source_changed",
            "city_added",
        ]
    );
    let c = &doc["changes"];
    assert_eq!(c[0]["embassy_in"]["code"], "GB");
    assert_eq!(
        (c[0]["old"]["id"].as_str(), c[0]["new"]["id"].as_str()),
        (Some("london"), Some("washington"))
    );
    assert_eq!(c[1]["old"]["resident"], false);
    assert_eq!(c[1]["new"]["resident"], true);
    assert_eq!(c[1]["new"]["residence"]["id"], "riga");
    assert_eq!(c[2]["country"]["code"], "EE");
    assert_eq!(c[3]["new"]["en"], "A new English text of the first duty");
    assert_eq!(c[4]["record"]["type"], "statement");
    assert_eq!(
        c[4]["new_evidence"][0]["quote"],
        "Other words of the source"
    );
    assert_eq!(c[5]["fields"], json!(["text"]));
    assert_eq!(c[6]["fields"], json!(["published"]));
    assert_eq!(c[7]["city"]["id"], "tbilisi");

    let (_, lv, _) = run(&["diff", path(&dir), "--lang", "lv"]);
    let lv = sentences(&lv);
    assert!(lv.contains(&"Padomnieks vēstniecībā Apvienotajā Karalistē: tagad rezidē Vašingtonā, agrāk Londonā.".to_owned()), "{lv:?}");
    assert!(lv.contains(&"Spānija: Latvijā akreditētais atašejs tagad rezidē Rīgā, Latvijā (rezidējošs), agrāk Madridē, Spānijā (nerezidējošs).".to_owned()), "{lv:?}");
    // A change of the English text alone shows in a Latvian answer in English.
    assert!(
        lv.iter()
            .any(|s| s.starts_with("Pienākums tagad: “A new English text")),
        "{lv:?}"
    );
    let (_, en, _) = run(&["diff", path(&dir)]);
    let en = sentences(&en);
    assert!(
        en.contains(
            &"Adviser at the embassy in the United Kingdom: resides in Washington, was London."
                .to_owned()
        ),
        "{en:?}"
    );
    assert!(
        en.contains(
            &"Statement attaches-practical-support: the same facts, resting on other words of \
              the source."
                .to_owned()
        ),
        "{en:?}"
    );
}

#[test]
fn a_directory_that_cannot_be_used_is_exit_2_naming_its_side() {
    let (_tmp, good) = exported();
    let broken = good.parent().unwrap().join("broken");
    fs::create_dir(&broken).unwrap();
    fs::write(broken.join("postings.json"), "{").unwrap();
    let missing = good.parent().unwrap().join("missing");
    for (args, side, dir) in [
        (vec![path(&broken)], "new", &broken),
        (vec![path(&good), path(&broken)], "new", &broken),
        (vec![path(&broken), path(&good)], "old", &broken),
        (vec![path(&missing)], "new", &missing),
    ] {
        let mut full = vec!["diff"];
        full.extend(args);
        let (code, stdout, stderr) = run(&full);
        assert_eq!((code, stdout.as_str()), (2, ""), "{full:?}");
        let said = format!("attache: the {side} data in {} cannot be used: ", path(dir));
        assert!(stderr.starts_with(&said), "{full:?}: {stderr}");
    }
    // --data names a third dataset: refused, with the form to use instead.
    let (code, _, stderr) = run(&["--data", path(&good), "diff", path(&good)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("attache diff [OLD] NEW"), "{stderr}");
    // ATTACHE_DATA is set for every command; diff compares the directories it is given.
    let output = attache()
        .env("ATTACHE_DATA", &broken)
        .args(["diff", path(&good)])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn csv_loads_into_sqlite_one_row_per_change() {
    if !require_tool("sqlite3") {
        return;
    }
    let (tmp, dir) = exported();
    changed(&dir);
    let (code, csv, _) = run(&["diff", path(&dir), "--format", "csv"]);
    assert_eq!(code, 1);
    let file = tmp.path().join("changes.csv");
    fs::write(&file, &csv).unwrap();
    let output = std::process::Command::new("sqlite3")
        .args([
            ":memory:",
            &format!(".import --csv {} changes", file.display()),
            "select kind, subject, old, new, old_source, new_source from changes order by rowid",
        ])
        .output()
        .expect("sqlite3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        rows,
        "stated_total_changed|declared.attaches|8|9|mod-cooperation|mod-cooperation\n\
         posting_added|riga||FR||mod-cooperation\n\
         coverage_added|BY||kyiv|mod-cooperation|mod-cooperation\n\
         coverage_moved|FR|berlin|riga|mod-cooperation|mod-cooperation\n\
         attache_added|PT||madrid||mod-cooperation\n\
         partnership_changed|strategic-partners|strategic partner of Latvia|strategic ally of Latvia|mod-cooperation|mod-cooperation\n\
         unsc_point_changed|rationale|Since Latvia returned to international life right after regaining independence, UN membership has been one of the instruments of its foreign policy for making its statehood irreversible, defending its national interests and taking part in global processes.|Changed: UN membership secures Latvia's statehood.|mfa-unsc-2021|mfa-unsc-2021\n"
    );
    // The kinds are JSON's, and a diff with no change still has the header.
    let (_, doc, _) = json_of(&["diff", path(&dir), "--json"]);
    let csv_kinds: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(csv_kinds, kinds(&doc));
    let (_, unchanged, _) = run(&["diff", path(&dir), path(&dir), "--format", "csv"]);
    assert_eq!(unchanged, format!("{}\n", csv.lines().next().unwrap()));
}

#[test]
fn records_resting_on_a_new_source_in_the_same_words_are_one_change() {
    // What an import does: a new source for the page, and every record read from it naming
    // it, in the page's own words.
    let (_tmp, dir) = exported();
    edit(&dir, "sources.json", |s| {
        let mut new = find(s, "id", "mod-cooperation").clone();
        new["id"] = json!("mod-cooperation-2026-12-04");
        new["published"] = json!("2026-12-04");
        s.as_array_mut().unwrap().push(new);
    });
    let mut moved = 0;
    for file in ["postings.json", "accreditations.json", "cooperation.json"] {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        moved += text.matches(r#""source": "mod-cooperation""#).count();
        let text = text.replace(
            r#""source": "mod-cooperation""#,
            r#""source": "mod-cooperation-2026-12-04""#,
        );
        fs::write(dir.join(file), text).unwrap();
    }
    let (code, doc, _) = json_of(&["diff", path(&dir), "--json"]);
    assert_eq!(code, 1);
    assert_eq!(kinds(&doc), ["source_added", "sources_reassigned"]);
    let reassigned = &doc["changes"][1];
    assert_eq!(reassigned["records"].as_array().unwrap().len(), moved);
    assert_eq!(reassigned["records"][0]["type"], "stated_totals");
    assert_eq!(
        (
            reassigned["old_evidence"].clone(),
            reassigned["new_evidence"].clone()
        ),
        (
            json!([{"source": "mod-cooperation", "quote": null}]),
            json!([{"source": "mod-cooperation-2026-12-04", "quote": null}])
        )
    );
    let (_, en, _) = run(&["diff", path(&dir)]);
    assert_eq!(
        sentences(&en)[1],
        format!(
            "{moved} records now rest on mod-cooperation-2026-12-04 instead of mod-cooperation, \
             in the same words."
        )
    );

    // --facts-only leaves them out: no new fact, exit 0.
    let (code, doc, _) = json_of(&["diff", path(&dir), "--json", "--facts-only"]);
    assert_eq!(
        (code, doc["facts_only"].clone(), doc["changes"].clone()),
        (0, json!(true), json!([]))
    );
    let (code, en, _) = run(&["diff", path(&dir), "--facts-only"]);
    assert_eq!(code, 0);
    assert!(en.contains("No change of facts"), "{en}");
    // With a fact changed as well, that change alone.
    edit(&dir, "postings.json", |p| {
        p["declared"]["advisers"] = json!(3)
    });
    let (code, doc, _) = json_of(&["diff", path(&dir), "--json", "--facts-only"]);
    assert_eq!(
        (code, kinds(&doc)),
        (1, vec!["stated_total_changed".to_owned()])
    );
}

#[test]
fn records_without_an_id_pair_whole_before_they_pair_by_their_words() {
    // Two duties resting on the same words: swapped, they are still no change; one of them
    // retranslated is that one changed, not both.
    let (_tmp, old) = exported();
    let (_tmp2, new) = exported();
    let shared = |d: &mut Value| {
        let quote = d[1]["quote"].clone();
        d[0]["quote"] = quote;
    };
    edit(&old, "duties.json", shared);
    edit(&new, "duties.json", |d| {
        shared(d);
        d.as_array_mut().unwrap().swap(0, 1);
    });
    let (code, doc, stderr) = json_of(&["diff", path(&old), path(&new), "--json"]);
    assert_eq!((code, doc["changes"].clone()), (0, json!([])), "{stderr}");
    edit(&new, "duties.json", |d| d[1]["en"] = json!("Retranslated"));
    let (code, doc, _) = json_of(&["diff", path(&old), path(&new), "--json"]);
    assert_eq!((code, kinds(&doc)), (1, vec!["duty_changed".to_owned()]));
    assert_eq!(doc["changes"][0]["new"]["en"], "Retranslated");
}

#[test]
fn a_directory_name_is_never_echoed_with_its_control_characters() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data\u{1b}[31m\u{202e}");
    let (code, _, stderr) = run(&["export", path(&dir)]);
    assert_eq!(code, 0, "{stderr}");
    for format in ["table", "markdown"] {
        let (code, page, _) = run(&["diff", path(&dir), "--format", format]);
        assert_eq!(code, 0);
        assert!(!page.contains(['\u{1b}', '\u{202e}']), "{page:?}");
        // Markdown escapes the escape's backslash and bracket in turn.
        assert!(
            page.contains(r"data\u{1b}") || page.contains(r"data\\u{1b}"),
            "{page}"
        );
    }
    let missing = tmp.path().join("gone\u{1b}");
    let (code, _, stderr) = run(&["diff", path(&dir), path(&missing)]);
    assert_eq!(code, 2);
    assert!(
        !stderr.contains('\u{1b}') && stderr.contains(r"gone\u{1b}"),
        "{stderr:?}"
    );
}

#[test]
fn the_page_fits_the_width_columns_gives() {
    let (_tmp, dir) = exported();
    changed(&dir);
    for lang in ["en", "lv"] {
        let output = attache()
            .env("COLUMNS", "50")
            .args(["diff", path(&dir), "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let page = String::from_utf8(output.stdout).unwrap();
        let page = page.replace(path(&dir), "DIR");
        for line in page.lines() {
            assert!(line.chars().count() <= 50, "{lang}: {line:?}");
        }
        // The words are the same as in a pipe at the fixed width.
        let (_, fixed, _) = run(&["diff", path(&dir), "--lang", lang]);
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words(&page), words(&fixed.replace(path(&dir), "DIR")));
    }
}

/// The ministry's page as published (the import's fixture), with the changes of an update:
/// France moved from Berlin to a new residence in Riga, Belarus added under Kyiv, a
/// non-resident attaché added (Portugal's, in Madrid), and the stated totals nine attachés in
/// 19 countries.
fn changed_page() -> String {
    let page =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/mod-lv.txt"))
            .expect("the import's fixture of the page");
    let edits = [
        (
            "astoņus aizsardzības atašejus 18 valstīs",
            "deviņus aizsardzības atašejus 19 valstīs",
        ),
        (
            "- Vācijā, Austrijā un Francijā (rezidē Berlīnē);",
            "- Vācijā un Austrijā (rezidē Berlīnē);",
        ),
        (
            "- Ukrainā un Moldovā (rezidē Kijivā);",
            "- Ukrainā, Baltkrievijā un Moldovā (rezidē Kijivā);",
        ),
        (
            "- Polijā, Čehijā, Slovākijā un Ungārijā (rezidē Varšavā).",
            "- Polijā, Čehijā, Slovākijā un Ungārijā (rezidē Varšavā);\n- Francijā (rezidē Rīgā).",
        ),
        (
            "- Norvēģija (rezidē Stokholmā, Zviedrijā);",
            "- Norvēģija (rezidē Stokholmā, Zviedrijā);\n- Portugāle (rezidē Madridē, Spānijā);",
        ),
    ];
    let mut changed = page;
    for (from, to) in edits {
        assert!(changed.contains(from), "the fixture has {from:?}");
        changed = changed.replacen(from, to, 1);
    }
    changed
}

#[test]
fn a_changed_page_imported_gives_exactly_the_pages_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("page.txt");
    fs::write(&page, changed_page()).unwrap();
    let into = tmp.path().join("imported");
    let (code, _, stderr) = run(&[
        "import",
        path(&page),
        "--into",
        path(&into),
        "--date",
        "2026-12-04",
    ]);
    assert_eq!(code, 0, "{stderr}");

    // The facts: exactly what the page changed.
    let (code, facts, stderr) = json_of(&["diff", path(&into), "--json", "--facts-only"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        kinds(&facts),
        [
            "stated_total_changed",
            "stated_total_changed",
            "posting_added",
            "coverage_added",
            "coverage_moved",
            "attache_added",
        ]
    );
    let c = &facts["changes"];
    assert_eq!(
        (
            c[0]["figure"].as_str(),
            c[0]["old"].as_u64(),
            c[0]["new"].as_u64()
        ),
        (Some("attaches"), Some(8), Some(9))
    );
    assert_eq!(
        (
            c[1]["figure"].as_str(),
            c[1]["old"].as_u64(),
            c[1]["new"].as_u64()
        ),
        (Some("countries"), Some(18), Some(19))
    );
    assert_eq!(c[2]["residence"]["id"], "riga");
    assert_eq!(c[2]["covers"], json!([c[4]["country"].clone()]));
    assert_eq!(
        (
            c[3]["country"]["code"].as_str(),
            c[3]["residence"]["id"].as_str()
        ),
        (Some("BY"), Some("kyiv"))
    );
    assert_eq!(
        (
            c[4]["country"]["code"].as_str(),
            c[4]["old"]["id"].as_str(),
            c[4]["new"]["id"].as_str()
        ),
        (Some("FR"), Some("berlin"), Some("riga"))
    );
    assert_eq!(
        (
            c[5]["country"]["code"].as_str(),
            c[5]["residence"]["id"].as_str(),
            c[5]["resident"].as_bool()
        ),
        (Some("PT"), Some("madrid"), Some(false))
    );
    // Each rests on the new page's own line, and on the built-in record's.
    assert_eq!(c[4]["new_evidence"][0]["quote"], "Francijā (rezidē Rīgā)");
    assert_eq!(
        c[4]["new_evidence"][0]["source"],
        "mod-cooperation-2026-12-04"
    );
    assert_eq!(
        c[4]["old_evidence"][0]["quote"],
        "Vācijā, Austrijā un Francijā (rezidē Berlīnē)"
    );

    // Without --facts-only, the rest is evidence alone: the new page as a source, and the
    // records it restates in the same words now resting on it, said once.
    let (_, all, _) = json_of(&["diff", path(&into), "--json"]);
    let mut expected = kinds(&facts);
    expected.extend(["source_added".to_owned(), "sources_reassigned".to_owned()]);
    assert_eq!(kinds(&all), expected);
    let changes = &all["changes"];
    assert_eq!(changes[6]["source"]["id"], "mod-cooperation-2026-12-04");
    assert_eq!(changes[6]["source"]["published"], "2026-12-04");
    assert_eq!(changes[7]["old_evidence"][0]["source"], "mod-cooperation");
    assert_eq!(
        changes[7]["new_evidence"][0]["source"],
        "mod-cooperation-2026-12-04"
    );
    // The same page imported again, on another day: no new fact.
    let again = tmp.path().join("again");
    let (code, _, stderr) = run(&[
        "import",
        path(&page),
        "--into",
        path(&again),
        "--date",
        "2026-12-05",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (code, doc, _) = json_of(&["diff", path(&into), path(&again), "--json", "--facts-only"]);
    assert_eq!((code, doc["changes"].clone()), (0, json!([])));
}

#[test]
fn the_earlier_page_against_the_built_in_data_gives_the_versions_differences() {
    // The stored earlier version of the ministry's page (the import's fixture): Georgia and
    // Azerbaijan covered from Tbilisi, Belarus from Kyiv, France and the Nordic countries from
    // Riga, two representatives in Washington. Exactly those facts differ.
    let tmp = tempfile::tempdir().unwrap();
    let into = tmp.path().join("earlier");
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/mod-lv-earlier.txt");
    let (code, _, stderr) = run(&[
        "import",
        path(&page),
        "--into",
        path(&into),
        "--city",
        "Tbilisi=GE",
        "--date",
        "2020-01-01",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (code, doc, _) = json_of(&["diff", path(&into), "--json", "--facts-only"]);
    assert_eq!(code, 1);
    let said: Vec<String> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let subject = [
                &c["country"]["code"],
                &c["residence"]["id"],
                &c["city"]["id"],
            ]
            .into_iter()
            .find_map(|v| v.as_str())
            .unwrap_or_default();
            let to = c["new"]["id"]
                .as_str()
                .map(|id| format!(" -> {id}"))
                .unwrap_or_default();
            format!("{} {subject}{to}", c["kind"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        said,
        [
            "posting_added tbilisi",
            "posting_added riga",
            "posting_closed stockholm",
            "coverage_moved GE -> tbilisi",
            "coverage_moved AZ -> tbilisi",
            "coverage_added BY",
            "coverage_moved FR -> riga",
            "coverage_moved DK -> riga",
            "coverage_moved FI -> riga",
            "coverage_moved NO -> riga",
            "coverage_moved SE -> riga",
            "stated_count_changed washington",
            "city_added tbilisi",
        ]
    );
    let washington = &doc["changes"][11];
    assert_eq!(
        (washington["old"].clone(), washington["new"].clone()),
        (Value::Null, json!(2))
    );
    assert_eq!(
        washington["new_evidence"][0]["quote"],
        "ASV (divi pārstāvji, rezidē Vašingtonā)"
    );
}
