//! The man page through the programs that read it: mandoc's checks, groff's warnings, and the
//! text both render, which must name every command, option and variable the tool has (walked
//! from clap's own tree, so a new option without an entry fails here).

use clap::CommandFactory;

mod common;
use common::{require_tool, run};

/// `attache man`, as a user gets it.
fn page() -> String {
    let (code, stdout, stderr) = run(&["man"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    stdout
}

/// Runs `program` with `args` on `input`; (exit code, stdout, stderr).
fn pipe(program: &str, args: &[&str], input: &str) -> (i32, String, String) {
    let output = common::piped_through(program, args, input);
    (
        output.status.code().expect("not killed"),
        String::from_utf8(output.stdout).expect("UTF-8 out"),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Terminal output as plain text: overstrikes (`X\bX` bold, `_\bX` underline) undone, and the
/// hyphens and minus signs a formatter may print for `\-` made the ASCII `-` a user types.
fn plain(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len());
    for c in rendered.chars() {
        match c {
            '\u{8}' => {
                out.pop();
            }
            '\u{2010}' | '\u{2212}' => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

/// The page as groff renders it for a UTF-8 terminal (warnings on), or `None` without groff.
fn rendered_by_groff() -> Option<String> {
    if !require_tool("groff") {
        return None;
    }
    let (code, stdout, stderr) = pipe("groff", &["-ww", "-man", "-Tutf8", "-P-c"], &page());
    assert_eq!((code, stderr.as_str()), (0, ""), "groff -Tutf8");
    Some(plain(&stdout))
}

/// The page as mandoc renders it for a UTF-8 terminal, or `None` without mandoc.
fn rendered_by_mandoc() -> Option<String> {
    if !require_tool("mandoc") {
        return None;
    }
    let (code, stdout, stderr) = pipe("mandoc", &["-T", "utf8"], &page());
    assert_eq!((code, stderr.as_str()), (0, ""), "mandoc -T utf8");
    Some(plain(&stdout))
}

#[test]
fn mandoc_lint_reports_nothing() {
    if !require_tool("mandoc") {
        return;
    }
    let (code, stdout, stderr) = pipe("mandoc", &["-T", "lint"], &page());
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
}

#[test]
fn groff_reports_nothing() {
    if !require_tool("groff") {
        return;
    }
    // The typesetter (PostScript) device, whose fonts lack most Latvian letters: the page's
    // drawn fallbacks must stand in for every one, or groff warns.
    let (code, stdout, stderr) = pipe("groff", &["-ww", "-z", "-man"], &page());
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
}

#[test]
fn the_page_is_ascii_roff() {
    // Plain groff reads its input as Latin-1: every other character is an escape.
    let page = page();
    assert!(page.is_ascii());
    assert!(page.starts_with(".TH \"ATTACHE\" 1 "), "{}", &page[..80]);
    assert!(page.contains("V\\[u0101]cij\\[u0101]"));
}

/// Words every rendering must hold: the real letters, not their escapes.
const MUST_READ: &[&str] = &[
    "Vācijā",
    "attaché",
    "Viļņā",
    "Varšava",
    "“Vācijā”",
    "attache country Vācijā --lang lv",
];

/// The environment variables the tool reads, whatever the code says (COLUMNS is the terminal's
/// width for tables and prose).
const VARIABLES: &[&str] = &[
    "ATTACHE_LANG",
    "ATTACHE_DATA",
    "NO_COLOR",
    "COLUMNS",
    "TERM",
];

/// The sections of rendered text: (heading, body), headings being the lines that start in
/// the first column.
fn sections(rendered: &str) -> Vec<(String, String)> {
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in rendered.lines() {
        let starts_section = line.starts_with(|c: char| c.is_ascii_uppercase())
            && !line.starts_with("ATTACHE(1)")
            && !line.starts_with("attache ");
        if starts_section {
            sections.push((line.trim().to_owned(), String::new()));
        } else if let Some((_, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    sections
}

fn section<'s>(sections: &'s [(String, String)], heading: &str) -> &'s str {
    sections
        .iter()
        .find(|(h, _)| h == heading)
        .map(|(_, body)| body.as_str())
        .unwrap_or_else(|| panic!("no section {heading}"))
}

/// Every environment variable the code reads (`var_os("NAME")`, `var("NAME")` in src/).
fn variables_read_by_the_code() -> Vec<String> {
    let mut names = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("UTF-8 source");
            // A file's unit tests (its `tests` module, at its end) are not the program: what
            // they read (ATTACHE_WRITE_GENERATED) no user sets.
            let text = text
                .find("#[cfg(test)]\nmod tests")
                .or_else(|| text.find("#[cfg(test)]\npub(crate) mod tests"))
                .map_or(&text[..], |end| &text[..end]);
            for call in ["var_os(\"", "env::var(\""] {
                for rest in text.split(call).skip(1) {
                    if let Some((name, _)) = rest.split_once('"') {
                        names.push(name.to_owned());
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// What every rendering must show: the letters, each command and its options in its own
/// entry, every option in OPTIONS, every variable in ENVIRONMENT, every data file in FILES.
fn assert_complete(renderer: &str, rendered: &str) {
    for words in MUST_READ {
        assert!(rendered.contains(words), "{renderer}: no {words:?}");
    }
    let sections = sections(rendered);
    let headings: Vec<&str> = sections.iter().map(|(h, _)| h.as_str()).collect();
    for heading in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "COMMANDS",
        "OPTIONS",
        "ENVIRONMENT",
        "EXIT STATUS",
        "FILES",
        "SOURCES",
        "EXAMPLES",
        "SEE ALSO",
        "VERSION",
    ] {
        assert!(
            headings.contains(&heading),
            "{renderer}: no {heading}: {headings:?}"
        );
    }

    let environment = section(&sections, "ENVIRONMENT");
    let mut variables: Vec<String> = VARIABLES.iter().map(|v| v.to_string()).collect();
    variables.extend(variables_read_by_the_code());
    for variable in &variables {
        assert!(
            has_tag(environment, variable),
            "{renderer}: {variable} not in ENVIRONMENT"
        );
    }

    let files = section(&sections, "FILES");
    for file in attache::data::FILES {
        assert!(files.contains(&format!("DIR/{file}")), "{renderer}: {file}");
    }
    assert!(files.contains("attache export DIR"), "{renderer}");

    let exit = section(&sections, "EXIT STATUS");
    for code in ["0", "1", "2"] {
        assert!(has_tag(exit, code), "{renderer}: exit {code}");
    }

    let mut cli = attache::cli::Cli::command();
    cli.build();
    let options = section(&sections, "OPTIONS");
    for arg in cli.get_arguments().filter(|a| !a.is_hide_set()) {
        for name in names_of(arg) {
            assert!(options.contains(&name), "{renderer}: {name} not in OPTIONS");
        }
        for value in arg.get_possible_values() {
            assert!(
                options.contains(value.get_name()),
                "{renderer}: {name:?}",
                name = value.get_name()
            );
        }
    }

    // Each command's entry under COMMANDS: from its heading, `attache NAME ...`, to the next.
    let commands = section(&sections, "COMMANDS");
    for sub in cli
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let entry = entry_of(commands, &format!("attache {}", sub.get_name()))
            .unwrap_or_else(|| panic!("{renderer}: no entry for {}", sub.get_name()));
        let after_help = sub
            .get_after_help()
            .map(ToString::to_string)
            .unwrap_or_default();
        if after_help.lines().any(|l| l.trim() == "Examples:") {
            assert!(
                entry.contains("Examples:"),
                "{renderer}: {}",
                sub.get_name()
            );
        }
        for arg in sub.get_arguments() {
            let is_output = attache::cli::OutputArgs::IDS.contains(&arg.get_id().as_str());
            let is_clap = matches!(arg.get_id().as_str(), "help" | "version");
            if is_clap || arg.is_hide_set() && !is_output {
                continue;
            }
            for name in names_of(arg) {
                // Long names of the output options: the entry says which it takes.
                let name = match (is_output, arg.get_long()) {
                    (true, Some(long)) => format!("--{long}"),
                    (true, None) => continue,
                    (false, _) => name,
                };
                if is_output && !arg.is_hide_set() && entry.contains("Output options: all") {
                    continue;
                }
                assert!(
                    entry.contains(&name),
                    "{renderer}: {name} not in {}'s entry:\n{entry}",
                    sub.get_name()
                );
            }
            if !is_output {
                for value in arg.get_possible_values() {
                    assert!(
                        entry.contains(value.get_name()),
                        "{renderer}: {}",
                        value.get_name()
                    );
                }
            }
        }
    }
    // `attache NAME`, which is no subcommand a user names.
    assert!(
        entry_of(commands, "attache [--table NAME] [OPTIONS] NAME...").is_some(),
        "{renderer}"
    );
}

/// Whether a line of `body` is a tagged paragraph's tag `tag`: at the section's indent, then
/// the end of the line or spaces (a short tag has its text beside it).
fn has_tag(body: &str, tag: &str) -> bool {
    body.lines().any(|line| {
        line.strip_prefix("       ")
            .and_then(|rest| rest.strip_prefix(tag))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// How a user types an argument: `--limit`, `-n`, or a positional one's `NAME`.
fn names_of(arg: &clap::Arg) -> Vec<String> {
    if arg.is_positional() {
        let value = arg
            .get_value_names()
            .and_then(|v| v.first().map(ToString::to_string))
            .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
        return vec![value];
    }
    let long = arg.get_long().map(|l| format!("--{l}"));
    let short = arg.get_short().map(|s| format!("-{s}"));
    long.into_iter().chain(short).collect()
}

/// The entry of COMMANDS whose heading (three spaces in) begins with `heading` and then a
/// space or the line's end.
fn entry_of<'c>(commands: &'c str, heading: &str) -> Option<&'c str> {
    let mut start = None;
    let mut offset = 0;
    for line in commands.split_inclusive('\n') {
        let is_heading = line.starts_with("   ") && !line.starts_with("    ");
        if is_heading {
            if let Some(begin) = start {
                return Some(&commands[begin..offset]);
            }
            let text = line.trim_end();
            let rest = text.trim_start().strip_prefix(heading);
            if rest.is_some_and(|r| r.is_empty() || r.starts_with(' ')) {
                start = Some(offset);
            }
        }
        offset += line.len();
    }
    start.map(|begin| &commands[begin..])
}

#[test]
fn groff_renders_every_command_option_and_variable() {
    if let Some(rendered) = rendered_by_groff() {
        assert_complete("groff", &rendered);
    }
}

#[test]
fn mandoc_renders_every_command_option_and_variable() {
    if let Some(rendered) = rendered_by_mandoc() {
        assert_complete("mandoc", &rendered);
    }
}

#[test]
fn refused_options_are_named_in_each_entry() {
    let Some(rendered) = rendered_by_groff() else {
        return;
    };
    let sections = sections(&rendered);
    let commands = section(&sections, "COMMANDS");
    let man = entry_of(commands, "attache man").expect("man's entry");
    assert!(
        man.contains("Output options: none; --lang, --format, --json"),
        "{man}"
    );
    let export = entry_of(commands, "attache export").expect("export's entry");
    assert!(
        export.contains("Output options: --lang, --data and --format only"),
        "{export}"
    );
    let stats = entry_of(commands, "attache stats").expect("stats' entry");
    assert!(
        stats.contains("all but --with-sources, which is refused"),
        "{stats}"
    );
    let country = entry_of(commands, "attache country").expect("country's entry");
    assert!(
        country.contains("Output options: all (see OPTIONS)"),
        "{country}"
    );
}

#[test]
fn the_exit_status_of_a_command_with_its_own_rule_is_in_exit_status() {
    let Some(rendered) = rendered_by_groff() else {
        return;
    };
    let exit = section(&sections(&rendered), "EXIT STATUS")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        exit.contains("attache check: 0 when no check fails (warnings allowed), 2 when one does."),
        "{exit}"
    );
}

/// The pages a page refers to, `\fBname\fR(N)`, anywhere in it.
fn references(page: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (i, _) in page.match_indices("\\fR(") {
        let before = &page[..i];
        let Some(start) = before.rfind("\\fB") else {
            continue;
        };
        let name = before[start + 3..].replace("\\-", "-");
        let section: String = page[i + 4..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if page[i + 4 + section.len()..].starts_with(')') && !section.is_empty() {
            found.push((name, section));
        }
    }
    found
}

#[test]
fn every_page_referred_to_exists_where_its_program_is_installed() {
    let page = page();
    let references = references(&page);
    assert!(!references.is_empty(), "SEE ALSO refers to pages");
    for (name, section) in references {
        assert!(
            !name.starts_with("attache"),
            "no page {name}({section}) is installed"
        );
        if !require_tool(&name) {
            continue;
        }
        let dirs = ["/usr/share/man", "/usr/local/share/man", "/usr/man"];
        let installed = dirs.iter().any(|dir| {
            std::fs::read_dir(format!("{dir}/man{section}")).is_ok_and(|entries| {
                entries.flatten().any(|e| {
                    let file = e.file_name().to_string_lossy().into_owned();
                    file == format!("{name}.{section}")
                        || file.starts_with(&format!("{name}.{section}."))
                })
            })
        });
        assert!(
            installed,
            "{name}({section}) is referred to but not installed"
        );
    }
}

#[test]
fn the_page_is_the_same_whatever_the_environment_says() {
    let plain = page();
    let output = common::attache()
        .arg("man")
        .env("ATTACHE_LANG", "xx")
        .env("ATTACHE_DATA", "/no/such/dir")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "40")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stdout).expect("UTF-8"), plain);
}

#[test]
fn help_and_the_page_point_to_nothing_an_installed_binary_lacks() {
    // An installed binary has no README.md, data/README.md or schema/: help points to
    // `attache man` and `attache about` instead.
    let mut cli = attache::cli::Cli::command();
    cli.build();
    let mut texts = vec![
        ("man".to_owned(), page()),
        ("--help".to_owned(), run(&["--help"]).1),
    ];
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = sub.get_name().to_owned();
        texts.push((format!("{name} --help"), run(&[&name, "--help"]).1));
    }
    for (what, text) in texts {
        for file in ["README", ".md", "ARCHITECTURE", "schema/"] {
            assert!(!text.contains(file), "{what} refers to {file}");
        }
    }
}

#[test]
fn groff_renders_for_a_narrow_terminal_without_a_warning() {
    if !require_tool("groff") {
        return;
    }
    // `man` on a 60-column terminal: every line can break (a long path after a slash).
    for width in ["-rLL=60n", "-rLL=200n"] {
        let (code, _, stderr) = pipe("groff", &["-ww", "-z", "-man", "-Tutf8", width], &page());
        assert_eq!((code, stderr.as_str()), (0, ""), "{width}");
    }
}
