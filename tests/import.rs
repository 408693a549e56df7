//! `attache import`: the Ministry of Defence page's text to a data directory that `--data`
//! loads. A page written from the built-in records imports to records equal to them, in both
//! languages; the page's real shapes and its earlier version import; every malformed line is an
//! error naming its line; no error leaves a directory behind.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{attache, run};

/// The page as published (its text, copied from a browser), and its earlier version (Tbilisi,
/// "Kijevā", France and the Nordic countries covered from Riga, two in Washington).
const PAGE: &str = include_str!("pages/mod-lv.txt");
const EARLIER: &str = include_str!("pages/mod-lv-earlier.txt");
/// The English version, written in its shapes (the lines the sources quote: "Ukraine and
/// Moldova (resident in Kiev) - 2 defence attachés", "Albania (resident in Warsaw, Poland)")
/// from the built-in records; not a copy of the page.
const ENGLISH: &str = include_str!("pages/mod-en.txt");

/// The outcome of one import: exit code, stdout, stderr, and where it was told to write.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
    into: PathBuf,
    _dir: tempfile::TempDir,
}

/// Imports `page` (written to a file) into a fresh, not yet existing directory.
fn import(page: &str, args: &[&str]) -> Outcome {
    import_bytes(page.as_bytes(), args)
}

fn import_bytes(page: &[u8], args: &[&str]) -> Outcome {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("page.txt");
    fs::write(&file, page).expect("writable");
    let into = dir.path().join("imported");
    let output = attache()
        .arg("import")
        .arg(&file)
        .arg("--into")
        .arg(&into)
        .args(args)
        .output()
        .expect("attache runs");
    Outcome {
        code: output.status.code().expect("exits"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
        into,
        _dir: dir,
    }
}

fn json(dir: &Path, file: &str) -> Value {
    let text = fs::read_to_string(dir.join(file)).expect("readable");
    serde_json::from_str(&text).expect("JSON")
}

/// The built-in data files, as `export` writes them.
fn built_in() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("data");
    let (code, _, stderr) = run(&["export", path.to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{stderr}");
    (dir, path)
}

/// `value` without the `source` fields of its records (which differ by necessity: the import
/// names its own source) and, where `quotes` is false, without the quotes either.
fn without_sources(value: &Value, quotes: bool) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| *k != "source" && (quotes || *k != "quote"))
                .map(|(k, v)| (k.clone(), without_sources(v, quotes)))
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| without_sources(v, quotes)).collect())
        }
        other => other.clone(),
    }
}

/// The records the page is read into: postings (totals, attachés, advisers) and accreditations.
fn records(dir: &Path, quotes: bool) -> (Value, Value) {
    let mut postings = json(dir, "postings.json");
    let mut accreditations = json(dir, "accreditations.json");
    if !quotes {
        // `name_in_source` is the page's own word ("Koreja", "Korea").
        for a in accreditations.as_array_mut().expect("array") {
            a.as_object_mut().expect("object").remove("name_in_source");
        }
        postings["declared"]
            .as_object_mut()
            .expect("object")
            .remove("quote");
    }
    (
        without_sources(&postings, quotes),
        without_sources(&accreditations, quotes),
    )
}

/// The countries' and cities' names in the built-in data, by code and id.
fn names(
    dir: &Path,
    file: &str,
    key: &str,
    lang: &str,
) -> std::collections::HashMap<String, String> {
    json(dir, file)
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r[key].as_str().expect("code").to_owned(),
                r[lang]["name"].as_str().expect("name").to_owned(),
            )
        })
        .collect()
}

/// A page in the ministry's Latvian format, written from the built-in records: their quotes
/// are the page's lines, so the import must give the very same records.
fn latvian_page(data: &Path) -> String {
    let postings = json(data, "postings.json");
    let declared = postings["declared"]["quote"].as_str().expect("quote");
    let (totals, advisers) = declared.split_once("; … ").expect("two parts");
    let mut page = vec![
        "Starptautiskā un reģionālā sadarbība".to_owned(),
        format!("{totals}:"),
    ];
    let lines = |records: &Value| -> Vec<String> {
        records
            .as_array()
            .expect("array")
            .iter()
            .map(|r| {
                format!(
                    "- {};",
                    r["quote"].as_str().expect("quote").trim_end_matches(';')
                )
            })
            .collect()
    };
    page.extend(lines(&postings["attaches"]));
    page.push(format!(
        "Latvijas Aizsardzības ministriju pārstāv arī {advisers}:"
    ));
    page.extend(lines(&postings["advisers"]));
    let accreditations = json(data, "accreditations.json");
    let cities = json(data, "cities.json");
    let latvian_cities: Vec<&str> = cities
        .as_array()
        .expect("array")
        .iter()
        .filter(|c| c["country"] == "LV")
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    let (resident, non_resident): (Vec<Value>, Vec<Value>) = accreditations
        .as_array()
        .expect("array")
        .iter()
        .cloned()
        .partition(|a| latvian_cities.contains(&a["residence"].as_str().expect("id")));
    page.push("Aizsardzības atašeji, kas ir akreditēti Latvijā:".to_owned());
    page.extend(lines(&Value::Array(resident)));
    page.push("Nerezidējošie aizsardzības atašeji, kas ir akreditēti Latvijā:".to_owned());
    page.extend(lines(&Value::Array(non_resident)));
    page.join("\n")
}

/// The English version of the page, written from the built-in records with the data's English
/// names, in the shapes of the ministry's English page.
fn english_page(data: &Path) -> String {
    let countries = names(data, "countries.json", "alpha2", "en");
    let cities = names(data, "cities.json", "id", "en");
    let city_country: std::collections::HashMap<String, String> = json(data, "cities.json")
        .as_array()
        .expect("array")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().expect("id").to_owned(),
                c["country"].as_str().expect("cc").to_owned(),
            )
        })
        .collect();
    let postings = json(data, "postings.json");
    let declared = &postings["declared"];
    let mut page = vec![
        "International and regional cooperation".to_owned(),
        format!(
            "The Latvian Ministry of Defence has currently accredited {} defence attachés in {} countries:",
            declared["attaches"], declared["countries"]
        ),
    ];
    for p in postings["attaches"].as_array().expect("array") {
        let covers: Vec<&str> = p["covers"]
            .as_array()
            .expect("array")
            .iter()
            .map(|c| countries[c.as_str().expect("code")].as_str())
            .collect();
        let list = match covers.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => unreachable!(),
        };
        let city = &cities[p["residence"].as_str().expect("id")];
        let count = match p["stated_attaches"]["count"].as_u64() {
            Some(n) => format!(" - {n} defence attachés"),
            None => String::new(),
        };
        page.push(format!("- {list} (resident in {city}){count};"));
    }
    page.push(format!(
        "The Ministry of Defence of Latvia is also represented by {} defence advisers at the Embassies of the Republic of Latvia:",
        declared["advisers"]
    ));
    for a in postings["advisers"].as_array().expect("array") {
        let city = a["residence"].as_str().expect("id");
        page.push(format!(
            "- Defence Adviser at the Embassy of the Republic of Latvia in {} ({}, {});",
            countries[a["embassy_in"].as_str().expect("cc")],
            cities[city],
            countries[&city_country[city]]
        ));
    }
    let accreditations = json(data, "accreditations.json");
    let mut resident = vec!["Defence attachés accredited to Latvia:".to_owned()];
    let mut non_resident = vec!["Non-resident defence attachés accredited to Latvia:".to_owned()];
    for a in accreditations.as_array().expect("array") {
        let city = a["residence"].as_str().expect("id");
        let country = &city_country[city];
        let line = format!(
            "- {} (resident in {}, {});",
            countries[a["country"].as_str().expect("cc")],
            cities[city],
            countries[country]
        );
        if country == "LV" {
            resident.push(line);
        } else {
            non_resident.push(line);
        }
    }
    page.extend(resident);
    page.extend(non_resident);
    page.join("\n")
}

#[test]
fn a_latvian_page_written_from_the_built_in_records_imports_to_the_same_records() {
    let (_keep, data) = built_in();
    let page = latvian_page(&data);
    let out = import(&page, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Quotes included: the page's lines are the records' quotes.
    assert_eq!(records(&out.into, true), records(&data, true));
    // The stated number in Kyiv rests on the English page, which this page does not
    // contradict: kept, with its own source, and said so.
    let postings = json(&out.into, "postings.json");
    let kyiv = &postings["attaches"][4]["stated_attaches"];
    assert_eq!(kyiv["source"], "mod-cooperation-en");
    assert!(
        out.stderr.contains("the 2 that mod-cooperation-en states"),
        "{}",
        out.stderr
    );
    // Every other file is the dataset's own, byte for byte.
    for file in [
        "countries.json",
        "cooperation.json",
        "duties.json",
        "unsc.json",
        "cities.json",
    ] {
        assert_eq!(
            fs::read(out.into.join(file)).expect("written"),
            fs::read(data.join(file)).expect("exported"),
            "{file}"
        );
    }
}

#[test]
fn the_page_as_published_imports_to_the_built_in_records() {
    let (_keep, data) = built_in();
    let out = import(
        PAGE,
        &[
            "--date",
            "2026-12-04",
            "--url",
            "https://www.mod.gov.lv/lv/nozares-politika/starptautiska-un-regionala-sadarbiba",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(
            "Read 7 residences of Latvia's attachés, 2 advisers and 31 attachés accredited to Latvia"
        ),
        "{}",
        out.stdout
    );
    assert_eq!(records(&out.into, true), records(&data, true));
    // The new source: the ministry's page, with the date and address given.
    let sources = json(&out.into, "sources.json");
    let source = sources
        .as_array()
        .expect("array")
        .iter()
        .find(|s| s["id"] == "mod-cooperation-2026-12-04")
        .expect("the new source");
    assert_eq!(source["published"], "2026-12-04");
    assert_eq!(
        source["title"]["lv"],
        "Starptautiskā un reģionālā sadarbība"
    );
    assert_eq!(
        source["address"],
        "https://www.mod.gov.lv/lv/nozares-politika/starptautiska-un-regionala-sadarbiba"
    );
    let postings = json(&out.into, "postings.json");
    assert_eq!(
        postings["attaches"][0]["source"],
        "mod-cooperation-2026-12-04"
    );
    // `--data` loads it, and every check passes.
    let into = out.into.to_str().expect("UTF-8");
    let (code, stdout, stderr) = run(&["--data", into, "check"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    // The same answers as the built-in data, but for the source's name.
    let (code, imported, _) = run(&["--data", into, "country", "Norway", "--json"]);
    assert_eq!(code, 0);
    let (_, embedded, _) = run(&["country", "Norway", "--json"]);
    let strip = |text: &str| without_sources(&serde_json::from_str(text).expect("JSON"), false);
    assert_eq!(strip(&imported), strip(&embedded));
}

#[test]
fn an_english_page_written_from_the_built_in_records_imports_to_the_same_records() {
    let (_keep, data) = built_in();
    let page = english_page(&data);
    let out = import(&page, &["--lang", "en"]);
    assert_eq!(out.code, 0, "{}\n{page}", out.stderr);
    // The records, all but the quotes (English lines) and the sources.
    let (mut imported, imported_accreditations) = records(&out.into, false);
    let (mut expected, expected_accreditations) = records(&data, false);
    // The English page states the number in Kyiv itself.
    let kyiv = &json(&out.into, "postings.json")["attaches"][4]["stated_attaches"];
    assert_eq!(
        kyiv["quote"],
        "Ukraine and Moldova (resident in Kyiv) - 2 defence attachés"
    );
    for records in [&mut imported, &mut expected] {
        let kyiv = &mut records["attaches"][4]["stated_attaches"];
        kyiv.as_object_mut().expect("object").remove("quote");
    }
    assert_eq!(imported, expected);
    assert_eq!(imported_accreditations, expected_accreditations);
    // "Korea" is read as South Korea, as the data settles it, and kept as the page's word.
    let accreditations = json(&out.into, "accreditations.json");
    let korea = accreditations
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["country"] == "KR")
        .expect("South Korea");
    // The data's own name, "South Korea", names one country: no word of the page's to keep.
    assert!(korea["name_in_source"].is_null());
    let sources = json(&out.into, "sources.json");
    assert!(
        sources
            .as_array()
            .expect("array")
            .iter()
            .any(|s| s["id"] == "mod-cooperation-en-imported" && s["published"].is_null())
    );
}

#[test]
fn the_english_page_shapes() {
    // The ministry's English lines, as the issue quotes them.
    let (_keep, data) = built_in();
    let page = english_page(&data)
        .replace(
            "- Ukraine and Moldova (resident in Kyiv) - 2 defence attachés;",
            "• Ukraine and Moldova (resident in Kiev) - 2 defence attachés",
        )
        .replace(
            "- South Korea (resident in Warsaw, Poland);",
            "- Korea (resident in Warsaw, Poland);",
        );
    assert!(page.contains("Poland, Czechia, Slovakia and Hungary (resident in Warsaw);"));
    assert!(page.contains("Albania (resident in Warsaw, Poland)"));
    let out = import(&page, &["--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let postings = json(&out.into, "postings.json");
    assert_eq!(postings["attaches"][4]["residence"], "kyiv");
    assert_eq!(postings["attaches"][4]["stated_attaches"]["count"], 2);
    let accreditations = json(&out.into, "accreditations.json");
    let korea = accreditations
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["country"] == "KR")
        .expect("South Korea");
    assert_eq!(korea["name_in_source"], "Korea");
    // Read as Latvian, the English page says which language it is.
    let out = import(&page, &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("give --lang en"), "{}", out.stderr);
    assert!(!out.into.exists());
}

#[test]
fn the_earlier_page_imports_with_its_new_city_declared() {
    // Without the declaration: the line, the text, and how to declare the city.
    let out = import(EARLIER, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "line 10: no city in the data is called \"Tbilisi\" in \"Gruzijā un Azerbaidžānā (rezidē Tbilisi)\""
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--city 'Tbilisi=CC'"), "{}", out.stderr);
    assert!(!out.into.exists(), "nothing is written on an error");

    let out = import(EARLIER, &["--city", "Tbilisi=GE", "--date", "2020-01-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let postings = json(&out.into, "postings.json");
    let attaches = postings["attaches"].as_array().expect("array");
    let by_residence = |id: &str| {
        attaches
            .iter()
            .find(|p| p["residence"] == id)
            .unwrap_or_else(|| panic!("a posting in {id}"))
    };
    assert_eq!(postings["declared"]["attaches"], 8);
    assert_eq!(postings["declared"]["countries"], 18);
    assert_eq!(
        by_residence("tbilisi")["covers"],
        serde_json::json!(["GE", "AZ"])
    );
    assert_eq!(
        by_residence("kyiv")["covers"],
        serde_json::json!(["UA", "BY", "MD"])
    );
    assert_eq!(
        by_residence("kyiv")["quote"],
        "Ukrainā, Baltkrievijā un Moldovā (rezidē Kijevā)"
    );
    assert_eq!(
        by_residence("riga")["covers"],
        serde_json::json!(["FR", "DK", "FI", "NO", "SE"])
    );
    let washington = &by_residence("washington")["stated_attaches"];
    assert_eq!(washington["count"], 2);
    assert_eq!(washington["source"], "mod-cooperation-2020-01-01");
    assert_eq!(
        washington["quote"],
        "ASV (divi pārstāvji, rezidē Vašingtonā)"
    );
    // The new city: its Latvian name in the nominative, its forms made by the rules.
    let cities = json(&out.into, "cities.json");
    let tbilisi = cities
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["id"] == "tbilisi")
        .expect("Tbilisi");
    assert_eq!(tbilisi["country"], "GE");
    assert_eq!(tbilisi["lv"]["name"], "Tbilisi");
    let into = out.into.to_str().expect("UTF-8");
    let (code, stdout, stderr) = run(&["--data", into, "city", "Tbilisi"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Georgia") && stdout.contains("Azerbaijan"),
        "{stdout}"
    );
    // The stated totals disagree with the list (8 residences, 2 in Washington: 9), as they
    // did on the page: check warns and passes.
    let (code, stdout, _) = run(&["--data", into, "check"]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn a_declared_city_with_a_latvian_nominative_matches_the_pages_locative() {
    // "rezidē Parīzē" is the locative of the nominative "Parīze".
    let page = PAGE.replace(
        "- Vācijā, Austrijā un Francijā (rezidē Berlīnē);",
        "- Vācijā un Austrijā (rezidē Berlīnē);\n- Francijā (rezidē Parīzē);",
    );
    let out = import(&page, &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--city 'Parīze=CC'"), "{}", out.stderr);
    let out = import(&page, &["--city", "Parīze=FR:Paris"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let cities = json(&out.into, "cities.json");
    let paris = cities
        .as_array()
        .expect("array")
        .last()
        .expect("a city")
        .clone();
    assert_eq!(paris["id"], "paris");
    assert_eq!(paris["en"]["name"], "Paris");
    assert_eq!(paris["lv"]["name"], "Parīze");
    let into = out.into.to_str().expect("UTF-8");
    let (code, stdout, _) = run(&["--data", into, "country", "France", "--lang", "lv"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Parīz"), "{stdout}");
    // A nominative the page's form is no case of is refused: the page names no such city.
    let out = import(&page, &["--city", "Parīzs=FR"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Parīzē"), "{}", out.stderr);
    // The page's locative given for the nominative: refused, with the nominative to give.
    let out = import(&page, &["--city", "Parīzē=FR"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "\"Parīzē\" is a locative; give the Latvian name in the nominative (\"Parīze\"?)"
        ),
        "{}",
        out.stderr
    );
    // A declared city the data has already, or a country that is none.
    let out = import(PAGE, &["--city", "Rīga=LV"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no --city is needed"), "{}", out.stderr);
    let out = import(&page, &["--city", "Parīze=XX"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is not a country code"),
        "{}",
        out.stderr
    );
    let out = import(&page, &["--city", "Parīze"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("NAME=CC"), "{}", out.stderr);
}

/// What a copy of the page brings, each of which must read as the page itself does.
#[test]
fn what_a_copy_brings_is_tolerated() {
    let (_keep, data) = built_in();
    let expected = records(&data, false);
    let variants: Vec<(&str, String)> = vec![
        ("CRLF", PAGE.replace('\n', "\r\n")),
        ("CR", PAGE.replace('\n', "\r")),
        ("no-break spaces", PAGE.replace(' ', "\u{a0}")),
        (
            "Unicode spaces and tabs",
            PAGE.replace("- ", "\t•\u{2003}").replace(" (", "\u{202f}("),
        ),
        ("leading and trailing spaces", PAGE.replace('\n', "  \n   ")),
        ("blank lines", PAGE.replace('\n', "\n\n\n")),
        ("bullets", PAGE.replace("- ", "· ")),
        ("dashes", PAGE.replace("- ", "– ")),
        ("em dashes", PAGE.replace("- ", "—")),
        ("stars", PAGE.replace("- ", "* ")),
        ("no bullets", PAGE.replace("- ", "")),
        ("full stops", PAGE.replace(");", ").")),
        ("commas", PAGE.replace(");", "),")),
        ("nothing after", PAGE.replace(");", ")")),
        (
            "headings in capitals",
            PAGE.replace(
                "Nerezidējošie aizsardzības atašeji, kas ir akreditēti Latvijā:",
                "NEREZIDĒJOŠIE AIZSARDZĪBAS ATAŠEJI, KAS IR AKREDITĒTI LATVIJĀ:",
            ),
        ),
        ("Kijevā", PAGE.replace("Kijivā", "Kijevā")),
        (
            "commas for un",
            PAGE.replace("Austrijā un Francijā", "Austrijā, Francijā"),
        ),
        (
            "a count in words",
            PAGE.replace("(rezidē Kijivā)", "(divi pārstāvji, rezidē Kijivā)"),
        ),
        (
            "a count in digits",
            PAGE.replace(
                "(rezidē Kijivā)",
                "(rezidē Kijivā) - 2 aizsardzības atašeji",
            ),
        ),
        (
            "NFD",
            PAGE.chars()
                .flat_map(|c| match c {
                    'ā' => vec!['a', '\u{304}'],
                    'ē' => vec!['e', '\u{304}'],
                    'Č' => vec!['C', '\u{30c}'],
                    c => vec![c],
                })
                .collect(),
        ),
        ("a byte order mark", format!("\u{feff}{PAGE}")),
        (
            "a footer right after the last list",
            format!("{PAGE}\n© Aizsardzības ministrija (2024)\nDalīties (Facebook)\n"),
        ),
        (
            "headings worded otherwise",
            PAGE.replace(
                "Nerezidējošie aizsardzības atašeji, kas ir akreditēti Latvijā:",
                "Latvijā akreditētie nerezidējošie aizsardzības atašeji",
            )
            .replace(
                "Aizsardzības atašeji, kas ir akreditēti Latvijā:",
                "Latvijā akreditētie aizsardzības atašeji:",
            ),
        ),
        ("bullets on lines of their own", PAGE.replace("- ", "•\n")),
        (
            "an entry wrapped after a comma",
            PAGE.replace("- Vācijā, Austrijā", "- Vācijā,\nAustrijā"),
        ),
        (
            "an entry wrapped after un",
            PAGE.replace("Austrijā un Francijā", "Austrijā un\n  Francijā"),
        ),
        (
            "an entry wrapped inside its brackets",
            PAGE.replace("(rezidē Varšavā, Polijā);", "(rezidē Varšavā,\nPolijā);"),
        ),
        (
            "a menu repeating the headings",
            format!(
                "Sākums > Nozares politika\nAizsardzības atašeji, kas ir akreditēti Latvijā\n\
                 Nerezidējošie aizsardzības atašeji\n{PAGE}\nAizsardzības atašeji, kas ir akreditēti Latvijā\n"
            ),
        ),
        (
            "two entries on a line",
            PAGE.replace(
                "(rezidē Varšavā, Polijā);\n- Austrija",
                "(rezidē Varšavā, Polijā); Austrija",
            ),
        ),
        ("numbered", {
            let mut n = 0;
            PAGE.lines()
                .map(|l| match l.strip_prefix("- ") {
                    Some(rest) => {
                        n += 1;
                        format!("{n}. {rest}")
                    }
                    None => l.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
    ];
    for (what, page) in variants {
        assert_ne!(page, PAGE, "{what}: the variant changes nothing");
        let out = import(&page, &[]);
        assert_eq!(out.code, 0, "{what}: {}", out.stderr);
        let (mut postings, accreditations) = records(&out.into, false);
        let (mut wanted, wanted_accreditations) = expected.clone();
        // Where the page states the count in Kyiv itself, it is the page's own.
        for p in [&mut postings, &mut wanted] {
            p["attaches"][4]
                .as_object_mut()
                .expect("object")
                .remove("stated_attaches");
        }
        assert_eq!(postings, wanted, "{what}");
        assert_eq!(accreditations, wanted_accreditations, "{what}");
        let kyiv = &json(&out.into, "postings.json")["attaches"][4]["stated_attaches"]["count"];
        assert_eq!(kyiv, 2, "{what}");
    }
}

/// Every kind of line that cannot be read: its message, with its line number and text; and no
/// directory.
#[test]
fn every_malformed_line_is_an_error_naming_its_line() {
    let cases: &[(&str, &str, &str)] = &[
        // (line of the page, what it becomes, what the message says)
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā rezidē Otavā;",
            "line 8: a list line without \"(rezidē CITY)\"",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā;",
            "line 8: a bracket is not closed: \"Kanādā (rezidē Otavā\"",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (Otavā);",
            "line 8: the brackets do not say where it resides",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- (rezidē Otavā);",
            "line 8: no country before the brackets",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē);",
            "line 8: no city after \"rezidē\"",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (daudzi pārstāvji, rezidē Otavā);",
            "line 8: the number of attachés cannot be read",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā) un vēl;",
            "line 8: words after the brackets that are not a number of attachés",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā) - 0 atašeji;",
            "line 8: words after the brackets",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā\u{1b}[2J);",
            "line 8: holds the control or format character U+001B",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā\u{202e} (rezidē Otavā);",
            "line 8: holds the control or format character U+202E",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā);\n- Kanādā (rezidē Otavā);",
            "line 9: Kanāda is covered on line 8 already",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā, Francijā);",
            "line 8: Otava is in Kanāda, not in Francija",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Oslo);",
            "line 8: no city in the data is called \"Oslo\"",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Skotijā (rezidē Otavā);",
            "line 8: \"Skotijā\" names a part of a country, not the country in \"Skotijā (rezidē Otavā)\"; closest: Apvienotā Karaliste",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kongo (rezidē Otavā);",
            "line 8: \"Kongo\" names more than one country",
        ),
        (
            "- Kanādā (rezidē Otavā);",
            "- Kanādā (rezidē Otavā) - 2 atašeji (rezidē Rīgā);",
            "line 8: no country in the data is called \"Kanādā (rezidē Otavā) - 2 atašeji\"",
        ),
        (
            "- Albānija (rezidē Varšavā, Polijā);",
            "- Albānija (rezidē Rīgā, Latvijā);",
            "line 28: on the list of non-resident attachés, but Rīga is in Latvia",
        ),
        (
            "- Ķīna (rezidē Rīgā, Latvijā);",
            "- Ķīna (rezidē Varšavā, Polijā);",
            "line 22: on the list of resident attachés, but Varšava is outside Latvia",
        ),
        (
            "- Ķīna (rezidē Rīgā, Latvijā);",
            "- Latvija (rezidē Rīgā, Latvijā);",
            "line 22: Latvia's own attaché cannot be accredited to Latvia",
        ),
        (
            "- Ķīna (rezidē Rīgā, Latvijā);",
            "- Dānija (rezidē Rīgā, Latvijā);",
            "line 22: Dānija's attaché is listed on line 20 already",
        ),
        (
            "- Ķīna (rezidē Rīgā, Latvijā);",
            "- Ķīna un Japāna (rezidē Rīgā, Latvijā);",
            "line 22: no country in the data is called \"Ķīna un Japāna\"",
        ),
        (
            "- Ķīna (rezidē Rīgā, Latvijā);",
            "- Ķīna (2 pārstāvji, rezidē Rīgā, Latvijā);",
            "line 22: a number of attachés on a list of one attaché a country",
        ),
        (
            "(Londona, Apvienotā Karaliste);",
            "(Berlīne, Vācija);",
            "line 14: the embassy is in Apvienotā Karaliste, but the brackets say Vācija",
        ),
        (
            "(Londona, Apvienotā Karaliste);",
            ";",
            "line 14: an adviser line names no city in brackets",
        ),
        (
            "akreditējusi astoņus aizsardzības atašejus 18 valstīs:",
            "akreditējusi daudzus aizsardzības atašejus daudzās valstīs:",
            "line 5: no number read in this total of Latvia's attachés",
        ),
        (
            "Nerezidējošie aizsardzības atašeji, kas ir akreditēti Latvijā:",
            "Aizsardzības atašeji, kas ir akreditēti Latvijā:",
            "line 27: a second list of attachés accredited to Latvia",
        ),
        (
            "Nerezidējošie aizsardzības atašeji, kas ir akreditēti Latvijā:",
            "",
            "the page has no list of non-resident attachés",
        ),
        (
            "Latvijas Aizsardzības ministrija šobrīd ir akreditējusi astoņus aizsardzības atašejus 18 valstīs:",
            "",
            "line 6: a list line before any heading says which list it is in",
        ),
        (
            "Latvijas Aizsardzības ministriju pārstāv arī divi aizsardzības padomnieki Latvijas Republikas vēstniecībās:",
            "",
            "line 14: the brackets do not say where it resides",
        ),
    ];
    for &(from, to, message) in cases {
        assert!(PAGE.contains(from), "the page has {from:?}");
        let page = PAGE.replacen(from, to, 1);
        let out = import(&page, &[]);
        assert_eq!(out.code, 2, "{to:?}: {}", out.stderr);
        assert!(
            out.stderr.contains(message),
            "{to:?}: wanted {message:?} in\n{}",
            out.stderr
        );
        assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
        assert!(!out.stderr.contains('\u{1b}') && !out.stderr.contains('\u{202e}'));
        assert!(!out.into.exists(), "{to:?}: a directory was made");
    }
}

#[test]
fn an_unknown_name_gives_the_closest_names() {
    let page = PAGE.replace(
        "Francija (rezidē Viļņā, Lietuvā)",
        "Frnacija (rezidē Viļņā, Lietuvā)",
    );
    let out = import(&page, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "line 33: no country in the data is called \"Frnacija\" in \"Frnacija (rezidē Viļņā, Lietuvā)\"; closest: Francija"
        ),
        "{}",
        out.stderr
    );
    let page = PAGE.replace("(rezidē Stokholmā)", "(rezidē Stokholmāā)");
    let out = import(&page, &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("closest: Stokholma"), "{}", out.stderr);
}

/// `attache import FILE --into INTO ARGS...`: exit code and stderr.
fn import_into(file: &Path, into: &Path, args: &[&str]) -> (i32, String) {
    let mut all = vec![
        "import",
        file.to_str().expect("UTF-8"),
        "--into",
        into.to_str().expect("UTF-8"),
    ];
    all.extend_from_slice(args);
    let (code, _, stderr) = run(&all);
    (code, stderr)
}

#[test]
fn no_directory_is_written_on_any_error_and_a_full_one_is_refused() {
    // An error leaves an existing directory as it was.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("page.txt");
    fs::write(&file, PAGE.replace("Kanādā", "Kanādāā")).expect("writable");
    let into = dir.path().join("out");
    fs::create_dir(&into).expect("a directory");
    let (code, stderr) = import_into(&file, &into, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(fs::read_dir(&into).expect("listed").count(), 0);

    // A directory with files in it is refused without --force, and left as it was.
    fs::write(&file, PAGE).expect("writable");
    fs::write(into.join("notes.txt"), "mine").expect("writable");
    let (code, stderr) = import_into(&file, &into, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("is not empty; --force overwrites"),
        "{stderr}"
    );
    assert_eq!(fs::read_dir(&into).expect("listed").count(), 1);
    let (code, stderr) = import_into(&file, &into, &["--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        fs::read_to_string(into.join("notes.txt")).expect("kept"),
        "mine"
    );
    assert!(into.join("postings.json").is_file());
    // Nothing of the temporary directory is left.
    assert!(fs::read_dir(&into).expect("listed").all(|e| {
        !e.expect("entry")
            .file_name()
            .to_string_lossy()
            .starts_with(".attache-")
    }));
}

#[test]
fn options_are_checked_before_anything_is_written() {
    for (args, message) in [
        (
            &["--date", "2026-02-30"][..],
            "--date \"2026-02-30\" is not a date of the form YYYY-MM-DD",
        ),
        (&["--date", "yesterday"], "is not a date"),
        (&["--url", "mod.gov.lv"], "is not a web address"),
        (&["--url", "https://a b"], "is not a web address"),
        (&["--city", "Tbilisi=GE"], "the page names no such city"),
    ] {
        let out = import(PAGE, args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
        assert!(!out.into.exists());
    }
}

#[test]
fn the_page_text_is_untrusted_input() {
    // Too large: refused unread, with the limit.
    let big = PAGE.repeat(400);
    assert!(big.len() > 1024 * 1024);
    let out = import(&big, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("at most 1048576 bytes (1 MiB) are read"),
        "{}",
        out.stderr
    );
    // Not UTF-8.
    let mut bytes = PAGE.as_bytes().to_vec();
    bytes.insert(100, 0xff);
    let out = import_bytes(&bytes, &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("is not UTF-8"), "{}", out.stderr);
    // A line of a megabyte, and a soft hyphen (a format character) a copy may hide.
    let out = import(&PAGE.replace("Kanādā", &"K".repeat(20_000)), &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("line 8: is 20018 characters long"),
        "{}",
        out.stderr
    );
    let out = import(&PAGE.replace("Kanādā", "Ka\u{ad}nādā"), &[]);
    assert!(
        out.stderr
            .contains("line 8: holds the control or format character U+00AD"),
        "{}",
        out.stderr
    );
    // A missing file and a directory.
    let (code, _, stderr) = run(&[
        "import",
        "/nonexistent/page.txt",
        "--into",
        "/nonexistent/x",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is missing"), "{stderr}");
    let (code, _, stderr) = run(&["import", "/", "--into", "/nonexistent/x"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is a directory"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let fifo = dir.path().join("page.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let into = dir.path().join("out");
    let (code, stderr) = import_into(&fifo, &into, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.ends_with("is a FIFO (named pipe), not a regular file\n"),
        "{stderr}"
    );
}

#[test]
fn the_page_can_come_on_stdin() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let into = dir.path().join("out");
    let output = attache()
        .args(["import", "-", "--into"])
        .arg(&into)
        .write_stdin(PAGE)
        .output()
        .expect("attache runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(into.join("postings.json").is_file());
}

#[test]
fn a_changed_page_imports_to_a_directory_data_loads() {
    // What the diff of issue 16 compares: France moved, Belarus added under Kyiv, a
    // non-resident attaché added, a total changed.
    let page = PAGE
        .replace(
            "Vācijā, Austrijā un Francijā (rezidē Berlīnē)",
            "Vācijā un Austrijā (rezidē Berlīnē)",
        )
        .replace(
            "Polijā, Čehijā, Slovākijā un Ungārijā (rezidē Varšavā)",
            "Polijā, Čehijā, Slovākijā, Ungārijā un Francijā (rezidē Varšavā)",
        )
        .replace(
            "Ukrainā un Moldovā (rezidē Kijivā)",
            "Ukrainā, Baltkrievijā un Moldovā (rezidē Kijivā)",
        )
        .replace(
            "- Vācija (rezidē Tallinā, Igaunijā).",
            "- Vācija (rezidē Tallinā, Igaunijā);\n- Portugāle (rezidē Madridē, Spānijā).",
        )
        .replace("18 valstīs", "19 valstīs");
    let out = import(&page, &["--date", "2026-12-04"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let into = out.into.to_str().expect("UTF-8");
    let (code, stdout, stderr) = run(&["--data", into, "country", "France", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(report["latvia_to_country"][0]["residence"]["id"], "warsaw");
    let (code, stdout, _) = run(&["--data", into, "country", "Portugal", "--json"]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(
        report["country_to_latvia"]["residence"]["id"], "madrid",
        "{report}"
    );
    let postings = json(&out.into, "postings.json");
    assert_eq!(postings["declared"]["countries"], 19);
    // The English page's count in Kyiv is not contradicted: kept with its own source, and
    // the note says the countries covered from Kyiv have changed since.
    assert_eq!(
        postings["attaches"][4]["stated_attaches"]["source"],
        "mod-cooperation-en"
    );
    assert!(
        out.stderr
            .contains("have changed since it was stated: check it"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_english_fixture_imports_with_its_count_in_kyiv() {
    let (_keep, data) = built_in();
    let out = import(ENGLISH, &["--lang", "en", "--date", "2026-12-04"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (imported, accreditations) = records(&out.into, false);
    let (expected, expected_accreditations) = records(&data, false);
    assert_eq!(imported, expected);
    assert_eq!(accreditations, expected_accreditations);
    let postings = json(&out.into, "postings.json");
    let kyiv = &postings["attaches"][4]["stated_attaches"];
    assert_eq!(
        kyiv["quote"],
        "Ukraine and Moldova (resident in Kiev) - 2 defence attachés"
    );
    assert_eq!(kyiv["source"], "mod-cooperation-en-2026-12-04");
    assert!(
        out.stderr
            .contains("only the Latvian page's text is compared"),
        "{}",
        out.stderr
    );
}

#[test]
fn names_with_un_in_them_capitals_and_spaced_brackets_read_as_one_country_each() {
    let page = PAGE.replace(
        "- Vācijā, Austrijā un Francijā (rezidē Berlīnē);",
        "- VĀCIJĀ, AUSTRIJĀ UN FRANCIJĀ ( Rezidē Berlīnē )*;\n\
         - Bosnijā un Hercegovinā, Trinidādā un Tobāgo un Serbijā (rezidē Varšavā, Polijā);",
    );
    let out = import(&page, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let postings = json(&out.into, "postings.json");
    assert_eq!(
        postings["attaches"][1]["covers"],
        serde_json::json!(["DE", "AT", "FR"])
    );
    assert_eq!(
        postings["attaches"][2]["covers"],
        serde_json::json!(["BA", "TT", "RS"])
    );
    assert_eq!(postings["attaches"][2]["residence"], "warsaw");
}
