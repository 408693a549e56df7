//! The `attache` binary: parse the arguments, run, map the outcome to an exit code.

#![forbid(unsafe_code)]
// Nothing a user or a data file controls may panic: errors are values, all the way to main.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use std::ffi::OsString;

use attache::cli::{Cli, Command};
use attache::{Environment, Status};
use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    // clap prints its own usage errors and exits 2 (0 for --help and --version).
    let cli = parse_args();
    let env = Environment {
        stdout_is_terminal: io::stdout().is_terminal(),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        dumb_terminal: std::env::var_os("TERM").is_some_and(|t| t == "dumb"),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = attache::run(&cli, env, &mut out, &mut err).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(Status::Answered) => ExitCode::SUCCESS,
        Ok(Status::NothingMatched) => ExitCode::from(1),
        Ok(Status::Failed) => ExitCode::from(2),
        // A reader that went away (`attache ... | head`) is a normal end, not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(err, "attache: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// `Cli::parse()`, without freeing clap's parser: the process ends moments later, and taking
/// apart the command tree (every subcommand with a copy of every global option) cost more
/// instructions than the whole lookup and its table (callgrind: 128,000 of 1.1 million).
fn parse_args() -> Cli {
    let mut command = Cli::command();
    let mut args: Vec<OsString> = std::env::args_os().collect();
    let mut parse = |args: &[OsString]| {
        command
            .try_get_matches_from_mut(args)
            .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
    };
    let mut parsed = parse(&args);
    // `attache Norway --json`: a first word that is no command starts a place's name. Read
    // again as `attache place Norway --json`, so that options after the name count.
    if let Ok(Cli {
        command: Command::Named(words),
        ..
    }) = &parsed
    {
        let at = args.len().saturating_sub(words.len());
        args.insert(at, OsString::from("place"));
        parsed = parse(&args);
    }
    let cli = parsed.unwrap_or_else(|error| error.format(&mut command).exit());
    std::mem::forget(command);
    cli
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
}
