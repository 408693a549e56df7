//! The man page (`attache man`): roff written from the command line's own definitions, so that
//! it cannot drift from `--help`: every command, argument, option, possible value and example
//! comes from clap's tree (`cli`), each command's examples and exit status from its
//! `after_help`. Around them are the sections only a man page has (environment, exit status,
//! files, sources), and the built-in data's sources, read from the baked dataset.
//!
//! Every piece of text goes through [`escape`], which writes non-ASCII characters as roff
//! escapes (`\[u0101]`), so that plain groff, which reads its input as Latin-1, renders them;
//! the page declares a drawn fallback for each accented letter a typesetter's font may lack.
//!
//! The binary prints the page as it was written ahead of time ([`page`]): the writer runs in
//! the tests, which keep the two equal, so outside them it is unused.
#![cfg_attr(not(test), allow(dead_code))]

use clap::{Arg, CommandFactory};

use crate::cli::{Cli, OutputArgs, meaningless_for};

// The page's own tables are single strings, an entry a paragraph (its first line the tag):
// a table of `&str` would cost the dynamic loader a relocation per string at every start of
// the program, a lookup's included, for a page that is rarely printed.

/// FILES: what each data file holds, in [`crate::data::FILES`]'s order (a test keeps the two
/// equal).
const DATA_FILES: &str = "
sources.json
every source: id, publisher and title in both languages, date and address where known

countries.json
all ISO 3166-1 countries: codes, English and Latvian names (shown, official, other, former,
parts), Latvian in the nominative

cities.json
the cities the sources name, with their country and names

endonyms.json
each country's name in its own official languages and each city's in its own language

ambiguities.json
names that fit several countries, and the one the sources settle

postings.json
Latvia's attachés (residence, countries covered), its advisers, and the totals the source
states

accreditations.json
foreign attachés accredited to Latvia: country and city of residence

cooperation.json
the cooperation groups and each member's role

duties.json
the duties of a defence attaché

statements.json
the source's statements of why attachés and allies matter

unsc.json
the UN Security Council candidacy: the 2021 case by section, the outcome, later developments
";

/// The DESCRIPTION after the one-line summary, paragraph by paragraph.
const DESCRIPTION: &str = "
`attache` answers questions about Latvia's defence diplomacy, in English or in Latvian: which
defence attaché covers a country, in both directions (Latvia's attaché or adviser for it, and
its attaché accredited to Latvia, resident in Riga or not); the non-resident attachés
accredited to Latvia, grouped by the city where they reside; and Latvia's candidacy for the UN
Security Council, with its outcome.

The facts are compiled into the binary, each with the source it rests on: an answer reads no
network and no file, unless --data or ATTACHE_DATA names a data directory to read instead (see
FILES).

A name is understood in English or Latvian, in any case, with or without diacritics: every
Latvian name in all seven cases (“Vācijā”, “Apvienotajā Karalistē”), official, former and
everyday names, parts of a country (Scotland), each country's name in its own languages
(Deutschland) and ISO codes. How a name was read, and suggestions, go to standard error, so
that standard output is the same for every form of a name.

The options under OPTIONS go before or after the command's name; one given after it wins. An
option that means nothing for a command is refused with a message (exit 2) rather than
ignored: each command below says which it takes.
";

/// ENVIRONMENT: each variable, and exactly what `main` and `run` do with it.
const ENVIRONMENT: &str = "
ATTACHE_LANG
The language of the answer when --lang is not given: en or lv, in any case. Unset or empty
means en; any other value is a usage error that names the variable (exit 2). `attache man`
does not read it.

ATTACHE_DATA
A data directory to read instead of the built-in data when --data is not given, as --data DIR
would (see FILES); unset or empty means the built-in data. A directory that cannot be used is
an error that names the variable (exit 2), except for `attache completions`, which then
completes the built-in names, with a note. `attache man` does not read it, nor does `attache
export` when it writes the JSON files (always the built-in ones); `attache export --format
csv` writes the tables of the directory it names.

NO_COLOR
Set to anything but the empty string: no colour, exactly as --color never; tables keep their
box drawing. --color always overrides it.

TERM
When it is dumb: neither colour nor box drawing, tables in plain ASCII as in a pipe (--color
always still colours).

COLUMNS
When it holds a positive integer: the width, in columns, that prose, headings and tables
fit, over the terminal's own width, and in a pipe or a file too (`COLUMNS=100 attache unsc |
less`); under 20 counts as 20, over 1000 as 1000. Empty or anything else is ignored. Without
it, a terminal's width counts, and a pipe or a file gets fixed widths, the same bytes on every
machine.
";

/// EXIT STATUS, before the rules of single commands.
const EXIT_STATUS: &str = "
0
Answered. Also when a closed pipe ended the output early (`attache ... | head`).

1
Nothing matched: a name that fits no place, or several, a search without hits, a filter that
leaves nothing to show. What was not found, and the closest names, go to standard error.

2
A usage or data error: an unknown command or option, an option that means nothing for the
command, a bad value, a data directory that cannot be used, a failed write.
";

/// SEE ALSO: pages of the programs the examples hand output to (tests check that they exist
/// where the programs are installed), and what for.
const SEE_ALSO: &str = "
dot
draws `attache graph --format dot`

sqlite3
loads `attache ... --format csv`
";

/// The entries of one of the tables above: (tag, text), the text's lines joined.
fn entries(table: &'static str) -> impl Iterator<Item = (&'static str, String)> {
    table.split("\n\n").filter_map(|entry| {
        let (tag, text) = entry.trim().split_once('\n')?;
        Some((tag, join_words(&text.lines().collect::<Vec<_>>())))
    })
}

/// The tags of one of the tables above.
fn tags(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .split("\n\n")
        .filter_map(|entry| entry.trim().lines().next())
}

/// The paragraphs of a table of prose, each one line.
fn paragraphs_of(table: &'static str) -> impl Iterator<Item = String> {
    table
        .split("\n\n")
        .map(|p| join_words(&p.lines().collect::<Vec<_>>()))
        .filter(|p| !p.is_empty())
}

/// The whole page, in roff, as [`generate`] wrote it ahead of time, committed as
/// `generated/attache.1` and compiled in: it depends only on the code and the built-in data,
/// and writing it costs 16 times a whole lookup (9.6 million instructions, most in its prose,
/// 0.8 million in building clap's tree alone, over the whole command's budget). A test
/// (`generated_page_is_current`) fails when it differs from what [`generate`] writes now;
/// `ATTACHE_WRITE_GENERATED=1 cargo test --lib generated_` writes it again.
pub fn page() -> &'static str {
    GENERATED
}

/// The page as `generated/attache.1` holds it.
const GENERATED: &str = include_str!("../generated/attache.1");

/// Writes the whole page, in roff, from clap's tree and the built-in data.
fn generate() -> String {
    let mut cli = Cli::command();
    cli.build();
    let mut page = Roff::default();
    let name = cli.get_name().to_owned();
    let version = cli.get_version().unwrap_or_default().to_owned();
    // The page's date is the built-in data's (the newest fact): what the page describes
    // changes with the data and the code, and a page built twice is the same. Written as it
    // is, digits and hyphens: escaped, mandoc could not read it as a date.
    page.title(
        &name.to_uppercase(),
        env!("ATTACHE_NEWEST_FACT"),
        &format!("{name} {}", env!("CARGO_PKG_VERSION")),
    );
    page.preamble();

    let about = cli.get_about().map(ToString::to_string).unwrap_or_default();
    page.section("NAME");
    page.line(&format!("{} \\- {}", escape(&name), escape(&about)));

    let commands = commands(&cli);
    page.section("SYNOPSIS");
    for (i, command) in commands.iter().enumerate() {
        if i > 0 {
            page.request("br");
        }
        page.line(&command.synopsis);
    }
    page.request("br");
    page.line(&format!(
        "{} {}",
        bold(&name),
        alternatives(&["--help", "--version"])
    ));

    page.section("DESCRIPTION");
    page.prose(&sentence(&about));
    for paragraph in paragraphs_of(DESCRIPTION) {
        page.paragraph(&paragraph);
    }

    page.section("COMMANDS");
    for command in &commands {
        command.write(&mut page);
    }

    page.section("OPTIONS");
    page.prose(
        "Every command takes these, before or after its name, unless its entry under COMMANDS \
         says otherwise.",
    );
    for arg in cli.get_arguments().filter(|a| !a.is_hide_set()) {
        page.option(arg);
    }

    page.section("ENVIRONMENT");
    for (variable, meaning) in entries(ENVIRONMENT) {
        page.tagged(&bold(variable), &meaning);
    }

    page.section("EXIT STATUS");
    for (code, meaning) in entries(EXIT_STATUS) {
        page.tagged(&bold(code), &meaning);
    }
    for command in &commands {
        if let Some(rule) = &command.after_help.exit_status {
            page.paragraph(&format!("`{}`: {rule}", command.path));
        }
    }

    page.section("FILES");
    page.prose(
        "A data directory, named by --data DIR or ATTACHE_DATA, holds these files, all \
         required, each a regular UTF-8 JSON file of at most 64 MiB (Latvian first, English \
         beside it; every record names its source). `attache export DIR` writes the built-in \
         ones to DIR as a starting point; `attache check` with --data DIR reports every check \
         on them, and a fault names the file, line, column and JSON path. A directory that \
         fails a check is refused whole, never half-used.",
    );
    for (file, holds) in entries(DATA_FILES) {
        page.tagged(&format!("{}/{}", italic("DIR"), bold(file)), &holds);
    }

    page.section("SOURCES");
    page.prose(
        "The built-in facts rest on these sources; `attache sources` shows each with its \
         address and the records resting on it, and --cite ends an answer with the words of \
         the sources it quotes.",
    );
    for source in crate::data::embedded().sources.iter() {
        let date = source.published.as_deref().unwrap_or("undated");
        let about = format!("{}: “{}”, {date}.", source.publisher.en, source.title.en);
        page.tagged(&bold(&source.id), &about);
    }

    page.section("EXAMPLES");
    let examples = AfterHelp::of(&cli).examples;
    for example in &examples {
        example.write(&mut page);
    }

    page.section("SEE ALSO");
    let references: Vec<String> = entries(SEE_ALSO)
        .map(|(name, why)| format!("{}(1), which {}", bold(name), prose_of(&why)))
        .collect();
    page.line(&format!("{}.", references.join("; ")));

    page.section("VERSION");
    page.line(&format!("{} {}", escape(&name), escape(&version)));

    page.section("LICENSE");
    page.prose(&format!(
        "{}, at the user's option.",
        env!("CARGO_PKG_LICENSE")
    ));
    page.finish()
}

/// One command's entry: how it is called, what it does, its arguments and examples.
struct CommandEntry<'c> {
    /// How it is named in prose: `attache country`.
    path: String,
    /// Its line in SYNOPSIS, in roff.
    synopsis: String,
    command: &'c clap::Command,
    after_help: AfterHelp,
}

/// Every command a user can type, in the order `--help` lists them: first `attache NAME`, which
/// is the hidden `place` command (`cli` reads `attache NAME` as `attache place NAME`), then
/// every visible one; clap's own `help` is left to OPTIONS.
fn commands(cli: &clap::Command) -> Vec<CommandEntry<'_>> {
    let root = cli.get_name();
    let place = cli.find_subcommand("place").into_iter();
    let visible = cli
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help");
    place
        .map(|c| (root.to_owned(), c))
        .chain(visible.map(|c| (format!("{root} {}", c.get_name()), c)))
        .map(|(path, command)| CommandEntry {
            synopsis: synopsis(&path, command),
            after_help: AfterHelp::of(command),
            path,
            command,
        })
        .collect()
}

impl CommandEntry<'_> {
    fn write(&self, page: &mut Roff) {
        page.subsection(&self.synopsis);
        let about = self
            .command
            .get_long_about()
            .or(self.command.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        page.prose(&sentence(&about));
        for paragraph in &self.after_help.prose {
            page.paragraph(paragraph);
        }
        for arg in own_arguments(self.command) {
            page.option(arg);
        }
        page.paragraph(&output_options(self.command));
        if let Some(rule) = &self.after_help.exit_status {
            page.paragraph(&format!("Exit status: {rule}"));
        }
        if !self.after_help.examples.is_empty() {
            page.paragraph("Examples:");
            page.request("RS");
            for example in &self.after_help.examples {
                example.write(page);
            }
            page.request("RE");
        }
    }
}

/// Whether `arg` is one of the output options every command declares ([`OutputArgs`]).
fn is_output_option(arg: &Arg) -> bool {
    OutputArgs::IDS.contains(&arg.get_id().as_str())
}

/// A command's arguments and options but the output options, `--help` and `--version`.
fn own_arguments(command: &clap::Command) -> impl Iterator<Item = &Arg> {
    command.get_arguments().filter(|a| {
        !a.is_hide_set() && !is_output_option(a) && a.get_id() != "help" && a.get_id() != "version"
    })
}

/// Which output options `command` takes, in words: those it does not hide (`cli` hides the
/// ones [`meaningless_for`] names for it, and refuses them).
fn output_options(command: &clap::Command) -> String {
    let (taken, refused): (Vec<&Arg>, Vec<&Arg>) = command
        .get_arguments()
        .filter(|a| is_output_option(a))
        .partition(|a| !a.is_hide_set());
    let flags = |args: &[&Arg]| {
        let mut flags: Vec<String> = args
            .iter()
            .filter_map(|a| a.get_long().map(|long| format!("--{long}")))
            .collect();
        match flags.pop() {
            Some(last) if !flags.is_empty() => format!("{} and {last}", flags.join(", ")),
            last => last.unwrap_or_default(),
        }
    };
    let why =
        meaningless_for(command.get_name()).map_or("", |(_, why)| crate::data::Lang::En.msg(why));
    if refused.is_empty() {
        "Output options: all (see OPTIONS).".to_owned()
    } else if taken.is_empty() {
        let refused = flags(&refused);
        format!("Output options: none; {refused} are refused, since {why}.")
    } else if refused.len() < taken.len() {
        let verb = if refused.len() == 1 { "is" } else { "are" };
        let refused = flags(&refused);
        format!("Output options: all but {refused}, which {verb} refused, since {why}.")
    } else {
        let (taken, refused) = (flags(&taken), flags(&refused));
        format!("Output options: {taken} only; {refused} are refused, since {why}.")
    }
}

/// A command's SYNOPSIS line, in roff: `attache search [-n N] [OPTIONS] TEXT...`.
fn synopsis(path: &str, command: &clap::Command) -> String {
    let mut words = vec![bold(path)];
    for arg in own_arguments(command).filter(|a| !a.is_positional()) {
        words.push(format!("[{}]", flag(arg, false)));
    }
    let takes_options = command
        .get_arguments()
        .any(|a| is_output_option(a) && !a.is_hide_set());
    if takes_options {
        words.push(format!("[{}]", italic("OPTIONS")));
    }
    for arg in own_arguments(command).filter(|a| a.is_positional()) {
        let value = flag(arg, false);
        words.push(if arg.is_required_set() {
            value
        } else {
            format!("[{value}]")
        });
    }
    words.join(" ")
}

/// `...` after an argument that takes several values.
fn repeated(arg: &Arg) -> &'static str {
    match arg.get_num_args() {
        Some(range) if range.max_values() > 1 => "...",
        _ => "",
    }
}

/// An argument's value, as `--help` names it: `NAME`, `DIR`, or its id in capitals.
fn value_name(arg: &Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map(ToString::to_string)
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase())
}

/// An option as a tag, in roff: `-n, --limit N`; without `short`, the long name alone (for
/// SYNOPSIS). A positional argument is its value name: `NAME...`.
fn flag(arg: &Arg, short: bool) -> String {
    if arg.is_positional() {
        return format!("{}{}", italic(&value_name(arg)), repeated(arg));
    }
    let mut names = Vec::new();
    if let Some(letter) = arg.get_short().filter(|_| short) {
        names.push(bold(&format!("-{letter}")));
    }
    if let Some(long) = arg.get_long() {
        names.push(bold(&format!("--{long}")));
    }
    if names.is_empty() {
        // clap gives every option a short or a long name; the id stands in otherwise.
        names.push(bold(arg.get_id().as_str()));
    }
    let mut tag = names.join(", ");
    if arg.get_action().takes_values() {
        tag.push(' ');
        tag.push_str(&italic(&value_name(arg)));
    }
    tag
}

/// `--help | --version`, in roff.
fn alternatives(flags: &[&str]) -> String {
    let flags: Vec<String> = flags.iter().map(|f| bold(f)).collect();
    flags.join(" | ")
}

/// `text` as a sentence: ending in a full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// What a command's `after_help` holds, read back: paragraphs of prose, the examples, and the
/// exit status where the command has a rule of its own.
#[derive(Debug, Default, PartialEq, Eq)]
struct AfterHelp {
    prose: Vec<String>,
    examples: Vec<Example>,
    exit_status: Option<String>,
}

/// One example: the command line, and what it shows, if `after_help` says.
#[derive(Debug, PartialEq, Eq)]
struct Example {
    command: String,
    says: String,
}

impl Example {
    fn write(&self, page: &mut Roff) {
        page.tag(&bold(&self.command));
        page.prose(&self.says);
    }
}

impl AfterHelp {
    fn of(command: &clap::Command) -> AfterHelp {
        let text = command
            .get_after_long_help()
            .or(command.get_after_help())
            .map(ToString::to_string)
            .unwrap_or_default();
        AfterHelp::parse(&text)
    }

    /// Reads `after_help`: paragraphs separated by blank lines. One that begins `Examples:`
    /// holds an example a line, `  attache ...    what it shows` (columns two spaces or more
    /// apart; the column that starts with `attache` is the command, the others say what it
    /// does), a line indented further going on with the line before it; one that begins
    /// `Exit status:` is the command's exit status; any other is prose.
    fn parse(text: &str) -> AfterHelp {
        let mut after = AfterHelp::default();
        for paragraph in paragraphs(text) {
            let first = paragraph.first().map(|l| l.trim()).unwrap_or_default();
            if first == "Examples:" {
                for line in &paragraph[1..] {
                    let continued = line.starts_with("   ") && !after.examples.is_empty();
                    match after.examples.last_mut() {
                        // A command line that ends in a backslash goes on in the next line.
                        Some(last) if continued && last.command.ends_with('\\') => {
                            let head = last.command.trim_end_matches('\\').trim_end();
                            let rest = Example::parse(line);
                            last.command = join_words(&[head, &rest.command]);
                            last.says = join_words(&[&last.says, &rest.says]);
                        }
                        Some(last) if continued => {
                            last.says = join_words(&[&last.says, line.trim()]);
                        }
                        _ => after.examples.push(Example::parse(line)),
                    }
                }
            } else if let Some(rule) = first.strip_prefix("Exit status:") {
                let mut words = vec![rule.trim()];
                words.extend(paragraph[1..].iter().map(|l| l.trim()));
                after.exit_status = Some(join_words(&words));
            } else {
                let words: Vec<&str> = paragraph.iter().map(|l| l.trim()).collect();
                after.prose.push(join_words(&words));
            }
        }
        after
    }
}

impl Example {
    fn parse(line: &str) -> Example {
        let columns: Vec<&str> = line
            .trim()
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let command = columns
            .iter()
            .position(|c| c.starts_with("attache"))
            .unwrap_or(0);
        let says: Vec<&str> = columns
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != command)
            .map(|(_, c)| *c)
            .collect();
        Example {
            command: columns.get(command).copied().unwrap_or_default().to_owned(),
            says: join_words(&says),
        }
    }
}

/// The non-empty words of `parts`, one space apart.
fn join_words(parts: &[&str]) -> String {
    parts
        .iter()
        .flat_map(|p| p.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text`'s paragraphs: runs of non-blank lines.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// `text` for roff text: a backslash, a hyphen-minus (which groff would print as a hyphen, so
/// that an option copied from the page would not work), quotes and accents as roff escapes, a
/// break point after each slash of a long word,
/// and every character outside ASCII as `\[uXXXX]`, which groff and mandoc render whatever
/// they take the input's encoding to be. The one function that makes text roff; the page's
/// own requests and font changes are added around what it returns.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // A word too long for a narrow terminal's line (an address, a long path) may break
        // after a slash: `\:` is a break point of no width, so the word reads and copies as
        // typed. A shorter one keeps whole, as any word does.
        let breaks = word.chars().count() > LONG_WORD;
        for c in word.chars() {
            match c {
                '\\' => out.push_str("\\e"),
                '-' => out.push_str("\\-"),
                '\'' => out.push_str("\\(aq"),
                '`' => out.push_str("\\(ga"),
                '"' => out.push_str("\\(dq"),
                '/' if breaks => out.push_str("/\\:"),
                // A line break or a tab in text is the page's layout, not roff's.
                '\n' | '\t' => out.push(' '),
                c if c.is_ascii_control() => {}
                c if c.is_ascii() => out.push(c),
                c => out.push_str(&format!("\\[u{:04X}]", u32::from(c))),
            }
        }
    }
    out
}

/// The longest word [`escape`] keeps whole: longer ones may break after a slash.
const LONG_WORD: usize = 30;

/// `text` in bold, escaped.
fn bold(text: &str) -> String {
    format!("\\fB{}\\fR", escape(text))
}

/// `text` in italic (underlined on a terminal), escaped.
fn italic(text: &str) -> String {
    format!("\\fI{}\\fR", escape(text))
}

/// Prose, escaped, with what help texts write in backticks (`` `attache sources` ``), the
/// names of options (`--data`), variables (`ATTACHE_DATA`) and sections (FILES) in bold.
fn prose_of(text: &str) -> String {
    let spans: Vec<&str> = text.split('`').collect();
    // An odd number of backticks quotes nothing: the text is written as it is.
    if spans.len() % 2 == 0 {
        return words_of(text);
    }
    spans
        .iter()
        .enumerate()
        .map(|(i, span)| {
            if i % 2 == 1 {
                bold(span)
            } else {
                words_of(span)
            }
        })
        .collect()
}

/// Prose without backticks, escaped, options, variables and sections in bold.
fn words_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        // A word's own punctuation stays outside the bold: "--data," and "(FILES)".
        let start = word
            .find(|c: char| c.is_alphanumeric() || c == '-')
            .unwrap_or(word.len());
        let end = word
            .char_indices()
            .rfind(|&(_, c)| c.is_alphanumeric())
            .map_or(start, |(i, c)| i + c.len_utf8())
            .max(start);
        let (lead, rest) = word.split_at(start);
        let (core, tail) = rest.split_at(end - start);
        let is_option = core.starts_with("--") && core.len() > 2;
        let is_variable = core.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
            && tags(ENVIRONMENT).any(|variable| variable == core);
        // The sections the page's prose refers to.
        let is_section = matches!(core, "OPTIONS" | "COMMANDS" | "ENVIRONMENT" | "FILES");
        if is_option || is_variable || is_section {
            out.push_str(&escape(lead));
            out.push_str(&bold(core));
            out.push_str(&escape(tail));
        } else {
            out.push_str(&escape(word));
        }
        word.clear();
    };
    for c in text.chars() {
        if c == ' ' {
            flush(&mut word, &mut out);
            out.push(' ');
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The page being written: roff lines, text wrapped so that no input line is longer than 80
/// bytes (mandoc's style check), breaking only at spaces, never inside an escape.
#[derive(Default)]
struct Roff {
    out: String,
}

/// The longest input line of text; a word longer than this has a line of its own.
const MAX_LINE_BYTES: usize = 80;

impl Roff {
    /// A request with arguments, each escaped and quoted: `.TH "ATTACHE" "1" ...`.
    fn macro_line(&mut self, name: &str, args: &[&str]) {
        self.out.push('.');
        self.out.push_str(name);
        for arg in args {
            self.out.push_str(" \"");
            self.out.push_str(&escape(arg));
            self.out.push('"');
        }
        self.out.push('\n');
    }

    /// `.TH`: the title, section 1, the date (`YYYY-MM-DD`, written as it is) and the source.
    fn title(&mut self, title: &str, date: &str, source: &str) {
        debug_assert!(date.chars().all(|c| c.is_ascii_digit() || c == '-'));
        self.out.push_str(&format!(
            ".TH \"{}\" 1 {date} \"{}\" \"User Commands\"\n",
            escape(title),
            escape(source)
        ));
    }

    /// The page's settings after `.TH`: ragged right and no hyphenation (commands, options and
    /// names must print as typed), and the place for fallbacks ([`Roff::finish`]).
    fn preamble(&mut self) {
        self.out.push_str(".ad l\n.nh\n");
        self.out.push_str(FALLBACKS_HERE);
    }

    /// A request without arguments: `.PP`.
    fn request(&mut self, name: &str) {
        self.out.push('.');
        self.out.push_str(name);
        self.out.push('\n');
    }

    fn section(&mut self, title: &str) {
        self.macro_line("SH", &[title]);
    }

    /// `.SS` with `roff` (escaped) as its title, set in the heading's own font: the font
    /// changes in it are dropped.
    fn subsection(&mut self, roff: &str) {
        let title = ["\\fB", "\\fI", "\\fR"]
            .iter()
            .fold(roff.to_owned(), |text, font| text.replace(font, ""));
        self.out.push_str(&format!(".SS \"{title}\"\n"));
    }

    /// Text already in roff (escaped, with font changes), wrapped into input lines.
    fn line(&mut self, roff: &str) {
        for source_line in roff.lines() {
            let mut current = String::new();
            for mut word in source_line.split(' ').filter(|w| !w.is_empty()) {
                if !current.is_empty() && current.len() + 1 + word.len() > MAX_LINE_BYTES {
                    self.text_line(&current);
                    current.clear();
                }
                // A word longer than a line (an address) is cut where it may break, each
                // piece's line ending in `\c`, which joins the next to it without a space.
                while current.is_empty() && word.len() > MAX_LINE_BYTES {
                    let Some((head, rest)) = cut(word) else {
                        break;
                    };
                    self.text_line(&format!("{head}\\c"));
                    word = rest;
                }
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
            }
            if !current.is_empty() {
                self.text_line(&current);
            }
        }
    }

    /// `.TP` and its tag (roff), which must be one input line: a long one goes on over more
    /// than one, each ending in `\c`, which joins the next to it.
    fn tag(&mut self, roff: &str) {
        self.request("TP");
        let start = self.out.len();
        self.line(roff);
        let lines: Vec<String> = self.out[start..].lines().map(str::to_owned).collect();
        self.out.truncate(start);
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.iter().enumerate() {
            self.out.push_str(line);
            if i < last && !line.ends_with("\\c") {
                self.out.push_str(" \\c");
            }
            self.out.push('\n');
        }
    }

    /// One input line of text: one that would begin with a control character starts with the
    /// zero-width `\&`, so that roff reads it as text.
    fn text_line(&mut self, line: &str) {
        if line.starts_with(['.', '\'']) {
            self.out.push_str("\\&");
        }
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// Prose (see [`prose_of`]).
    fn prose(&mut self, text: &str) {
        self.line(&prose_of(text));
    }

    /// A new paragraph of prose.
    fn paragraph(&mut self, text: &str) {
        self.request("PP");
        self.prose(text);
    }

    /// A tagged paragraph: `tag` (roff) above or beside `text` (prose).
    fn tagged(&mut self, tag: &str, text: &str) {
        self.tag(tag);
        self.prose(&sentence(text));
    }

    /// An option or argument: its names, its help, its possible values and default.
    fn option(&mut self, arg: &Arg) {
        self.tag(&flag(arg, true));
        let help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(ToString::to_string)
            .unwrap_or_default();
        if !help.is_empty() {
            self.prose(&sentence(&help));
        }
        let values: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let is_switch = !arg.get_action().takes_values();
        if !defaults.is_empty() && !is_switch {
            self.prose(&format!("Default: {}.", defaults.join(", ")));
        }
        if values.iter().all(|v| v.get_help().is_none()) {
            // Values without help (shells): one line naming them.
            let names: Vec<String> = values.iter().map(|v| bold(v.get_name())).collect();
            if !names.is_empty() {
                self.line(&format!("One of {}.", names.join(", ")));
            }
        } else if !is_switch {
            self.request("RS");
            for value in values {
                self.tag(&bold(value.get_name()));
                if let Some(help) = value.get_help() {
                    self.prose(&sentence(&help.to_string()));
                }
            }
            self.request("RE");
        }
    }

    /// The page, with a drawn fallback for every accented letter it holds, which groff uses
    /// only where the font lacks the letter: a typesetter's standard PostScript fonts have no
    /// ā, ē, ī, ū, č, š, ž, ķ, ļ, ņ or ģ (`groff -man` warns of each, and leaves it out). On a
    /// terminal (`groff -Tutf8`, mandoc) the letters are there, and the fallbacks are skipped.
    fn finish(self) -> String {
        // Every `\[uXXXX]` that [`escape`] wrote, once each.
        let written: std::collections::BTreeSet<char> = self
            .out
            .split("\\[u")
            .skip(1)
            .filter_map(|rest| rest.split_once(']'))
            .filter_map(|(hex, _)| u32::from_str_radix(hex, 16).ok())
            .filter_map(char::from_u32)
            .collect();
        let mut fallbacks = String::new();
        for c in written {
            if let Some(drawn) = drawn(c) {
                fallbacks.push_str(&format!(".fchar {} {drawn}\n", escape(&c.to_string())));
            }
        }
        let fallbacks = if fallbacks.is_empty() {
            String::new()
        } else {
            format!(".if t \\{{\\\n{fallbacks}.\\}}\n")
        };
        self.out.replacen(FALLBACKS_HERE, &fallbacks, 1)
    }
}

/// `word` (roff) cut at its last break point (`\:`, after a slash) that leaves the head short
/// enough for a line with `\c` after it; `None` where it has none, or none that helps.
fn cut(word: &str) -> Option<(&str, &str)> {
    let room = MAX_LINE_BYTES - "\\c".len();
    let at = word
        .match_indices("\\:")
        .map(|(i, mark)| i + mark.len())
        .filter(|&end| end <= room && end < word.len())
        .last()?;
    Some(word.split_at(at))
}

/// Where [`Roff::finish`] puts the fallbacks: a comment line, replaced by them.
const FALLBACKS_HERE: &str = ".\\\" fallbacks\n";

/// An accented letter drawn from its base letter and a spacing accent, `\o'a\[a-]'`, where
/// Unicode decomposes it into a letter and one accent groff has a glyph for.
fn drawn(c: char) -> Option<String> {
    let mut parts = Vec::new();
    unicode_normalization::char::decompose_canonical(c, |part| parts.push(part));
    let [base, mark] = parts[..] else {
        return None;
    };
    if !base.is_ascii_alphabetic() {
        return None;
    }
    // An accent over an i replaces its dot.
    let base = match base {
        'i' => "\\[.i]".to_owned(),
        base => base.to_string(),
    };
    let accent = match mark {
        '\u{0300}' => "ga",
        '\u{0301}' => "aa",
        '\u{0302}' => "a^",
        '\u{0303}' => "a~",
        '\u{0304}' => "a-",
        '\u{0306}' => "ab",
        '\u{0307}' => "a.",
        '\u{0308}' => "ad",
        '\u{030A}' => "ao",
        '\u{030B}' => "a\"",
        '\u{030C}' => "ah",
        '\u{0327}' => "ac",
        '\u{0328}' => "ho",
        _ => return None,
    };
    Some(format!("\\o'{base}\\[{accent}]'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page the binary prints is the one [`generate`] writes.
    #[test]
    fn generated_page_is_current() {
        crate::complete::tests::assert_generated("attache.1", page(), &generate());
    }

    #[test]
    fn the_data_files_are_the_loaded_ones() {
        let named: Vec<&str> = entries(DATA_FILES).map(|(file, _)| file).collect();
        assert_eq!(named, crate::data::FILES);
    }

    #[test]
    fn escape_writes_roff_in_ascii() {
        assert_eq!(escape("Vācijā"), "V\\[u0101]cij\\[u0101]");
        assert_eq!(escape("attaché"), "attach\\[u00E9]");
        assert_eq!(
            escape("“Koreja” → x"),
            "\\[u201C]Koreja\\[u201D] \\[u2192] x"
        );
        assert_eq!(escape("--lang 'lv'"), "\\-\\-lang \\(aqlv\\(aq");
        assert_eq!(escape("a\\b \"c\" `d`"), "a\\eb \\(dqc\\(dq \\(gad\\(ga");
        assert_eq!(escape("~/.zfunc/_attache"), "~/.zfunc/_attache");
        assert_eq!(
            escape("~/.local/share/bash-completion/completions/attache"),
            "~/\\:.local/\\:share/\\:bash\\-completion/\\:completions/\\:attache"
        );
        assert!(escape("\u{1b}[31m").is_ascii());
        assert!(!escape("\u{1b}[31m").contains('\u{1b}'));
    }

    #[test]
    fn examples_are_read_from_after_help() {
        let read = AfterHelp::parse(
            "Examples:\n  attache country Norway\n  attache country Burma      Former names,\n \
             \x20                         parts\n  bash   attache completions bash > f   (a note)\n\
             \x20 attache import p --into d \\\n      --url u     A page\n\n\
             Words match.\n\nExit status: 0 when\nall pass.",
        );
        let example = |command: &str, says: &str| Example {
            command: command.to_owned(),
            says: says.to_owned(),
        };
        assert_eq!(
            read,
            AfterHelp {
                prose: vec!["Words match.".to_owned()],
                examples: vec![
                    example("attache country Norway", ""),
                    example("attache country Burma", "Former names, parts"),
                    example("attache completions bash > f", "bash (a note)"),
                    example("attache import p --into d --url u", "A page"),
                ],
                exit_status: Some("0 when all pass.".to_owned()),
            }
        );
    }

    /// The words of a command line as a POSIX shell splits them, up to the first pipe,
    /// redirection, `;` or `&&` (the examples quote only with '...').
    fn shell_words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word: Option<String> = None;
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '\'' => {
                    quoted = !quoted;
                    word.get_or_insert_with(String::new);
                }
                ' ' if !quoted => words.extend(word.take()),
                '|' | '>' | '<' | '&' | ';' if !quoted => break,
                c => word.get_or_insert_with(String::new).push(c),
            }
        }
        words.extend(word);
        words
    }

    #[test]
    fn every_example_is_a_command_line_that_parses() {
        let mut cli = Cli::command();
        cli.build();
        let mut examples = AfterHelp::of(&cli).examples;
        for sub in cli.get_subcommands() {
            examples.extend(AfterHelp::of(sub).examples);
        }
        assert!(examples.len() > 40, "{}", examples.len());
        for example in examples {
            let words = shell_words(&example.command);
            assert_eq!(words[0], "attache", "{example:?}");
            let parsed = crate::cli::parse_with(
                &mut Cli::command(),
                words.into_iter().map(Into::into).collect(),
            );
            match parsed {
                Ok(parsed) => assert_eq!(parsed.meaningless, None, "{example:?}"),
                Err(error) => panic!("{example:?}: {error}"),
            }
        }
    }

    #[test]
    fn accented_letters_have_a_drawn_fallback() {
        assert_eq!(drawn('ā').as_deref(), Some("\\o'a\\[a-]'"));
        assert_eq!(drawn('ķ').as_deref(), Some("\\o'k\\[ac]'"));
        assert_eq!(drawn('š').as_deref(), Some("\\o's\\[ah]'"));
        assert_eq!(drawn('→'), None);
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut_where_it_may_break() {
        let address = format!("https://example.org/{}/{}", "a".repeat(50), "b".repeat(40));
        let mut page = Roff::default();
        page.line(&format!("see {}", escape(&address)));
        let lines: Vec<&str> = page.out.lines().collect();
        assert_eq!(lines[0], "see");
        assert!(lines.iter().all(|l| l.len() <= MAX_LINE_BYTES), "{lines:?}");
        assert!(lines[1..lines.len() - 1].iter().all(|l| l.ends_with("\\c")));
        let joined: String = lines[1..]
            .iter()
            .map(|l| l.trim_end_matches("\\c"))
            .collect();
        assert_eq!(joined, escape(&address));
    }

    #[test]
    fn no_input_line_is_longer_than_80_bytes() {
        for line in generate().lines().filter(|l| !l.starts_with('.')) {
            assert!(line.len() <= MAX_LINE_BYTES, "{line}");
        }
    }
}
