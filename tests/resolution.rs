//! Turning what a user types into a country or a city.

use attache::data::key;
use attache::data::{self, Dataset, Named};
use attache::resolve::{InputError, Reading, Resolution, resolve};

fn ds() -> &'static Dataset {
    data::embedded()
}

fn country_code(ds: &Dataset, input: &str) -> Option<String> {
    match resolve(&ds.country_names, input).expect("a valid input") {
        Resolution::Found { id, .. } => Some(ds.country(id).alpha2.to_string()),
        _ => None,
    }
}

fn city_id(ds: &Dataset, input: &str) -> Option<String> {
    match resolve(&ds.city_names, input).expect("a valid input") {
        Resolution::Found { id, .. } => Some(ds.city(id).id.to_string()),
        _ => None,
    }
}

#[test]
fn every_form_of_a_dozen_countries_resolves() {
    let ds = ds();
    let cases: &[(&str, &[&str])] = &[
        (
            "DE",
            &[
                "Germany",
                "germany",
                "  GERMANY ",
                "DE",
                "de",
                "DEU",
                "Vācija",
                "Vācijas",
                "Vācijā",
                "vacija",
                "VĀCIJĀ",
                "Federal Republic of Germany",
            ],
        ),
        (
            "NO",
            &[
                "Norway",
                "NOR",
                "no",
                "Norvēģija",
                "Norvēģijas",
                "Norvēģijā",
                "norvegija",
                "Kingdom of Norway",
            ],
        ),
        (
            "GB",
            &[
                "United Kingdom",
                "UK",
                "U.K.",
                "Britain",
                "Great Britain",
                "GBR",
                "Apvienotā Karaliste",
                "Apvienotās Karalistes",
                "Apvienotajā Karalistē",
                "Lielbritānija",
                "Lielbritānijā",
                "apvienota karaliste",
            ],
        ),
        (
            "US",
            &[
                "United States",
                "USA",
                "US",
                "U.S.A.",
                "America",
                "United States of America",
                "ASV",
                "Amerikas Savienotās Valstis",
                "Amerikas Savienotajās Valstīs",
                "Amerika",
            ],
        ),
        (
            "CZ",
            &[
                "Czechia",
                "Czech Republic",
                "CZE",
                "Čehija",
                "Čehijas",
                "Čehijā",
                "cehija",
            ],
        ),
        (
            "TR",
            &[
                "Türkiye", "Turkiye", "Turkey", "TUR", "Turcija", "Turcijas", "Turcijā",
            ],
        ),
        (
            "NL",
            &[
                "Netherlands",
                "The Netherlands",
                "Holland",
                "NLD",
                "Nīderlande",
                "Nīderlandes",
                "Nīderlandē",
                "Holande",
            ],
        ),
        (
            "KR",
            &[
                "South Korea",
                "Korea",
                "Republic of Korea",
                "KOR",
                "Koreja",
                "Korejas Republika",
                "Dienvidkoreja",
                "Dienvidkorejā",
            ],
        ),
        (
            "KP",
            &[
                "North Korea",
                "DPRK",
                "PRK",
                "Ziemeļkoreja",
                "Ziemeļkorejas",
            ],
        ),
        (
            "MK",
            &[
                "North Macedonia",
                "MKD",
                "Ziemeļmaķedonija",
                "Ziemeļmaķedonijā",
            ],
        ),
        (
            "PL",
            &["Poland", "POL", "Polija", "Polijas", "Polijā", "POLIJA"],
        ),
        ("UA", &["Ukraine", "UKR", "Ukraina", "Ukrainas", "Ukrainā"]),
        (
            "CN",
            &[
                "China",
                "CHN",
                "Ķīna",
                "Ķīnas",
                "Ķīnā",
                "kina",
                "People's Republic of China",
            ],
        ),
        (
            "CD",
            &[
                "Democratic Republic of the Congo",
                "DR Congo",
                "DRC",
                "Kongo Demokrātiskā Republika",
                "Kongo Demokrātiskajā Republikā",
            ],
        ),
        (
            "CG",
            &[
                "Republic of the Congo",
                "Kongo Republika",
                "Congo-Brazzaville",
            ],
        ),
    ];
    for (expected, forms) in cases {
        for form in *forms {
            assert_eq!(
                country_code(ds, form).as_deref(),
                Some(*expected),
                "{form:?}"
            );
        }
    }
}

#[test]
fn every_form_of_every_city_in_the_sources_resolves() {
    let ds = ds();
    let cases: &[(&str, &[&str])] = &[
        (
            "warsaw",
            &[
                "Warsaw",
                "Varšava",
                "Varšavas",
                "Varšavā",
                "varsava",
                "Warszawa",
            ],
        ),
        ("vilnius", &["Vilnius", "Viļņa", "Viļņā", "vilna"]),
        ("tallinn", &["Tallinn", "Tallin", "Tallina", "Tallinā"]),
        ("riga", &["Riga", "Rīga", "Rīgā", "RIGA"]),
        ("london", &["London", "Londona", "Londonā"]),
        ("berlin", &["Berlin", "Berlīne", "Berlīnē"]),
        ("stockholm", &["Stockholm", "Stokholma", "Stokholmā"]),
        ("madrid", &["Madrid", "Madride", "Madridē"]),
        (
            "washington",
            &["Washington", "Washington, D.C.", "Vašingtona", "Vašingtonā"],
        ),
        ("ottawa", &["Ottawa", "Otava", "Otavā"]),
        ("ankara", &["Ankara", "Ankarā"]),
        ("kyiv", &["Kyiv", "Kiev", "Kijiva", "Kijivā", "Kijeva"]),
    ];
    for (expected, forms) in cases {
        for form in *forms {
            assert_eq!(city_id(ds, form).as_deref(), Some(*expected), "{form:?}");
        }
    }
}

#[test]
fn every_form_in_the_data_resolves_to_its_own_place() {
    let ds = ds();
    for id in ds.country_ids() {
        let c = ds.country(id);
        let forms = [c.alpha2.as_ref(), c.alpha3.as_ref()]
            .into_iter()
            .chain(c.name_forms().map(|(form, _)| form));
        for form in forms {
            let entries = ds.country_names.get(&key(form));
            assert!(
                entries.iter().any(|entry| entry.id == id),
                "{form:?} of {}",
                c.alpha2
            );
        }
    }
    for id in ds.city_ids() {
        let c = ds.city(id);
        for form in c.name_forms().map(|(form, _)| form) {
            let entries = ds.city_names.get(&key(form));
            assert!(
                entries.iter().any(|entry| entry.id == id),
                "{form:?} of {}",
                c.id
            );
        }
    }
}

#[test]
fn unknown_names_get_suggestions_from_both_languages() {
    let ds = ds();
    let suggest = |input: &str| match resolve(&ds.country_names, input).expect("valid") {
        Resolution::NotFound { suggestions } => suggestions
            .into_iter()
            .map(|id| ds.country(id).alpha2.to_string())
            .collect::<Vec<_>>(),
        other => panic!("{input} should not resolve: {other:?}"),
    };
    assert_eq!(suggest("Norwy").first().map(String::as_str), Some("NO"));
    assert_eq!(suggest("Norvēgja").first().map(String::as_str), Some("NO"));
    assert_eq!(suggest("Germny").first().map(String::as_str), Some("DE"));
    assert_eq!(suggest("Vacijaa").first().map(String::as_str), Some("DE"));
    assert!(suggest("Atlantis-on-Sea").is_empty());
}

#[test]
fn a_name_that_fits_several_countries_never_answers_for_one_silently() {
    let ds = ds();
    let codes = |ids: Vec<data::CountryId>| {
        ids.into_iter()
            .map(|id| ds.country(id).alpha2.to_string())
            .collect::<Vec<_>>()
    };
    for (input, expected) in [
        ("Congo", ["CD", "CG"]),
        ("Kongo", ["CD", "CG"]),
        ("Virgin Islands", ["VG", "VI"]),
        ("Virdžīnu salās", ["VG", "VI"]),
    ] {
        match resolve(&ds.country_names, input).expect("valid") {
            Resolution::Ambiguous { candidates } => assert_eq!(codes(candidates), expected),
            other => panic!("{input}: {other:?}"),
        }
    }
    // The ministry's page settles "Koreja" as the Republic of Korea; North Korea is named.
    for input in ["Korea", "Koreja", "Korejā", "Korejas", "korea"] {
        match resolve(&ds.country_names, input).expect("valid") {
            Resolution::Found {
                id,
                reading: Reading::Settled { others },
            } => {
                assert_eq!(ds.country(id).alpha2, "KR", "{input}");
                assert_eq!(codes(others), ["KP"], "{input}");
            }
            other => panic!("{input}: {other:?}"),
        }
    }
}

#[test]
fn the_beginning_of_names_lists_the_places_it_begins() {
    let ds = ds();
    let listed = |input: &str| match resolve(&ds.country_names, input).expect("valid") {
        Resolution::Beginning { candidates } => candidates
            .into_iter()
            .map(|id| ds.country(id).alpha2.to_string())
            .collect::<Vec<_>>(),
        other => panic!("{input}: {other:?}"),
    };
    for code in ["BL", "KN", "LC", "MF", "PM", "SH", "VC"] {
        assert!(listed("Saint").contains(&code.to_owned()), "Saint: {code}");
    }
    assert!(listed("New").starts_with(&["NC".to_owned()]));
    assert!(listed("New").contains(&"NZ".to_owned()));
    assert!(listed("Virgin").contains(&"VG".to_owned()));
    // The first whole words of one country's names answer it.
    assert_eq!(country_code(ds, "Czech").as_deref(), Some("CZ"));
}

#[test]
fn bad_input_is_refused_not_looked_up() {
    let ds = ds();
    assert_eq!(resolve(&ds.country_names, ""), Err(InputError::Empty));
    assert_eq!(resolve(&ds.country_names, " \t "), Err(InputError::Empty));
    assert_eq!(resolve(&ds.country_names, "..."), Err(InputError::Empty));
    let huge = "Norway".repeat(20_000);
    assert_eq!(
        resolve(&ds.country_names, &huge),
        Err(InputError::TooLong { chars: 120_000 })
    );
}

#[test]
fn abbreviations_name_their_country_and_ano_is_none() {
    let ds = ds();
    for (form, code) in [
        ("ĶTR", "CN"),
        ("KTR", "CN"),
        ("KDR", "CD"),
        ("AAE", "AE"),
        ("ASV", "US"),
        ("KTDR", "KP"),
        ("UAE", "AE"),
        ("DRC", "CD"),
    ] {
        assert_eq!(country_code(ds, form).as_deref(), Some(code), "{form}");
    }
    // ANO (the UN) is no country.
    assert_eq!(country_code(ds, "ANO"), None);
    assert_eq!(country_code(ds, "ANO Drošības padome"), None);
}
