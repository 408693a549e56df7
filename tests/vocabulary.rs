//! One word for one thing, on every page and in both languages: every table header is one of
//! a fixed list; a column of numbers says what it counts ("Number of countries", never
//! "Countries"), and a column that says it counts holds numbers; where an attaché resides (a
//! city and its country) is always "Resides in", never "City" or "Residence". CSV headers and
//! JSON keys are a contract of their own and are not these words (tests/cli.rs pins them).

mod common;

use common::{PAGES, markdown_tables, run};

struct Words {
    lang: &'static str,
    /// Every header a table may have but those of `counts`.
    headers: &'static [&'static str],
    /// The headers of columns of numbers.
    counts: &'static [&'static str],
    /// The header of the column of residences.
    resides_in: &'static str,
    /// The header of a search hit's text, which may name a residence ("Warsaw, Poland").
    text: &'static str,
    /// A few residences as pages write them.
    residences: &'static [&'static str],
    /// The mark `--cite` adds to a header of figures the tool counted.
    derived: &'static str,
}

const ENGLISH: Words = Words {
    lang: "en",
    headers: &[
        "Representative",
        "Resides in",
        "Also covers",
        "Covers",
        "Status",
        "Country",
        "Countries",
        "Group",
        "Role",
        "Part",
        "Text",
        "Date",
        "Source",
        "Id",
        "Embassy in",
        "Kind",
        "Show with",
        "Latvia → country",
        "Country → Latvia",
        "Link",
        "From",
        "To",
        "Check",
        "Result",
        "Detail",
        "Ref",
    ],
    counts: &[
        "Number of countries",
        "Number of attachés",
        "Number of records",
        "Number of Latvia's attachés",
        "Number of Latvia's advisers",
        "Number accredited to Latvia",
        "Total",
    ],
    resides_in: "Resides in",
    text: "Text",
    residences: &[
        "Warsaw, Poland",
        "Stockholm, Sweden",
        "Riga, Latvia",
        "Washington, United States",
        "Berlin, Germany",
    ],
    derived: " (derived)",
};

const LATVIAN: Words = Words {
    lang: "lv",
    headers: &[
        "Pārstāvis",
        "Rezidē",
        "Aptver arī",
        "Aptver",
        "Statuss",
        "Valsts",
        "Valstis",
        "Grupa",
        "Loma",
        "Daļa",
        "Teksts",
        "Datums",
        "Avots",
        "Id",
        "Vēstniecība",
        "Veids",
        "Skatīt ar",
        "Latvija → valsts",
        "Valsts → Latvija",
        "Saite",
        "No",
        "Uz",
        "Pārbaude",
        "Rezultāts",
        "Sīkāk",
        "Atsauce",
    ],
    counts: &[
        "Valstu skaits",
        "Atašeju skaits",
        "Ierakstu skaits",
        "Latvijas atašeju skaits",
        "Latvijas padomnieku skaits",
        "Latvijā akreditēto skaits",
        "Kopā",
    ],
    resides_in: "Rezidē",
    text: "Teksts",
    residences: &[
        "Varšava, Polija",
        "Stokholma, Zviedrija",
        "Rīga, Latvija",
        "Vašingtona, ASV",
        "Berlīne, Vācija",
    ],
    derived: " (atvasināts)",
};

/// The Markdown tables of `page` in `words`' language, with every option that adds a column.
fn tables(page: &[&str], words: &Words) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let mut all = Vec::new();
    // The options a page takes: a command refuses those that mean nothing for it
    // (`stats --with-sources`; tests/meaningless.rs).
    let refused = attache::cli::meaningless_for(page[0]).map(|(refused, _)| refused);
    let takes = |flag: &&str| {
        let id = flag.trim_start_matches('-').replace('-', "_");
        refused.is_none_or(|refused| refused.ids().all(|r| r != id))
    };
    let adding: Vec<&str> = ["--with-sources", "--cite"]
        .into_iter()
        .filter(takes)
        .collect();
    for options in [&[][..], &adding] {
        let mut args = page.to_vec();
        args.extend(["--format", "markdown", "--lang", words.lang]);
        args.extend(options.iter().copied());
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        all.extend(markdown_tables(&stdout));
    }
    assert!(!all.is_empty(), "{page:?}: no table");
    all
}

fn is_number(cell: &str) -> bool {
    !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn every_header_is_one_word_for_one_thing() {
    for words in [&ENGLISH, &LATVIAN] {
        let mut seen = Vec::new();
        for page in PAGES {
            for (headers, rows) in tables(page, words) {
                for (i, header) in headers.iter().enumerate() {
                    let what = format!("{page:?} --lang {}: column {header:?}", words.lang);
                    let header = header.strip_suffix(words.derived).unwrap_or(header);
                    let counts = words.counts.contains(&header);
                    assert!(
                        counts || words.headers.contains(&header),
                        "{what}: not a known header"
                    );
                    seen.push(header.to_owned());
                    let cells: Vec<&str> = rows.iter().map(|r| r[i].as_str()).collect();
                    if cells.is_empty() {
                        continue;
                    }
                    // A count says what it counts, and a column of numbers is a count.
                    assert_eq!(
                        cells.iter().all(|c| is_number(c)),
                        counts,
                        "{what}: {cells:?}"
                    );
                    if !counts {
                        assert!(!cells.iter().any(|c| is_number(c)), "{what}: {cells:?}");
                    }
                    // A residence is under "Resides in" (a search hit's text aside).
                    let residence = cells
                        .iter()
                        .any(|c| c.split("<br>").any(|l| words.residences.contains(&l)));
                    if residence && header != words.text {
                        assert_eq!(header, words.resides_in, "{what}: {cells:?}");
                    }
                }
            }
        }
        // The list holds no word that no page uses.
        for header in words.headers.iter().chain(words.counts) {
            assert!(
                seen.iter().any(|s| s == header),
                "--lang {}: {header:?} is on no page",
                words.lang
            );
        }
    }
}
