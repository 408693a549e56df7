//! A malformed dataset is an error that names the file and the record at fault, never a panic
//! and never a partial answer. Each test breaks one copy of the real files in memory.

use std::collections::HashMap;

use attache::data::{DataError, FILES, from_texts};

fn files() -> HashMap<&'static str, String> {
    let texts = [
        include_str!("../data/sources.json"),
        include_str!("../data/countries.json"),
        include_str!("../data/cities.json"),
        include_str!("../data/endonyms.json"),
        include_str!("../data/ambiguities.json"),
        include_str!("../data/postings.json"),
        include_str!("../data/accreditations.json"),
        include_str!("../data/cooperation.json"),
        include_str!("../data/duties.json"),
        include_str!("../data/statements.json"),
        include_str!("../data/unsc.json"),
    ];
    FILES
        .iter()
        .copied()
        .zip(texts.map(str::to_owned))
        .collect()
}

fn load(files: &HashMap<&'static str, String>) -> Result<(), DataError> {
    from_texts(|name| {
        files
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| DataError::file(name, "file is missing"))
    })
    .map(|_| ())
}

fn broken(file: &'static str, from: &str, to: &str) -> String {
    let mut files = files();
    let text = files.get_mut(file).expect("known file");
    assert!(text.contains(from), "{file} does not contain {from:?}");
    *text = text.replacen(from, to, 1);
    load(&files)
        .expect_err("the broken dataset must be refused")
        .to_string()
}

#[test]
fn unbroken_the_files_give_the_embedded_dataset() {
    // The control for every test below: the texts they break, unbroken, are every data file
    // (a missing one would make each refusal below pass for the wrong reason) and load to
    // exactly the dataset built into the binary.
    let files = files();
    assert_eq!(files.len(), FILES.len());
    let loaded = from_texts(|name| {
        files
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| DataError::file(name, "file is missing"))
    })
    .expect("valid");
    // The build bakes the search index that a dataset read at run time builds when asked.
    assert_eq!(&loaded.with_search_index(), attache::data::embedded());
}

#[test]
fn an_unknown_country_code_names_file_and_field() {
    assert_eq!(
        broken(
            "postings.json",
            r#""covers": ["DE", "AT", "FR"]"#,
            r#""covers": ["DE", "XX", "FR"]"#
        ),
        r#"data/postings.json:11:47: attaches[1].covers[1]: unknown country code "XX""#
    );
    assert_eq!(
        broken(
            "accreditations.json",
            r#"{"country": "JP""#,
            r#"{"country": "ZZ""#
        ),
        r#"data/accreditations.json:22:15: [20].country: unknown country code "ZZ""#
    );
}

#[test]
fn an_unknown_city_or_source_is_refused() {
    assert_eq!(
        broken(
            "accreditations.json",
            r#""residence": "madrid""#,
            r#""residence": "paris""#
        ),
        r#"data/accreditations.json:30:34: [28].residence: unknown city "paris""#
    );
    assert_eq!(
        broken(
            "duties.json",
            r#""source": "mod-cooperation" }"#,
            r#""source": "nowhere" }"#
        ),
        r#"data/duties.json:2:280: [0].source: unknown source "nowhere""#
    );
}

#[test]
fn a_name_that_would_name_two_places_is_refused() {
    let message = broken(
        "countries.json",
        r#""aliases": ["Lielbritānija""#,
        r#""aliases": ["Vācija""#,
    );
    assert_eq!(
        message,
        r#"data/countries.json:78:3: [76]: name "Vācija" (folded "vacija") already names DE"#
    );
    // Kyiv ([4]) given Warsaw's locative: the clash is reported at Warsaw ([6]), which comes later.
    let message = broken(
        "cities.json",
        r#""former": ["Kiev"]"#,
        r#""former": ["Varšavā"]"#,
    );
    assert_eq!(
        message,
        r#"data/cities.json:8:3: [6]: name "Varšava" (folded "varsava") already names kyiv"#
    );
}

#[test]
fn a_duplicate_record_is_refused() {
    let message = broken(
        "countries.json",
        r#""alpha2": "NO", "alpha3": "NOR""#,
        r#""alpha2": "NL", "alpha3": "NOR""#,
    );
    assert_eq!(
        message,
        r#"data/countries.json:168:14: [166].alpha2: country "NL" is defined twice"#
    );
    let message = broken(
        "accreditations.json",
        r#"{"country": "JP""#,
        r#"{"country": "FR""#,
    );
    assert_eq!(
        message,
        r#"data/accreditations.json:22:15: [20].country: country "FR" has two attachés accredited to Latvia"#
    );
}

#[test]
fn bad_json_gives_line_and_column() {
    let message = broken("postings.json", r#""attaches": ["#, r#""attaches": [,"#);
    assert_eq!(
        message,
        "data/postings.json:9:16: attaches[0]: expected value"
    );
}

#[test]
fn a_wrong_type_gives_the_json_path() {
    let message = broken(
        "postings.json",
        r#""attaches": 8,"#,
        r#""attaches": "eight","#,
    );
    assert!(message.starts_with("data/postings.json:3:"), "{message}");
    assert!(
        message.contains("declared.attaches: invalid type: string \"eight\", expected u32"),
        "{message}"
    );
}

#[test]
fn an_unknown_field_is_refused() {
    let message = broken(
        "cities.json",
        r#""id": "berlin","#,
        r#""id": "berlin", "mayor": "x","#,
    );
    assert_eq!(
        message,
        "data/cities.json:3:26: [1].mayor: unknown field `mayor`, expected one of `id`, `country`, `en`, `lv`, `source`"
    );
}

#[test]
fn a_missing_file_is_refused_whole() {
    let mut files = files();
    files.remove("unsc.json");
    assert_eq!(
        load(&files).expect_err("refused").to_string(),
        "data/unsc.json: file is missing"
    );
}

#[test]
fn trailing_garbage_and_empty_files_are_refused() {
    let message = broken("duties.json", "\n]\n", "\n]\n]\n");
    assert!(message.contains("trailing characters"), "{message}");
    let mut files = files();
    files.insert("sources.json", String::new());
    let message = load(&files).expect_err("refused").to_string();
    assert!(message.starts_with("data/sources.json:1:0: "), "{message}");
}

#[test]
fn a_bad_date_is_refused() {
    let message = broken(
        "unsc.json",
        r#""date": "2025-06-03""#,
        r#""date": "3.6.2025""#,
    );
    assert_eq!(
        message,
        r#"data/unsc.json:70:13: outcome.date: "3.6.2025" is not a date of the form YYYY-MM-DD"#
    );
}

#[test]
fn a_declension_mark_must_fit_its_word_and_name_a_word_of_the_place() {
    let message = broken(
        "countries.json",
        r#""declension": {"Niue": "fixed"}"#,
        r#""declension": {"Niue": "4"}"#,
    );
    assert!(
        message.starts_with("data/countries.json:")
            && message.contains(".lv.name: \"Niue\" is marked \"4\" but does not end in -a"),
        "{message}"
    );
    let message = broken(
        "countries.json",
        r#""declension": {"Niue": "fixed"}"#,
        r#""declension": {"Niu": "fixed"}"#,
    );
    assert!(
        message.ends_with(".lv.declension: \"Niu\" is not a word of any of the Latvian names"),
        "{message}"
    );
    let message = broken(
        "countries.json",
        r#""declension": {"Niue": "fixed"}"#,
        r#""declension": {"Niue": "fifth"}"#,
    );
    assert!(message.contains("unknown variant `fifth`"), "{message}");
}

#[test]
fn a_shared_name_fits_two_countries_at_least_and_settles_on_one_of_them() {
    let message = broken(
        "ambiguities.json",
        r#""countries": ["KR", "KP"], "settled": { "country": "KR""#,
        r#""countries": ["KR", "KP"], "settled": { "country": "JP""#,
    );
    assert_eq!(
        message,
        r#"data/ambiguities.json:2:104: [0].settled.country: "JP" is not one of the countries the name fits"#
    );
    let message = broken(
        "ambiguities.json",
        r#""countries": ["CG", "CD"]"#,
        r#""countries": ["CG"]"#,
    );
    assert!(
        message.ends_with("[1].countries: an ambiguous name fits at least two countries"),
        "{message}"
    );
    // A shared name is shared by the countries declared, and taken by no other.
    let message = broken(
        "countries.json",
        r#""lv": {"name": "Gabona","#,
        r#""lv": {"name": "Gabona", "aliases": ["Kongo"],"#,
    );
    assert!(
        message.starts_with("data/countries.json:")
            && message.ends_with("name \"Kongo\" (folded \"kongo\") already names CG"),
        "{message}"
    );
}

#[test]
fn a_name_in_a_places_own_language_may_not_name_another_place() {
    let message = broken(
        "endonyms.json",
        r#"{ "lang": "de", "name": "Deutschland" }"#,
        r#"{ "lang": "de", "name": "Polija" }"#,
    );
    assert!(
        message.starts_with("data/endonyms.json:")
            && message.contains("name \"Polija\" (folded \"polija\") already names PL"),
        "{message}"
    );
    let message = broken(
        "endonyms.json",
        r#"{ "lang": "de", "name": "Deutschland" }"#,
        r#"{ "lang": "de DE", "name": "Deutschland" }"#,
    );
    assert!(
        message.contains("\"de DE\" is not a locale id"),
        "{message}"
    );
}

#[test]
fn a_stated_number_of_attaches_is_at_least_one_and_has_a_known_source() {
    let zero = broken(
        "postings.json",
        r#""stated_attaches": { "count": 2"#,
        r#""stated_attaches": { "count": 0"#,
    );
    assert!(
        zero.ends_with(
            "attaches[4].stated_attaches.count: a stated number of attachés is at least 1"
        ),
        "{zero}"
    );
    let unknown = broken(
        "postings.json",
        r#""source": "mod-cooperation-en""#,
        r#""source": "mod-cooperation-fr""#,
    );
    assert!(
        unknown.ends_with(
            r#"attaches[4].stated_attaches.source: unknown source "mod-cooperation-fr""#
        ),
        "{unknown}"
    );
}

#[test]
fn a_name_in_source_is_in_the_quote_and_declared_shared() {
    let absent = broken(
        "accreditations.json",
        r#""name_in_source": "Koreja""#,
        r#""name_in_source": "Korea""#,
    );
    assert!(
        absent.ends_with(r#"name_in_source: "Korea" is not in the record's quote"#),
        "{absent}"
    );
    // In the quote, but not a name ambiguities.json shares with this country.
    let undeclared = broken(
        "accreditations.json",
        r#""quote": "Japāna (rezidē Viļņā, Lietuvā)"}"#,
        r#""quote": "Japāna (rezidē Viļņā, Lietuvā)", "name_in_source": "Japāna"}"#,
    );
    assert!(
        undeclared.ends_with(
            r#"name_in_source: "Japāna" is not a name that ambiguities.json shares with "JP""#
        ),
        "{undeclared}"
    );
    // A shared name of another country is not this one's.
    let other = broken(
        "accreditations.json",
        r#""quote": "Japāna (rezidē Viļņā, Lietuvā)"}"#,
        r#""quote": "Japāna (rezidē Viļņā, Lietuvā) Kongo", "name_in_source": "Kongo"}"#,
    );
    assert!(
        other.contains("is not a name that ambiguities.json shares"),
        "{other}"
    );
}

#[test]
fn a_the_mark_that_the_rule_already_gives_is_refused() {
    let error = broken(
        "countries.json",
        r#""en": {"name": "United States""#,
        r#""en": {"name": "United States", "the": true"#,
    );
    assert!(
        error.ends_with(
            r#"en.the: the rule already gives true for "United States"; leave the mark out"#
        ),
        "{error}"
    );
}

#[test]
fn a_file_over_the_record_limit_names_the_limit() {
    let mut files = files();
    let source = r#"{"id":"s","publisher":{"en":"p","lv":"p"},"title":{"en":"t","lv":"t"}}"#;
    let many = vec![source; 65_536].join(",");
    files.insert("sources.json", format!("[{many}]"));
    let error = load(&files)
        .expect_err("65,536 sources are refused")
        .to_string();
    assert!(
        error.contains("sources.json")
            && error.contains("65536 records; the limit is 65,535 records a file"),
        "{error}"
    );
}
