//! Running the `attache` binary from the end-to-end tests.

use assert_cmd::Command;

/// The binary, with a cleared environment: a user's shell settings must not leak into a test.
pub fn attache() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_attache"));
    cmd.env_clear();
    cmd
}

/// Runs `args` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = attache().args(args).output().expect("attache runs");
    (
        output.status.code().expect("attache exits, not killed"),
        String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    )
}
