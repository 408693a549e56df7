//! One invocation: load the dataset, resolve what the user typed, run the query, render.

use std::ffi::OsString;
use std::fmt;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cli::{Cli, ColorChoice, Command};
use crate::data::Lang;
use crate::data::{self, Case, CityId, CountryId, Dataset, Named};
use crate::data::{NameIndex, key};
use crate::i18n::Msg;
use crate::query;
use crate::query::accredited::Residency;
use crate::render::Format;
use crate::render::{self, Answer, Style};
use crate::resolve::{self, InputError, Reading, Resolution};

/// What `main` knows of the world that changes the answer or how it looks.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub stdout_is_terminal: bool,
    /// NO_COLOR is set to something.
    pub no_color: bool,
    /// TERM is `dumb`: a terminal that shows neither colour nor box-drawing characters.
    pub dumb_terminal: bool,
    /// ATTACHE_LANG, if set: the language when `--lang` is not given (empty means unset).
    pub lang_variable: Option<OsString>,
    /// ATTACHE_DATA, if set: the data directory when `--data` is not given (empty means
    /// unset).
    pub data_variable: Option<OsString>,
    /// COLUMNS, if set: the width to write for, on a terminal or off it (see [`Environment::width`]).
    pub columns_variable: Option<OsString>,
    /// The width of the terminal stdout is, in columns, where it is one and says its size.
    pub terminal_width: Option<u16>,
}

/// The narrowest and the widest page `attache` writes for: a COLUMNS or a terminal outside
/// these is taken as the nearest. Below 20 columns no table of three columns fits even its
/// borders and one letter a column; 1,000 is wider than any screen, and keeps a typo
/// (COLUMNS=80000) from writing paragraphs as one line each.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 1000;

/// Where the data directory in use was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataFrom {
    Flag,
    Variable,
}

impl Environment {
    /// The language: `--lang`, else ATTACHE_LANG, else English.
    fn lang(&self, cli: &Cli) -> Result<Lang, UsageError> {
        if let Some(lang) = cli.output.lang {
            return Ok(lang);
        }
        match &self.lang_variable {
            Some(value) => crate::cli::lang_of_variable(value)
                .map(Option::unwrap_or_default)
                .map_err(UsageError),
            None => Ok(Lang::default()),
        }
    }

    /// The data directory: `--data`, else ATTACHE_DATA unless empty, else none (built in).
    fn data_dir<'a>(&'a self, cli: &'a Cli) -> Option<(&'a Path, DataFrom)> {
        if let Some(dir) = &cli.output.data {
            return Some((dir.as_path(), DataFrom::Flag));
        }
        self.data_variable
            .as_deref()
            .filter(|v| !v.is_empty())
            .map(|v| (Path::new(v), DataFrom::Variable))
    }

    /// The width in columns that prose and tables fit: COLUMNS where it holds a positive
    /// integer, else the terminal's; none off a terminal without COLUMNS, where a page keeps
    /// its fixed widths (the same bytes on every machine). COLUMNS wins on a terminal and
    /// counts in a pipe too, as for GNU ls: `COLUMNS=120 attache ... | less` is a page for
    /// 120 columns. A COLUMNS that is empty or not a positive integer (" 80", "+80", "0",
    /// "wide") is ignored, as if unset. Bounded by [`MIN_WIDTH`] and [`MAX_WIDTH`].
    fn width(&self) -> Option<usize> {
        let columns = self
            .columns_variable
            .as_deref()
            .and_then(columns_of_variable);
        let terminal = self
            .terminal_width
            .filter(|&w| self.stdout_is_terminal && w > 0)
            .map(usize::from);
        columns
            .or(terminal)
            .map(|width| width.clamp(MIN_WIDTH, MAX_WIDTH))
    }
}

/// The number COLUMNS holds, if it is a positive integer in ASCII digits (one too large for a
/// `usize` is [`MAX_WIDTH`]).
fn columns_of_variable(value: &std::ffi::OsStr) -> Option<usize> {
    let digits = value.to_str()?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.parse::<usize>() {
        Ok(0) => None,
        Ok(n) => Some(n),
        // Digits only, and no usize: too large.
        Err(_) => Some(MAX_WIDTH),
    }
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
    /// Exit 1: `diff` found a change (as diff(1) exits 1 when the files differ).
    Changed,
}

/// How tables look: decided once, here, from the terminal, TERM, NO_COLOR, COLUMNS and `--color`.
/// NO_COLOR means what `--color never` means, no colour and nothing else (no-color.org); a
/// dumb terminal gets neither colour nor box drawing.
fn style(cli: &Cli, env: &Environment) -> Style {
    let capable = env.stdout_is_terminal && !env.dumb_terminal;
    Style {
        unicode: capable,
        color: match cli.output.color() {
            ColorChoice::Auto => capable && !env.no_color,
            ColorChoice::Always => true,
            ColorChoice::Never => false,
        },
        width: env.width(),
        with_sources: cli.output.with_sources,
        cite: cli.output.cite,
        table: cli.command.table(),
    }
}

/// The dataset `--data` names, or the built-in one; either lives until the process ends. The
/// built-in one is a static (baked at build time). One read from a directory is leaked on
/// purpose: freeing a large dataset string by string as the process ends was a fifth of the
/// run time at 1000x the real data (perf), for memory the system takes back at once anyway.
fn load(dir: Option<&Path>) -> Result<&'static Dataset, data::DataError> {
    match dir {
        Some(dir) => data::from_dir(dir).map(|ds| &*Box::leak(Box::new(ds))),
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
    let lang = match env.lang(cli) {
        Ok(lang) => lang,
        // The man page is in English whatever ATTACHE_LANG says.
        Err(_) if matches!(cli.command, Command::Man { .. }) => Lang::En,
        Err(error) => return Err(error.into()),
    };
    if let Some(refused) = &cli.meaningless {
        let why = lang.msg(refused.why);
        return Err(UsageError(lang.meaningless(refused.flag(), &refused.command, why)).into());
    }
    let format = cli.output.format();
    if matches!(format, Format::Dot | Format::Mermaid)
        && !matches!(cli.command, Command::Graph { .. })
    {
        return Err(UsageError(lang.msg(Msg::GraphFormats).to_owned()).into());
    }
    let style = style(cli, &env);
    if let Some(table) = style.table.filter(|_| format != Format::Csv) {
        return Err(UsageError(lang.table_needs_csv(table.name())).into());
    }
    let data_dir = env.data_dir(cli);
    // Loaded by the commands that answer from the dataset, once: export, check and man
    // answer without it.
    let dataset = || {
        load(data_dir.map(|(dir, _)| dir)).with_context(|| match data_dir {
            Some((dir, DataFrom::Flag)) => {
                format!("the data in {} cannot be used", data::escaped_path(dir))
            }
            Some((dir, DataFrom::Variable)) => format!(
                "the data in {} (from ATTACHE_DATA) cannot be used",
                data::escaped_path(dir)
            ),
            None => "the dataset built into attache is invalid".to_owned(),
        })
    };
    let mut status = Status::Answered;

    let answer = match &cli.command {
        Command::Export { dir, force, .. } => {
            // Either set goes through the one writer, with its guarantees. The data files are
            // the built-in ones as they are in `data/`; the CSV tables, like any answer, are
            // made from the dataset in use (built in, or --data).
            let (set, words) = match format {
                // The data files are the built-in ones whatever --data says: typed, it is
                // refused rather than ignored (ATTACHE_DATA, set for every command, is not).
                Format::Table | Format::Json if cli.output.data.is_some() => {
                    return Err(UsageError(lang.msg(Msg::ExportDataIsForCsv).to_owned()).into());
                }
                Format::Table | Format::Json => {
                    (data::data_files(), [Msg::DataFile, Msg::DataFiles])
                }
                Format::Csv => (
                    render::export_tables(dataset()?)?,
                    [Msg::CsvFile, Msg::CsvFiles],
                ),
                Format::Markdown | Format::Dot | Format::Mermaid => {
                    return Err(UsageError(lang.msg(Msg::ExportFormats).to_owned()).into());
                }
            };
            let written = data::write_set(dir, *force, &set)?;
            let files = lang.count(written.len(), words.map(|w| lang.msg(w)));
            writeln!(out, "{}", lang.exported(files, data::escaped_path(dir)))?;
            return Ok(Status::Answered);
        }
        Command::Import {
            file,
            into,
            cities,
            date,
            url,
            force,
            ..
        } => {
            let options = crate::import::Options {
                // The page's language: Latvian unless --lang is typed (ATTACHE_LANG says how
                // to answer, not what a page is written in).
                lang: cli.output.lang.unwrap_or(Lang::Lv),
                cities: cities.clone(),
                date: date.clone(),
                url: url.clone(),
            };
            let text = read_page(file)?;
            let page = if file.as_os_str() == "-" {
                "the page on stdin".to_owned()
            } else {
                data::escaped_path(file)
            };
            let loaded;
            let (base, texts): (&Dataset, Vec<String>) = match data_dir {
                Some((dir, _)) => {
                    let shown = data::escaped_path(dir);
                    let texts = data::texts_of_dir(dir)
                        .and_then(|texts| Ok((data::from_texts_in_order(&texts)?, texts)))
                        .map_err(|e| e.in_dir(&shown))
                        .with_context(|| format!("the data in {shown} cannot be used"))?;
                    loaded = texts.0;
                    (&loaded, texts.1)
                }
                None => {
                    let texts = data::FILES
                        .iter()
                        .map(|name| data::embedded_text(name).unwrap_or_default().to_owned())
                        .collect();
                    (data::embedded(), texts)
                }
            };
            let imported = crate::import::import(&text, base, &texts, &options)
                .with_context(|| format!("{page} cannot be imported (nothing was written)"))?;
            for message in &imported.notes {
                note(err, &format!("note: {message}"));
            }
            let files: Vec<data::ExportFile<'_>> = imported
                .files
                .iter()
                .map(|(name, text)| data::ExportFile {
                    name,
                    contents: text.as_bytes().into(),
                })
                .collect();
            let written = data::write_set(into, *force, &files)?;
            let (postings, advisers, accredited) = imported.counts;
            let files = lang.count(
                written.len(),
                [lang.msg(Msg::DataFile), lang.msg(Msg::DataFiles)],
            );
            writeln!(
                out,
                "{}",
                lang.imported(
                    lang.imported_records(postings, advisers, accredited),
                    &page,
                    files,
                    data::escaped_path(into),
                    &imported.source
                )
            )?;
            return Ok(Status::Answered);
        }
        Command::Check { .. } => {
            // A real check: the embedded files are parsed and validated again here, not
            // taken from the baked dataset.
            let loaded = match data_dir {
                Some((dir, _)) => data::from_dir(dir),
                None => data::validate_embedded(),
            };
            let report = query::check::check(loaded.as_ref());
            let failed = report.failed();
            render::render(&Answer::Check(report), format, lang, style, out)?;
            return Ok(if failed {
                Status::Failed
            } else {
                Status::Answered
            });
        }
        Command::Man { .. } => {
            out.write_all(crate::man::page().as_bytes())?;
            return Ok(Status::Answered);
        }
        Command::Completions { shell, .. } => {
            // Completions work whatever ATTACHE_DATA says: a directory the variable names that
            // cannot be used gives the built-in names, with a note; `--data` must be usable.
            let ds = match dataset() {
                Ok(ds) => ds,
                Err(error) if matches!(data_dir, Some((_, DataFrom::Variable))) => {
                    note(err, &format!("{error:#}; completing the built-in names"));
                    data::embedded()
                }
                Err(error) => return Err(error),
            };
            out.write_all(crate::complete::script(*shell, ds).as_bytes())?;
            return Ok(Status::Answered);
        }
        Command::Country { name, .. } => {
            let ds = dataset()?;
            let Some(id) = lookup_country(ds, &name.join(" "), lang, err)? else {
                return Ok(Status::NothingMatched);
            };
            Answer::Country(query::country::country(ds, id))
        }
        Command::Place { name, .. } | Command::Named(name) => {
            let ds = dataset()?;
            match lookup_place(ds, &name.join(" "), lang, err)? {
                Some(PlaceId::Country(id)) => Answer::Country(query::country::country(ds, id)),
                Some(PlaceId::City(id)) => Answer::City(query::city::city(ds, id)),
                None => return Ok(Status::NothingMatched),
            }
        }
        Command::City { name, .. } => {
            let ds = dataset()?;
            let Some(id) = lookup_city(ds, &name.join(" "), lang, err)? else {
                return Ok(Status::NothingMatched);
            };
            Answer::City(query::city::city(ds, id))
        }
        Command::NonResident { city, .. } => {
            let ds = dataset()?;
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
                match report.city {
                    Some(place) => {
                        let city_name = place.city.name_in(lang, Case::Locative);
                        note(err, &lang.no_non_resident_in(city_name));
                    }
                    None => note(err, lang.msg(Msg::NoNonResident)),
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
            Answer::Accredited(query::accredited::accredited(dataset()?, residency))
        }
        Command::Postings { .. } => Answer::Postings(query::postings::postings(dataset()?)),
        Command::Search { text, limit, .. } => {
            let ds = dataset()?;
            let query = text.join(" ");
            resolve::checked_fold(&query).map_err(|e| input_error(e, lang, Msg::WhatSearch))?;
            let report = query::search::search(ds, &query, *limit);
            if report.total == 0 {
                status = Status::NothingMatched;
                note(err, &lang.nothing_matches(printable(&query)));
                if format == Format::Table {
                    return Ok(status);
                }
            }
            Answer::Search(report)
        }
        Command::Reciprocity { only, .. } => {
            Answer::Reciprocity(query::reciprocity::reciprocity(dataset()?, *only))
        }
        Command::Graph { country, .. } => {
            let ds = dataset()?;
            let focus = match country {
                Some(name) => match lookup_country(ds, name, lang, err)? {
                    Some(id) => Some(id),
                    None => return Ok(Status::NothingMatched),
                },
                None => None,
            };
            Answer::Graph(query::graph::graph(ds, focus))
        }
        Command::Stats { .. } => Answer::Stats(query::stats::stats(dataset()?)),
        Command::Sources { .. } => Answer::Sources(query::sources::sources(dataset()?)),
        Command::Partners { .. } => Answer::Partners(query::partners::partners(dataset()?)),
        Command::About { .. } => Answer::About(query::about::about(dataset()?)),
        Command::Unsc { .. } => Answer::Unsc(query::unsc::unsc(dataset()?)),
        Command::Diff {
            dirs, facts_only, ..
        } => {
            // The two sides are the directories given; --data would be a third, so it is
            // refused (cli::meaningless_for), and ATTACHE_DATA (set for every command) is left
            // aside.
            let (old_dir, new_dir) = match dirs.as_slice() {
                [new] => (None, new),
                [old, new] => (Some(old), new),
                _ => return Err(UsageError(lang.msg(Msg::DiffDataFlag).to_owned()).into()),
            };
            let side = |dir: &Path, which: &str| {
                load(Some(dir)).with_context(|| {
                    format!(
                        "the {which} data in {} cannot be used",
                        data::escaped_path(dir)
                    )
                })
            };
            let old = match old_dir {
                Some(dir) => side(dir, "old")?,
                None => data::embedded(),
            };
            let new = side(new_dir, "new")?;
            let shown = |dir: &Path| dir.to_string_lossy().into_owned();
            let mut report =
                query::diff::diff(old, new, old_dir.map(|d| shown(d)), Some(shown(new_dir)));
            if *facts_only {
                report = report.facts_only();
            }
            if report.changed {
                status = Status::Changed;
            }
            Answer::Diff(report)
        }
    };

    if let Some(table) = style.table {
        // `attache NAME --table cooperation` may name a city, whose page has one table.
        let tables = render::tables_of(&answer);
        if !tables.contains(&table) {
            let names: Vec<&str> = tables.iter().map(|t| t.name()).collect();
            let message = match names.is_empty() {
                true => lang.one_table(table.name()),
                false => lang.not_a_table(table.name(), names.join(", ")),
            };
            return Err(UsageError(message).into());
        }
    }
    render::render(&answer, format, lang, style, out)?;
    Ok(status)
}

/// What a lookup needs to know of one kind of place: where its names are, and how to name
/// a place of it and the command that shows one.
struct Places<'d, Id: Clone + 'static> {
    index: &'d NameIndex<Id>,
    /// What was typed, for messages: WhatCountry or WhatCity.
    what: Msg,
    /// "no country matches ...", or "no city ...".
    unknown: fn(Lang, &str) -> String,
    name: Box<dyn Fn(Id) -> &'d str + 'd>,
    /// The command that shows a place, for lists of candidates.
    command: Box<dyn Fn(Id) -> String + 'd>,
}

fn countries(ds: &Dataset, lang: Lang) -> Places<'_, CountryId> {
    Places {
        index: &ds.country_names,
        what: Msg::WhatCountry,
        unknown: |lang, typed| lang.unknown_country(typed),
        name: Box::new(move |id| ds.country(id).name(lang)),
        // The ISO code: short, unique, and nothing a shell reads specially.
        command: Box::new(|id| format!("attache country {}", ds.country(id).alpha2)),
    }
}

fn cities(ds: &Dataset, lang: Lang) -> Places<'_, CityId> {
    Places {
        index: &ds.city_names,
        what: Msg::WhatCity,
        unknown: |lang, typed| lang.unknown_city(typed),
        name: Box::new(move |id| ds.city(id).name(lang)),
        // The id: lower-case letters and hyphens, and a name of the city (it is indexed).
        command: Box::new(|id| format!("attache city {}", ds.city(id).id)),
    }
}

fn lookup_country(
    ds: &Dataset,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<CountryId>> {
    lookup(&countries(ds, lang), input, lang, err)
}

fn lookup_city(
    ds: &Dataset,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<CityId>> {
    let places = cities(ds, lang);
    let found = lookup(&places, input, lang, err)?;
    if found.is_none() {
        // The dataset knows a dozen cities; naming them all helps more than a guess.
        let all: Vec<&str> = ds.city_ids().map(&places.name).collect();
        note(err, &lang.known_cities(all.join(", ")));
    }
    Ok(found)
}

/// A country or a city: what `attache NAME` names.
enum PlaceId {
    Country(CountryId),
    City(CityId),
}

/// Resolves `input` as a country, else as a city; says on `err` how it was read, or what it
/// fits, begins or is close to among both.
fn lookup_place(
    ds: &Dataset,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<PlaceId>> {
    let (countries, cities) = (countries(ds, lang), cities(ds, lang));
    let as_country = resolve::resolve(countries.index, input)
        .map_err(|e| input_error(e, lang, Msg::WhatPlace))?;
    let as_city =
        resolve::resolve(cities.index, input).map_err(|e| input_error(e, lang, Msg::WhatPlace))?;
    Ok(match (as_country, as_city) {
        (found @ (Resolution::Found { .. } | Resolution::Ambiguous { .. }), _) => {
            report(&countries, found, input, lang, err).map(PlaceId::Country)
        }
        (_, found @ Resolution::Found { .. }) => {
            report(&cities, found, input, lang, err).map(PlaceId::City)
        }
        (
            Resolution::NotFound {
                suggestions: near_countries,
            },
            Resolution::NotFound {
                suggestions: near_cities,
            },
        ) => {
            note(err, &lang.unknown_place(printable(input)));
            let near = near_countries
                .into_iter()
                .map(&countries.name)
                .chain(near_cities.into_iter().map(&cities.name))
                .collect::<Vec<_>>();
            if !near.is_empty() {
                note(err, &lang.did_you_mean(near.join(", ")));
            }
            // "attache contry Norway": a mistyped command more likely than a place.
            let first = input.split_whitespace().next().unwrap_or_default();
            if let Some(command) = crate::cli::command_like(first) {
                return Err(UsageError(lang.did_you_mean_command(command)).into());
            }
            None
        }
        (as_country, as_city) => {
            let listed = begun(as_country)
                .into_iter()
                .map(|id| candidate(&countries, id))
                .chain(begun(as_city).into_iter().map(|id| candidate(&cities, id)));
            let heading = lang.begins_several(printable(input));
            list_candidates(err, lang, &heading, listed);
            None
        }
    })
}

/// Resolves `input`; says on `err` how it was read when that is not obvious, or, when it
/// names no one place (`Ok(None)`), what it fits, begins or is close to.
fn lookup<Id: Copy + Ord + 'static>(
    places: &Places<'_, Id>,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Option<Id>> {
    let resolution =
        resolve::resolve(places.index, input).map_err(|e| input_error(e, lang, places.what))?;
    Ok(report(places, resolution, input, lang, err))
}

/// Says on `err` how `input` was read, or why it names no one place; the place it names.
fn report<Id: Copy + Ord + 'static>(
    places: &Places<'_, Id>,
    resolution: Resolution<Id>,
    input: &str,
    lang: Lang,
    err: &mut dyn Write,
) -> Option<Id> {
    let typed = printable(input);
    match resolution {
        Resolution::Found { id, reading } => {
            let shown = (places.name)(id);
            let said = match &reading {
                Reading::Name | Reading::Beginning if key(input) == key(shown) => None,
                Reading::Name | Reading::Beginning => Some(lang.read_as(&typed, shown)),
                Reading::Former => Some(lang.read_as_former(&typed, shown)),
                Reading::Part => Some(lang.read_as_part(&typed, shown)),
                Reading::Settled { .. } => Some(lang.read_as_settled(&typed, shown)),
            };
            if let Some(said) = said {
                let _ = writeln!(err, "{said}");
            }
            if let Reading::Settled { others } = reading {
                for other in others {
                    let also = lang.also_fits((places.name)(other), (places.command)(other));
                    let _ = writeln!(err, "{also}");
                }
            }
            Some(id)
        }
        Resolution::Ambiguous { candidates } => {
            list_places(places, err, lang, &lang.fits_several(&typed), candidates)
        }
        Resolution::Beginning { candidates } => {
            list_places(places, err, lang, &lang.begins_several(&typed), candidates)
        }
        Resolution::NotFound { suggestions } => {
            note(err, &(places.unknown)(lang, &typed));
            if !suggestions.is_empty() {
                let names: Vec<&str> = suggestions.into_iter().map(&places.name).collect();
                note(err, &lang.did_you_mean(names.join(", ")));
            }
            None
        }
    }
}

/// The places a name begins, or none.
fn begun<Id>(resolution: Resolution<Id>) -> Vec<Id> {
    match resolution {
        Resolution::Beginning { candidates } => candidates,
        _ => Vec::new(),
    }
}

/// Says why the input names no one place (`heading`) and lists `candidates`; names none.
fn list_places<Id: Copy + Ord + 'static>(
    places: &Places<'_, Id>,
    err: &mut dyn Write,
    lang: Lang,
    heading: &str,
    candidates: Vec<Id>,
) -> Option<Id> {
    let listed = candidates.into_iter().map(|id| candidate(places, id));
    list_candidates(err, lang, heading, listed);
    None
}

/// A place as a list of candidates shows it: its name and the command that shows it.
fn candidate<Id: Copy + Ord + 'static>(places: &Places<'_, Id>, id: Id) -> (String, String) {
    ((places.name)(id).to_owned(), (places.command)(id))
}

/// The most candidates listed; a name that begins more is better typed further.
const MAX_CANDIDATES: usize = 12;

/// Says `heading` on `err`, then each candidate with its command.
fn list_candidates(
    err: &mut dyn Write,
    lang: Lang,
    heading: &str,
    candidates: impl Iterator<Item = (String, String)>,
) {
    note(err, heading);
    let candidates: Vec<(String, String)> = candidates.collect();
    for (name, command) in candidates.iter().take(MAX_CANDIDATES) {
        let _ = writeln!(err, "{}", lang.candidate(name, command));
    }
    if candidates.len() > MAX_CANDIDATES {
        let _ = writeln!(
            err,
            "{}",
            lang.more_candidates(candidates.len() - MAX_CANDIDATES)
        );
    }
}

/// The usage error for input refused before any lookup; `what` names what was typed.
fn input_error(error: InputError, lang: Lang, what: Msg) -> UsageError {
    match error {
        InputError::Empty => UsageError(lang.empty_name(lang.msg(what))),
        InputError::TooLong { chars } => {
            UsageError(lang.too_long_name(lang.msg(what), chars, resolve::MAX_NAME_CHARS))
        }
    }
}

/// The input as typed, trimmed, with control and format characters escaped
/// ([`data::escaped`]) so that they cannot act on the terminal or reorder what it shows.
fn printable(input: &str) -> String {
    data::escaped(input.trim()).into_owned()
}

/// A message for people on stderr. A failed write to stderr has nowhere to be reported.
fn note(err: &mut dyn Write, message: &str) {
    let _ = writeln!(err, "attache: {message}");
}

/// The page's text: a file opened as `--data` files are (a regular file, without blocking), or
/// stdin for `-`; at most [`crate::import::MAX_PAGE_BYTES`] either way.
fn read_page(file: &Path) -> anyhow::Result<String> {
    let limit = crate::import::MAX_PAGE_BYTES as u64;
    let shown = data::escaped_path(file);
    if file.as_os_str() == "-" {
        return data::read_text_stdin(limit)
            .map_err(|why| UsageError(format!("the page on stdin {why}")).into());
    }
    data::read_text_file(file, limit)
        .map_err(|why| UsageError(format!("the page {shown} {why}")).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(
        stdout_is_terminal: bool,
        terminal_width: Option<u16>,
        columns: Option<&str>,
    ) -> Environment {
        Environment {
            stdout_is_terminal,
            terminal_width,
            columns_variable: columns.map(OsString::from),
            ..Environment::default()
        }
    }

    #[test]
    fn the_width_is_columns_else_the_terminals_else_none() {
        assert_eq!(env(false, None, None).width(), None);
        assert_eq!(env(true, Some(93), None).width(), Some(93));
        // A terminal that does not say its size is written for as a pipe is.
        assert_eq!(env(true, Some(0), None).width(), None);
        assert_eq!(env(true, None, None).width(), None);
        // COLUMNS wins on a terminal, and counts off one.
        assert_eq!(env(true, Some(93), Some("60")).width(), Some(60));
        assert_eq!(env(false, None, Some("60")).width(), Some(60));
        // Bounded.
        assert_eq!(env(false, None, Some("3")).width(), Some(MIN_WIDTH));
        assert_eq!(env(true, Some(7), None).width(), Some(MIN_WIDTH));
        assert_eq!(env(false, None, Some("5000")).width(), Some(MAX_WIDTH));
        assert_eq!(
            env(false, None, Some("123456789012345678901234567890")).width(),
            Some(MAX_WIDTH)
        );
        // Not a positive integer: as if unset.
        for bad in [
            "", "0", "000", "-80", "+80", " 80", "80 ", "8O", "80.0", "0x50", "٨٠",
        ] {
            assert_eq!(env(false, None, Some(bad)).width(), None, "{bad:?}");
            assert_eq!(env(true, Some(93), Some(bad)).width(), Some(93), "{bad:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_columns_that_is_not_utf8_is_ignored() {
        use std::os::unix::ffi::OsStringExt as _;
        let env = Environment {
            columns_variable: Some(OsString::from_vec(vec![b'8', 0xff])),
            ..Environment::default()
        };
        assert_eq!(env.width(), None);
    }
}
