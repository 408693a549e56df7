//! A `--data` load against its baseline, a typed serde_json parse of the same files (issue 17:
//! the load may cost at most twice the parse). `bench/run.sh` runs it; by hand:
//!
//! ```sh
//! cargo build --release --example load
//! target/release/examples/load typed DIR    # read DIR's files, parse them into the model's types
//! target/release/examples/load load DIR     # read them, then load them as `--data` does
//! target/release/examples/load time DIR 10  # both, 10 runs each: medians and MB/s
//! ```
//!
//! `typed` and `load` do one run and nothing else, for a count of instructions (callgrind) or
//! the peak memory (`/usr/bin/time -f %M`) of each: `typed` reads the files as `--data` reads
//! them (`data::texts_of_dir`) and parses them, `load` is `data::from_dir`, what `--data`
//! does. `time` times each in process (both reading the files, from the page cache),
//! alternating, and prints the medians.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use attache::data;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, dir) = match (args.first(), args.get(1)) {
        (Some(mode), Some(dir)) => (mode.as_str(), Path::new(dir)),
        _ => return usage(),
    };
    // The input's size from the file system: reading it here would add to both counts.
    let bytes: u64 = data::FILES
        .iter()
        .filter_map(|name| std::fs::metadata(dir.join(name)).ok())
        .map(|meta| meta.len())
        .sum();
    match mode {
        // Neither result is freed: as `run` leaks a dataset read from --data, the count is the
        // work of making it.
        "typed" => std::mem::forget(typed(dir)),
        "load" => std::mem::forget(load(dir)),
        "time" => {
            let runs = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
            let mut typed_times = Vec::with_capacity(runs);
            let mut load_times = Vec::with_capacity(runs);
            for _ in 0..runs {
                typed_times.push(timed(|| drop(typed(dir))));
                load_times.push(timed(|| drop(load(dir))));
            }
            let (t, l) = (median(typed_times), median(load_times));
            let mb_s = |d: Duration| bytes as f64 / 1e6 / d.as_secs_f64();
            println!(
                "bytes {bytes} typed_ms {:.2} typed_mb_s {:.1} load_ms {:.2} load_mb_s {:.1} ratio {:.2}",
                t.as_secs_f64() * 1e3,
                mb_s(t),
                l.as_secs_f64() * 1e3,
                mb_s(l),
                l.as_secs_f64() / t.as_secs_f64()
            );
        }
        _ => return usage(),
    }
    ExitCode::SUCCESS
}

fn typed(dir: &Path) -> data::Typed {
    let texts = data::texts_of_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    data::parse_typed(&texts).unwrap_or_else(|e| panic!("the typed parse failed: {e}"))
}

fn load(dir: &Path) -> data::Dataset {
    data::from_dir(dir).unwrap_or_else(|e| panic!("the load failed: {e}"))
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn usage() -> ExitCode {
    eprintln!("usage: load typed|load DIR | load time DIR [RUNS]");
    ExitCode::from(2)
}
