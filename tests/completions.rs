//! The completion scripts, driven in the real shells.
//!
//! bash (with bash-completion), zsh (`zsh -f` with compinit) and fish each run interactively in
//! tmux: a line is typed, Tab pressed, and the completed line run, with `attache` defined as a
//! shell function that prints its arguments, so a test sees the arguments the binary would get.
//! bash's candidates are also read from COMPREPLY in a non-interactive bash, and fish's from
//! `complete -C`. Names from a `--data` set that would run a command if a shell evaluated them
//! must complete literally and run nothing.
//!
//! A missing shell, bash-completion or tmux skips a test with a note on stderr, or fails it when
//! CI=true (`common::require_tool`).

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{BASH_COMPLETION, attache, require_tools, run};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl Shell {
    fn name(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
        }
    }

    /// Whether every tool a test in this shell needs is installed (see `require_tool`).
    fn available(self, tmux: bool) -> bool {
        let mut tools = vec![self.name()];
        if self == Shell::Bash {
            tools.push("bash-completion");
        }
        if tmux {
            tools.push("tmux");
        }
        // Every one is checked, so that a note (or CI's failure) names each missing tool.
        require_tools(&tools)
    }
}

/// The prompt every shell is given, to tell when a command has ended.
const PROMPT: &str = "READY>";

/// Printed by the shell function `attache` around each argument it gets.
fn arguments_of(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .map(|line| {
            line.strip_prefix('<')
                .and_then(|l| l.strip_suffix('>'))
                .unwrap_or_else(|| panic!("not an argument line: {line:?}"))
                .to_owned()
        })
        .collect()
}

/// What a shell prints when a script is broken: none may appear.
const SHELL_ERRORS: [&str; 6] = [
    "unmatched",
    "parse error",
    "syntax error",
    "command not found",
    "Unknown command",
    "bad substitution",
];

/// A temporary HOME holding the completion script (made with `data` as `--data`, if given),
/// the shell's set-up file, and a file whose name begins like a country's, which name
/// completion must never offer.
struct Home {
    dir: tempfile::TempDir,
    shell: Shell,
}

/// A file in every HOME that file completion would offer for `Nor`.
const DECOY: &str = "Norfile-not-a-country.txt";

impl Home {
    fn new(shell: Shell, data: Option<&Path>) -> Home {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut args = vec!["completions", shell.name()];
        if let Some(data) = data {
            args.extend(["--data", data.to_str().expect("a UTF-8 path")]);
        }
        let output = attache().args(&args).output().expect("attache runs");
        assert!(output.status.success(), "{output:?}");
        assert!(output.stderr.is_empty(), "{output:?}");
        let home = Home { dir, shell };
        std::fs::create_dir_all(home.path().join("zfunc")).expect("a directory");
        std::fs::write(home.script(), &output.stdout).expect("script written");
        std::fs::write(home.path().join(DECOY), "").expect("decoy written");
        let script = home.script().display().to_string();
        let setup = match shell {
            Shell::Bash => format!(
                "source {BASH_COMPLETION}\n\
                 source '{script}'\n\
                 attache() {{ printf '<%s>\\n' \"$@\"; }}\n\
                 PS1='{PROMPT} '\n"
            ),
            Shell::Zsh => format!(
                "fpath=('{}' $fpath)\n\
                 autoload -U compinit\n\
                 compinit -u -D\n\
                 attache() {{ printf '<%s>\\n' \"$@\" }}\n\
                 PS1='{PROMPT} '\n",
                home.path().join("zfunc").display()
            ),
            Shell::Fish => format!(
                "source '{script}'\n\
                 function attache; printf '<%s>\\n' $argv; end\n\
                 function fish_prompt; printf '{PROMPT} '; end\n\
                 set -g fish_greeting\n\
                 set -g fish_autosuggestion_enabled 0\n"
            ),
        };
        std::fs::write(home.setup(), setup).expect("set-up written");
        home
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the shell's users put it: zsh autoloads `_attache` from `fpath`.
    fn script(&self) -> PathBuf {
        match self.shell {
            Shell::Bash => self.path().join("attache.bash"),
            Shell::Zsh => self.path().join("zfunc").join("_attache"),
            Shell::Fish => self.path().join("attache.fish"),
        }
    }

    fn setup(&self) -> PathBuf {
        self.path().join(format!("setup.{}", self.shell.name()))
    }

    /// A clean environment for a shell: no rc file or setting of the user's gets in.
    fn env(&self, command: &mut Command) {
        command
            .env_clear()
            .env("HOME", self.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("LANG", "C.UTF-8")
            .env("TERM", "screen")
            .current_dir(self.path());
    }
}

/// The shell, started with `env -i` so that only the HOME's environment reaches it.
fn shell_command(home: &Home) -> Vec<String> {
    let setup = home.setup().display().to_string();
    let home_dir = home.path().display().to_string();
    let mut command: Vec<String> = [
        "env",
        "-i",
        &format!("HOME={home_dir}"),
        &format!(
            "PATH={}",
            std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".to_owned())
        ),
        "LANG=C.UTF-8",
        "TERM=screen",
    ]
    .map(str::to_owned)
    .to_vec();
    let shell: &[&str] = match home.shell {
        Shell::Bash => &["bash", "--noprofile", "--rcfile", &setup, "-i"],
        // zsh -f reads no file: the set-up is typed (see `fresh_shell`).
        Shell::Zsh => &["zsh", "-f"],
        Shell::Fish => &["fish", "--no-config", "-C", &format!("source '{setup}'")],
    };
    command.extend(shell.iter().map(|s| (*s).to_owned()));
    command
}

/// An interactive shell in a tmux server of its own (`common::Tmux`, a private socket under
/// the temporary HOME), killed when dropped.
struct Tmux<'a> {
    home: &'a Home,
    server: common::Tmux,
}

/// The server's own commands (`run`, `screen`, `keys`, `wait_for`, ...).
impl std::ops::Deref for Tmux<'_> {
    type Target = common::Tmux;

    fn deref(&self) -> &common::Tmux {
        &self.server
    }
}

impl<'a> Tmux<'a> {
    fn start(home: &'a Home) -> Tmux<'a> {
        let shell = shell_command(home);
        let server = common::Tmux::start(home.path(), home.shell.name(), "", (200, 50), &shell);
        Tmux { home, server }
    }

    fn shell_command(&self) -> Vec<String> {
        shell_command(self.home)
    }

    /// A new shell in the pane, set up and showing its prompt: no state of one case (a
    /// completion menu, a half-typed quote) reaches the next.
    fn fresh_shell(&self) {
        let mut args = vec!["respawn-pane".to_owned(), "-k".to_owned()];
        args.extend(self.shell_command());
        self.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        if self.home.shell == Shell::Zsh {
            self.wait_for("zsh's first prompt", |s| !s.trim().is_empty());
            self.type_text(&format!("source '{}'", self.home.setup().display()));
            self.keys(&["Enter"]);
        }
        self.wait_for("the prompt", |s| {
            s.lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .map(str::trim)
                == Some(PROMPT)
        });
    }

    /// Types `line`, presses Tab, runs the completed line and returns the arguments it gave.
    fn complete_and_run(&self, line: &str) -> Vec<String> {
        self.fresh_shell();
        self.type_text(line);
        self.keys(&["Tab"]);
        self.settle();
        self.keys(&["Enter"]);
        let screen = self.wait_for("the command to end", |s| {
            s.lines().filter(|l| l.starts_with(PROMPT)).count() >= 2
        });
        check_no_errors(self.home.shell, &screen);
        let lines: Vec<&str> = screen.lines().collect();
        let prompts: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].starts_with(PROMPT))
            .collect();
        arguments_of(&lines[prompts[prompts.len() - 2] + 1..prompts[prompts.len() - 1]])
    }

    /// Types `line`, presses Tab until the screen shows every name of `shown` and returns it.
    /// Three times at most: bash lists the candidates at the second Tab, or at the third when
    /// the first inserted their common beginning.
    fn list(&self, line: &str, shown: &[&str]) -> String {
        self.fresh_shell();
        self.type_text(line);
        let all_shown = |screen: &str| shown.iter().all(|name| screen.contains(name));
        for _ in 0..2 {
            self.keys(&["Tab"]);
            let screen = self.settle();
            if all_shown(&screen) {
                check_no_errors(self.home.shell, &screen);
                return screen;
            }
        }
        self.keys(&["Tab"]);
        let screen = self.wait_for(&format!("{shown:?} listed for {line:?}"), all_shown);
        check_no_errors(self.home.shell, &screen);
        screen
    }
}

fn check_no_errors(shell: Shell, screen: &str) {
    for error in SHELL_ERRORS {
        assert!(
            !screen.contains(error),
            "{}: {error:?} on the screen:\n{screen}",
            shell.name()
        );
    }
}

/// What typing a line and pressing Tab must give.
enum Expect {
    /// Run, the completed line gives these arguments.
    Runs(Vec<String>),
    /// The candidates shown include the first names and none of the second.
    Lists(&'static [&'static str], &'static [&'static str]),
}

fn runs(line: &str, arguments: &[&str]) -> (String, Expect) {
    let arguments = arguments.iter().map(|a| (*a).to_owned()).collect();
    (line.to_owned(), Expect::Runs(arguments))
}

fn lists(
    line: &str,
    shown: &'static [&'static str],
    not_shown: &'static [&'static str],
) -> (String, Expect) {
    (line.to_owned(), Expect::Lists(shown, not_shown))
}

/// The cases every shell must pass on the built-in data. fish's own matching sees no match
/// between `Vac` and `Vācija`: there the spelling without diacritics is offered instead.
fn cases(shell: Shell) -> Vec<(String, Expect)> {
    let fish = shell == Shell::Fish;
    vec![
        lists("attache country Nor", &["Norway", "Norvēģija"], &[DECOY]),
        runs("attache country Vāc", &["country", "Vācija"]),
        runs(
            "attache country Vac",
            &["country", if fish { "Vacija" } else { "Vācija" }],
        ),
        runs("attache country vāc", &["country", "Vācija"]),
        runs("attache country Dienvidk", &["country", "Dienvidkoreja"]),
        runs("attache city Varš", &["city", "Varšava"]),
        runs(
            "attache city Vars",
            &["city", if fish { "Varsava" } else { "Varšava" }],
        ),
        // Names that sort after "Côte d'Ivoire", whose quote broke every shell's script.
        lists("attache country Zamb", &["Zambia", "Zambija"], &[]),
        runs("attache country Zimbabw", &["country", "Zimbabwe"]),
        runs("attache country Côte", &["country", "Côte d'Ivoire"]),
        runs("attache country 'Côte d", &["country", "Côte d'Ivoire"]),
        runs("attache country \"Côte d", &["country", "Côte d'Ivoire"]),
        runs("attache country United\\ K", &["country", "United Kingdom"]),
        runs(
            "attache country United K",
            &["country", "United", "Kingdom"],
        ),
        runs(
            "attache country Bonaire,\\ Sint\\ E",
            &["country", "Bonaire, Sint Eustatius and Saba"],
        ),
        lists("attache graph --country Nor", &["Norway"], &[DECOY]),
        runs(
            "attache graph --country Norw",
            &["graph", "--country", "Norway"],
        ),
        runs(
            "attache graph --country=Norw",
            &["graph", "--country=Norway"],
        ),
        runs(
            "attache non-resident --city Viļ",
            &["non-resident", "--city", "Viļņa"],
        ),
        runs(
            "attache --lang lv country Norv",
            &["--lang", "lv", "country", "Norvēģija"],
        ),
        runs("attache country --lang l", &["country", "--lang", "lv"]),
        runs("attache coun", &["country"]),
    ]
}

fn check_cases(tmux: &Tmux, cases: Vec<(String, Expect)>) {
    let shell = tmux.home.shell.name();
    for (line, expect) in cases {
        match expect {
            Expect::Runs(arguments) => {
                assert_eq!(
                    tmux.complete_and_run(&line),
                    arguments,
                    "{shell}: {line:?} then Tab"
                );
            }
            Expect::Lists(shown, not_shown) => {
                let screen = tmux.list(&line, shown);
                for name in not_shown {
                    assert!(
                        !screen.contains(name),
                        "{shell}: {line:?} offers {name:?}:\n{screen}"
                    );
                }
            }
        }
    }
}

fn completes_in(shell: Shell) {
    if !shell.available(true) {
        return;
    }
    let home = Home::new(shell, None);
    let tmux = Tmux::start(&home);
    check_cases(&tmux, cases(shell));
}

#[test]
fn bash_completes_names_whole_with_or_without_diacritics() {
    completes_in(Shell::Bash);
}

#[test]
fn zsh_completes_names_whole_with_or_without_diacritics() {
    completes_in(Shell::Zsh);
}

#[test]
fn fish_completes_names_whole() {
    completes_in(Shell::Fish);
}

/// A data set whose names would run `touch MARKER` if a shell evaluated one, or break out of
/// a quote.
struct HostileData {
    dir: tempfile::TempDir,
}

impl HostileData {
    fn new() -> HostileData {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let output = attache()
            .arg("export")
            .arg(dir.path().join("data"))
            .output()
            .expect("attache runs");
        assert!(output.status.success(), "{output:?}");
        let data = HostileData { dir };
        let file = data.path().join("countries.json");
        let text = std::fs::read_to_string(&file).expect("countries.json");
        let mut countries: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        for country in countries.as_array_mut().expect("a list of countries") {
            let name = match country["alpha2"].as_str() {
                Some("AD") => data.evil(),
                Some("AE") => data.backquoted(),
                Some("AF") => data.separated(),
                Some("AG") => EXPANSIONS.to_owned(),
                Some("IE") => OBRIEN.to_owned(),
                _ => continue,
            };
            country["en"]["name"] = serde_json::Value::String(name);
        }
        std::fs::write(&file, countries.to_string()).expect("countries.json written");
        let output = attache()
            .arg("--data")
            .arg(data.path())
            .arg("check")
            .output()
            .expect("attache runs");
        assert!(output.status.success(), "the hostile set loads: {output:?}");
        data
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn marker(&self) -> PathBuf {
        self.dir.path().join("MARKER")
    }

    fn evil(&self) -> String {
        format!("Evil$(touch {})Land", self.marker().display())
    }

    /// Command substitution the old way.
    fn backquoted(&self) -> String {
        format!("Tick`touch {}`Land", self.marker().display())
    }

    /// A command after a separator, and a redirection.
    fn separated(&self) -> String {
        format!("Semi;touch {};Land >x", self.marker().display())
    }
}

/// Parameter, arithmetic and brace expansion, a glob, history expansion and zsh's prompt
/// escapes: each would change the word if a shell read it.
const EXPANSIONS: &str = "Dollar${IFS}Brace$((6*7)){a,b}*?[x]!!%F{red}~";

/// Quotes of each kind, a backquote, a backslash and a variable.
const OBRIEN: &str = "O'Brien \"x\" `y` \\z $HOME";

fn hostile_names_complete_literally_in(shell: Shell) {
    if !shell.available(true) {
        return;
    }
    let data = HostileData::new();
    let home = Home::new(shell, Some(&data.path()));
    let tmux = Tmux::start(&home);
    check_cases(
        &tmux,
        vec![
            runs("attache country Ev", &["country", &data.evil()]),
            runs("attache country Tick", &["country", &data.backquoted()]),
            runs("attache country Semi", &["country", &data.separated()]),
            runs("attache country Dollar", &["country", EXPANSIONS]),
            runs("attache country O\\'B", &["country", OBRIEN]),
            lists("attache country Nor", &["Norway"], &[DECOY]),
        ],
    );
    assert!(
        !data.marker().exists(),
        "{}: a name was evaluated",
        shell.name()
    );
}

#[test]
fn bash_completes_hostile_names_literally() {
    hostile_names_complete_literally_in(Shell::Bash);
}

#[test]
fn zsh_completes_hostile_names_literally() {
    hostile_names_complete_literally_in(Shell::Zsh);
}

#[test]
fn fish_completes_hostile_names_literally() {
    hostile_names_complete_literally_in(Shell::Fish);
}

/// Runs `program` in `shell` (non-interactively) with `args`, in `home`'s clean environment.
fn shell_output(home: &Home, program: &[&str], args: &[&str]) -> Output {
    let mut command = Command::new(program[0]);
    home.env(&mut command);
    command
        .args(&program[1..])
        .args(args)
        .output()
        .expect("the shell runs")
}

/// The script loads in its shell with nothing on stderr, and parses.
#[test]
fn every_script_loads_silently() {
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        if !shell.available(false) {
            continue;
        }
        let home = Home::new(shell, None);
        let script = home.script().display().to_string();
        let load = match shell {
            Shell::Bash => format!("source {BASH_COMPLETION}; source '{script}'"),
            Shell::Zsh => format!("autoload -U compinit; compinit -u -D; source '{script}'"),
            Shell::Fish => format!("source '{script}'"),
        };
        let flags: &[&str] = match shell {
            Shell::Bash => &["--norc", "--noprofile"],
            Shell::Zsh => &["-f"],
            Shell::Fish => &["--no-config"],
        };
        for args in [vec!["-c", load.as_str()], vec!["-n", script.as_str()]] {
            let mut program = vec![shell.name()];
            program.extend(flags);
            let output = shell_output(&home, &program, &args);
            assert!(
                output.status.success() && output.stderr.is_empty(),
                "{} {args:?}: {}",
                shell.name(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

/// bash's candidates for the words of a line (the last one being completed), from the
/// function bash-completion would call, in a non-interactive bash; after them, for each, a
/// line `--` and the arguments the line completed with it gives, by `eval` into an array as
/// bash would read the line.
const BASH_CANDIDATES: &str = r#"
source "$1"
source "$2"
shift 2
COMP_WORDS=("$@")
COMP_CWORD=$(( $# - 1 ))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
spec=$(complete -p attache)
[[ $spec =~ -F\ ([^ ]+) ]] || exit 3
current=${COMP_WORDS[COMP_CWORD]}
text=$current
case ${text:0:1} in [\'\"]) text=${text:1} ;; esac
"${BASH_REMATCH[1]}" attache "$text" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
for reply in "${COMPREPLY[@]}"; do
    line="${COMP_LINE%"$text"}$reply"
    eval "arguments=($line)"
    printf -- '--\n'
    printf '%s\n' "${arguments[@]:1}"
done
"#;

/// The candidates, and for each the arguments of the line it completes.
fn bash_candidates(home: &Home, words: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let script = home.script().display().to_string();
    let mut args = vec![BASH_COMPLETION, script.as_str(), "attache"];
    args.extend(words);
    let output = shell_output(
        home,
        &[
            "bash",
            "--norc",
            "--noprofile",
            "-c",
            BASH_CANDIDATES,
            "bash",
        ],
        &args,
    );
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{words:?}: {output:?}"
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let mut groups = stdout
        .split("--\n")
        .map(|group| group.lines().map(str::to_owned).collect::<Vec<String>>());
    let candidates = groups.next().unwrap_or_default();
    let arguments: Vec<Vec<String>> = groups.collect();
    assert_eq!(arguments.len(), candidates.len(), "{stdout}");
    (candidates, arguments)
}

/// The arguments of the line completed with its one candidate.
fn bash_completed(home: &Home, words: &[&str]) -> Vec<String> {
    let (candidates, mut arguments) = bash_candidates(home, words);
    assert_eq!(candidates.len(), 1, "{words:?}: {candidates:?}");
    arguments.remove(0)
}

#[test]
fn bash_offers_exactly_the_matching_names() {
    if !Shell::Bash.available(false) {
        return;
    }
    let home = Home::new(Shell::Bash, None);
    let nor = [
        "Norfolk\\ Island",
        "Norfolkas\\ sala",
        "North\\ Korea",
        "North\\ Macedonia",
        "Northern\\ Mariana\\ Islands",
        "Norvēģija",
        "Norway",
    ];
    assert_eq!(bash_candidates(&home, &["country", "Nor"]).0, nor);
    assert_eq!(
        bash_candidates(&home, &["graph", "--country", "Nor"]).0,
        nor
    );
    assert_eq!(
        bash_candidates(&home, &["graph", "--country", "=", "Norw"]).0,
        ["Norway"]
    );
    assert_eq!(
        bash_candidates(&home, &["country", "Côte"]).0,
        ["Côte\\ d\\'Ivoire"]
    );
    // Completed, each line gives the name as one argument, also inside a quote begun.
    for word in ["Côte", "'Côte d", "\"Côte d", "Côte\\ d\\'I"] {
        assert_eq!(
            bash_completed(&home, &["country", word]),
            ["country", "Côte d'Ivoire"],
            "{word}"
        );
    }
    assert_eq!(
        bash_candidates(&home, &["country", "United", "K"]).0,
        ["Kingdom"]
    );
    assert_eq!(
        bash_candidates(&home, &["country", "United\\ K"]).0,
        ["United\\ Kingdom"]
    );
    assert_eq!(bash_candidates(&home, &["country", "VAC"]).0, ["Vācija"]);
    assert_eq!(bash_candidates(&home, &["city", "vars"]).0, ["Varšava"]);
    // Among several, a name matched without its diacritics comes without them, so that the
    // candidates' common beginning (which readline inserts) is still "Tu".
    let tu = bash_candidates(&home, &["country", "tu"]).0;
    assert!(tu.contains(&"Turkiye".to_owned()) && tu.contains(&"Turcija".to_owned()));
    assert!(tu.iter().all(|c| c.starts_with("Tu")), "{tu:?}");
    // Options and their values are clap's.
    assert_eq!(
        bash_candidates(&home, &["country", "--lang", "l"]).0,
        ["lv"]
    );
    assert_eq!(bash_candidates(&home, &["country", "--js"]).0, ["--json"]);

    let data = HostileData::new();
    let home = Home::new(Shell::Bash, Some(&data.path()));
    let evil = data.evil();
    // Each candidate, put on the line and read back by bash, is the name: inside a quote
    // begun too, and among others (where the quote is closed by the candidate itself).
    for quote in ["", "'", "\""] {
        for (typed, name) in [("Ev", evil.as_str()), ("O", OBRIEN), ("O\\'B", OBRIEN)] {
            if quote == "'" && typed.contains('\'') {
                continue; // Nobody types `\'` inside single quotes.
            }
            let word = format!("{quote}{typed}");
            let (candidates, arguments) = bash_candidates(&home, &["country", &word]);
            assert!(
                arguments.contains(&vec!["country".to_owned(), name.to_owned()]),
                "{word}: {candidates:?} {arguments:?}"
            );
        }
    }
    assert!(!data.marker().exists(), "a name was evaluated");
}

fn fish_candidates(home: &Home, line: &str) -> Vec<String> {
    let output = shell_output(
        home,
        &[
            "fish",
            "--no-config",
            "-c",
            "source $argv[1]; complete -C $argv[2]",
        ],
        &[home.script().to_str().expect("UTF-8"), line],
    );
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{line:?}: {output:?}"
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn fish_offers_the_names_and_their_spellings_without_diacritics() {
    if !Shell::Fish.available(false) {
        return;
    }
    let home = Home::new(Shell::Fish, None);
    let nor = [
        "Norfolk Island",
        "Norfolkas sala",
        "North Korea",
        "North Macedonia",
        "Northern Mariana Islands",
        "Norvēģija",
        "Norway",
    ];
    assert_eq!(fish_candidates(&home, "attache country Nor"), nor);
    assert_eq!(fish_candidates(&home, "attache graph --country Nor"), nor);
    assert_eq!(fish_candidates(&home, "attache country Vāc"), ["Vācija"]);
    assert_eq!(
        fish_candidates(&home, "attache country Vac"),
        ["Vacija\tVācija"]
    );
    assert_eq!(
        fish_candidates(&home, "attache city Vars"),
        ["Varsava\tVaršava"]
    );
    assert_eq!(
        fish_candidates(&home, "attache country United K"),
        ["Kingdom"]
    );
    assert_eq!(
        fish_candidates(&home, "attache country United\\ K"),
        ["United Kingdom"]
    );

    let data = HostileData::new();
    let home = Home::new(Shell::Fish, Some(&data.path()));
    assert_eq!(fish_candidates(&home, "attache country Ev"), [data.evil()]);
    assert_eq!(fish_candidates(&home, "attache country O\\'B"), [OBRIEN]);
    assert!(!data.marker().exists(), "a name was evaluated");
}

/// PowerShell and elvish are not driven (no pwsh here): their scripts keep their shape, and
/// PowerShell's names stay inside its quotes.
#[test]
fn powershell_and_elvish_scripts_keep_their_shape() {
    let script = |shell: &str, data: Option<&Path>| {
        let mut command = attache();
        if let Some(data) = data {
            command.arg("--data").arg(data);
        }
        let output = command.args(["completions", shell]).output().expect("runs");
        assert!(output.status.success());
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let powershell = script("powershell", None);
    assert!(powershell.contains("Register-ArgumentCompleter -Native -CommandName 'attache'"));
    for word in ["'Norway'", "'Norvēģija'", "'Varšava'", "'Kingdom'"] {
        assert!(powershell.contains(word), "PowerShell lacks {word}");
    }
    // A word that needs quoting on the line is quoted there: `'d''Ivoire'`, written inside
    // the script's own single quotes.
    assert!(powershell.contains("[CompletionResult]::new('''d''''Ivoire''', 'd''Ivoire'"));
    let elvish = script("elvish", None);
    for word in ["country", "non-resident", "--lang", "--json"] {
        assert!(elvish.contains(word), "elvish lacks {word}");
    }

    let data = HostileData::new();
    let powershell = script("powershell", Some(&data.path()));
    assert!(powershell.contains("[CompletionResult]::new('''Evil$(touch''', 'Evil$(touch'"));
    assert!(powershell.contains("[CompletionResult]::new('''O''''Brien''', 'O''Brien'"));
}

/// For the built-in data the binary prints scripts written ahead of time (`generated/`); for a
/// `--data` directory it writes them when asked. An export of the built-in data gets the very
/// same bytes in every shell, so the shells driven above test both.
#[test]
fn the_built_in_names_complete_the_same_from_an_export() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = dir.path().join("data");
    let output = attache().arg("export").arg(&data).output().expect("runs");
    assert!(output.status.success(), "{output:?}");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = |data: Option<&Path>| {
            let mut command = attache();
            if let Some(data) = data {
                command.arg("--data").arg(data);
            }
            let output = command.args(["completions", shell]).output().expect("runs");
            assert!(output.status.success(), "{output:?}");
            output.stdout
        };
        assert!(
            script(None) == script(Some(&data)),
            "{shell}: the scripts differ"
        );
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let (code, stdout, _) = run(&["completions", "tcsh"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
}
