//! Inputs chosen to break a CLI: each gets a clear message and a documented exit code, never a
//! panic (with panic = "abort" a panic would end the process by a signal, with no exit code).

use std::fs;

mod common;
use common::{attache, run};

/// The exit code, asserting the process exited rather than crashed.
fn code_of(args: &[&str]) -> i32 {
    let output = attache().args(args).output().expect("runs");
    output.status.code().unwrap_or_else(|| {
        panic!(
            "{:?} crashed: {:?}",
            &args[..args.len().min(3)],
            output.status
        )
    })
}

#[test]
fn ten_thousand_arguments() {
    let mut args = vec!["country"];
    args.extend(std::iter::repeat_n("Norway", 10_000));
    let (code, stdout, stderr) = run(&args);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with("attache: the country name is 69999 characters long"),
        "{stderr}"
    );
    let mut args = vec!["search"];
    args.extend(std::iter::repeat_n("a", 10_000));
    assert_eq!(code_of(&args), 2);
}

#[test]
fn a_ten_megabyte_argument() {
    // Linux refuses one argument over 128 KiB at exec (E2BIG), so the binary itself can be handed
    // at most that much; the largest the system passes must be refused at once.
    let near_limit = "x".repeat(128 * 1024 - 1);
    let (code, stdout, stderr) = run(&["country", &near_limit]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("131071 characters long; at most 100 are accepted"),
        "{stderr}"
    );

    // The full 10 MB goes through the same parse-and-run path in process.
    let huge = "Ķ".repeat(5 * 1024 * 1024); // 10 MiB of UTF-8
    for command in [
        &["country"][..],
        &["city"],
        &["search"],
        &["non-resident", "--city"],
        &["graph", "--country"],
    ] {
        let mut args = vec!["attache"];
        args.extend_from_slice(command);
        args.push(&huge);
        let cli = <attache::cli::Cli as clap::Parser>::try_parse_from(&args).expect("parses");
        let env = attache::Environment::default();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let error = attache::run(&cli, env, &mut out, &mut err).expect_err("refused");
        assert!(
            error.downcast_ref::<attache::UsageError>().is_some(),
            "{command:?}: a usage error, exit 2"
        );
        assert!(
            error
                .to_string()
                .contains("5242880 characters long; at most 100 are accepted"),
            "{command:?}: {error}"
        );
        assert!(out.is_empty(), "{command:?}");
    }
}

#[test]
fn arguments_of_every_unicode_category() {
    // One character or more of each general category (surrogates cannot be in a str).
    let samples = [
        "A",
        "a",
        "ǅ",
        "ʰ",
        "あ",
        "\u{301}",
        "\u{903}",
        "\u{20DD}",
        "٣",
        "Ⅻ",
        "½",
        "_",
        "-",
        "(",
        ")",
        "«",
        "»",
        "!",
        "+",
        "€",
        "^",
        "☃",
        " ",
        "\u{2028}",
        "\u{2029}",
        "\u{7}",
        "\u{200B}",
        "\u{E000}",
        "\u{10FFFF}",
        "\u{378}",
        "🇱🇻",
        "👨‍👩‍👧",
        "\u{FEFF}",
        "\u{202E}Norway",
        "ﬁ",
        "ǆ",
        "Ⅷ",
        "𝔑𝔬𝔯𝔴𝔞𝔶",
    ];
    for sample in samples {
        for command in [&["country"][..], &["city"], &["search"]] {
            let mut args = command.to_vec();
            args.push(sample);
            let code = code_of(&args);
            assert!(
                [0, 1, 2].contains(&code),
                "{command:?} {sample:?}: exit {code}"
            );
        }
    }
    // Folding makes sense of what it can: mathematical letters read as plain ones.
    assert_eq!(code_of(&["country", "𝔑𝔬𝔯𝔴𝔞𝔶"]), 0);
}

fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    assert_eq!(
        code_of(&["export", dir.path().to_str().expect("UTF-8"), "--force"]),
        0
    );
    dir
}

#[test]
fn a_fifty_megabyte_data_file_and_deep_nesting() {
    // 50 MB of '[': refused at the first wrong type (serde reads a struct from a sequence too,
    // so it fails on the first field), not by a stack overflow.
    let dir = exported();
    fs::write(dir.path().join("cities.json"), "[".repeat(50 * 1024 * 1024)).expect("writable");
    let (code, stdout, stderr) = run(&["--data", dir.path().to_str().expect("UTF-8"), "unsc"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.ends_with("cities.json:1:2: [0][0]: invalid type: sequence, expected a string\n"),
        "{stderr}"
    );

    // 50 MB of valid JSON (the real file, padded) loads and answers.
    let dir = exported();
    let path = dir.path().join("duties.json");
    let mut text = fs::read_to_string(&path).expect("readable");
    text.push_str(&" ".repeat(50 * 1024 * 1024));
    fs::write(&path, text).expect("writable");
    assert_eq!(
        code_of(&["--data", dir.path().to_str().expect("UTF-8"), "about"]),
        0
    );
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    let dir = exported();
    let file = fs::File::create(dir.path().join("sources.json")).expect("creatable");
    file.set_len(65 * 1024 * 1024)
        .expect("a sparse 65 MiB file");
    let (code, stdout, stderr) = run(&["--data", dir.path().to_str().expect("UTF-8"), "unsc"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.ends_with(
            "sources.json: is 68157440 bytes; at most 67108864 bytes (64 MiB) are read\n"
        ),
        "{stderr}"
    );
}

#[test]
fn a_data_file_that_is_not_json_or_not_text() {
    let dir = exported();
    fs::write(dir.path().join("unsc.json"), [0u8, 159, 146, 150]).expect("writable");
    let (code, _, stderr) = run(&["--data", dir.path().to_str().expect("UTF-8"), "unsc"]);
    assert_eq!(code, 2);
    assert!(
        stderr.ends_with("unsc.json: is not UTF-8 (byte 1)\n"),
        "{stderr}"
    );
}
