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
    if !require_tool("dot") {
        return false;
    }
    let output = piped_through("dot", &["-Tsvg"], source);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
    true
}

/// Runs `program` with `args`, `input` on its stdin and only PATH in its environment, and
/// returns what it wrote and how it ended (the program must be installed: [`require_tool`]).
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn piped_through(program: &str, args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new(program)
        .args(args)
        // As the test's own settings: no locale, GROFF_* or MANWIDTH of the user's shell.
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("written");
    child.wait_with_output().expect("it ends")
}

/// A tmux server of its own, on a private socket under `dir` (which is also its HOME and
/// working directory, so no setting of the user's gets in), killed when dropped. Tests drive
/// programs in its panes as a user's terminal would run them.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub struct Tmux {
    dir: std::path::PathBuf,
    socket: String,
    /// Says whose server it is in a failure's message ("bash", "terminal width").
    label: String,
}

#[allow(dead_code)]
impl Tmux {
    /// Starts a server in `dir` with the settings of `config` (tmux commands, one a line) and
    /// a first session of `width` x `height` running `command`.
    pub fn start(
        dir: &std::path::Path,
        label: &str,
        config: &str,
        (width, height): (u16, u16),
        command: &[String],
    ) -> Tmux {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "attache-{}-{}-{}",
            std::process::id(),
            label.replace(' ', "-"),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let config_file = dir.join(format!("{socket}.conf"));
        std::fs::write(&config_file, config).expect("tmux configuration written");
        let tmux = Tmux {
            dir: dir.to_owned(),
            socket,
            label: label.to_owned(),
        };
        let (width, height) = (width.to_string(), height.to_string());
        let config_file = config_file.display().to_string();
        let mut args = vec![
            "-f",
            &config_file,
            "new-session",
            "-d",
            "-x",
            &width,
            "-y",
            &height,
        ];
        args.extend(command.iter().map(String::as_str));
        tmux.run(&args);
        tmux
    }

    /// Runs the `tmux` command `args` on this server; it must succeed.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        let output = std::process::Command::new("tmux")
            .env_clear()
            .env("HOME", &self.dir)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("LANG", "C.UTF-8")
            .env("TERM", "screen")
            // The socket lives under `dir`, gone with it.
            .env("TMUX_TMPDIR", &self.dir)
            .current_dir(&self.dir)
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(output.status.success(), "tmux {args:?}: {output:?}");
        output
    }

    /// What the first pane shows now.
    pub fn screen(&self) -> String {
        let output = self.run(&["capture-pane", "-p"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.run(&args);
    }

    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-l", text]);
    }

    /// Polls the screen until `done` holds, for at most ten seconds (then fails, showing it).
    pub fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = std::time::Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > std::time::Duration::from_secs(10) {
                panic!("{}: timed out waiting for {what}:\n{screen}", self.label);
            }
            std::thread::sleep(std::time::Duration::from_millis(30));
        }
    }

    /// Waits until the screen stops changing: a key has been dealt with.
    pub fn settle(&self) -> String {
        let mut last = self.screen();
        let start = std::time::Instant::now();
        loop {
            std::thread::sleep(std::time::Duration::from_millis(150));
            let screen = self.screen();
            if screen == last || start.elapsed() > std::time::Duration::from_secs(5) {
                return screen;
            }
            last = screen;
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = std::process::Command::new("tmux")
            .env("TMUX_TMPDIR", &self.dir)
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// The pipe tables of a Markdown page: headers and rows of cells (a cell's lines joined by
/// `<br>`).
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn markdown_tables(stdout: &str) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let cells = |line: &str| -> Vec<String> {
        line.trim_start_matches("| ")
            .trim_end_matches(" |")
            .split(" | ")
            .map(str::to_owned)
            .collect()
    };
    let lines: Vec<&str> = stdout.lines().collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        if lines[i].starts_with("| ") && lines[i + 1].starts_with("| --- ") {
            let headers = cells(lines[i]);
            i += 2;
            let mut rows = Vec::new();
            while i < lines.len() && lines[i].starts_with("| ") {
                rows.push(cells(lines[i]));
                i += 1;
            }
            tables.push((headers, rows));
        } else {
            i += 1;
        }
    }
    tables
}

/// Every page of the tool written for people (prose and tables), by the commands and names
/// that make each: the terminal and vocabulary tests go over all of them.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub const PAGES: &[&[&str]] = &[
    &["country", "Norway"],
    &["country", "United States"],
    &["country", "Mali"],
    &["country", "Latvia"],
    &["city", "Warsaw"],
    &["city", "Riga"],
    &["city", "Washington"],
    &["about"],
    &["unsc"],
    &["postings"],
    &["non-resident"],
    &["accredited"],
    &["partners"],
    &["sources"],
    &["stats"],
    &["check"],
    &["search", "kiber"],
    &["search", "Varšava"],
    &["reciprocity"],
    &["graph", "--country", "Norway"],
];

/// Runs `script` in `sqlite3 :memory:` with `options` (say `-json`) and returns what it printed,
/// asserting that it succeeded and said nothing on stderr: sqlite3's `.import --csv` warns
/// there of a row with too few or too many fields. Check `require_tool("sqlite3")` first.
#[allow(dead_code)] // Not every test file that includes this module needs it.
pub fn sqlite3(options: &[&str], script: &str) -> String {
    let mut args = options.to_vec();
    args.extend(["-bail", ":memory:"]);
    let output = piped_through("sqlite3", &args, script);
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
