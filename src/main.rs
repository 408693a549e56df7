//! The `attache` binary: parse the arguments, run, map the outcome to an exit code.

// On Linux with glibc the binary starts at its own C `main` (the `start` module below) rather
// than through Rust's runtime start-up; the one unsafe code in the binary is there.
#![cfg_attr(all(not(test), target_os = "linux", target_env = "gnu"), no_main)]
#![deny(unsafe_code)]
// Nothing a user or a data file controls may panic: errors are values, all the way to main.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use std::io::{self, IsTerminal, Write};

use attache::{Environment, Status};

/// Exit codes (README): 0 answered, 1 nothing matched (or `diff` found changes), 2 usage or
/// data error.
const ANSWERED: u8 = 0;
const NOTHING_MATCHED: u8 = 1;
const FAILED: u8 = 2;

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(attache_main())
}

#[cfg_attr(test, allow(dead_code))]
fn attache_main() -> u8 {
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
        Ok(Status::Answered) => ANSWERED,
        Ok(Status::NothingMatched | Status::Changed) => NOTHING_MATCHED,
        Ok(Status::Failed) => FAILED,
        // A reader that went away (`attache ... | head`) is a normal end, not an error.
        Err(error) if is_broken_pipe(&error) => ANSWERED,
        Err(error) => {
            let _ = writeln!(err, "attache: {error:#}");
            FAILED
        }
    }
}

/// What clap would print and exit with, but written by the tool: help and version go to
/// stdout, and a failed write there (`> /dev/full`) is an error (exit 2) rather than a silent
/// 0; a usage error goes to stderr with its control characters escaped, since it echoes what
/// was typed (plain, without clap's colours, which are escape sequences themselves).
fn clap_exit(error: &clap::Error) -> u8 {
    let message = attache::cli::printable_clap_error(error);
    if error.use_stderr() {
        let _ = io::stderr().lock().write_all(message.as_bytes());
        return FAILED;
    }
    // Help and the version repeat nothing typed: on a terminal, with clap's colours.
    let message = if io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        error.render().ansi().to_string()
    } else {
        message
    };
    let mut out = io::stdout().lock();
    match out.write_all(message.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ANSWERED,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ANSWERED,
        Err(e) => {
            let _ = writeln!(io::stderr(), "attache: cannot write to stdout: {e}");
            FAILED
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
}

/// Where the program starts on Linux with glibc: a C `main`, as `#![no_main]` allows, doing
/// what Rust's runtime start-up does for this program and no more. That start-up also finds the
/// main thread's stack guard with `pthread_getattr_np`, which reads and `sscanf`s
/// /proc/self/maps: about 100,000 instructions, a fifth of a lookup, for a stack-overflow
/// message this program has no deep recursion to need (serde_json bounds its own; a
/// stack overflow still ends the process, by SIGSEGV, with the kernel's guard page).
/// glibc hands the arguments to std at load time (its `.init_array` hook), so
/// `std::env::args_os` works here as under Rust's own start; elsewhere (musl, macOS,
/// Windows) the ordinary `fn main` above runs, with the runtime's start-up.
#[cfg(all(not(test), target_os = "linux", target_env = "gnu"))]
mod start {
    use std::io::Write;

    #[allow(unsafe_code)]
    #[unsafe(no_mangle)]
    extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
        // SAFETY: called once, first, on the only thread, before any file is opened: what Rust's
        // runtime start-up does at this point (library/std/src/sys/pal/unix/mod.rs, `init`).
        unsafe {
            // A standard stream that is closed at start would be reused by the next file opened
            // (an export's own file written as if it were stdout): open /dev/null in its place.
            for fd in 0..3 {
                if libc::fcntl(fd, libc::F_GETFD) == -1
                    && std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF)
                    && libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) == -1
                {
                    libc::abort();
                }
            }
            // A reader that goes away is an EPIPE error to handle (exit 0, quietly), not a
            // signal that kills the process.
            libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        }
        let code = super::attache_main();
        // What Rust's runtime does at exit: stdout's buffer written out (main flushes its own
        // writer; this is for a line a failed run left behind).
        let _ = std::io::stdout().flush();
        libc::c_int::from(code)
    }
}
