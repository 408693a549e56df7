//! One invocation: load the dataset, resolve what the user typed, run the query, render.

use std::fmt;
use std::io::Write;

use anyhow::Context;

use crate::cli::{Cli, ColorChoice, Command, Format};
use crate::data::{self, Case, CityId, CountryId, Dataset, Named};
use crate::i18n::{Lang, Msg};
use crate::query;
use crate::query::accredited::Residency;
use crate::render::{self, Answer, Style};
use crate::resolve::{self, InputError, NameIndex, Resolution, fold};

/// What `main` knows of the world that changes how the output looks.
#[derive(Debug, Clone, Copy)]
pub struct Environment {
    pub stdout_is_terminal: bool,
    /// NO_COLOR is set to something.
    pub no_color: bool,
}

/// How a command that did not fail ended; `main` turns it into the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Exit 0.
    Answered,
    /// Exit 1: a name resolved to nothing, or a filter left nothing to show.
    NothingMatched,
    /// Exit 2 after a full report: `check` found a fault.
    Failed,
}

/// How tables look: decided once, here, from the terminal, NO_COLOR and `--color`.
fn style(cli: &Cli, env: Environment) -> Style {
    let on_terminal = env.stdout_is_terminal && !env.no_color;
    Style {
        unicode: on_terminal,
        color: match cli.output.color {
            ColorChoice::Auto => on_terminal,
            ColorChoice::Always => true,
            ColorChoice::Never => false,
        },
        fit_terminal: env.stdout_is_terminal,
        with_sources: cli.output.with_sources,
    }
}

/// The dataset `--data` names, or the built-in one; either lives until the process ends. The
/// built-in one is a static (baked at build time). One read from a directory is leaked on
/// purpose: freeing a large dataset string by string as the process ends was a fifth of the
/// run time at 1000x the real data (perf), for memory the system takes back at once anyway.
fn load(cli: &Cli) -> Result<&'static Dataset, data::DataError> {
    match &cli.output.data {
        Some(dir) => data::from_dir(std::path::Path::new(dir)).map(|ds| &*Box::leak(Box::new(ds))),
        None => Ok(data::embedded()),
    }
}

/// Input the tool refuses before looking anything up (exit 2, like clap's own usage errors).
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Runs one command. Answers go to `out`; notes ("Koreja → South Korea"), not-found messages
/// and suggestions go to `err`. An `Err` is a usage or data error, or a failed write.
pub fn run(
    cli: &Cli,
    env: Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Status> {
    if matches!(cli.output.format(), Format::Dot | Format::Mermaid)
        && !matches!(cli.command, Command::Graph { .. })
    {
        return Err(UsageError(cli.output.lang.msg(Msg::GraphFormats).to_owned()).into());
    }
    if let Command::Export { dir, force, .. } = &cli.command {
        let written = data::export(dir, *force)?;
        let count = written.len().to_string();
        writeln!(
            out,
            "{}",
            cli.output
                .lang
                .fill(Msg::Exported, &[&count, &dir.display().to_string()])
        )?;
        return Ok(Status::Answered);
    }
    if let Command::Check { .. } = &cli.command {
        // A real check: the embedded files are parsed and validated again here, not taken
        // from the baked dataset.
        let loaded = match &cli.output.data {
            Some(dir) => data::from_dir(std::path::Path::new(dir)),
            None => data::validate_embedded(),
        };
        let lang = cli.output.lang;
        let report = query::check::check(loaded.as_ref());
        let failed = report.failed();
        render::render(
            &Answer::Check(report),
            cli.output.format(),
            lang,
            style(cli, env),
            out,
        )?;
        return Ok(if failed {
            Status::Failed
        } else {
            Status::Answered
        });
    }
    let ds = load(cli).with_context(|| match &cli.output.data {
        Some(dir) => format!("the data in {dir} cannot be used"),
        None => "the dataset built into attache is invalid".to_owned(),
    })?;
    let lang = cli.output.lang;
    let format = cli.output.format();
    let style = style(cli, env);
    if matches!(format, Format::Dot | Format::Mermaid)
        && !matches!(cli.command, Command::Graph { .. })
    {
        return Err(UsageError(lang.msg(Msg::GraphFormats).to_owned()).into());
    }
    let mut status = Status::Answered;

    let answer = match &cli.command {
        Command::Country { name, .. } => {
            let Some(id) = lookup_country(ds, &name.join(" "), lang, err)? else {
                return Ok(Status::NothingMatched);
            };
            Answer::Country(query::country::country(ds, id))
        }
        Command::City { name, .. } => {
            let Some(id) = lookup_city(ds, &name.join(" "), lang, err)? else {
                return Ok(Status::NothingMatched);
            };
            Answer::City(query::city::city(ds, id))
        }
        Command::NonResident { city, .. } => {
            let city = match city {
                Some(name) => match lookup_city(ds, name, lang, err)? {
                    Some(id) => Some(id),
                    None => return Ok(Status::NothingMatched),
                },
                None => None,
            };
            let report = query::non_resident::non_resident(ds, city);
            if report.groups.is_empty() {
                status = Status::NothingMatched;
                if let Some(place) = report.city {
                    let city_name = place.city.name_in(lang, Case::Locative);
                    note(err, &lang.fill(Msg::NoNonResidentIn, &[city_name]));
                }
                // A script still gets a document to read; a person gets the message alone.
                if format == Format::Table {
                    return Ok(status);
                }
            }
            Answer::NonResident(report)
        }
        Command::Accredited {
            resident,
            non_resident,
            ..
        } => {
            let residency = match (resident, non_resident) {
                (true, _) => Residency::Resident,
                (_, true) => Residency::NonResident,
                _ => Residency::All,
            };
            Answer::Accredited(query::accredited::accredited(ds, residency))
        }
        Command::Postings { .. } => Answer::Postings(query::postings::postings(ds)),
        Command::Search { text, limit, .. } => {
            let query = text.join(" ");
            resolve::checked_fold(&query).map_err(|e| input_error(e, lang, Msg::WhatSearch))?;
            let report = query::search::search(ds, &query, *limit);
            if report.total == 0 {
                status = Status::NothingMatched;
                note(err, &lang.fill(Msg::NothingMatches, &[&printable(&query)]));
                if format == Format::Table {
                    return Ok(status);
                }
            }
            Answer::Search(report)
        }
        Command::Completions { shell, .. } => {
            out.write_all(crate::complete::script(*shell, ds).as_bytes())?;
            return Ok(Status::Answered);
        }
        Command::Man { .. } => {
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(out)?;
            return Ok(Status::Answered);
        }
        Command::Reciprocity { only, .. } => {
            Answer::Reciprocity(query::reciprocity::reciprocity(ds, *only))
        }
        Command::Graph { country, .. } => {
            let focus = match country {
                Some(name) => match lookup_country(ds, name, lang, err)? {
                    Some(id) => Some(id),
                    None => return Ok(Status::NothingMatched),
                },
                None => None,
            };
            Answer::Graph(query::graph::graph(ds, focus))
        }
        Command::Stats { .. } => Answer::Stats(query::stats::stats(ds)),
        Command::Sources { .. } => Answer::Sources(query::sources::sources(ds)),
        // Handled before the dataset is loaded.
        Command::Export { .. } | Command::Check { .. } => return Ok(Status::Answered),
        Command::Partners { .. } => Answer::Partners(query::partners::partners(ds)),
        Command::About { .. } => Answer::About(query::about::about(ds)),
        Command::Unsc { .. } => Answer::Unsc(query::unsc::unsc(ds)),
    };

    render::render(&answer, format, lang, style, out)?;
    Ok(status)
}

fn lookup_country(
    ds: &Dataset,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<CountryId>> {
    let name = |id: CountryId| ds.country(id).name(lang);
    lookup(
        &ds.country_names,
        input,
        lang,
        Msg::WhatCountry,
        Msg::UnknownCountry,
        name,
        err,
    )
}

fn lookup_city(
    ds: &Dataset,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<CityId>> {
    let name = |id: CityId| ds.city(id).name(lang);
    let found = lookup(
        &ds.city_names,
        input,
        lang,
        Msg::WhatCity,
        Msg::UnknownCity,
        name,
        err,
    )?;
    if found.is_none() {
        // The dataset knows a dozen cities; naming them all helps more than a guess.
        let all: Vec<&str> = ds.city_ids().map(name).collect();
        note(err, &lang.fill(Msg::KnownCities, &[&all.join(", ")]));
    }
    Ok(found)
}

/// Resolves `input`; says on `err` how it was read when that is not obvious, or what is
/// closest when nothing matched (`Ok(None)`).
fn lookup<'d, Id: Copy + Eq + 'static>(
    index: &NameIndex<Id>,
    input: &str,
    lang: Lang,
    what: Msg,
    unknown: Msg,
    name: impl Fn(Id) -> &'d str,
    err: &mut dyn Write,
) -> anyhow::Result<Option<Id>> {
    match resolve::resolve(index, input, lang) {
        Err(InputError::Empty) => {
            Err(UsageError(lang.fill(Msg::EmptyName, &[lang.msg(what)])).into())
        }
        Err(InputError::TooLong { chars }) => {
            let args = [
                lang.msg(what),
                &chars.to_string(),
                &resolve::MAX_NAME_CHARS.to_string(),
            ];
            Err(UsageError(lang.fill(Msg::TooLongName, &args)).into())
        }
        Ok(Resolution::Found(id)) => {
            let shown = name(id);
            if fold(input) != fold(shown) {
                let _ = writeln!(
                    err,
                    "{}",
                    lang.fill(Msg::ReadAs, &[&printable(input), shown])
                );
            }
            Ok(Some(id))
        }
        Ok(Resolution::NotFound { suggestions }) => {
            note(err, &lang.fill(unknown, &[&printable(input)]));
            if !suggestions.is_empty() {
                let names: Vec<&str> = suggestions.into_iter().map(name).collect();
                note(err, &lang.fill(Msg::DidYouMean, &[&names.join(", ")]));
            }
            Ok(None)
        }
    }
}

/// The usage error for input refused before any lookup; `what` names what was typed.
fn input_error(error: InputError, lang: Lang, what: Msg) -> UsageError {
    match error {
        InputError::Empty => UsageError(lang.fill(Msg::EmptyName, &[lang.msg(what)])),
        InputError::TooLong { chars } => {
            let args = [
                lang.msg(what),
                &chars.to_string(),
                &resolve::MAX_NAME_CHARS.to_string(),
            ];
            UsageError(lang.fill(Msg::TooLongName, &args))
        }
    }
}

/// The input as typed, trimmed, with control characters escaped so that they cannot act on
/// the terminal.
fn printable(input: &str) -> String {
    input
        .trim()
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// A message for people on stderr. A failed write to stderr has nowhere to be reported.
fn note(err: &mut dyn Write, message: &str) {
    let _ = writeln!(err, "attache: {message}");
}
