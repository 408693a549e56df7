//! The in-process parts of a lookup, one by one (`cargo bench`): loading (baked, from the
//! embedded texts, from a `--data` directory), resolving a name, running a query and
//! rendering it. `bench/run.sh` measures whole processes against the floor and jq.

use std::io;

use attache::data::Lang;
use attache::data::{self, CountryId, Dataset};
use attache::query;
use attache::render::Format;
use attache::render::{self, Answer, Style};
use attache::resolve::resolve;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const STYLE: Style = Style::PIPE;

fn ds() -> &'static Dataset {
    data::embedded()
}

fn norway() -> CountryId {
    match resolve(&ds().country_names, "Norway") {
        Ok(attache::resolve::Resolution::Found { id, .. }) => id,
        _ => unreachable!("Norway is in the data"),
    }
}

mod load {
    use super::*;

    /// What every start with the embedded data does: nothing but take a reference.
    #[divan::bench]
    fn baked() -> &'static Dataset {
        black_box(data::embedded())
    }

    /// Parse and validate the embedded texts: what the build script does, and `check`.
    #[divan::bench]
    fn parse_and_validate() -> Dataset {
        data::validate_embedded().unwrap_or_else(|e| unreachable!("{e}"))
    }

    /// `--data DIR`: read eight files, parse, validate, build the name index.
    #[divan::bench]
    fn data_dir(bencher: Bencher) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        data::export(dir.path(), true).unwrap_or_else(|e| unreachable!("{e}"));
        bencher.bench(|| data::from_dir(dir.path()).unwrap_or_else(|e| unreachable!("{e}")));
    }
}

mod resolve_name {
    use super::*;

    const LONGEST: &str = "Qwertyuiopasdfghjklzxcvbnm Qwertyuiopasdfghjklzxcvbnm Qwertyuiopasdfghjklzxcvbnm Qwertyuiopasdfg";

    #[divan::bench(args = ["Norway", "Norvēģijā", "nor", "  NORWAY  "])]
    fn found(input: &str) {
        black_box(resolve(&ds().country_names, black_box(input)).ok());
    }

    /// A miss walks every form for the beginning of names and for suggestions; the longest
    /// name accepted (100 characters) costs no more than a short one.
    #[divan::bench(args = ["Norwy", "Atlantis", LONGEST])]
    fn not_found(input: &str) {
        black_box(resolve(&ds().country_names, black_box(input)).ok());
    }
}

mod query_and_render {
    use super::*;

    #[divan::bench]
    fn country_query() {
        black_box(query::country::country(ds(), black_box(norway())));
    }

    #[divan::bench(args = [Format::Table, Format::Json, Format::Csv, Format::Markdown])]
    fn country(bencher: Bencher, format: Format) {
        let answer = Answer::Country(query::country::country(ds(), norway()));
        bencher.bench(|| render::render(&answer, format, Lang::En, STYLE, &mut io::sink()));
    }

    #[divan::bench(args = [Format::Table, Format::Json])]
    fn unsc(bencher: Bencher, format: Format) {
        let answer = Answer::Unsc(query::unsc::unsc(ds()));
        bencher.bench(|| render::render(&answer, format, Lang::Lv, STYLE, &mut io::sink()));
    }

    #[divan::bench(args = [Format::Table, Format::Json])]
    fn non_resident(bencher: Bencher, format: Format) {
        let answer = Answer::NonResident(query::non_resident::non_resident(ds(), None));
        bencher.bench(|| render::render(&answer, format, Lang::En, STYLE, &mut io::sink()));
    }
}
