//! Shell completion scripts: clap_complete's script for the commands and options, with code of
//! our own that completes country and city names.
//!
//! The names come from the dataset in use, so from a `--data` directory too: they are
//! untrusted. Each script holds them as literals quoted for its shell, and the code that
//! offers them never lets a shell evaluate one: no `compgen -W` (which expands its word list),
//! no `eval`, no unquoted expansion. A name with a control character (a newline would end a
//! literal in some shells, and nobody types one) is left out.
//!
//! Per name the script holds four strings, computed here so that the shells need no Unicode
//! tables: the name, its lower case, its folded form ([`fold`]: lower case without
//! diacritics, punctuation as spaces) and its spelling without diacritics. The shell lower-cases
//! what was typed and compares it with the start of the lower case and of the folded form, so
//! `Vac`, `vāc` and `VĀC` (the last in a UTF-8 locale) all find `Vācija`.
//!
//! - bash and zsh complete a name whole (`United\ Kingdom`, one argument), quoted by the
//!   shell's rules; a name typed word by word (`United K`) completes its next word. One match
//!   inserts the name itself. Among several, a name that matched only without its diacritics
//!   is offered in its spelling without them (`Turkiye`, which the commands accept): both shells
//!   insert the candidates' common beginning, and `Türkiye` beside `Turcija` would cut `Tu`
//!   back to `T`.
//! - fish filters the candidates itself (by prefix, ignoring case, or fuzzily), and not
//!   ignoring diacritics: it gets every name, and for one that matches only without its
//!   diacritics the spelling without them, described by the name (`Vacija  (Vācija)`).
//! - PowerShell offers the words of the names for `country` and `city`, quoted where a word
//!   needs it; elvish completes commands and options only.

use std::borrow::Cow;

use clap::{CommandFactory, ValueHint};
use clap_complete::Shell;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::cli::Cli;
use crate::data::{Dataset, fold};

/// Which names an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Country,
    City,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::City => "city",
        }
    }
}

/// An argument that takes a name: command, argument id, which names, whether it is the
/// command's positional NAME (given word by word) rather than an option's value.
struct NameArg {
    command: &'static str,
    arg: &'static str,
    kind: Kind,
    positional: bool,
}

const NAME_ARGS: [NameArg; 4] = [
    NameArg {
        command: "country",
        arg: "name",
        kind: Kind::Country,
        positional: true,
    },
    NameArg {
        command: "city",
        arg: "name",
        kind: Kind::City,
        positional: true,
    },
    NameArg {
        command: "graph",
        arg: "country",
        kind: Kind::Country,
        positional: false,
    },
    NameArg {
        command: "non-resident",
        arg: "city",
        kind: Kind::City,
        positional: false,
    },
];

impl NameArg {
    /// The one possible value the zsh script is generated with for this argument: the action
    /// that [`zsh`] replaces with a call of its name function.
    fn placeholder(&self) -> String {
        format!(
            "__attache_{}_{}__",
            self.command.replace('-', "_"),
            self.arg
        )
    }
}

/// One name as the scripts hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    /// As the dataset spells it: "Vācija".
    text: String,
    /// In lower case: "vācija".
    lower: String,
    /// Folded ([`fold`]): "vacija".
    key: String,
    /// Without diacritics, case and punctuation kept: "Vacija"; the folded form where that
    /// spelling would not fold to the same (the commands must accept it).
    plain: String,
}

impl Name {
    fn new(text: &str) -> Option<Name> {
        if text.trim().is_empty() || text.chars().any(char::is_control) {
            return None;
        }
        let key = fold(text);
        let plain: String = if text.is_ascii() {
            text.to_owned()
        } else {
            text.nfd().filter(|c| !is_combining_mark(*c)).collect()
        };
        // A name without diacritics is its own plain spelling, and folds to its key.
        let plain = if plain == text || fold(&plain) == key {
            plain
        } else {
            key.clone()
        };
        Some(Name {
            text: text.to_owned(),
            lower: text.to_lowercase(),
            key,
            plain,
        })
    }
}

/// Each country's and city's name in English and Latvian, deduplicated, in the order of their
/// folded forms (so that "Ālandu salas" sorts among the A's).
fn shown_names(ds: &Dataset, kind: Kind) -> Vec<Name> {
    let mut texts: Vec<&str> = match kind {
        Kind::Country => ds
            .countries
            .iter()
            .flat_map(|c| [c.en.name.as_ref(), c.lv.name.as_ref()])
            .collect(),
        Kind::City => ds
            .cities
            .iter()
            .flat_map(|c| [c.en.name.as_ref(), c.lv.name.as_ref()])
            .collect(),
    };
    // Many a city's name is the same in both languages: each text once, before the folding.
    texts.sort_unstable();
    texts.dedup();
    let mut names: Vec<Name> = texts.into_iter().filter_map(Name::new).collect();
    names.sort_by(|a, b| (&a.key, &a.text).cmp(&(&b.key, &b.text)));
    names
}

/// The names of both kinds.
struct Names {
    countries: Vec<Name>,
    cities: Vec<Name>,
}

impl Names {
    fn of(&self, kind: Kind) -> &[Name] {
        match kind {
            Kind::Country => &self.countries,
            Kind::City => &self.cities,
        }
    }
}

/// The completion script for `shell`, with the names of `ds`: for the built-in dataset the
/// script [`generate`] wrote ahead of time (see [`generated`]), for a `--data` set written now.
pub fn script(shell: Shell, ds: &Dataset) -> Cow<'static, str> {
    match generated(shell) {
        Some(script) if std::ptr::eq(ds, crate::data::embedded()) => Cow::Borrowed(script),
        _ => Cow::Owned(generate(shell, ds)),
    }
}

/// The script of each shell for the built-in dataset, as [`generate`] writes it, committed in
/// `generated/` and compiled in: building clap's tree, running clap_complete and adding the
/// names cost 13 to 16 million instructions, over 20 times a whole lookup, for a text that
/// changes only with the code and the data. A test
/// (`generated_scripts_are_current`) fails when one differs from what [`generate`] writes now;
/// `ATTACHE_WRITE_GENERATED=1 cargo test --lib generated_` writes them again. `None` for a
/// shell clap_complete adds later: its script is written when asked for.
fn generated(shell: Shell) -> Option<&'static str> {
    match shell {
        Shell::Bash => Some(include_str!("../generated/attache.bash")),
        Shell::Zsh => Some(include_str!("../generated/_attache")),
        Shell::Fish => Some(include_str!("../generated/attache.fish")),
        Shell::Elvish => Some(include_str!("../generated/attache.elv")),
        Shell::PowerShell => Some(include_str!("../generated/_attache.ps1")),
        _ => None,
    }
}

/// The committed file of each shell's script in `generated/`: the files [`generated`] compiles in.
#[cfg(test)]
const GENERATED_FILES: [(Shell, &str); 5] = [
    (Shell::Bash, "attache.bash"),
    (Shell::Zsh, "_attache"),
    (Shell::Fish, "attache.fish"),
    (Shell::Elvish, "attache.elv"),
    (Shell::PowerShell, "_attache.ps1"),
];

/// Writes the completion script for `shell` with the names of `ds`: clap_complete's script,
/// and the names where the shell takes them.
fn generate(shell: Shell, ds: &Dataset) -> String {
    let names = || Names {
        countries: shown_names(ds, Kind::Country),
        cities: shown_names(ds, Kind::City),
    };
    // One tree for both clap_complete and the options that take a value: building it costs
    // as much as clap_complete's bash script itself.
    let mut command = command(shell == Shell::Zsh);
    let options = || value_options(&command);
    match shell {
        Shell::Bash => {
            let options = options();
            bash(&clap_script(shell, &mut command), &options, &names())
        }
        Shell::Zsh => {
            let options = options();
            zsh(&clap_script(shell, &mut command), &options, &names())
        }
        Shell::Fish => {
            let options = options();
            fish(&clap_script(shell, &mut command), &options, &names())
        }
        Shell::PowerShell => powershell(&clap_script(shell, &mut command), &names()),
        _ => clap_script(shell, &mut command),
    }
}

/// The command line as completion sees it: the name arguments complete no files, and for zsh
/// each holds its placeholder as its one possible value.
fn command(placeholders: bool) -> clap::Command {
    let mut command = Cli::command();
    // The commands' arguments are deferred (see `cli::Command`): build them to change them.
    command.build();
    for name_arg in &NAME_ARGS {
        let placeholder = name_arg.placeholder();
        command = command.mut_subcommand(name_arg.command, |c| {
            c.mut_arg(name_arg.arg, |a| {
                let a = a.value_hint(ValueHint::Other);
                if placeholders {
                    a.value_parser([placeholder]).hide_possible_values(true)
                } else {
                    a
                }
            })
        });
    }
    command
}

/// clap_complete's script for the commands and options of `command`.
fn clap_script(shell: Shell, command: &mut clap::Command) -> String {
    // clap_complete panics on a failed write; into memory it cannot fail.
    let mut script = Vec::new();
    clap_complete::generate(shell, command, "attache", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// Every option that takes a value, in any command (`--lang`, `--city`, ...): a word after one
/// is its value, not part of a name.
fn value_options(command: &clap::Command) -> Vec<String> {
    let mut options: Vec<String> = std::iter::once(command)
        .chain(command.get_subcommands())
        .flat_map(|c| c.get_arguments())
        .filter(|a| !a.is_positional() && a.get_action().takes_values())
        .flat_map(|a| {
            let longs = a.get_long().map(|l| format!("--{l}"));
            let shorts = a.get_short().map(|s| format!("-{s}"));
            longs.into_iter().chain(shorts)
        })
        // Spelt by this crate, so always true; it keeps them safe as shell case patterns.
        .filter(|o| o.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .collect();
    options.sort();
    options.dedup();
    options
}

/// `text` in POSIX single quotes (bash): only a quote needs care, as `'\''`.
fn single_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    for (i, part) in text.split('\'').enumerate() {
        if i > 0 {
            quoted.push_str(r"'\''");
        }
        quoted.push_str(part);
    }
    quoted.push('\'');
    quoted
}

/// `text` in double quotes with `\`, `$`, `` ` `` and `"` escaped (zsh). Not single quotes:
/// with zsh's RC_QUOTES option `''` inside them is a quote, which would change `'\''`.
fn double_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        if matches!(c, '\\' | '$' | '`' | '"') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

/// `text` in fish single quotes, where `\` and `'` are escaped with a backslash.
fn fish_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    for c in text.chars() {
        if matches!(c, '\\' | '\'') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('\'');
    quoted
}

/// `text` in PowerShell single quotes, where a quote is doubled; PowerShell takes the
/// typographic single quotes for quotes too.
fn powershell_quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('\'');
    for c in text.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
    quoted
}

/// The four strings of every name, one name a line, each string quoted by `quote`.
fn name_lines(names: &[Name], quote: fn(&str) -> String, indent: &str) -> String {
    let mut lines = String::with_capacity(names.len() * 80);
    for name in names {
        lines.push_str(indent);
        lines.push_str(&quote(&name.text));
        for text in [&name.lower, &name.key, &name.plain] {
            lines.push(' ');
            lines.push_str(&quote(text));
        }
        lines.push('\n');
    }
    lines
}

const BASH: &str = r#"
# Country and city names, added by attache: `_attache` above completes commands and options,
# `_attache__complete` the names of the dataset in use. Names are literals in arrays, and
# nothing here evaluates one (no `compgen -W`, no `eval`). Four strings per name: the name, its
# lower case, its folded form (lower case, no diacritics) and its spelling without diacritics.
_attache__country_names() {
    names=(
@COUNTRIES@    )
}

_attache__city_names() {
    names=(
@CITIES@    )
}

# What a typed word says, into REPLY: backslashes and quotes taken away, nothing evaluated.
_attache__unquote() {
    local word=$1 char i
    REPLY=
    for (( i = 0; i < ${#word}; i++ )); do
        char=${word:i:1}
        case $char in
            \\) (( i++ )); REPLY+=${word:i:1} ;;
            \'|\") ;;
            *) REPLY+=$char ;;
        esac
    done
}

# A name as the line must hold it, into REPLY, inside the quote its word was begun with
# ($2: ' or " or nothing). The closing quote is added; readline adds no second one.
_attache__quote() {
    local name=$1 char i
    REPLY=
    for (( i = 0; i < ${#name}; i++ )); do
        char=${name:i:1}
        case $2 in
            \')
                [[ $char == \' ]] && char=\'\\\'\' ;;
            \")
                case $char in
                    [\$\`\"\\]) char=\\$char ;;
                    !) char=\"\\!\" ;;
                esac ;;
            *)
                case $char in
                    [[:space:]\'\"\\\$\`\&\;\|\<\>\(\)\{\}\*\?\~\#\!\^] | \[ | \]) char=\\$char ;;
                esac ;;
        esac
        REPLY+=$char
    done
    REPLY+=$2
}

_attache__complete() {
    local cword=$COMP_CWORD cmd= kind= quote= word prev want text i j REPLY
    local -a before=() names=() found=() alt=()
    # The command, and the words of a name before the one being completed.
    for (( i = 1; i < cword; i++ )); do
        word=${COMP_WORDS[i]}
        case $word in
            @VALUE_OPTIONS@)
                # Its value, also as `--lang=lv` (three words here).
                [[ ${COMP_WORDS[i+1]} == = ]] && (( i++ ))
                (( i++ )) ;;
            -*) ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=$word
                else
                    _attache__unquote "$word"
                    before+=("$REPLY")
                fi ;;
        esac
    done
    prev=${COMP_WORDS[cword-1]}
    [[ $prev == = && $cword -gt 1 ]] && prev=${COMP_WORDS[cword-2]}
    case $cmd,$prev in
        graph,--country) kind=country before=() ;;
        non-resident,--city) kind=city before=() ;;
        country,* | city,*)
            case $prev in
                @VALUE_OPTIONS@) ;;
                *) [[ $2 == -* ]] || kind=$cmd ;;
            esac ;;
    esac
    if [[ -z $kind ]]; then
        _attache "$@"
        return
    fi
    # A name, never a file.
    compopt +o default +o bashdefault 2>/dev/null
    # Inside a quote readline completes the text after it ($2); the name must stay inside it.
    word=${COMP_WORDS[cword]}
    case ${word:0:1} in
        \' | \") [[ ${2:0:1} == "${word:0:1}" ]] || quote=${word:0:1} ;;
    esac
    _attache__unquote "$2"
    want=${REPLY,,}
    if (( ${#before[@]} )); then
        want="${before[*],,} $want"
    fi
    "_attache__${kind}_names"
    for (( i = 0; i < ${#names[@]}; i += 4 )); do
        [[ ${names[i+1]} == "$want"* || ${names[i+2]} == "$want"* ]] || continue
        found+=("${names[i]}")
        if [[ ${names[i+1]} == "$want"* ]]; then
            alt+=("${names[i]}")
        else
            alt+=("${names[i+3]}")
        fi
    done
    # Several: readline inserts their common beginning, which a name matched only without its
    # diacritics would cut short of what was typed; its spelling without them does not.
    (( ${#found[@]} > 1 )) && found=("${alt[@]}")
    COMPREPLY=()
    for text in "${found[@]}"; do
        # A name typed word by word: complete the current word, and those after it.
        for (( j = 0; j < ${#before[@]}; j++ )); do
            [[ $text == *' '* ]] || continue 2
            text=${text#* }
        done
        _attache__quote "$text" "$quote"
        COMPREPLY+=("$REPLY")
    done
}
"#;

/// clap's bash script with the names: `_attache__complete` takes the name arguments, hands
/// everything else to clap's `_attache`, and is the function registered for `attache`.
fn bash(clap: &str, value_options: &[String], names: &Names) -> String {
    let code = BASH
        .replace("@VALUE_OPTIONS@", &value_options.join(" | "))
        .replace(
            "@COUNTRIES@",
            &name_lines(names.of(Kind::Country), single_quoted, "        "),
        )
        .replace(
            "@CITIES@",
            &name_lines(names.of(Kind::City), single_quoted, "        "),
        );
    // clap registers `_attache` (with options depending on the bash version) at the end.
    let clap = clap.replace("complete -F _attache ", "complete -F _attache__complete ");
    // The functions must exist before `complete` names one; any order works in bash, but a
    // reader sees them first.
    match clap.find("\nif [[ \"${BASH_VERSINFO[0]}\" -eq 4") {
        Some(at) => format!("{}{code}{}", &clap[..at + 1], &clap[at + 1..]),
        None => format!("{clap}{code}complete -F _attache__complete attache\n"),
    }
}

const ZSH: &str = r#"
# Country and city names, added by attache: clap's `_arguments` specs below call
# `_attache__names` for them. Names are literals in arrays, and nothing here evaluates one. Four
# strings per name: the name, its lower case, its folded form (lower case, no diacritics) and
# its spelling without diacritics.
_attache__country_names() {
    names=(
@COUNTRIES@    )
}

_attache__city_names() {
    names=(
@CITIES@    )
}

# Completes a name. The last argument is country or city, with `:words` for a command's
# NAME, whose words before the current one (in `words`, as `_arguments` narrows it) may begin
# the name; the ones before it are compadd options from `_arguments` (group, description).
_attache__names() {
    local kind=${@[-1]%%:*} want text i j
    local -a names before found alt matches
    if [[ ${@[-1]} == *:words ]]; then
        for (( i = 1; i < CURRENT; i++ )); do
            case $words[i] in
                @VALUE_OPTIONS@) (( i++ )) ;;
                -*) ;;
                *) before+=("${(Q)words[i]}") ;;
            esac
        done
    fi
    # What was typed, its quoting taken away (inside a quote PREFIX is the text after it).
    if [[ -n $compstate[quote] ]]; then
        want=$PREFIX
    else
        want=${(Q)PREFIX}
    fi
    want=${(L)want}
    (( $#before )) && want="${(L)${(j: :)before}} $want"
    _attache__${kind}_names
    for (( i = 1; i <= $#names; i += 4 )); do
        [[ $names[i+1] == "$want"* || $names[i+2] == "$want"* ]] || continue
        found+=("$names[i]")
        if [[ $names[i+1] == "$want"* ]]; then
            alt+=("$names[i]")
        else
            alt+=("$names[i+3]")
        fi
    done
    # Several: zsh inserts their common beginning, which a name matched only without its
    # diacritics would cut short of what was typed; its spelling without them does not.
    (( $#found > 1 )) && found=("${alt[@]}")
    for text in "${found[@]}"; do
        # A name typed word by word: complete the current word, and those after it.
        for (( j = 1; j <= $#before; j++ )); do
            [[ $text == *' '* ]] || continue 2
            text=${text#* }
        done
        matches+=("$text")
    done
    # -U: these are the matches, filtered here (zsh's own matching would miss `Vac` for
    # `Vācija`); compadd quotes each for the line. -i keeps `--country=` of `--country=Nor`.
    compadd "${@[1,-2]}" -U -i "$IPREFIX" -a matches
}
"#;

/// clap's zsh script with the names: each name argument's placeholder action becomes a call of
/// `_attache__names`.
fn zsh(clap: &str, value_options: &[String], names: &Names) -> String {
    let mut script = clap.to_owned();
    for name_arg in &NAME_ARGS {
        let call = if name_arg.positional {
            format!("_attache__names {}:words", name_arg.kind.word())
        } else {
            format!("_attache__names {}", name_arg.kind.word())
        };
        script = script.replace(&format!("({})", name_arg.placeholder()), &call);
    }
    let code = ZSH
        .replace("@VALUE_OPTIONS@", &value_options.join(" | "))
        .replace(
            "@COUNTRIES@",
            &name_lines(names.of(Kind::Country), double_quoted, "        "),
        )
        .replace(
            "@CITIES@",
            &name_lines(names.of(Kind::City), double_quoted, "        "),
        );
    // After `#compdef attache`, which must stay the first line: the functions are defined
    // before the file's last lines call `_attache`.
    match script.find('\n') {
        Some(at) if script.starts_with("#compdef") => {
            format!("{}{code}{}", &script[..at + 1], &script[at + 1..])
        }
        _ => format!("{code}{script}"),
    }
}

const FISH: &str = r#"
# Country and city names, added by attache. Names are literals, printed, never evaluated. One
# line per name, four fields apart by tabs: its lower case, its folded form (lower case, no
# diacritics), the name and its spelling without diacritics.
function __fish_attache_country_names
@COUNTRIES@end

function __fish_attache_city_names
@CITIES@end

# The names to offer, one a line, for fish to filter: $argv[1] is country or city; $argv[2] is
# "words" for a command's NAME, whose words before the current one may begin the name. A name
# that matches only without its diacritics comes in its spelling without them, described by
# the name: fish matches no candidate that differs from what was typed by a diacritic.
function __fish_attache_names
    set -l names
    switch $argv[1]
        case country
            set names (__fish_attache_country_names)
        case city
            set names (__fish_attache_city_names)
    end
    set -l before
    if test "$argv[2]" = words
        set -l tokens (commandline -opc)
        set -e tokens[1]
        set -l command
        set -l skip 0
        for token in $tokens
            if test $skip = 1
                set skip 0
                continue
            end
            switch $token
                case @VALUE_OPTIONS@
                    set skip 1
                case '-*'
                case '*'
                    if test -z "$command"
                        set command $token
                    else
                        set -a before $token
                    end
            end
        end
    end
    set -l typed (commandline -ct)
    set typed (string unescape -- $typed 2>/dev/null; or string trim -c '\'"' -- $typed)
    set -l want (string lower -- "$before $typed" | string trim -l)
    set -l pattern (string escape --style=regex -- "$want")
    # Those whose lower case begins with what was typed, and those whose folded form does.
    set -l by_name (string match -r -e -- "^$pattern" $names)
    set -l by_key (string match -r -v -- "^$pattern" $names | string match -r -e -- "^[^\t]*\t$pattern")
    set -l words (count $before)
    if test $words -eq 0
        # Every name: fish filters them its own way (by prefix, or fuzzily).
        string replace -r -- '^[^\t]*\t[^\t]*\t([^\t]*)\t.*$' '$1' $names
        for name in $by_key
            set -l fields (string split \t -- $name)
            printf '%s\t%s\n' $fields[4] $fields[3]
        end
        return
    end
    # A name typed word by word: complete the current word, and those after it.
    set -l rest "^(?:[^ ]* ){$words}"
    for name in $by_name
        set -l fields (string split \t -- $name)
        string match -q -r -- "$rest." $fields[3]; or continue
        string replace -r -- $rest '' $fields[3]
    end
    for name in $by_key
        set -l fields (string split \t -- $name)
        string match -q -r -- "$rest." $fields[4]; or continue
        printf '%s\t%s\n' (string replace -r -- $rest '' $fields[4]) $fields[3]
    end
end

complete -c attache -n "__fish_attache_using_subcommand country" -f -a "(__fish_attache_names country words)"
complete -c attache -n "__fish_attache_using_subcommand city" -f -a "(__fish_attache_names city words)"
complete -c attache -n "__fish_attache_using_subcommand graph" -l country -r -f -a "(__fish_attache_names country)"
complete -c attache -n "__fish_attache_using_subcommand non-resident" -l city -r -f -a "(__fish_attache_names city)"
"#;

/// The body of a fish function that prints a line per name: lower case, folded form, name and
/// spelling without diacritics, apart by tabs (`\t` outside the quotes).
fn fish_name_lines(names: &[Name]) -> String {
    if names.is_empty() {
        return String::new();
    }
    let mut body = String::with_capacity(names.len() * 80);
    body.push_str("    printf '%s\\n' \\\n");
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            body.push_str(" \\\n");
        }
        body.push_str("        ");
        body.push_str(&fish_quoted(&name.lower));
        for text in [&name.key, &name.text, &name.plain] {
            body.push_str("\\t");
            body.push_str(&fish_quoted(text));
        }
    }
    body.push('\n');
    body
}

/// clap's fish script (commands and options; fish's generator completes no positional
/// argument) with the names.
fn fish(clap: &str, value_options: &[String], names: &Names) -> String {
    let code = FISH
        .replace("@VALUE_OPTIONS@", &value_options.join(" "))
        .replace("@COUNTRIES@", &fish_name_lines(names.of(Kind::Country)))
        .replace("@CITIES@", &fish_name_lines(names.of(Kind::City)));
    format!("{clap}{code}")
}

/// The words of the names, for PowerShell (which offers no value with a space here); the
/// commands accept a name word by word (`attache country United Kingdom`).
fn words(names: &[Name]) -> Vec<&str> {
    let mut words: Vec<&str> = names
        .iter()
        .flat_map(|n| n.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The PowerShell script with the words of the names added to the `country` and `city`
/// branches of its one argument completer (PowerShell keeps one completer per command, so the
/// names cannot come in a second one). A script of another layout is returned as it is.
fn powershell(clap: &str, names: &Names) -> String {
    let mut script = clap.to_owned();
    for (branch, kind) in [
        ("'attache;country' {", Kind::Country),
        ("'attache;city' {", Kind::City),
    ] {
        let Some(start) = script.find(branch) else {
            continue;
        };
        let Some(offset) = script[start..].find("            break") else {
            continue;
        };
        let results: String = words(names.of(kind))
            .into_iter()
            .map(|word| {
                // What goes on the line: the word, quoted unless it is plain.
                let plain = word
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'));
                let text = if plain {
                    word.to_owned()
                } else {
                    powershell_quoted(word)
                };
                format!(
                    "            [CompletionResult]::new({}, {}, [CompletionResultType]::ParameterValue, {})\n",
                    powershell_quoted(&text),
                    powershell_quoted(word),
                    powershell_quoted(word)
                )
            })
            .collect();
        script.insert_str(start + offset, &results);
    }
    script
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Fails unless `compiled` (a file of `generated/` as the binary holds it) is `now`, what the
    /// code writes today, naming the first line that differs and how to write the file again; with
    /// ATTACHE_WRITE_GENERATED set, writes `now` into the file instead. Shared with `man`'s tests.
    pub(crate) fn assert_generated(file: &str, compiled: &str, now: &str) {
        if std::env::var_os("ATTACHE_WRITE_GENERATED").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("generated")
                .join(file);
            std::fs::write(&path, now).expect("generated/ is writable");
            return;
        }
        if compiled == now {
            return;
        }
        let end = std::iter::repeat("(the end of the text)");
        let (line, (was, is)) = compiled
            .lines()
            .chain(end.clone())
            .zip(now.lines().chain(end))
            .take(compiled.lines().count().max(now.lines().count()))
            .enumerate()
            .find(|(_, (was, is))| was != is)
            .unwrap_or((0, ("the same but for", "its line endings")));
        panic!(
            "generated/{file} is not what the code writes now (a help text, an option or the data \
             changed?): its line {} is\n  {was}\nand would be\n  {is}\nWrite it again with \
             `ATTACHE_WRITE_GENERATED=1 cargo test --lib generated_` and review `git diff generated/`.",
            line + 1
        );
    }

    /// The scripts the binary prints for the built-in data are the ones [`generate`] writes.
    #[test]
    fn generated_scripts_are_current() {
        for (shell, file) in GENERATED_FILES {
            let compiled = generated(shell).expect("a generated script");
            assert_generated(file, compiled, &generate(shell, crate::data::embedded()));
        }
    }

    #[test]
    fn the_built_in_data_gets_the_generated_script_and_other_data_a_new_one() {
        let built_in = crate::data::embedded();
        assert!(matches!(script(Shell::Bash, built_in), Cow::Borrowed(_)));
        let copy = crate::data::validate_embedded().expect("valid");
        let written = script(Shell::Bash, &copy);
        assert!(matches!(written, Cow::Owned(_)));
        assert_eq!(written, script(Shell::Bash, built_in));
    }

    /// Where zsh is not installed, this still catches a clap_complete whose layout changed.
    #[test]
    fn every_zsh_placeholder_becomes_a_call() {
        let script = generate(Shell::Zsh, crate::data::embedded());
        assert!(!script.contains("__attache_"), "a placeholder is left");
        assert_eq!(script.matches(":_attache__names country:words'").count(), 1);
        assert_eq!(script.matches(":_attache__names city:words'").count(), 1);
        assert_eq!(
            script.matches(":COUNTRY:_attache__names country'").count(),
            1
        );
        assert_eq!(script.matches(":CITY:_attache__names city'").count(), 1);
        assert!(script.starts_with("#compdef attache\n"));
    }

    #[test]
    fn bash_registers_its_own_function_and_keeps_names_from_compgen() {
        let script = generate(Shell::Bash, crate::data::embedded());
        assert!(script.contains("complete -F _attache__complete -o nosort"));
        assert!(!script.contains("complete -F _attache "));
        assert!(
            script
                .lines()
                .filter(|l| l.contains("compgen"))
                .all(|l| !l.contains("Norway")),
            "a name in compgen's word list"
        );
    }

    #[test]
    fn the_options_that_take_a_value() {
        assert_eq!(
            value_options(&command(false)),
            [
                "--city",
                "--color",
                "--country",
                "--data",
                "--date",
                "--format",
                "--into",
                "--lang",
                "--limit",
                "--only",
                "--table",
                "--url",
                "-f",
                "-l",
                "-n",
            ]
        );
    }

    #[test]
    fn a_name_holds_its_lower_case_folded_and_plain_spellings() {
        let name = Name::new("Côte d'Ivoire").expect("a name");
        assert_eq!(
            (&*name.lower, &*name.key, &*name.plain),
            ("côte d'ivoire", "cote d ivoire", "Cote d'Ivoire")
        );
        assert_eq!(Name::new("Vācija").expect("a name").plain, "Vacija");
        for unusable in ["", "  ", "Two\nlines", "Tab\there", "Nul\0"] {
            assert_eq!(Name::new(unusable), None, "{unusable:?}");
        }
    }

    #[test]
    fn quoting() {
        assert_eq!(single_quoted("d'Ivoire"), r"'d'\''Ivoire'");
        assert_eq!(double_quoted(r#"a"b$c`d\e"#), r#""a\"b\$c\`d\\e""#);
        assert_eq!(fish_quoted(r"O'B\z"), r"'O\'B\\z'");
        assert_eq!(powershell_quoted("d'I d’I"), "'d''I d’’I'");
    }
}
