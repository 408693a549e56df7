//! Issue 14: costs that grew faster than the data, each now linear or bounded. Each test runs
//! the same work on an input n and 10n large and asserts that the larger costs about 10 times
//! as much, not 100 times. Costs are counted, never timed, so that a busy machine changes
//! nothing:
//! - instructions, counted by valgrind's callgrind while the real `attache` binary answers on a
//!   `--data` directory (an export, grown): the same count on every run, whatever else the
//!   machine is doing. Only the instructions inside the function that does the work are
//!   counted ([`counted`] says why);
//! - memory, the peak of bytes allocated (a counting allocator in this process: exact).
//!
//! The bound is 30 ([`assert_linear`] gives the figures). The tests need valgrind (and
//! script(1) for the terminal): without it they pass with a note, and fail under CI=true
//! (`common::require_tool`; `.ci/run` installs both).

#![cfg(target_os = "linux")]

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use attache::data::{self, Dataset, FILES, embedded_text};
use attache::render::{self, Answer, Format, Style};
use serde_json::{Value, json};

/// Counts the bytes allocated now and their peak since the last reset.
struct Counting;

/// The memory test counts every allocation of this process, and the other tests allocate while
/// they build their data: it runs alone (the write lock) while they share the read lock.
/// Callgrind counts a child process's instructions, which nothing here disturbs, so the
/// callgrind tests run side by side (cargo runs a file's tests on several threads).
static MEASURING: RwLock<()> = RwLock::new(());

fn alone() -> RwLockWriteGuard<'static, ()> {
    MEASURING.write().unwrap_or_else(PoisonError::into_inner)
}

/// For a callgrind test: the shared lock, if every one of `tools` is installed (a note, or
/// under CI=true a failure, for each that is not).
fn counting(tools: &[&str]) -> Option<RwLockReadGuard<'static, ()>> {
    common::require_tools(tools).then(|| MEASURING.read().unwrap_or_else(PoisonError::into_inner))
}

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = NOW.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Asserts that `large` (10 times the input of `small`) cost under 30 times as much.
///
/// The bound lies between what the two kinds of code cost here (callgrind on the debug build;
/// memory exactly): for 10x the input the linear code costs 5.9x (stats), 7.0x (the CSV
/// tables), 9.1x (a long word), 9.6x (partnership ids), 9.7x (suggestions), and the quadratic
/// code each test pins 43x (the CSV tables, with a city found by a search of the list), 63x
/// (partnership ids), 69x (stats), 77x (a long word) and 94x (suggestions), measured with
/// each fix reverted. `diff`'s pairing costs 6.3x, and 42x with its hash maps replaced by a
/// search of the old records for each new one (the sizes keep its runtime in bounds). The counts are the same on every run, so the margin either side is for
/// changes to the code, not for noise; the sizes are the smallest that keep the quadratic
/// code above 60x.
fn assert_linear(what: &str, small: u64, large: u64) {
    let ratio = large as f64 / small.max(1) as f64;
    eprintln!("{what}: {small} -> {large} ({ratio:.1}x for 10x the input)");
    assert!(ratio < 30.0, "{what}: 10x the input cost {ratio:.1}x");
}

/// Where `attache`'s standard output goes while callgrind counts.
#[derive(Clone, Copy, PartialEq)]
enum Stdout {
    Pipe,
    /// A 100-column terminal: script(1) gives the command a pseudo-terminal, and `stty` sets
    /// its width.
    Terminal,
}

/// The instructions executed inside `function` (with everything it calls) while
/// `attache ARGS` runs under callgrind, and the process's output. `code` is the exit code
/// expected.
///
/// Only the function doing the work is counted (`--toggle-collect`), not the whole run: a
/// debug binary spends about 175 million instructions starting and loading an export, and
/// loading costs about 190,000 instructions a partnership and 350,000 a city, so a whole run
/// 10x larger costs about the same multiple whatever the check does, at sizes valgrind gets
/// through in seconds: counted over the whole run, the quadratic duplicate check gave 13x for
/// 700 -> 7,000 partnerships (the linear one 3.9x), counted in `validate::cooperation` 63x. The name is exact, without a wildcard: a
/// wildcard matches the function's closures too, and entering one toggles counting off again.
/// A function renamed counts nothing, which fails here.
fn counted(function: &str, args: &[&OsStr], stdout: Stdout, code: i32) -> (u64, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_file = dir.path().join("callgrind.out");
    let mut command: Vec<OsString> = [
        "valgrind",
        "--quiet",
        "--tool=callgrind",
        "--collect-atstart=no",
    ]
    .map(OsString::from)
    .into();
    command.push(format!("--toggle-collect={function}").into());
    let mut out_option = OsString::from("--callgrind-out-file=");
    out_option.push(&out_file);
    command.push(out_option);
    command.push(env!("CARGO_BIN_EXE_attache").into());
    command.extend(args.iter().map(OsString::from));
    let mut process = match stdout {
        Stdout::Pipe => std::process::Command::new(&command[0]),
        Stdout::Terminal => std::process::Command::new("script"),
    };
    // Nothing from the user's environment (ATTACHE_LANG, NO_COLOR, ...) but where programs are.
    process.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        process.env("PATH", path);
    }
    match stdout {
        Stdout::Pipe => process.args(&command[1..]),
        Stdout::Terminal => {
            let line: Vec<String> = command.iter().map(|word| shell_quoted(word)).collect();
            process
                .arg("-qec")
                .arg(format!("stty cols 100; {}", line.join(" ")))
                .arg("/dev/null")
                // A terminal type, so that the table measures the terminal and fits it.
                .env("TERM", "xterm")
        }
    };
    let output = process.output().expect("valgrind runs");
    let stdout_text = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr_text = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(code),
        "attache {args:?}\nstdout: {stdout_text}\nstderr: {stderr_text}"
    );
    let profile = std::fs::read_to_string(&out_file).expect("callgrind wrote its counts");
    let instructions = profile
        .lines()
        .find_map(|line| {
            let count = line
                .strip_prefix("summary:")
                .or(line.strip_prefix("totals:"))?;
            count.trim().parse::<u64>().ok()
        })
        .expect("a summary line in callgrind's output");
    assert!(
        instructions > 0,
        "callgrind counted nothing in {function}: was it renamed?"
    );
    (instructions, stdout_text + &stderr_text)
}

/// `word` as one word of a POSIX shell's command line.
fn shell_quoted(word: &OsStr) -> String {
    let word = word.to_str().expect("a UTF-8 path");
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// A directory holding `attache export`, with each file's JSON passed to `grow` (with the
/// file's name) to be changed before it is written back.
fn exported(mut grow: impl FnMut(&str, &mut Value)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    common::attache()
        .arg("export")
        .arg(dir.path())
        .arg("--force")
        .assert()
        .success();
    for name in FILES {
        let path = dir.path().join(name);
        let text = std::fs::read_to_string(&path).expect("an exported file");
        let mut value: Value = serde_json::from_str(&text).expect("JSON");
        grow(name, &mut value);
        std::fs::write(&path, value.to_string()).expect("writable");
    }
    dir
}

/// `--data DIR` followed by `args`.
fn on<'a>(dir: &'a Path, args: &[&'a str]) -> Vec<&'a OsStr> {
    [OsStr::new("--data"), dir.as_os_str()]
        .into_iter()
        .chain(args.iter().map(|arg| OsStr::new(*arg)))
        .collect()
}

/// The embedded files as JSON values, to be grown.
fn files() -> Vec<(&'static str, Value)> {
    FILES
        .iter()
        .map(|&name| {
            let text = embedded_text(name).expect("embedded");
            (name, serde_json::from_str(text).expect("JSON"))
        })
        .collect()
}

fn load(files: &[(&'static str, String)]) -> Dataset {
    data::from_texts(|name| {
        Ok(files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.as_str())
            .expect("every file"))
    })
    .expect("valid")
}

fn texts(files: Vec<(&'static str, Value)>) -> Vec<(&'static str, String)> {
    files.into_iter().map(|(n, v)| (n, v.to_string())).collect()
}

/// A lower-case id for number `i`: letters only, as city ids must be.
fn letters(mut i: usize) -> String {
    let mut id = String::from("x");
    loop {
        id.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return id;
        }
    }
}

/// As small as a partnership can be, with the id `id`, and "Baltic" in its title (the table
/// memory test searches for it).
fn partnership(id: String) -> Value {
    json!({
        "id": id,
        "title": {"lv": "Baltijas t", "en": "Baltic t"}, "role": {"lv": "r", "en": "r"},
        "members": [], "open_list": false, "note": null,
        "source": "mod-cooperation", "quote": "q"
    })
}

/// The partnerships of cooperation.json.
fn partnerships(cooperation: &mut Value) -> &mut Vec<Value> {
    cooperation["partnerships"].as_array_mut().expect("a list")
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn duplicate_partnership_ids_are_found_in_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    let count = |n: usize| {
        let dir = exported(|name, value| {
            if name == "cooperation.json" {
                // Ids of one length that differ only at their end: a comparison of two costs
                // most. Short, so that loading, which is linear, costs little beside it.
                partnerships(value)
                    .extend((0..n).map(|i| partnership(format!("partnership-{i:07}"))));
            }
        });
        let args = on(dir.path(), &["check"]);
        counted(
            "attache::data::validate::cooperation",
            &args,
            Stdout::Pipe,
            0,
        )
        .0
    };
    assert_linear("validating partnerships", count(700), count(7_000));
}

/// Every file kind `n` records (or names) larger: aliases of a country in both languages,
/// towns with an adviser in each, partnerships, duties, statements, sources, endonyms and UNSC
/// developments (accreditations and attachés are at most one a country, so they cannot grow).
fn with_every_kind(name: &str, value: &mut Value, n: usize) {
    with_towns_and_advisers(name, value, n, 0);
    let copies = |list: &mut Vec<Value>, make: &dyn Fn(usize, &Value) -> Value| {
        let first = list[0].clone();
        list.extend((0..n).map(|i| make(i, &first)));
    };
    let with_id = |field: &'static str, prefix: &'static str| {
        move |i: usize, first: &Value| {
            let mut record = first.clone();
            record[field] = json!(format!("{prefix}-{}", letters(i)));
            record
        }
    };
    match name {
        "countries.json" => {
            let norway = value
                .as_array_mut()
                .expect("a list")
                .iter_mut()
                .find(|c| c["alpha2"] == "NO")
                .expect("Norway");
            for (lang, word) in [("en", "Synthetic"), ("lv", "Sintētisks")] {
                let names = &mut norway[lang];
                if names.get("aliases").is_none() {
                    names["aliases"] = json!([]);
                }
                let aliases = names["aliases"].as_array_mut().expect("a list");
                aliases.extend((0..n).map(|i| json!(format!("{word} {i}"))));
            }
        }
        "cooperation.json" => copies(partnerships(value), &|i, _| {
            let mut p = partnership(format!("partnership-{}", letters(i)));
            p["members"] = json!([{"country": "EE", "role": null}]);
            p
        }),
        "duties.json" => copies(value.as_array_mut().expect("a list"), &|_, d| d.clone()),
        "statements.json" => copies(value.as_array_mut().expect("a list"), &with_id("id", "s")),
        "sources.json" => copies(value.as_array_mut().expect("a list"), &with_id("id", "src")),
        "endonyms.json" => {
            let list = value["countries"].as_array_mut().expect("a list");
            list.push(json!({
                "country": "NO",
                "names": (0..n).map(|i| json!({"lang": "xx", "name": format!("Endonym {i}")}))
                    .collect::<Vec<_>>(),
            }));
        }
        "unsc.json" => copies(
            value["developments"].as_array_mut().expect("a list"),
            &|_, d| d.clone(),
        ),
        _ => {}
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn loading_every_file_kind_costs_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    // What loading `n` more of every kind costs beyond loading the real data: the real data's
    // share, the same at every size, would hide a cost that grows faster than the data.
    let count = |n: usize| {
        let dir = exported(|name, value| with_every_kind(name, value, n));
        let args = on(dir.path(), &["check"]);
        counted("attache::data::load::from_dir", &args, Stdout::Pipe, 0).0
    };
    let real = count(0);
    let (small, large) = (count(150), count(1_500));
    assert_linear(
        "loading every file kind",
        small.saturating_sub(real),
        large.saturating_sub(real),
    );
}

/// `n` more cities (towns in Poland), and an adviser residing in each, `shift` towns further
/// on (the towns are `n + shift`).
fn with_towns_and_advisers(name: &str, value: &mut Value, n: usize, shift: usize) {
    match name {
        "cities.json" => {
            let list = value.as_array_mut().expect("a list");
            list.extend((0..n + shift).map(|i| {
                json!({
                    "id": letters(i), "country": "PL",
                    "en": {"name": format!("Town {i}")}, "lv": {"name": format!("Pilsēta {i}")},
                    "source": "mod-cooperation"
                })
            }));
        }
        "postings.json" => {
            let list = value["advisers"].as_array_mut().expect("a list");
            list.extend((0..n).map(|i| {
                json!({
                    "residence": letters(i + shift), "embassy_in": "PL",
                    "source": "mod-cooperation", "quote": "q"
                })
            }));
        }
        _ => {}
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn diff_pairs_records_in_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    // `n` more cities with an adviser residing in each, and `n` more duties; on the new side
    // every adviser resides one city further on (n moves) and the duties are in the other
    // order (no change: they pair by their words, not by their place). The new side has one
    // city more.
    let grown = |n: usize, moved: bool| {
        exported(|name, value| {
            with_towns_and_advisers(name, value, n, usize::from(moved));
            if name == "duties.json" {
                let list = value.as_array_mut().expect("a list");
                list.extend((0..n).map(|i| {
                    json!({
                        "lv": format!("pienākums {i}"), "en": format!("duty {i}"),
                        "quote": format!("the words of duty {i}"), "source": "mod-cooperation"
                    })
                }));
                if moved {
                    list.reverse();
                }
            }
        })
    };
    let count = |n: usize| {
        let (old, new) = (grown(n, false), grown(n, true));
        let args = [
            OsStr::new("diff"),
            old.path().as_os_str(),
            new.path().as_os_str(),
        ];
        counted("attache::query::diff::diff", &args, Stdout::Pipe, 1).0
    };
    assert_linear("diff", count(200), count(2_000));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn stats_counts_per_city_in_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    let count = |n: usize| {
        let dir = exported(|name, value| with_towns_and_advisers(name, value, n, 0));
        let args = on(dir.path(), &["stats"]);
        counted("attache::query::stats::stats", &args, Stdout::Pipe, 0).0
    };
    assert_linear("stats", count(150), count(1_500));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn export_csv_tables_cost_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    // Cities and advisers: each row of cities.csv and advisers.csv looks up a city and a
    // country. 400 and 4,000: the tables every export writes whatever the data (249
    // countries) cost too much beside 150 rows for a quadratic lookup to show (17x).
    let count = |n: usize| {
        let dir = exported(|name, value| with_towns_and_advisers(name, value, n, 0));
        let tables = dir.path().join("tables");
        let mut args = on(dir.path(), &["export"]);
        args.extend([
            tables.as_os_str(),
            OsStr::new("--format"),
            OsStr::new("csv"),
        ]);
        let counted = counted(
            "attache::render::csv::export_tables",
            &args,
            Stdout::Pipe,
            0,
        );
        let advisers = std::fs::read_to_string(tables.join("advisers.csv")).expect("written");
        assert_eq!(
            advisers.lines().count(),
            1 + 2 + n,
            "a header, an adviser a row"
        );
        counted.0
    };
    assert_linear("export --format csv", count(400), count(4_000));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn suggestions_for_long_names_cost_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    // The binary's own path to the suggestion search: a mistyped city name against a dataset.
    // Names and the typed name within the 100-character cap, but made of U+FDFA, which folds
    // to 18 characters: `k` of them fold to 18k, and 10 -> 98 of them is 9.7x as long. Five
    // cities whose names are within two typos of the typed one, so that the edit distance to
    // each is computed to its end (the quadratic code computed the whole square of the two
    // lengths; the band within the bound of the diagonal is linear).
    let count = |k: usize| {
        let long = "\u{FDFA}".repeat(k);
        let dir = exported(|name, value| {
            if name == "cities.json" {
                let list = value.as_array_mut().expect("a list");
                list.extend((b'a'..=b'e').map(|letter| {
                    let name = format!("{long}{}", char::from(letter));
                    json!({
                        "id": format!("xq{}", char::from(letter)), "country": "PL",
                        "en": {"name": name}, "lv": {"name": name}, "source": "mod-cooperation"
                    })
                }));
            }
        });
        let typed = format!("{long}zz");
        let args = on(dir.path(), &["city", &typed]);
        let (instructions, output) = counted("attache::resolve::closest", &args, Stdout::Pipe, 1);
        assert!(output.contains("did you mean"), "{output}");
        instructions
    };
    assert_linear("suggestions", count(10), count(98));
}

/// A search answer over `n` partnerships matched, rendered as a table into a sink: the peak of
/// bytes allocated while rendering, and the bytes written.
fn table_memory(ds: &Dataset) -> (usize, usize) {
    let report = attache::query::search::search(ds, "Baltic", usize::MAX);
    let answer = Answer::Search(report);
    let style = Style::PIPE;
    let mut counter = CountingSink(0);
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    render::render(&answer, Format::Table, data::Lang::En, style, &mut counter).expect("rendered");
    (PEAK.load(Ordering::Relaxed) - before, counter.0)
}

struct CountingSink(usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The dataset with `n` more partnerships, each with its own id, as texts to load in process.
fn with_partnerships(n: usize) -> Vec<(&'static str, String)> {
    let mut files = files();
    let (_, cooperation) = files
        .iter_mut()
        .find(|(name, _)| *name == "cooperation.json")
        .expect("cooperation.json");
    partnerships(cooperation).extend(
        (0..n).map(|i| partnership(format!("synthetic-partnership-{}-{i}", "x".repeat(300)))),
    );
    texts(files)
}

#[test]
fn table_output_memory_is_bounded_by_its_input() {
    let _alone = alone();
    let small = load(&with_partnerships(2_000));
    let large = load(&with_partnerships(20_000));
    let (peak_small, bytes_small) = table_memory(&small);
    let (peak_large, bytes_large) = table_memory(&large);
    eprintln!(
        "table: {peak_small} bytes at peak for {bytes_small} written; \
         {peak_large} for {bytes_large}"
    );
    assert_linear("table memory", peak_small as u64, peak_large as u64);
    // The rows themselves are held once (the renderer's grid); the table around them is
    // written as it is made, not held a second and third time.
    let per_byte = peak_large as f64 / bytes_large as f64;
    assert!(
        per_byte < 4.0,
        "{per_byte:.1} bytes of memory per byte written"
    );
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "counts by function name: the release profile strips and inlines them"
)]
fn search_table_with_a_long_word_on_a_terminal_costs_linear_time() {
    let Some(_shared) = counting(&["valgrind", "script"]) else {
        return;
    };
    // `attache --data DIR search zzword` on a 100-column terminal when a duty's text is one
    // word of `len` characters: comfy-table splits a word wider than its column in time that
    // grows with the square of its length, unless the word is cut first.
    let count = |len: usize| {
        let dir = exported(|name, value| {
            if name == "duties.json" {
                value[0]["en"] = json!(format!("zzword{}", "x".repeat(len)));
            }
        });
        let args = on(dir.path(), &["search", "zzword"]);
        let (instructions, output) = counted("attache::render::render", &args, Stdout::Terminal, 0);
        // Drawn to fit the terminal: box drawing, and lines no wider than it.
        assert!(
            output.contains("zzword") && output.contains('│'),
            "{output}"
        );
        instructions
    };
    assert_linear(
        "a long word in a terminal table",
        count(1_000),
        count(10_000),
    );
}

#[test]
fn reading_a_page_costs_linear_time() {
    let Some(_shared) = counting(&["valgrind"]) else {
        return;
    };
    // The ministry's page with `n` list lines and `n` lines of prose: every line is made
    // plain, classified and read, and names are resolved only after the whole page is read.
    let page = include_str!("pages/mod-lv.txt");
    let count = |n: usize| {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("page.txt");
        let text = format!(
            "{page}\n{}{}",
            "- Albānija (rezidē Varšavā, Polijā);\n".repeat(n),
            "Latvija, kopā ar citām NATO valstīm, sniedz drošības atbalstu partnervalstīm.\n"
                .repeat(n)
        );
        std::fs::write(&file, text).expect("writable");
        let into = dir.path().join("out");
        let args: Vec<&OsStr> = [
            "import".as_ref(),
            file.as_os_str(),
            "--into".as_ref(),
            into.as_os_str(),
        ]
        .into();
        // Albania twice is refused once the page is read: exit 2, nothing written.
        let (instructions, output) = counted("attache::import::page::read", &args, Stdout::Pipe, 2);
        assert!(output.contains("listed on line"), "{output}");
        instructions
    };
    assert_linear("page", count(100), count(1000));
}
