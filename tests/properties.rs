//! Properties of name folding and resolution, over arbitrary input and over every name form in
//! the data.

use std::collections::HashMap;

use attache::data::{self, Dataset, Named};
use attache::data::{fold, key};
use attache::resolve::{Resolution, resolve};
use proptest::prelude::*;

fn ds() -> &'static Dataset {
    data::embedded()
}

/// Every (form, alpha-2) pair of the countries in the data.
fn country_forms() -> Vec<(String, String)> {
    let mut forms = Vec::new();
    for c in ds().countries.iter() {
        let all = [c.alpha2.as_ref(), c.alpha3.as_ref()]
            .into_iter()
            .chain(c.name_forms().map(|(form, _)| form));
        forms.extend(all.map(|f| (f.to_owned(), c.alpha2.to_string())));
    }
    forms
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn folding_never_panics_is_idempotent_and_plain(s in any::<String>()) {
        let folded = fold(&s);
        prop_assert_eq!(fold(&folded), folded.clone());
        // Letters, digits and single spaces, in lower case, with no diacritic left.
        let lower = |c: char| c.to_lowercase().eq(std::iter::once(c));
        prop_assert!(folded.chars().all(|c| c == ' ' || (c.is_alphanumeric() && lower(c))));
        prop_assert!(folded.chars().all(|c| !unicode_normalization::char::is_combining_mark(c)));
        prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "));
    }

    #[test]
    fn resolution_never_panics(s in any::<String>()) {
        let _ = resolve(&ds().country_names, &s);
        let _ = resolve(&ds().city_names, &s);
    }

    #[test]
    fn any_form_in_any_case_and_spacing_resolves_to_its_own_country(
        index in 0usize..10_000,
        upper in proptest::collection::vec(any::<bool>(), 0..80),
        pad in "[ \t]{0,3}",
    ) {
        let forms = country_forms();
        let (form, code) = &forms[index % forms.len()];
        let mixed: String = form
            .chars()
            .zip(upper.iter().chain(std::iter::repeat(&false)))
            .map(|(c, &up)| if up { c.to_uppercase().collect::<String>() } else { c.to_lowercase().collect() })
            .collect();
        let input = format!("{pad}{mixed}{pad}");
        match resolve(&ds().country_names, &input) {
            Ok(Resolution::Found { id, .. }) => prop_assert_eq!(&ds().country(id).alpha2, code, "{:?}", input),
            // A name several countries share lists each of them.
            Ok(Resolution::Ambiguous { candidates }) => prop_assert!(
                candidates.iter().any(|&id| &ds().country(id).alpha2 == code), "{:?}", input
            ),
            other => prop_assert!(false, "{input:?} did not resolve: {other:?}"),
        }
    }
}

#[test]
fn no_two_places_share_a_folded_form() {
    // Checked here independently of the loader's own check.
    let mut owner: HashMap<String, String> = HashMap::new();
    for (form, code) in country_forms() {
        if let Some(other) = owner.insert(key(&form), code.clone()) {
            assert_eq!(other, code, "{form:?} names both {other} and {code}");
        }
    }
    let mut owner: HashMap<String, String> = HashMap::new();
    for c in ds().cities.iter() {
        for form in c.name_forms().map(|(form, _)| form) {
            if let Some(other) = owner.insert(key(form), c.id.to_string()) {
                assert_eq!(other, c.id, "{form:?} names both {other} and {}", c.id);
            }
        }
    }
}
