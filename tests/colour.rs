//! Colour on a terminal, byte for byte: the tables' bold cyan headers are written by attache on
//! the table comfy-table draws (`render::layout::drawn`), no longer by comfy-table's own cell
//! styling, whose `tty` feature links process spawning into every start of the program. The
//! files in tests/snapshots/colour/ were written at a1098b9, by comfy-table's styling, in a
//! pseudo-terminal (`script`): one table per case, at widths where headers wrap over several
//! lines and where a table is written record by record, in both languages, in a pipe with
//! `--color always`, and on a dumb terminal. The output must stay exactly theirs.

mod common;

use common::require_tool;

/// (snapshot file, command line, COLUMNS or none, TERM).
const CASES: &[(&str, &str, Option<&str>, &str)] = &[
    ("norway", "country Norway", None, "xterm"),
    ("norway40", "country Norway", Some("40"), "xterm"),
    ("accredited60", "accredited", Some("60"), "xterm"),
    ("stats50", "stats", Some("50"), "xterm"),
    ("stats70", "stats", Some("70"), "xterm"),
    ("postings_lv45", "postings --lang lv", Some("45"), "xterm"),
    ("postings50", "postings", Some("50"), "xterm"),
    ("nonres50", "non-resident", Some("50"), "xterm"),
    ("recip60", "reciprocity", Some("60"), "xterm"),
    ("about70", "about", Some("70"), "xterm"),
    ("sources_lv70", "sources --lang lv", Some("70"), "xterm"),
    ("nonres_dumb", "non-resident", None, "dumb"),
];

fn snapshot(name: &str) -> String {
    let path = format!(
        "{}/tests/snapshots/colour/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn coloured_tables_on_a_terminal_are_byte_for_byte_comfy_tables_own() {
    if !require_tool("script") {
        return;
    }
    for &(name, line, columns, term) in CASES {
        let mut command = std::process::Command::new("script");
        let line = format!("{} {line}", env!("CARGO_BIN_EXE_attache"));
        command
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TERM", term);
        if let Some(columns) = columns {
            command.env("COLUMNS", columns);
        }
        let output = command.output().expect("script runs");
        assert!(output.status.success(), "{name}: {output:?}");
        // The pseudo-terminal ends lines with CR LF.
        let got = String::from_utf8(output.stdout)
            .expect("UTF-8")
            .replace('\r', "");
        let expected = snapshot(name);
        if term != "dumb" {
            assert!(
                expected.contains("\x1b[38;5;14m\x1b[1m"),
                "{name}: a coloured header"
            );
        }
        assert!(got == expected, "{name}: {got:?}\n!=\n{expected:?}");
    }
}

#[test]
fn a_pipe_with_color_always_gets_the_same_header_colour() {
    let output = common::attache()
        .args(["postings", "--color", "always"])
        .output()
        .expect("attache runs");
    assert!(output.status.success());
    let got = String::from_utf8(output.stdout).expect("UTF-8");
    let expected = snapshot("postings_pipe");
    assert!(expected.contains("|\x1b[38;5;14m\x1b[1m Resides in"));
    assert_eq!(got, expected);
}
