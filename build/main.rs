//! Bakes the dataset into the binary. The build script parses and validates `data/*.json` with
//! the very code `--data` uses (the `src/data` files below, compiled here too) and writes the
//! validated dataset out as a Rust `static`, so that a start with the embedded data parses,
//! validates, allocates and indexes nothing. A fault in the data fails the build with the
//! message `attache check` would give.

#![allow(dead_code)]

#[path = "../src/data/dataset.rs"]
mod dataset;
#[path = "../src/data/english.rs"]
mod english;
#[path = "../src/data/error.rs"]
mod error;
#[path = "../src/data/lang.rs"]
mod lang;
#[path = "../src/data/latvian.rs"]
mod latvian;
#[path = "../src/data/locate.rs"]
mod locate;
#[path = "../src/data/model.rs"]
mod model;
#[path = "../src/data/names.rs"]
mod names;
#[path = "../src/data/parse.rs"]
mod parse;
#[path = "../src/data/safe.rs"]
mod safe;
#[path = "../src/data/search.rs"]
mod search;
#[path = "../src/data/validate.rs"]
mod validate;

mod bake;

// What the `src/data` files reach through `super::`, as `src/data/mod.rs` provides it.
use dataset::Dataset;
use error::{Check, DataError};
use lang::Lang;

use std::path::Path;
use std::{env, fs, process};

fn main() {
    // include_dir cannot tell cargo to watch the data files on stable Rust, and the baked
    // dataset depends on them: a new or changed file under data/ must rebuild the binary.
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/data");

    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let data_dir = Path::new(&manifest_dir).join("data");
    let mut texts = Vec::with_capacity(parse::FILES.len());
    for name in parse::FILES {
        match fs::read_to_string(data_dir.join(name)) {
            Ok(text) => texts.push(text),
            Err(e) => fail(&format!("data/{name}: {e}")),
        }
    }
    // With the words every search looks up, folded and indexed here once, not on every run.
    let dataset = parse::from_texts_in_order(&texts)
        .unwrap_or_else(|e| fail(&e.to_string()))
        .with_search_index();

    // `--version` says how current the built-in data is.
    let newest = dataset.newest_fact().unwrap_or("undated");
    println!("cargo::rustc-env=ATTACHE_NEWEST_FACT={newest}");

    let out_dir = env::var_os("OUT_DIR").unwrap_or_default();
    let code = bake::baked_static("BAKED", &dataset);
    if let Err(e) = fs::write(Path::new(&out_dir).join("baked.rs"), code) {
        fail(&format!("cannot write the baked dataset: {e}"));
    }
    let json = bake::json_texts(&dataset).unwrap_or_else(|e| fail(&e.to_string()));
    if let Err(e) = fs::write(Path::new(&out_dir).join("json_text.rs"), json) {
        fail(&format!("cannot write the baked JSON texts: {e}"));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: the dataset in data/ is invalid: {message}");
    process::exit(1);
}
