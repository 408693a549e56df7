//! Argument parsing and one run, in process: the bytes are split at NUL into arguments (any
//! bytes, not only UTF-8), parsed as `main` parses them (`cli::parse_with`) and, when they
//! parse, run against the embedded dataset with output to memory. Never a panic; a usage or
//! data error is a value; nothing written to stdout or stderr holds a control character that
//! the tool did not put there itself (ESC, BEL, or a bidi override from the input).
//! `export` is parsed but not run (it would write wherever the fuzzer says), nor are `--data`
//! and `diff`, which read directories wherever the fuzzer says (`load_data` fuzzes the reading).

#![no_main]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use attache::cli::Command;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut args = vec![OsString::from("attache")];
    args.extend(
        bytes
            .split(|&b| b == 0)
            .take(64)
            .map(|arg| OsString::from_vec(arg.to_vec())),
    );
    // A parser freed after each run (`parse_from` leaves it allocated, as `main` may).
    let mut command = <attache::cli::Cli as clap::CommandFactory>::command();
    let cli = match attache::cli::parse_with(&mut command, args) {
        Ok(cli) => cli,
        Err(error) => {
            let shown = attache::cli::printable_clap_error(&error);
            assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}']), "{shown:?}");
            return;
        }
    };
    if matches!(cli.command, Command::Export { .. } | Command::Diff { .. })
        || cli.output.data.is_some()
    {
        return;
    }
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let env = attache::Environment::default();
    if let Err(error) = attache::run(&cli, env, &mut out, &mut err) {
        let shown = format!("{error:#}");
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{shown:?}");
    }
    let err = String::from_utf8_lossy(&err);
    assert!(!err.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{err:?}");
});
