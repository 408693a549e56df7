//! Width: every page of prose runs on a real terminal (a tmux pane) 40, 60, 80, 120 and 200
//! columns wide, and through a pipe with COLUMNS. No line is wider than the width but one that
//! holds a single word longer than it (a web address), and no word is cut: the words of the
//! page are the words a pipe gets, each whole, as often.
//!
//! Without tmux the terminal tests skip with a note, or fail when CI=true
//! (`common::require_tool`).

#![cfg(unix)]

mod common;

use std::collections::BTreeMap;

use unicode_width::UnicodeWidthStr;

use common::{PAGES, Tmux, attache, require_tool};

const WIDTHS: &[u16] = &[40, 60, 80, 120, 200];

/// Pages with the options that add to them.
const WITH_OPTIONS: &[&[&str]] = &[
    &["country", "Norway", "--cite"],
    &["postings", "--with-sources", "--cite"],
    &["unsc", "--cite"],
];

/// The pages, with and without options, in both languages.
fn pages() -> Vec<Vec<&'static str>> {
    PAGES
        .iter()
        .chain(WITH_OPTIONS)
        .flat_map(|page| {
            let mut lv = page.to_vec();
            lv.extend(["--lang", "lv"]);
            [page.to_vec(), lv]
        })
        .collect()
}

/// What a pipe gets with no COLUMNS: the page at its fixed widths.
fn piped(args: &[&str], columns: Option<&str>) -> String {
    let mut command = attache();
    command.args(args);
    if let Some(columns) = columns {
        command.env("COLUMNS", columns);
    }
    let output = command.output().expect("attache runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Whether `token` is only the drawing of a table: borders, rules, junctions.
fn is_drawing(token: &str) -> bool {
    token
        .chars()
        .all(|c| matches!(c, '+' | '-' | '=' | '|' | '\u{2500}'..='\u{257F}'))
}

/// The words of a page and how often each appears, its table drawing left out.
fn words(page: &str) -> BTreeMap<&str, usize> {
    let mut words = BTreeMap::new();
    for word in page
        .split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257F}').contains(&c))
        .filter(|w| !w.is_empty() && !is_drawing(w))
    {
        *words.entry(word).or_default() += 1;
    }
    words
}

/// A list marker or a reference number, which a line may hold beside a word too long for it.
fn is_marker(token: &str) -> bool {
    token == "-"
        || token
            .strip_suffix('.')
            .is_some_and(|n| n.parse::<u32>().is_ok())
        || token
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .is_some_and(|n| n.parse::<u32>().is_ok())
}

/// Fails unless every line of `page` fits in `width` columns, but a line that holds one word
/// longer than the room it has (beside a list marker at most): no line could hold that word.
fn check_fits(page: &str, width: usize, what: &str) {
    for line in page.lines() {
        if line.width() <= width {
            continue;
        }
        let tokens: Vec<&str> = line.split_whitespace().filter(|t| !is_drawing(t)).collect();
        let longest = tokens
            .iter()
            .copied()
            .max_by_key(|t| t.width())
            .unwrap_or("");
        let others_are_markers = tokens
            .iter()
            .filter(|t| **t != longest)
            .all(|t| is_marker(t));
        assert!(
            others_are_markers && longest.width() > width / 2,
            "{what}: a line of {} columns is wider than {width}:\n{line}\n\n{page}",
            line.width()
        );
    }
}

/// Fails unless `page` holds the words of `reference`, each whole: every word of one is a
/// word of the other, at least as often (a table written record by record repeats its headers).
fn check_words(page: &str, reference: &str, what: &str) {
    let (got, want) = (words(page), words(reference));
    let missing: Vec<_> = want.iter().filter(|(w, n)| got.get(*w) < Some(n)).collect();
    let new: Vec<_> = got.keys().filter(|w| !want.contains_key(*w)).collect();
    assert!(
        missing.is_empty() && new.is_empty(),
        "{what}: words of a pipe's page missing {missing:?}, words that are not {new:?}:\n{page}"
    );
}

/// Each page run on a terminal `width` columns wide, in a pane of its own: (arguments, what the
/// pane shows, history included, with lines the terminal wrapped joined again).
fn on_terminal(width: u16, pages: &[Vec<&str>], env: &[&str]) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    // A pane's history holds the longest page.
    let config = "set -g history-limit 100000\n";
    let idle = ["sleep", "600"].map(str::to_owned);
    let tmux = Tmux::start(dir.path(), "terminal width", config, (width, 50), &idle);
    let commands: Vec<Vec<&str>> = pages
        .iter()
        .map(|args| {
            let mut command = vec!["env", "-i", "TERM=screen", "LANG=C.UTF-8"];
            command.extend(env);
            // Notes on stderr ("Norway → Norvēģija") are not the page; the exit status, after
            // it, says that the page has been read whole. The pane then stays open until the
            // server ends (tmux loses the end of a page whose pane closes at once).
            let script = "\"$@\" 2>/dev/null; echo \"[exit $?]\"; exec sleep 600";
            command.extend(["sh", "-c", script, "sh"]);
            command.push(env!("CARGO_BIN_EXE_attache"));
            command.extend(args.iter());
            command
        })
        .collect();
    // All at once, each in a window of its own.
    let panes: Vec<String> = commands
        .iter()
        .map(|command| {
            let mut args = vec!["new-window", "-d", "-P", "-F", "#{pane_id}", "--"];
            args.extend(command);
            let output = tmux.run(&args);
            String::from_utf8_lossy(&output.stdout).trim().to_owned()
        })
        .collect();
    pages
        .iter()
        .zip(&panes)
        .map(|(args, pane)| {
            let what = args.join(" ");
            let capture = || {
                let output =
                    tmux.run(&["capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", pane]);
                String::from_utf8_lossy(&output.stdout).into_owned()
            };
            let start = std::time::Instant::now();
            let screen = loop {
                let screen = capture();
                if screen.lines().any(|l| l.starts_with("[exit ")) {
                    break screen;
                }
                assert!(
                    start.elapsed() < std::time::Duration::from_secs(20),
                    "{what}: no end in sight:\n{screen}"
                );
                std::thread::sleep(std::time::Duration::from_millis(20));
            };
            let (page, status) = screen.split_once("[exit ").expect("an end");
            assert!(status.starts_with("0]"), "{what} failed: {screen}");
            let output = tmux.run(&["display-message", "-p", "-t", pane, "#{pane_width}"]);
            assert_eq!(
                String::from_utf8_lossy(&output.stdout).trim(),
                width.to_string()
            );
            let page: Vec<&str> = page.lines().map(str::trim_end).collect();
            let page = page.join("\n").trim_end().to_owned() + "\n";
            (format!("{what} at {width} columns"), page)
        })
        .collect()
}

#[test]
fn every_page_fits_a_terminal_without_cutting_a_word() {
    if !require_tool("tmux") {
        return;
    }
    let pages = pages();
    let references: Vec<String> = pages.iter().map(|args| piped(args, None)).collect();
    for &width in WIDTHS {
        let shown = on_terminal(width, &pages, &[]);
        for ((what, page), reference) in shown.iter().zip(&references) {
            check_fits(page, usize::from(width), what);
            check_words(page, reference, what);
        }
    }
}

#[test]
fn columns_wins_over_the_terminals_width() {
    if !require_tool("tmux") {
        return;
    }
    let pages: Vec<Vec<&str>> = vec![vec!["country", "Norway"], vec!["unsc"], vec!["sources"]];
    for (what, page) in on_terminal(120, &pages, &["COLUMNS=60"]) {
        check_fits(&page, 60, &what);
        assert!(
            page.lines().any(|l| l.width() > 50),
            "{what}: uses the 60 columns:\n{page}"
        );
    }
}

#[test]
fn columns_shapes_a_pipe_too() {
    for args in pages() {
        let reference = piped(&args, None);
        let page = piped(&args, Some("50"));
        let what = format!("COLUMNS=50 attache {}", args.join(" "));
        check_fits(&page, 50, &what);
        check_words(&page, &reference, &what);
        // Still a pipe's page: plain ASCII, no colour.
        assert!(
            !page.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)),
            "{what}"
        );
        assert!(!page.contains('\x1b'), "{what}");
    }
}

#[test]
fn a_pipe_without_a_usable_columns_keeps_its_fixed_widths() {
    for args in [&["unsc"][..], &["sources"], &["country", "Norway"]] {
        let reference = piped(args, None);
        for columns in ["", "abc", "0", "-40", " 80", "+80", "80x", "٨٠"] {
            assert_eq!(piped(args, Some(columns)), reference, "COLUMNS={columns:?}");
        }
        // Out of bounds: the nearest width attache writes for.
        assert_eq!(piped(args, Some("5")), piped(args, Some("20")), "{args:?}");
        assert_eq!(
            piped(args, Some("99999999999999999999999")),
            piped(args, Some("1000")),
            "{args:?}"
        );
        assert_eq!(
            piped(args, Some("0040")),
            piped(args, Some("40")),
            "{args:?}"
        );
    }
}
