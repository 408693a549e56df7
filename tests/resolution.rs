//! Turning what a user types into a country or a city.

use attache::data::{self, Dataset, Named};
use attache::i18n::Lang;
use attache::resolve::{InputError, Resolution, fold, resolve};

fn ds() -> &'static Dataset {
    data::embedded()
}

fn country_code(ds: &Dataset, input: &str) -> Option<String> {
    match resolve(&ds.country_names, input, Lang::En).expect("a valid input") {
        Resolution::Found(id) => Some(ds.country(id).alpha2.to_string()),
        Resolution::NotFound { .. } => None,
    }
}

fn city_id(ds: &Dataset, input: &str) -> Option<String> {
    match resolve(&ds.city_names, input, Lang::En).expect("a valid input") {
        Resolution::Found(id) => Some(ds.city(id).id.to_string()),
        Resolution::NotFound { .. } => None,
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
        ("CG", &["Republic of the Congo", "Congo", "Kongo"]),
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
            assert_eq!(
                ds.country_names.get(&fold(form)),
                Some(id),
                "{form:?} of {}",
                c.alpha2
            );
        }
    }
    for id in ds.city_ids() {
        let c = ds.city(id);
        for form in c.name_forms().map(|(form, _)| form) {
            assert_eq!(
                ds.city_names.get(&fold(form)),
                Some(id),
                "{form:?} of {}",
                c.id
            );
        }
    }
}

#[test]
fn unknown_names_get_suggestions_in_the_users_language() {
    let ds = ds();
    let suggest =
        |input: &str, lang: Lang| match resolve(&ds.country_names, input, lang).expect("valid") {
            Resolution::Found(_) => panic!("{input} should not resolve"),
            Resolution::NotFound { suggestions } => suggestions
                .into_iter()
                .map(|id| ds.country(id).alpha2.to_string())
                .collect::<Vec<_>>(),
        };
    assert_eq!(
        suggest("Norwy", Lang::En).first().map(String::as_str),
        Some("NO")
    );
    assert_eq!(
        suggest("Norvēgja", Lang::Lv).first().map(String::as_str),
        Some("NO")
    );
    assert_eq!(
        suggest("Germny", Lang::En).first().map(String::as_str),
        Some("DE")
    );
    assert!(suggest("Atlantis-on-Sea", Lang::En).is_empty());
}

#[test]
fn bad_input_is_refused_not_looked_up() {
    let ds = ds();
    assert_eq!(
        resolve(&ds.country_names, "", Lang::En),
        Err(InputError::Empty)
    );
    assert_eq!(
        resolve(&ds.country_names, " \t ", Lang::En),
        Err(InputError::Empty)
    );
    assert_eq!(
        resolve(&ds.country_names, "...", Lang::En),
        Err(InputError::Empty)
    );
    let huge = "Norway".repeat(20_000);
    assert_eq!(
        resolve(&ds.country_names, &huge, Lang::En),
        Err(InputError::TooLong { chars: 120_000 })
    );
}
