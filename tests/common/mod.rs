//! Running the `attache` binary from the end-to-end tests.

use assert_cmd::Command;

/// The binary, with a cleared environment: a user's shell settings must not leak into a test.
pub fn attache() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_attache"));
    cmd.env_clear();
    cmd
}

/// Runs `args` and returns (exit code, stdout, stderr).
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = attache().args(args).output().expect("attache runs");
    (
        output.status.code().expect("attache exits, not killed"),
        String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    )
}

/// Replaces the first `from` in the data file `file` of `dir` with `to`; `from` must be there.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn edit(dir: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("readable");
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("writable");
}

/// bash-completion's main script, which the bash completion tests load as a user's shell does.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

/// Whether `tool` is installed: a program on PATH, or "bash-completion" ([`BASH_COMPLETION`]).
/// A test that needs a missing tool prints a note on stderr and returns, so that `cargo test`
/// passes on a machine without it; with the environment variable CI set to `true` it fails
/// instead, so that CI never passes a test it did not run (`.ci/run` installs every tool).
///
/// A tool that `.ci/run` does not install (its `need` lines) is refused at once, on any
/// machine: CI would fail on it wherever the tool is missing.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn require_tool(tool: &str) -> bool {
    assert!(
        installed_by_ci(tool),
        "{tool}: a test needs it, but .ci/run does not install it (add a `need` line)"
    );
    let found = match tool {
        "bash-completion" => std::path::Path::new(BASH_COMPLETION).is_file(),
        _ => on_path(tool),
    };
    if found {
        return true;
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{tool} is not installed, and CI=true: a test needs it (.ci/run installs it)");
    }
    // Straight to stderr, not eprintln!: the test harness would capture that and show it
    // only for a failing test.
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "note: {tool} is not installed: the test that needs it did not run"
    );
    false
}

/// [`require_tool`] for each of `tools`, every one checked so that a note (or CI's failure)
/// names each that is missing: whether all are installed.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn require_tools(tools: &[&str]) -> bool {
    tools
        .iter()
        .fold(true, |all, tool| require_tool(tool) & all)
}

/// Whether `.ci/run` installs `tool`: a line `need PACKAGE COMMAND` names it as the command
/// (or, for bash-completion, as the package).
#[allow(dead_code)]
fn installed_by_ci(tool: &str) -> bool {
    include_str!("../../.ci/run").lines().any(|line| {
        let mut words = line.split_whitespace();
        words.next() == Some("need") && {
            let (package, command) = (words.next(), words.next());
            command == Some(tool) || (tool == "bash-completion" && package == Some(tool))
        }
    })
}

/// Whether an executable file named `program` is in a directory of PATH.
#[allow(dead_code)]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| is_executable(&dir.join(program)))
    })
}

#[allow(dead_code)]
#[cfg(unix)]
fn is_executable(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[allow(dead_code)]
#[cfg(not(unix))]
fn is_executable(path: &std::path::Path) -> bool {
    path.is_file() || path.with_extension("exe").is_file()
}

/// Renders `source` with Graphviz's `dot` to SVG and asserts it succeeded; `false` (with the
/// note of [`require_tool`]) where `dot` is missing.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn renders_with_graphviz(source: &str) -> bool {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    if !require_tool("dot") {
        return false;
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(source.as_bytes())
        .expect("written");
    let output = child.wait_with_output().expect("dot runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
    true
}

/// Runs `script` in `sqlite3 :memory:` with `options` (say `-json`) and returns what it printed,
/// asserting that it succeeded and said nothing on stderr: sqlite3's `.import --csv` warns
/// there of a row with too few or too many fields. Check `require_tool("sqlite3")` first.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn sqlite3(options: &[&str], script: &str) -> String {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("sqlite3")
        .args(options)
        .arg("-bail")
        .arg(":memory:")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sqlite3 runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("script written");
    let output = child.wait_with_output().expect("sqlite3 runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "{stderr}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The `.import --csv` line that loads the CSV file `path` into the table `table` (created
/// from the file's header row).
#[allow(dead_code)]
pub fn sqlite_import(path: &std::path::Path, table: &str) -> String {
    let path = path.to_str().expect("a UTF-8 path");
    assert!(!path.contains('"'), "{path}");
    format!(".import --csv \"{path}\" {table}\n")
}

/// A CSV table's header and records, read strictly with the csv crate: every record as long as
/// the header.
#[allow(dead_code)]
pub fn csv_table(text: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(text);
    let headers = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (headers, records)
}
