//! Names as people type them, from references independent of the tool (tests/names/README.md):
//! every form resolves to its place; the declension rules give every case form that was
//! entered by hand before them; every form the dataset accepted before still finds its place.

use attache::data::{self, CityId, CountryId, Dataset, Named};
use attache::resolve::{Reading, Resolution, resolve};

fn ds() -> &'static Dataset {
    data::embedded()
}

/// The rows of a tab-separated list: comment lines and the header left out.
fn rows(text: &'static str) -> Vec<Vec<&'static str>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .skip(1)
        .map(|line| line.split('\t').collect())
        .collect()
}

/// What a form resolves to, as the lists write it: a place's code or id, `ambiguous:XX,YY`
/// for a name several countries share, or why it found none.
fn resolved(kind: &str, form: &str) -> String {
    let ds = ds();
    let country = |id: CountryId| ds.country(id).alpha2.to_string();
    let city = |id: CityId| ds.city(id).id.to_string();
    match kind {
        "country" => describe(resolve(&ds.country_names, form), country),
        "city" => describe(resolve(&ds.city_names, form), city),
        other => panic!("unknown kind {other}"),
    }
}

fn describe<Id>(
    resolution: Result<Resolution<Id>, attache::resolve::InputError>,
    name: impl Fn(Id) -> String,
) -> String {
    let list = |ids: Vec<Id>| ids.into_iter().map(&name).collect::<Vec<_>>().join(",");
    match resolution {
        Ok(Resolution::Found { id, .. }) => name(id),
        Ok(Resolution::Ambiguous { candidates }) => format!("ambiguous:{}", list(candidates)),
        Ok(Resolution::Beginning { candidates }) => format!("begins:{}", list(candidates)),
        Ok(Resolution::NotFound { suggestions }) => {
            format!("not found (near: {})", list(suggestions))
        }
        Err(error) => format!("refused: {error:?}"),
    }
}

#[test]
fn every_reference_form_resolves_to_its_place() {
    let rows = rows(include_str!("names/forms.tsv"));
    assert!(rows.len() >= 500, "only {} forms", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let [form, kind, expected, reference] = row[..] else {
            panic!("malformed row {row:?}");
        };
        let got = resolved(kind, form);
        if got != expected {
            failures.push(format!(
                "{form:?} ({kind}, {reference}): {got}, expected {expected}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} forms do not resolve as expected:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Where the rules and the forms entered by hand before them differ, the hand was wrong:
/// (place, nominative, the genitive and locative the rules give, why).
const CORRECTED: [(&str, &str, &str, &str, &str); 2] = [
    (
        "CV",
        "Kaboverde",
        "Kaboverdes",
        "Kaboverdē",
        "a noun of the 5th declension in -e: it was entered as if it did not decline",
    ),
    (
        "ST",
        "Santome un Prinsipi",
        "Santomes un Prinsipi",
        "Santomē un Prinsipi",
        "\"Santome\" declines (iso-codes' Latvian official name: \"Santomes un Prinsipi \
         Demokrātiskā Republika\"); \"Prinsipi\" does not",
    ),
];

#[test]
fn the_declension_rules_give_every_case_form_entered_by_hand() {
    let ds = ds();
    let mut differences = Vec::new();
    for row in rows(include_str!("names/latvian-cases.tsv")) {
        let [kind, place, nominative, genitive, locative] = row[..] else {
            panic!("malformed row {row:?}");
        };
        let (lv, code) = match kind {
            "country" => {
                let id = ds.country_ids().find(|&id| ds.country(id).alpha2 == place);
                let c = ds.country(id.expect("a known country"));
                (&c.lv, c.alpha2.to_string())
            }
            _ => {
                let id = ds.city_ids().find(|&id| ds.city(id).id == place);
                let c = ds.city(id.expect("a known city"));
                (&c.lv, c.id.to_string())
            }
        };
        assert_eq!(lv.name, nominative, "{place}");
        if (lv.genitive.as_ref(), lv.locative.as_ref()) != (genitive, locative) {
            differences.push((code, lv.genitive.to_string(), lv.locative.to_string()));
        }
    }
    let corrected: Vec<(String, String, String)> = CORRECTED
        .iter()
        .map(|&(code, _, genitive, locative, _)| (code.into(), genitive.into(), locative.into()))
        .collect();
    assert_eq!(differences, corrected);
    for (code, nominative, ..) in CORRECTED {
        let id = ds.country_ids().find(|&id| ds.country(id).alpha2 == code);
        assert_eq!(
            ds.country(id.expect("known")).name(attache::data::Lang::Lv),
            nominative
        );
    }
}

#[test]
fn every_form_accepted_before_still_finds_its_place() {
    let mut failures = Vec::new();
    for row in rows(include_str!("names/previous-forms.tsv")) {
        let [form, kind, expected] = row[..] else {
            panic!("malformed row {row:?}");
        };
        let got = resolved(kind, form);
        // A name now known to fit several countries lists the one it used to name.
        let listed = got
            .strip_prefix("ambiguous:")
            .is_some_and(|codes| codes.split(',').any(|code| code == expected));
        if got != expected && !listed {
            failures.push(format!("{form:?} ({kind}): {got}, was {expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn forms_the_ministry_page_uses_resolve() {
    // "Forms the ministry page itself uses must work" (issue 11), with the place each names.
    let ds = ds();
    for (form, code) in [
        ("Kanādu", "CA"),
        ("Dāniju", "DK"),
        ("Latviju", "LV"),
        ("Latvijai", "LV"),
        ("Latvijas Republikas", "LV"),
        ("Lielbritānijas un Ziemeļīrijas Apvienotajā Karalistē", "GB"),
        ("Amerikas Savienotajās Valstīs", "US"),
    ] {
        assert_eq!(resolved("country", form), code, "{form}");
    }
    for (form, id) in [("Rīgu", "riga"), ("Varšavu", "warsaw"), ("Kijivā", "kyiv")] {
        assert_eq!(resolved("city", form), id, "{form}");
    }
    // Every case of the plural names.
    for form in [
        "Amerikas Savienotās Valstis",
        "Amerikas Savienoto Valstu",
        "Amerikas Savienotajām Valstīm",
        "Amerikas Savienotajās Valstīs",
    ] {
        assert_eq!(resolved("country", form), "US", "{form}");
    }
    for form in ["Filipīnas", "Filipīnu", "Filipīnām", "Filipīnās"] {
        assert_eq!(resolved("country", form), "PH", "{form}");
    }
    let koreja = resolve(&ds.country_names, "Koreja").expect("valid");
    assert!(matches!(
        koreja,
        Resolution::Found {
            reading: Reading::Settled { .. },
            ..
        }
    ));
}

#[test]
fn every_latvian_name_resolves_in_all_seven_cases() {
    // The data's own nominatives and marks, declined here with the rules the loader uses:
    // each case of each name must find its place (or, for a shared name, list it).
    let files = [
        ("country", include_str!("../data/countries.json"), "alpha2"),
        ("city", include_str!("../data/cities.json"), "id"),
    ];
    let mut checked = 0;
    for (kind, text, code_field) in files {
        let places: Vec<serde_json::Value> = serde_json::from_str(text).expect("JSON");
        for place in places {
            let code = place[code_field].as_str().expect("a code");
            let lv = &place["lv"];
            let marks: data::Marks =
                serde_json::from_value(lv["declension"].clone()).unwrap_or_default();
            let mut names = vec![lv["name"].as_str().expect("a name")];
            names.extend(lv["official"].as_str());
            for field in ["aliases", "former", "parts"] {
                let list = lv[field].as_array().into_iter().flatten();
                names.extend(list.filter_map(|name| name.as_str()));
            }
            for name in names {
                for form in data::decline(name, &marks).expect("declines") {
                    let got = resolved(kind, &form);
                    let listed = got
                        .strip_prefix("ambiguous:")
                        .is_some_and(|codes| codes.split(',').any(|c| c == code));
                    assert!(
                        got == code || listed,
                        "{form:?} ({name}): {got}, not {code}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 3000, "{checked}");
}

#[test]
fn english_names_take_the_as_the_reference_says() {
    // The rule and the data's marks, against a list written from ISO 3166-1's "(the)" names.
    let ds = ds();
    let mut listed = std::collections::HashMap::new();
    for row in rows(include_str!("names/the.tsv")) {
        let [code, the, name, _] = row[..] else {
            panic!("a row of the.tsv has four fields: {row:?}")
        };
        listed.insert(code, (the == "yes", name));
    }
    let mut wrong = Vec::new();
    for id in ds.country_ids() {
        let c = ds.country(id);
        let (expected, name) = listed
            .get(c.alpha2.as_ref())
            .copied()
            .unwrap_or((false, c.en.name.as_ref()));
        assert_eq!(name, c.en.name, "the.tsv names {} otherwise", c.alpha2);
        if c.en.takes_the() != expected {
            wrong.push(format!("{} {}: expected {expected}", c.alpha2, c.en.name));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(
        ds.country(
            ds.country_ids()
                .find(|&id| ds.country(id).alpha2 == "NL")
                .expect("NL")
        )
        .name_in_sentence(data::Lang::En, data::Case::Nominative),
        "the Netherlands"
    );
}
