//! `export DIR --format csv`: one tidy CSV table per record kind, as data tools load them.
//! SQLite loads them with `.import --csv` and answers the questions the commands answer, with
//! the same answer as their JSON.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

mod common;
use common::{csv_table, require_tool, run, sqlite_import, sqlite3};

/// The tables, one per record kind, in the order of README's list.
const TABLES: &[&str] = &[
    "sources",
    "countries",
    "cities",
    "postings",
    "stated_attaches",
    "declared_totals",
    "advisers",
    "accreditations",
    "partnerships",
    "partnership_members",
    "duties",
    "statements",
    "unsc_points",
    "unsc_point_countries",
    "unsc_events",
    "unsc_event_countries",
    "unsc_event_sources",
];

/// Exports the CSV tables (of `data` if given, else the built-in data) into a fresh directory.
fn exported_tables(data: Option<&Path>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("tables");
    let out = out.to_str().expect("UTF-8");
    let mut args = Vec::new();
    if let Some(data) = data {
        args.extend(["--data", data.to_str().expect("UTF-8")]);
    }
    args.extend(["export", out, "--format", "csv"]);
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        format!("Wrote {} CSV tables to {out}.\n", TABLES.len())
    );
    dir
}

fn tables_dir(dir: &tempfile::TempDir) -> std::path::PathBuf {
    dir.path().join("tables")
}

/// A table's header and records.
fn read_table(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    csv_table(&fs::read(path).expect("readable"))
}

/// The script that loads every table of `dir` into SQLite, each as the table of its name.
fn import_all(dir: &Path) -> String {
    TABLES
        .iter()
        .map(|t| sqlite_import(&dir.join(format!("{t}.csv")), t))
        .collect()
}

/// Runs `sql` on the tables of `dir` loaded into SQLite; the rows as JSON objects.
fn query(dir: &Path, sql: &str) -> Vec<Value> {
    let out = sqlite3(&["-json"], &format!("{}{sql}\n", import_all(dir)));
    if out.trim().is_empty() {
        // sqlite3 prints nothing, not `[]`, for no rows.
        return Vec::new();
    }
    let rows: Value = serde_json::from_str(&out).expect("sqlite3's JSON");
    rows.as_array().expect("an array of rows").clone()
}

fn json_of(args: &[&str]) -> Value {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

#[test]
fn export_csv_writes_one_tidy_table_per_record_kind() {
    let dir = exported_tables(None);
    let tables = tables_dir(&dir);
    let names: BTreeSet<String> = fs::read_dir(&tables)
        .expect("listable")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .collect();
    let expected: BTreeSet<String> = TABLES.iter().map(|t| format!("{t}.csv")).collect();
    assert_eq!(names, expected, "the CSV tables and nothing else (no JSON)");

    let sources: BTreeSet<String> = read_table(&tables.join("sources.csv"))
        .1
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    for table in TABLES {
        let path = tables.join(format!("{table}.csv"));
        let bytes = fs::read(&path).expect("readable");
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(!text.starts_with('\u{feff}'), "{table}: no BOM");
        assert!(
            !text.contains('\r'),
            "{table}: every line ends in \\n alone"
        );
        assert!(text.ends_with('\n'), "{table}: the last line ends too");
        let (headers, records) = read_table(&path);
        assert!(!records.is_empty(), "{table}: the built-in data has rows");
        let unique: BTreeSet<&String> = headers.iter().collect();
        assert_eq!(unique.len(), headers.len(), "{table}: no column twice");
        for h in &headers {
            assert!(
                !h.is_empty()
                    && h.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{table}: {h} is snake_case"
            );
        }
        let column = |name: &str| headers.iter().position(|h| h == name);
        // Every country by both ISO codes, side by side, and by its names in both languages
        // (a city's country by its codes: its names are one join away, in countries.csv).
        for (i, h) in headers.iter().enumerate() {
            if let Some(prefix) = h.strip_suffix("alpha2") {
                assert_eq!(headers[i + 1], format!("{prefix}alpha3"), "{table}: {h}");
                if prefix != "city_country_" {
                    assert!(column(&format!("{prefix}name_en")).is_some(), "{table}");
                    assert!(column(&format!("{prefix}name_lv")).is_some(), "{table}");
                }
            }
            if h == "city_id" {
                assert!(column("city_name_en").is_some() && column("city_name_lv").is_some());
            }
            if let Some(stem) = h.strip_suffix("_en") {
                assert_eq!(
                    headers[i + 1],
                    format!("{stem}_lv"),
                    "{table}: both languages"
                );
            }
        }
        // A fact names its source, and where the data keeps the source's words, they are there.
        if let Some(source) = column("source") {
            for record in &records {
                assert!(sources.contains(&record[source]), "{table}: {record:?}");
            }
        }
        if let Some(quote) = column("quote") {
            assert!(
                column("source").is_some(),
                "{table}: a quote with its source"
            );
            for record in &records {
                assert!(!record[quote].is_empty(), "{table}: {record:?}");
            }
        }
        // A source is its own source; an event's sources are a join table of their own.
        if !["sources", "unsc_events", "unsc_event_countries"].contains(table) {
            assert!(
                column("source").is_some(),
                "{table}: every row names its source"
            );
        }
    }

    // One row per record: a posting per country it covers, a member per group.
    let count = |table: &str| read_table(&tables.join(format!("{table}.csv"))).1.len();
    assert_eq!(count("countries"), 249);
    assert_eq!(count("postings"), 18, "18 countries, as the ministry says");
    assert_eq!(count("advisers"), 2);
    assert_eq!(count("accreditations"), 31);
    let partners = json_of(&["partners", "--json"]);
    let members: usize = partners["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["members"].as_array().expect("members").len())
        .sum();
    assert_eq!(count("partnership_members"), members);
    let about = json_of(&["about", "--json"]);
    assert_eq!(
        count("duties"),
        about["duties"].as_array().expect("duties").len()
    );

    // The Norway row of the postings, cell by cell.
    let (headers, records) = read_table(&tables.join("postings.csv"));
    let norway = records.iter().find(|r| r[7] == "NO").expect("Norway");
    let cells: Vec<(&str, &str)> = headers
        .iter()
        .map(String::as_str)
        .zip(norway.iter().map(String::as_str))
        .collect();
    assert_eq!(
        cells,
        [
            ("posting", "6"),
            ("city_id", "stockholm"),
            ("city_name_en", "Stockholm"),
            ("city_name_lv", "Stokholma"),
            ("city_country_alpha2", "SE"),
            ("city_country_alpha3", "SWE"),
            ("position", "3"),
            ("country_alpha2", "NO"),
            ("country_alpha3", "NOR"),
            ("country_name_en", "Norway"),
            ("country_name_lv", "Norvēģija"),
            ("source", "mod-cooperation"),
            (
                "quote",
                "Zviedrijā, Dānijā, Norvēģijā un Somijā (rezidē Stokholmā)"
            ),
        ]
    );
}

#[test]
fn export_csv_is_language_neutral() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (en, lv) = (dir.path().join("en"), dir.path().join("lv"));
    for (out, lang) in [(&en, "en"), (&lv, "lv")] {
        let out = out.to_str().expect("UTF-8");
        let (code, _, stderr) = run(&["export", out, "--format", "csv", "--lang", lang]);
        assert_eq!(code, 0, "{stderr}");
    }
    for table in TABLES {
        let name = format!("{table}.csv");
        assert_eq!(
            fs::read(en.join(&name)).expect("en"),
            fs::read(lv.join(&name)).expect("lv"),
            "{name}: the same bytes whatever --lang says"
        );
    }
}

#[test]
fn export_csv_of_an_empty_table_keeps_its_header_and_loads_into_sqlite() {
    // A --data copy with no stated count of attachés and no later developments: the tables are
    // made from the dataset in use, and two of them have no rows.
    let data = tempfile::tempdir().expect("tempdir");
    let (code, _, stderr) = run(&["export", data.path().to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{stderr}");
    let edit = |file: &str, edit: &dyn Fn(&mut Value)| {
        let path = data.path().join(file);
        let mut value: Value =
            serde_json::from_str(&fs::read_to_string(&path).expect("readable")).expect("JSON");
        edit(&mut value);
        fs::write(&path, value.to_string()).expect("writable");
    };
    edit("postings.json", &|v| {
        for posting in v["attaches"].as_array_mut().expect("attaches") {
            posting
                .as_object_mut()
                .expect("object")
                .remove("stated_attaches");
        }
    });
    edit("unsc.json", &|v| {
        v["developments"] = Value::Array(Vec::new())
    });
    let dir = exported_tables(Some(data.path()));
    let tables = tables_dir(&dir);
    assert_eq!(
        fs::read_to_string(tables.join("stated_attaches.csv")).expect("readable"),
        "posting,city_id,city_name_en,city_name_lv,city_country_alpha2,city_country_alpha3,attaches,source,quote\n"
    );
    assert_eq!(
        fs::read_to_string(tables.join("unsc_event_sources.csv"))
            .expect("readable")
            .lines()
            .filter(|l| l.starts_with("development"))
            .count(),
        0
    );
    if !require_tool("sqlite3") {
        return;
    }
    let counts = query(
        &tables,
        "SELECT (SELECT count(*) FROM stated_attaches) AS stated, \
         (SELECT count(*) FROM unsc_events WHERE kind = 'development') AS developments, \
         (SELECT count(*) FROM postings) AS postings;",
    );
    assert_eq!(
        counts,
        [serde_json::json!({"stated": 0, "developments": 0, "postings": 18})]
    );
}

#[test]
fn every_table_loads_into_sqlite_whole() {
    if !require_tool("sqlite3") {
        return;
    }
    let dir = exported_tables(None);
    let tables = tables_dir(&dir);
    for table in TABLES {
        let (headers, records) = read_table(&tables.join(format!("{table}.csv")));
        let rows = query(&tables, &format!("SELECT * FROM {table};"));
        assert_eq!(rows.len(), records.len(), "{table}: every row, no more");
        for (row, record) in rows.iter().zip(&records) {
            for (header, cell) in headers.iter().zip(record) {
                assert_eq!(row[header], Value::from(cell.as_str()), "{table}.{header}");
            }
        }
    }
}

#[test]
fn sqlite_answers_who_covers_norway_as_country_norway_json_does() {
    if !require_tool("sqlite3") {
        return;
    }
    let dir = exported_tables(None);
    let tables = tables_dir(&dir);
    let json = json_of(&["country", "Norway", "--json"]);
    assert_eq!(json["country"]["code"], "NO");

    // Latvia's representatives for Norway: the posting that covers it (where it resides, the
    // other countries it covers) and an adviser at an embassy there, if any.
    let latvia = query(
        &tables,
        "SELECT 'defence_attache' AS kind, p.posting AS posting, p.city_id, p.city_name_en, \
                p.city_name_lv, p.city_country_alpha2, p.city_country_alpha3, p.source, p.quote \
           FROM postings p WHERE p.country_alpha2 = 'NO' \
         UNION ALL \
         SELECT 'defence_adviser', NULL, a.city_id, a.city_name_en, a.city_name_lv, \
                a.city_country_alpha2, a.city_country_alpha3, a.source, a.quote \
           FROM advisers a WHERE a.country_alpha2 = 'NO';",
    );
    let expected = json["latvia_to_country"].as_array().expect("a list");
    assert_eq!(latvia.len(), expected.len());
    assert_eq!(latvia.len(), 1, "Latvia's attaché in Stockholm");
    for (row, rep) in latvia.iter().zip(expected) {
        assert_eq!(row["kind"], rep["kind"]);
        let residence = &rep["residence"];
        assert_eq!(row["city_id"], residence["id"]);
        assert_eq!(row["city_name_en"], residence["name"]["en"]);
        assert_eq!(row["city_name_lv"], residence["name"]["lv"]);
        assert_eq!(row["city_country_alpha2"], residence["country"]["code"]);
        assert_eq!(row["city_country_alpha3"], residence["country"]["alpha3"]);
        assert_eq!(row["source"], rep["source"]);
        assert_eq!(row["quote"], rep["quote"]);
        let also = query(
            &tables,
            &format!(
                "SELECT country_alpha2, country_alpha3, country_name_en, country_name_lv \
                   FROM postings WHERE posting = '{}' AND country_alpha2 <> 'NO' \
                  ORDER BY CAST(position AS INTEGER);",
                row["posting"].as_str().expect("a posting")
            ),
        );
        let also_covers = rep["also_covers"].as_array().expect("a list");
        assert_eq!(also.len(), also_covers.len());
        for (row, country) in also.iter().zip(also_covers) {
            assert_eq!(row["country_alpha2"], country["code"]);
            assert_eq!(row["country_alpha3"], country["alpha3"]);
            assert_eq!(row["country_name_en"], country["name"]["en"]);
            assert_eq!(row["country_name_lv"], country["name"]["lv"]);
        }
    }

    // Norway's attaché accredited to Latvia, and where it resides.
    let to_latvia = query(
        &tables,
        "SELECT city_id, city_name_en, city_country_alpha2, resident, name_in_source, source, \
                quote FROM accreditations WHERE country_alpha2 = 'NO';",
    );
    let attache = &json["country_to_latvia"];
    assert_eq!(to_latvia.len(), 1);
    let row = &to_latvia[0];
    assert_eq!(row["city_id"], attache["residence"]["id"]);
    assert_eq!(row["city_id"], "stockholm");
    assert_eq!(row["city_name_en"], attache["residence"]["name"]["en"]);
    assert_eq!(
        row["city_country_alpha2"],
        attache["residence"]["country"]["code"]
    );
    assert_eq!(row["resident"], attache["resident"].to_string());
    assert_eq!(
        row["name_in_source"],
        attache["name_in_source"].as_str().unwrap_or("")
    );
    assert_eq!(row["source"], attache["source"]);
    assert_eq!(row["quote"], attache["quote"]);

    // Attachés accredited to Latvia who reside in Norway.
    let hosted = query(
        &tables,
        "SELECT country_alpha2 FROM accreditations WHERE city_country_alpha2 = 'NO';",
    );
    assert_eq!(
        hosted.len(),
        json["hosted"].as_array().expect("a list").len()
    );

    // Norway's cooperation groups, in the source's order.
    let groups = query(
        &tables,
        "SELECT m.partnership_id, p.title_en, p.title_lv, p.role_en, p.role_lv, \
                m.member_role_en, m.member_role_lv, m.inferred, p.open_list, m.source, m.quote \
           FROM partnership_members m JOIN partnerships p ON p.id = m.partnership_id \
          WHERE m.country_alpha2 = 'NO' ORDER BY m.rowid;",
    );
    let cooperation = json["cooperation"].as_array().expect("a list");
    assert_eq!(groups.len(), cooperation.len());
    assert!(!groups.is_empty(), "the Nordic countries");
    for (row, role) in groups.iter().zip(cooperation) {
        assert_eq!(row["partnership_id"], role["partnership"]);
        assert_eq!(row["title_en"], role["title"]["en"]);
        assert_eq!(row["title_lv"], role["title"]["lv"]);
        assert_eq!(row["role_en"], role["role"]["en"]);
        assert_eq!(row["role_lv"], role["role"]["lv"]);
        let member_role = |lang: &str| role["member_role"][lang].as_str().unwrap_or("");
        assert_eq!(row["member_role_en"], member_role("en"));
        assert_eq!(row["member_role_lv"], member_role("lv"));
        assert_eq!(row["inferred"], role["inferred"].to_string());
        assert_eq!(row["open_list"], role["open_list"].to_string());
        assert_eq!(row["source"], role["source"]);
        assert_eq!(row["quote"], role["quote"]);
    }
}

#[test]
fn sqlite_groups_non_resident_attaches_by_city_as_non_resident_json_does() {
    if !require_tool("sqlite3") {
        return;
    }
    let dir = exported_tables(None);
    let tables = tables_dir(&dir);
    // Largest group first; groups of one size in the order the source first names their city;
    // within a group, the source's order.
    let rows = query(
        &tables,
        "SELECT city_id, city_name_en, city_name_lv, city_country_alpha2, country_alpha2, \
                quote, count(*) OVER (PARTITION BY city_id) AS attaches, \
                min(rowid) OVER (PARTITION BY city_id) AS first \
           FROM accreditations WHERE resident = 'false' \
          ORDER BY attaches DESC, first, rowid;",
    );
    let json = json_of(&["non-resident", "--json"]);
    assert_eq!(json["total"].as_u64(), Some(rows.len() as u64));
    let mut rows = rows.iter();
    for group in json["groups"].as_array().expect("groups") {
        let attaches = group["attaches"].as_array().expect("attachés");
        assert_eq!(group["count"].as_u64(), Some(attaches.len() as u64));
        for attache in attaches {
            let row = rows.next().expect("a row for each attaché");
            let residence = &group["residence"];
            assert_eq!(row["city_id"], residence["id"]);
            assert_eq!(row["city_name_en"], residence["name"]["en"]);
            assert_eq!(row["city_name_lv"], residence["name"]["lv"]);
            assert_eq!(row["city_country_alpha2"], residence["country"]["code"]);
            assert_eq!(row["attaches"], group["count"]);
            assert_eq!(row["country_alpha2"], attache["country"]["code"]);
            assert_eq!(row["quote"], attache["quote"]);
        }
    }
    assert!(rows.next().is_none(), "no row more than the JSON");
}

#[test]
fn export_csv_from_data_dir_follows_it() {
    // The tables are made from the dataset in use: a --data copy with an edited name.
    let data = tempfile::tempdir().expect("tempdir");
    let (code, _, stderr) = run(&["export", data.path().to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{stderr}");
    let path = data.path().join("cities.json");
    let text = fs::read_to_string(&path).expect("readable");
    let edited = text.replacen("\"Stockholm\"", "\"Stockholm city\"", 1);
    assert_ne!(text, edited);
    fs::write(&path, edited).expect("writable");
    let dir = exported_tables(Some(data.path()));
    let (_, records) = read_table(&tables_dir(&dir).join("cities.csv"));
    let stockholm = records.iter().find(|r| r[0] == "stockholm").expect("a row");
    assert_eq!(stockholm[1], "Stockholm city");
}

#[test]
fn export_refuses_a_format_that_writes_no_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x");
    let out = out.to_str().expect("UTF-8");
    // After the name, clap refuses the value.
    let (code, _, stderr) = run(&["export", out, "--format", "markdown"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("json") && stderr.contains("csv"),
        "{stderr}"
    );
    // Before it, the shared option takes any format: export says which it writes.
    let (code, _, stderr) = run(&["--format", "markdown", "export", out]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--format json") && stderr.contains("--format csv"),
        "{stderr}"
    );
    assert!(!Path::new(out).exists(), "nothing written");
    // Before the name, csv is csv.
    let (code, stdout, stderr) = run(&["--format", "csv", "export", out]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("CSV tables"), "{stdout}");
}

#[test]
fn readme_sqlite_example_is_true() {
    if !require_tool("sqlite3") || !require_tool("bash") {
        return;
    }
    let readme = include_str!("../README.md");
    let example = readme
        .split_once("Loading the tables into SQLite")
        .expect("README has the example")
        .1;
    let block = |text: &'static str, fence: &str| -> (&'static str, &'static str) {
        let start = text.find(fence).expect("a block") + fence.len();
        let (body, rest) = text[start..].split_once("\n```\n").expect("a closed block");
        (body, rest)
    };
    let (script, rest) = block(example, "```sh\n");
    let (expected, _) = block(rest, "```text\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = Path::new(env!("CARGO_BIN_EXE_attache"))
        .parent()
        .expect("the binary's directory");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("a PATH");
    let output = std::process::Command::new("bash")
        .args(["-e", "-c", script])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8(output.stdout).expect("UTF-8"),
        format!("{expected}\n")
    );
}

#[test]
fn readme_lists_every_table_with_its_columns() {
    let readme = include_str!("../README.md");
    let section = readme
        .split_once("### Export as CSV tables")
        .expect("the section")
        .1;
    let section = section.split_once("\n### ").map_or(section, |(s, _)| s);
    let backticked = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let mut documented = Vec::new();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let file = backticked(cells[0]).remove(0);
        // The columns, without what parentheses say of them.
        let mut columns_cell = String::new();
        let mut depth = 0;
        for c in cells[2].chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => columns_cell.push(c),
                _ => {}
            }
        }
        documented.push((file, backticked(&columns_cell)));
    }
    let dir = exported_tables(None);
    let actual: Vec<(String, Vec<String>)> = TABLES
        .iter()
        .map(|t| {
            let name = format!("{t}.csv");
            let (headers, _) = read_table(&tables_dir(&dir).join(&name));
            (name, headers)
        })
        .collect();
    assert_eq!(documented, actual);
}

#[test]
fn export_of_the_data_files_refuses_data_which_only_the_tables_follow() {
    let data = tempfile::tempdir().expect("tempdir");
    let data = data.path().to_str().expect("UTF-8");
    let out = tempfile::tempdir().expect("tempdir");
    let out = out.path().join("x");
    let out = out.to_str().expect("UTF-8");
    let (code, stdout, stderr) = run(&["--data", data, "export", out]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("--data is for export --format csv"),
        "{stderr}"
    );
    assert!(!Path::new(out).exists(), "nothing written");
}
