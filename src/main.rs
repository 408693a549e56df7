//! The `attache` binary: parse the arguments, run, map the outcome to an exit code.

#![forbid(unsafe_code)]
// Nothing a user or a data file controls may panic: errors are values, all the way to main.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use attache::{Environment, Status};

fn main() -> ExitCode {
    let cli = match attache::cli::parse_from(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error),
    };
    let stdout_is_terminal = io::stdout().is_terminal();
    let env = Environment {
        stdout_is_terminal,
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        dumb_terminal: std::env::var_os("TERM").is_some_and(|t| t == "dumb"),
        lang_variable: std::env::var_os("ATTACHE_LANG"),
        data_variable: std::env::var_os("ATTACHE_DATA"),
        columns_variable: std::env::var_os("COLUMNS"),
        terminal_width: stdout_is_terminal
            .then(|| terminal_size::terminal_size_of(io::stdout()))
            .flatten()
            .map(|(width, _)| width.0),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = attache::run(&cli, env, &mut out, &mut err).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(Status::Answered) => ExitCode::SUCCESS,
        Ok(Status::NothingMatched | Status::Changed) => ExitCode::from(1),
        Ok(Status::Failed) => ExitCode::from(2),
        // A reader that went away (`attache ... | head`) is a normal end, not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(err, "attache: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// What clap would print and exit with, but written by the tool: help and version go to
/// stdout, and a failed write there (`> /dev/full`) is an error (exit 2) rather than a silent
/// 0; a usage error goes to stderr with its control characters escaped, since it echoes what
/// was typed (plain, without clap's colours, which are escape sequences themselves).
fn clap_exit(error: &clap::Error) -> ExitCode {
    let message = attache::cli::printable_clap_error(error);
    if error.use_stderr() {
        let _ = io::stderr().lock().write_all(message.as_bytes());
        return ExitCode::from(2);
    }
    // Help and the version repeat nothing typed: on a terminal, with clap's colours.
    let message = if io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        error.render().ansi().to_string()
    } else {
        message
    };
    let mut out = io::stdout().lock();
    match out.write_all(message.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "attache: cannot write to stdout: {e}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
}
