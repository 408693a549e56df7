//! The command line: every command, option and help text, with examples.

use clap::builder::PossibleValue;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::data::Lang;
use crate::i18n::Msg;
use crate::query::reciprocity::Class;
use crate::render::{CsvTable, Format};

const EXAMPLES: &str = "\
Examples:
  attache Norway                        A country or a city: as `country` or `city` answers
  attache country Norway                Who covers Norway, both ways
  attache country Vācijā --lang lv      Latvian names in all seven cases, answer in Latvian
  attache city Warsaw                   Everything that resides in Warsaw, both ways
  attache non-resident --city Varšava   Non-resident attachés living in Warsaw
  attache accredited --resident         Attachés resident in Riga
  attache postings --json               Latvia's attachés abroad, as JSON
  attache search kiber                  Full-text search, in both languages
  attache reciprocity                   Which attaché links run both ways
  attache partners                      Cooperation partners and their roles
  attache about                         What an attaché does; the dataset and its sources
  attache unsc                          The UN Security Council candidacy and its outcome
  attache diff my-data                  What changed from the built-in data to my-data

Exit status: 0 answered, 1 nothing matched, 2 usage or data error.
The exception is `diff`, which exits as diff(1) does: 0 no change, 1 something changed.";

/// The command line: what to answer, and how.
///
/// The options of [`OutputArgs`] go before or after the command's name, and one given after it
/// wins, as with clap's `global` options. They are not `global`: clap copies a global option
/// into every subcommand each time the program starts (17 subcommands times 6 options was 15%
/// of a lookup's instructions, more than the lookup and its table). Each subcommand declares
/// them itself instead ([`OptionsAfterName`]), and its arguments are built only when it is the
/// one used (`defer`); [`Cli`]'s `FromArgMatches` merges the two places into [`Cli::output`].
#[derive(Debug)]
pub struct Cli {
    /// The options, from wherever the command line gave them.
    pub output: OutputArgs,
    pub command: Command,
    /// An option typed for a command it means nothing for ([`meaningless_for`]): `run` refuses
    /// the command line (exit 2) rather than ignore it.
    pub meaningless: Option<Meaningless>,
}

/// `--version`: the crate's version and how current the built-in data is (the date of its
/// newest fact, which the build script reads from the data).
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (built-in data: newest fact ",
    env!("ATTACHE_NEWEST_FACT"),
    ")"
);

/// What clap's derive reads from the command line: the options given before the command's
/// name, and the command. [`Cli`] adds the options given after the name.
#[derive(Debug, Parser)]
#[command(
    name = "attache",
    version = VERSION,
    about = "Latvia's defence attachés and UN Security Council candidacy, from a dataset built into the binary",
    after_help = EXAMPLES,
    propagate_version = true
)]
struct BeforeName {
    #[command(flatten)]
    output: OutputArgs,

    #[command(subcommand)]
    command: Command,
}

impl CommandFactory for Cli {
    fn command() -> clap::Command {
        BeforeName::command()
    }

    fn command_for_update() -> clap::Command {
        BeforeName::command_for_update()
    }
}

impl FromArgMatches for Cli {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut matches.clone())
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        let (after_name, meaningless) = match matches.subcommand() {
            Some((name, sub)) => (typed_after_name(sub), meaningless(name, matches, sub)),
            None => (None, None),
        };
        let BeforeName {
            mut output,
            command,
        } = BeforeName::from_arg_matches_mut(matches)?;
        if let Some(mut after_name) = after_name {
            output.update_from_arg_matches_mut(&mut after_name)?;
        }
        Ok(Cli {
            output,
            command,
            meaningless,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.update_from_arg_matches_mut(&mut matches.clone())
    }

    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        // Nothing updates a parsed command line in place; a new parse replaces it whole.
        *self = Self::from_arg_matches_mut(matches)?;
        Ok(())
    }
}

impl Parser for Cli {}

/// The options typed after the command's name, as matches holding only those (an option's
/// default or environment variable there must not undo the same option typed before the
/// name); `None` in the usual case of none, which costs nothing to merge.
fn typed_after_name(sub: &ArgMatches) -> Option<ArgMatches> {
    let typed = |id: &&str| sub.value_source(id) == Some(ValueSource::CommandLine);
    if !OutputArgs::IDS.iter().any(typed) {
        return None;
    }
    let mut only_typed = sub.clone();
    for id in OutputArgs::IDS.iter().filter(|id| !typed(id)) {
        // Every command declares these ids (OptionsAfterName), so this cannot fail.
        let _ = only_typed.try_clear_id(id);
    }
    Some(only_typed)
}

/// The options of [`OutputArgs`] that mean nothing for the command `name`, and what the
/// command does instead. Typed, before or after the name, they are refused (exit 2) rather
/// than ignored; the command's help and the man page leave them out. A command not named here
/// takes every one. (A `match`, not a table of strings: the dynamic loader would relocate every
/// string of a table at each start of the program, lookups included.)
pub fn meaningless_for(name: &str) -> Option<(Options, Msg)> {
    use Options as O;
    Some(match name {
        // --format chooses what export writes (json or csv), and the CSV tables follow
        // --data; --json is refused: the data files are the default.
        "export" => (
            O::JSON | O::WITH_SOURCES | O::CITE | O::COLOR,
            Msg::ExportTakes,
        ),
        "import" => (
            O::FORMAT | O::JSON | O::WITH_SOURCES | O::CITE | O::COLOR,
            Msg::ImportTakes,
        ),
        "diff" => (O::DATA | O::WITH_SOURCES, Msg::DiffTakes),
        "completions" => (
            O::LANG | O::FORMAT | O::JSON | O::WITH_SOURCES | O::CITE | O::COLOR,
            Msg::CompletionsTakes,
        ),
        "man" => (O::ALL, Msg::ManTakes),
        "check" => (O::WITH_SOURCES | O::CITE, Msg::CheckTakes),
        "stats" => (O::WITH_SOURCES, Msg::StatsTakes),
        "unsc" => (O::WITH_SOURCES, Msg::UnscTakes),
        "sources" => (O::WITH_SOURCES, Msg::SourcesTakes),
        _ => return None,
    })
}

/// A set of the options of [`OutputArgs`]: bit `i` is [`OutputArgs::IDS`]`[i]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options(u8);

impl Options {
    pub const LANG: Options = Options(1 << 0);
    pub const FORMAT: Options = Options(1 << 1);
    pub const JSON: Options = Options(1 << 2);
    pub const DATA: Options = Options(1 << 3);
    pub const WITH_SOURCES: Options = Options(1 << 4);
    pub const CITE: Options = Options(1 << 5);
    pub const COLOR: Options = Options(1 << 6);
    pub const ALL: Options = Options((1 << OutputArgs::IDS.len()) - 1);

    /// The ids of the options in the set, in [`OutputArgs::IDS`]'s order.
    pub fn ids(self) -> impl Iterator<Item = &'static str> {
        OutputArgs::IDS
            .iter()
            .enumerate()
            .filter(move |&(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, id)| *id)
    }
}

impl std::ops::BitOr for Options {
    type Output = Options;

    fn bitor(self, other: Options) -> Options {
        Options(self.0 | other.0)
    }
}

/// An option of [`OutputArgs`] typed for a command it means nothing for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meaningless {
    /// The option's id, as in [`OutputArgs::IDS`] (`with_sources`).
    pub option: &'static str,
    /// The command's name (`export`).
    pub command: String,
    /// What the command does instead.
    pub why: Msg,
}

impl Meaningless {
    /// The option as a user types it: `--with-sources`.
    pub fn flag(&self) -> String {
        format!("--{}", self.option.replace('_', "-"))
    }
}

/// The first option that means nothing for the command `name` ([`meaningless_for`]) and was
/// typed, before its name (`top`) or after it (`sub`). A default or an environment variable is
/// no typed option.
fn meaningless(name: &str, top: &ArgMatches, sub: &ArgMatches) -> Option<Meaningless> {
    let (options, why) = meaningless_for(name)?;
    let typed =
        |matches: &ArgMatches, id: &str| matches.value_source(id) == Some(ValueSource::CommandLine);
    options
        .ids()
        .find(|id| typed(top, id) || typed(sub, id))
        .map(|option| Meaningless {
            option,
            command: name.to_owned(),
            why,
        })
}

// Options every command takes, before or after its name. (Not a doc comment: clap's derive
// would make it the `about` of every command that declares these options.)
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Language of the answer [default: en, or ATTACHE_LANG when set]
    #[arg(short, long, value_enum)]
    pub lang: Option<Lang>,

    /// Output format [default: table]
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Short for --format json
    #[arg(short, long, conflicts_with = "format")]
    pub json: bool,

    /// Read the data files from DIR instead of the built-in ones, with the same checks (`attache man` lists them) [default: ATTACHE_DATA when set]
    #[arg(long, value_name = "DIR")]
    pub data: Option<std::path::PathBuf>,

    /// End every table of records in a column with the ids of its sources (see `attache sources`)
    #[arg(long)]
    pub with_sources: bool,

    /// End the answer with its references: every record shown numbered, with its source and the source's exact words; figures the tool counts are marked derived
    #[arg(long)]
    pub cite: bool,

    /// When to use colour: auto means on a terminal, unless NO_COLOR is set [default: auto]
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

/// The options of [`OutputArgs`], declared on a command so that they can follow its name.
/// Their values are read into [`Cli::output`], the one place that holds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionsAfterName;

impl Args for OptionsAfterName {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        finish_command(OutputArgs::augment_args(cmd))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        finish_command(OutputArgs::augment_args_for_update(cmd))
    }
}

/// `cmd` (a subcommand, named) with its examples ([`after_help_of`]), and with the options that
/// mean nothing for it ([`meaningless_for`]) hidden from its help, its completions and the man
/// page. They stay declared, so that one typed after the name is parsed like any other and
/// refused in words, not as unknown.
fn finish_command(cmd: clap::Command) -> clap::Command {
    let cmd = match after_help_of(cmd.get_name()) {
        Some(text) => cmd.after_help(text),
        None => cmd,
    };
    match meaningless_for(cmd.get_name()) {
        Some((options, _)) => options
            .ids()
            .fold(cmd, |cmd, id| cmd.mut_arg(id, |arg| arg.hide(true))),
        None => cmd,
    }
}

impl FromArgMatches for OptionsAfterName {
    fn from_arg_matches(_: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(OptionsAfterName)
    }

    fn update_from_arg_matches(&mut self, _: &ArgMatches) -> Result<(), clap::Error> {
        Ok(())
    }
}

/// The options of [`OutputArgs`] as `export` takes them: `--format` chooses the files it
/// writes, `json` (the data files, the default) or `csv` (the tables); the value is read into
/// [`Cli::output`] like any command's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptionsAfterName;

impl ExportOptionsAfterName {
    fn export_format(arg: clap::Arg) -> clap::Arg {
        let values = clap::builder::PossibleValuesParser::new([
            PossibleValue::new("json")
                .help("The data files (*.json), as built in: what --data reads, to edit and check"),
            PossibleValue::new("csv").help(
                "One CSV table per record kind (*.csv; RFC 4180, UTF-8, a header row, names in both languages): for SQLite, pandas or datasette; --data does not read them",
            ),
        ]);
        arg.value_parser(clap::builder::TypedValueParser::map(values, |value| {
            if value == "csv" {
                Format::Csv
            } else {
                Format::Json
            }
        }))
        .help("What to write [default: json]")
    }
}

impl Args for ExportOptionsAfterName {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        finish_command(OutputArgs::augment_args(cmd)).mut_arg("format", Self::export_format)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        finish_command(OutputArgs::augment_args_for_update(cmd))
            .mut_arg("format", Self::export_format)
    }
}

impl FromArgMatches for ExportOptionsAfterName {
    fn from_arg_matches(_: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(ExportOptionsAfterName)
    }

    fn update_from_arg_matches(&mut self, _: &ArgMatches) -> Result<(), clap::Error> {
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set
    Auto,
    /// Always, also in a pipe
    Always,
    /// Never
    Never,
}

impl OutputArgs {
    /// The ids clap's derive gives these options: their field names (a test keeps the two equal).
    pub const IDS: [&'static str; 7] = [
        "lang",
        "format",
        "json",
        "data",
        "with_sources",
        "cite",
        "color",
    ];

    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Table)
        }
    }

    pub fn color(&self) -> ColorChoice {
        self.color.unwrap_or(ColorChoice::Auto)
    }
}

/// clap's view of an enum of the other layers: each variant's value and help. They know
/// nothing of clap; this is the one place where the two meet.
macro_rules! value_enum {
    ($type:ty { $($variant:path => $value:literal: $help:literal,)* }) => {
        impl ValueEnum for $type {
            fn value_variants<'a>() -> &'a [Self] {
                &[$($variant),*]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $($variant => PossibleValue::new($value).help($help),)*
                })
            }
        }
    };
}

value_enum!(Format {
    Format::Table => "table": "Tables for reading",
    Format::Json => "json": "One JSON document, keys in English, names in both languages",
    Format::Csv => "csv": "One CSV table (RFC 4180): a row per record, headers in English",
    Format::Markdown => "markdown": "GitHub-flavoured Markdown: headings, lists and pipe tables",
    Format::Dot => "dot": "Graphviz DOT (graph only)",
    Format::Mermaid => "mermaid": "Mermaid flowchart, which GitHub renders in Markdown (graph only)",
});

value_enum!(Lang {
    Lang::En => "en": "English",
    Lang::Lv => "lv": "Latviešu (Latvian)",
});

value_enum!(Class {
    Class::Mutual => "mutual": "Latvia has an attaché or adviser for the country, and the country one accredited to Latvia",
    Class::LatviaOnly => "latvia": "Only Latvia has an attaché or adviser for the country",
    Class::PartnerOnly => "partner": "Only the country has an attaché accredited to Latvia",
});

/// `--table NAME` of a page with several kinds of record: the names of `tables` (the page's,
/// its main one first), each with its help.
fn table_parser(
    tables: &'static [CsvTable],
) -> impl clap::builder::TypedValueParser<Value = CsvTable> {
    let values = tables.iter().map(|&t| {
        let help = match t {
            CsvTable::Attaches => "Attachés and advisers, both ways: a row per attaché and country",
            CsvTable::Cooperation => "The cooperation groups it belongs to: a row per group",
            CsvTable::Unsc => "Where the UN Security Council material names it: a row per part",
            CsvTable::Duties => "An attaché's duties: a row per duty",
            CsvTable::Statements => "The source's statements: a row per statement",
            CsvTable::Sources => "The sources: a row per source, with the records resting on it",
            CsvTable::Parts => {
                "The article's points, the outcome, later developments: a row per part"
            }
            CsvTable::Countries => "The countries those parts name: a row per part and country",
            CsvTable::Members => "The groups' members: a row per group and member",
        };
        PossibleValue::new(t.name()).help(help)
    });
    clap::builder::TypedValueParser::map(
        clap::builder::PossibleValuesParser::new(values),
        move |name| {
            tables
                .iter()
                .copied()
                .find(|t| t.name() == name)
                .unwrap_or(tables[0])
        },
    )
}

/// Each command's examples and notes, shown after its options in its help. They are set when
/// the command is built ([`OptionsAfterName`], inside `defer`), not with the command tree:
/// clap copies every text it is given, and copying every command's examples at each start
/// cost more than the lookup's own table. Help, completions and the man page build the commands.
fn after_help_of(command: &str) -> Option<&'static str> {
    Some(match command {
        "country" => {
            "\
Examples:
  attache country Norway
  attache country 'United Kingdom'
  attache country south korea          Words need no quotes
  attache country Vācijā --lang lv     Latvian in all seven cases, with or without diacritics
  attache country Burma                Former names, parts (Scotland), names in the country's
                                       own languages (Deutschland), \"Korea, South\", \"the UK\"
  attache country PL --json            ISO alpha-2 or alpha-3 codes
  attache country Norway --format csv --table cooperation"
        }
        "city" => {
            "\
Examples:
  attache city Warsaw                  Latvia's attaché there and the nine accredited to Latvia
  attache city Rīga                    The attachés resident in Latvia
  attache city Londonā --lang lv       Any Latvian case form"
        }
        "non-resident" => {
            "\
Examples:
  attache non-resident
  attache non-resident --city Warsaw
  attache non-resident --city Viļņā --lang lv"
        }
        "accredited" => {
            "\
Examples:
  attache accredited
  attache accredited --resident
  attache accredited --non-resident --json"
        }
        "postings" => {
            "\
Examples:
  attache postings
  attache postings --lang lv"
        }
        "search" => {
            "\
Examples:
  attache search kiber                 Cyber security, from Latvian \"kiberdrošība\"
  attache search miera                 Peacekeeping (\"miera uzturēšana\")
  attache search Mali                  The country, MINUSMA and its end
  attache search battle group --json   Every word must match

Words match the start of a word, ignoring case and diacritics."
        }
        "reciprocity" => {
            "\
Examples:
  attache reciprocity
  attache reciprocity --only partner    Countries with an attaché for Latvia but none from Latvia
  attache reciprocity --only mutual --json"
        }
        "graph" => {
            "\
Examples:
  attache graph --format dot | dot -Tsvg > network.svg
  attache graph --format mermaid       Paste into a Markdown file on GitHub
  attache graph --country Norway --format dot
  attache graph                        The edges as a table"
        }
        "stats" => {
            "\
Examples:
  attache stats
  attache stats --format csv"
        }
        "partners" => {
            "\
Examples:
  attache partners
  attache partners --lang lv
  attache partners --format csv --table statements"
        }
        "about" => {
            "\
Examples:
  attache about
  attache about --json
  attache about --format csv --table sources"
        }
        "unsc" => {
            "\
Examples:
  attache unsc
  attache unsc --json
  attache unsc --format csv --table countries"
        }
        "sources" => {
            "\
Examples:
  attache sources
  attache sources --json"
        }
        "check" => {
            "\
Examples:
  attache check                        The built-in dataset
  attache --data my-data check         A copy being edited

Exit status: 0 when no check fails (warnings allowed), 2 when one does."
        }
        "export" => {
            "\
Examples:
  attache export my-data               The data files; then edit my-data/*.json
  attache --data my-data country Norway
  attache export my-data --force       Overwrite the data files in a non-empty DIR
  attache export tables --format csv   One CSV table per record kind, for data tools

--data reads the data files (*.json) only. The CSV tables are made from the dataset in use (built
in, or --data DIR), to be read, not edited; SQLite loads one with
sqlite3 my.db '.import --csv tables/postings.csv postings'."
        }
        "import" => {
            "\
The page: its text copied from a browser into a file, at most 1 MiB; `-` reads it from
stdin. It is read as the Latvian page unless --lang en is typed (here --lang names the page's
language; ATTACHE_LANG does not). Every name on it is resolved as the commands resolve names;
a line that cannot be read, or a name that names no one place, is an error naming the line,
and nothing is written. The files the page does not cover are copied from the dataset in use
(built in, or --data). The result passes the checks --data runs before it is written, as
safely as `export` writes (DIR must be empty or missing, unless --force).

A city the data does not have yet is declared with --city NAME=CC[:OTHER]: NAME as the page
names it (for a Latvian page, the nominative of the page's form: `rezidē Tbilisi` is
`Tbilisi`, `rezidē Kišiņevā` is `Kišiņeva`), CC its country's ISO code, OTHER its name in the
other language where it differs.

Examples:
  attache import page.txt --into new-data --date 2026-12-04 \\
      --url https://www.mod.gov.lv/lv/nozares-politika/starptautiska-un-regionala-sadarbiba
  attache import old-page.txt --into old-data --city Tbilisi=GE
  attache import page-en.txt --into en-data --lang en
  attache --data new-data postings       Answer from the imported data

Exit status: 0 written, 2 when the page, an option or DIR cannot be used."
        }
        "completions" => {
            "\
Examples:
  bash        attache completions bash > ~/.local/share/bash-completion/completions/attache
  zsh         attache completions zsh > ~/.zfunc/_attache   (with fpath+=~/.zfunc in ~/.zshrc)
  fish        attache completions fish > ~/.config/fish/completions/attache.fish
  PowerShell  attache completions powershell >> $PROFILE"
        }
        "man" => {
            "\
Examples:
  attache man > ~/.local/share/man/man1/attache.1 && man attache"
        }
        "diff" => {
            "\
Examples:
  attache diff my-data                 The built-in data against my-data
  attache diff old-data new-data       Two directories (each read and checked as --data reads it)
  attache diff my-data --lang lv       The changes said in Latvian
  attache diff my-data --format csv    One row per change, with the quotes on both sides
  attache diff my-data --json > changes.json; echo $?
  attache diff old-import new-import --facts-only || echo \"new facts\"

Records are matched by what identifies them (a country's code, a city's id, an attaché's
residence, a group's id), not by their place in a file: a reordered file is no change. Each
change shows the source's words on both sides, and the source they come from. With one
directory the old side is the built-in data, whatever ATTACHE_DATA says; --data is refused.

Exit status: 0 no change, 1 something changed, 2 usage or data error (the message says
whether the old or the new side could not be used), as diff(1) does, so that a script can
watch for changes. (Every other command exits 1 when nothing matched.)"
        }
        _ => return None,
    })
}

/// Each command ends with [`OptionsAfterName`]. `defer`: a command's arguments are built only
/// when it is the one used (or for help, completions and the man page).
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// All the dataset knows about one country, in both directions
    Country {
        /// Country name in English or Latvian (any case, official, former or local name), or its ISO code
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        name: Vec<String>,

        /// With --format csv: which table of the page to write [default: attaches]
        #[arg(long, value_name = "NAME", value_parser = table_parser(CsvTable::COUNTRY))]
        table: Option<CsvTable>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Everything that resides in one city, in both directions
    City {
        /// City name in English or Latvian (any case), or in its own language
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        name: Vec<String>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Non-resident attachés accredited to Latvia, grouped by the city where they reside
    NonResident {
        /// Only attachés residing in this city (English or Latvian, any case form)
        #[arg(long, value_name = "CITY")]
        city: Option<String>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Every foreign defence attaché accredited to Latvia
    Accredited {
        /// Only attachés resident in Riga
        #[arg(long, conflicts_with = "non_resident")]
        resident: bool,

        /// Only attachés who reside outside Latvia
        #[arg(long)]
        non_resident: bool,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Latvia's defence attachés and advisers abroad, with the countries each covers
    Postings {
        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Full-text search over every record, in both languages
    Search {
        /// Words to look for
        #[arg(required = true, num_args = 1.., value_name = "TEXT")]
        text: Vec<String>,

        /// Show at most this many hits, best first
        #[arg(short = 'n', long, default_value_t = 20, value_name = "N")]
        limit: usize,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// For every country linked to Latvia, whether the attaché link runs both ways
    Reciprocity {
        /// Only countries in this class
        #[arg(long, value_enum, value_name = "CLASS")]
        only: Option<Class>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// The accreditation network: countries and cities as nodes, who resides where and covers whom
    Graph {
        /// Only this country's neighbourhood
        #[arg(long, value_name = "COUNTRY")]
        country: Option<String>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Counts that matter: attachés per city both ways, countries per posting, busiest hubs
    Stats {
        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Latvia's cooperation partners: Baltic states, strategic partners, Nordic countries, military support
    Partners {
        /// With --format csv: which table of the page to write [default: members]
        #[arg(long, value_name = "NAME", value_parser = table_parser(CsvTable::PARTNERS))]
        table: Option<CsvTable>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// What a defence attaché does, what the dataset holds, and its sources
    About {
        /// With --format csv: which table of the page to write [default: duties]
        #[arg(long, value_name = "NAME", value_parser = table_parser(CsvTable::ABOUT))]
        table: Option<CsvTable>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Latvia's candidacy for the UN Security Council: summary, source and outcome
    Unsc {
        /// With --format csv: which table of the page to write [default: parts]
        #[arg(long, value_name = "NAME", value_parser = table_parser(CsvTable::UNSC))]
        table: Option<CsvTable>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Every source: publisher, title in both languages, date, address, records resting on it
    Sources {
        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Check the dataset (built in, or --data DIR) and report each check: pass, warn or fail
    Check {
        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// What changed between two datasets: the built-in one and DIR, or OLD and NEW, record by record
    #[command(override_usage = "attache diff [OPTIONS] [OLD] NEW")]
    Diff {
        /// OLD and NEW data directories; with one, it is NEW and OLD is the built-in data
        #[arg(required = true, num_args = 1..=2, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
        dirs: Vec<std::path::PathBuf>,

        /// Leave out changes of evidence alone: the same facts in other words or from another source, and the sources themselves (every import names a new source)
        #[arg(long)]
        facts_only: bool,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Write the data to DIR: the built-in data files, to edit for --data, or CSV tables
    Export {
        /// Directory to write to; created if missing
        #[arg(value_name = "DIR")]
        dir: std::path::PathBuf,

        /// Write into a directory that is not empty, replacing the files this export writes (and nothing else)
        #[arg(long)]
        force: bool,

        #[command(flatten)]
        options: ExportOptionsAfterName,
    },

    /// Read the Ministry of Defence page's text into a complete data directory DIR
    Import {
        /// The page's text, a file (or - for stdin)
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: std::path::PathBuf,

        /// Directory to write the data files to; created if missing
        #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
        into: std::path::PathBuf,

        /// A city the data does not have yet: NAME=CC or NAME=CC:OTHER (repeatable)
        #[arg(long = "city", value_name = "NAME=CC")]
        cities: Vec<crate::import::DeclaredCity>,

        /// The day the page's text was copied, YYYY-MM-DD (the source's date)
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,

        /// The page's web address (the source's address)
        #[arg(long, value_name = "URL")]
        url: Option<String>,

        /// Write into a directory that is not empty, replacing its data files
        #[arg(long)]
        force: bool,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// Print shell completions, with country and city names, to stdout
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: Shell,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// A country, as `attache country` answers, or else a city, as `attache city` does: what `attache NAME` runs when NAME is no command
    #[command(hide = true)]
    Place {
        /// Country or city name in English or Latvian, or a country's ISO code
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        name: Vec<String>,

        /// With --format csv: which table of the page to write [default: attaches]
        #[arg(long, value_name = "NAME", value_parser = table_parser(CsvTable::COUNTRY))]
        table: Option<CsvTable>,

        #[command(flatten)]
        options: OptionsAfterName,
    },

    /// `attache NAME`, before `main` reads it again as `place` (so that options after the
    /// name count): a first word that is no command is the start of a place's name.
    #[command(external_subcommand)]
    Named(Vec<String>),

    /// Print the man page (roff) to stdout
    Man {
        #[command(flatten)]
        options: OptionsAfterName,
    },
}

impl Command {
    /// `--table NAME`, where the command takes it and it was given.
    pub fn table(&self) -> Option<CsvTable> {
        match self {
            Command::Country { table, .. }
            | Command::Place { table, .. }
            | Command::Partners { table, .. }
            | Command::About { table, .. }
            | Command::Unsc { table, .. } => *table,
            _ => None,
        }
    }
}

/// Parses a command line (its first word the program's name) as `main` does, and leaves
/// clap's parser allocated: the process ends moments later, and taking apart the command tree
/// (every subcommand with a copy of every option) cost more instructions than the whole lookup
/// and its table (callgrind: 128,000 of 1.1 million).
pub fn parse_from(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    let parsed = parse_with(&mut command, args);
    std::mem::forget(command);
    parsed
}

/// Parses a command line with `command` (`Cli::command()`), reading `attache NAME ...` as
/// `attache place NAME ...` when the first word is no command, so that options after the name
/// count. What the argument-parsing fuzzer calls, with a parser it frees each time.
pub fn parse_with(
    command: &mut clap::Command,
    mut args: Vec<std::ffi::OsString>,
) -> Result<Cli, clap::Error> {
    let mut parse = |args: &[std::ffi::OsString]| {
        command
            .try_get_matches_from_mut(args)
            .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
    };
    let parsed = match parse(&args) {
        Ok(Cli {
            command: Command::Named(words),
            ..
        }) => {
            let at = args.len().saturating_sub(words.len());
            args.insert(at, std::ffi::OsString::from("place"));
            parse(&args)
        }
        other => other,
    };
    parsed.map_err(|error| error.format(command))
}

/// A clap error (or help, or version) as text, plain, with control and format characters
/// escaped on every line: a usage error echoes what was typed.
///
/// The text is clap's with its styles (`render().ansi()`), not its plain `Display`: that
/// one strips every escape sequence and control character, the typed ones too, so a value
/// typed as `x<BEL><ESC>]0;t<BEL>` was quoted as `'x'`. Here only clap's own colours (SGR
/// sequences, `ESC [ ... m`) are dropped, and whatever else the text holds is shown escaped.
pub fn printable_clap_error(error: &clap::Error) -> String {
    let styled = error.render().ansi().to_string();
    let rendered = without_sgr(&styled);
    let mut out = String::with_capacity(rendered.len());
    for line in rendered.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        out.push_str(&crate::data::escaped(body));
        out.push_str(end);
    }
    out
}

/// `text` without its SGR sequences (`ESC [`, digits and `;`, `m`): the colours clap writes.
fn without_sgr(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let params = after.strip_prefix('[').map(|p| {
            p.bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b';')
                .count()
        });
        match params {
            Some(n) if after[1 + n..].starts_with('m') => rest = &after[n + 2..],
            _ => {
                out.push('\u{1b}');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The language an environment variable names: `None` when it is empty (as if unset), an
/// error in words when it is no language.
pub fn lang_of_variable(value: &std::ffi::OsStr) -> Result<Option<Lang>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    value
        .to_str()
        .and_then(|v| Lang::from_str(v, true).ok())
        .map(Some)
        .ok_or_else(|| {
            format!(
                "ATTACHE_LANG is \"{}\", which is no language: en or lv (or unset it)",
                crate::data::escaped(&value.to_string_lossy())
            )
        })
}

/// The command a mistyped first word most likely meant (at most two typos away), if any.
pub fn command_like(word: &str) -> Option<String> {
    let command = Cli::command();
    command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name())
        .map(|name| (strsim::levenshtein(name, word), name))
        .filter(|&(distance, _)| distance <= 2 && distance < word.len())
        .min()
        .map(|(_, name)| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn each_option_is_its_bit() {
        let each = [
            Options::LANG,
            Options::FORMAT,
            Options::JSON,
            Options::DATA,
            Options::WITH_SOURCES,
            Options::CITE,
            Options::COLOR,
        ];
        for (option, id) in each.into_iter().zip(OutputArgs::IDS) {
            assert_eq!(option.ids().collect::<Vec<_>>(), [id]);
        }
        assert_eq!(Options::ALL.ids().collect::<Vec<_>>(), OutputArgs::IDS);
    }

    #[test]
    fn output_args_ids_are_the_derived_ones() {
        let command = OutputArgs::augment_args(clap::Command::new("t"));
        let derived: Vec<&str> = command
            .get_arguments()
            .map(|a| a.get_id().as_str())
            .collect();
        assert_eq!(derived, OutputArgs::IDS);
    }
}
