//! The facts the sources state, asserted against the embedded dataset and the queries, so
//! that a wrong fact fails a test that names it.

use attache::data::{self, Dataset};
use attache::query::about::about;
use attache::query::accredited::{Residency, accredited};
use attache::query::city::city as city_report;
use attache::query::country::{RepresentativeKind, country};
use attache::query::graph::{EdgeKind, Node, graph};
use attache::query::non_resident::non_resident;
use attache::query::partners::partners;
use attache::query::postings::postings;
use attache::query::reciprocity::{Class, reciprocity};
use attache::query::stats::stats;
use attache::query::unsc::unsc;

fn ds() -> &'static Dataset {
    data::embedded()
}

fn code(ds: &Dataset, code: &str) -> attache::data::CountryId {
    ds.country_ids()
        .find(|&id| ds.country(id).alpha2 == code)
        .unwrap_or_else(|| panic!("no country {code}"))
}

fn city(ds: &Dataset, id: &str) -> attache::data::CityId {
    ds.city_ids()
        .find(|&c| ds.city(c).id == id)
        .unwrap_or_else(|| panic!("no city {id}"))
}

/// The build script bakes the dataset into the binary; every other test here reads the baked
/// one. It must be exactly what parsing and validating the embedded files gives at run time
/// (what `--data` and `check` do), name index included, with the search index baked where a
/// dataset read at run time builds it when a search asks.
#[test]
fn the_baked_dataset_is_the_validated_data_files() {
    let validated = data::validate_embedded().expect("the embedded data files are valid");
    assert_eq!(validated.search_index, None);
    let index = data::SearchIndex::of(&validated);
    assert_eq!(
        validated.search_index(),
        std::borrow::Cow::Owned(index.clone())
    );
    assert_eq!(index.count, data::documents(&validated).count());
    assert_eq!(&validated.with_search_index(), data::embedded());
    assert!(matches!(
        data::embedded().countries,
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn every_iso_3166_1_country_is_in_the_dataset() {
    let ds = ds();
    assert_eq!(ds.countries.len(), 249);
    for c in ["NO", "BR", "KR", "KP", "CZ", "MK", "TR", "VA", "SS", "LV"] {
        code(ds, c);
    }
}

#[test]
fn latvia_lists_seven_residences_covering_eighteen_countries() {
    let ds = ds();
    let report = postings(ds);
    let by_city: Vec<(&str, Vec<&str>)> = report
        .attaches
        .iter()
        .map(|p| {
            (
                p.residence.city.id.as_ref(),
                p.covers.iter().map(|c| c.alpha2.as_ref()).collect(),
            )
        })
        .collect();
    assert_eq!(
        by_city,
        vec![
            ("washington", vec!["US"]),
            ("berlin", vec!["DE", "AT", "FR"]),
            ("ottawa", vec!["CA"]),
            ("ankara", vec!["TR", "AZ", "GE"]),
            ("kyiv", vec!["UA", "MD"]),
            ("stockholm", vec!["SE", "DK", "NO", "FI"]),
            ("warsaw", vec!["PL", "CZ", "SK", "HU"]),
        ]
    );
    assert_eq!(report.listed.residences, 7);
    assert_eq!(report.listed.countries, 18);
}

#[test]
fn the_stated_totals_are_kept_as_stated_and_agree_with_the_list() {
    let ds = ds();
    let report = postings(ds);
    assert_eq!(
        (
            report.declared.figures.attaches,
            report.declared.figures.countries,
            report.declared.figures.advisers
        ),
        (8, 18, 2)
    );
    assert_eq!(report.declared.source.id, "mod-cooperation");
    // Eight attachés in seven residences: the English page states two in Kyiv.
    assert_eq!(
        (
            report.listed.residences,
            report.listed.attaches,
            report.listed.countries,
            report.listed.advisers
        ),
        (7, 8, 18, 2)
    );
    assert!(report.mismatches.is_empty(), "{:?}", report.mismatches);
    let count = &report.attache_count;
    assert_eq!((count.stated, count.residences, count.listed), (8, 7, 8));
    assert!(count.agree);
    assert_eq!(count.source.id, "mod-cooperation");
    let stated: Vec<(&str, u32, &str, &str)> = count
        .per_residence
        .iter()
        .map(|r| {
            (
                r.residence.city.id.as_ref(),
                r.count,
                r.source.id.as_ref(),
                r.quote,
            )
        })
        .collect();
    assert_eq!(
        stated,
        vec![(
            "kyiv",
            2,
            "mod-cooperation-en",
            "Ukraine and Moldova (resident in Kiev) - 2 defence attachés"
        )]
    );
    let sources: Vec<&str> = count.sources().iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(sources, ["mod-cooperation", "mod-cooperation-en"]);
}

#[test]
fn the_number_of_attaches_is_stated_only_for_kyiv() {
    let ds = ds();
    let report = postings(ds);
    let stated: Vec<(&str, Option<u32>)> = report
        .attaches
        .iter()
        .map(|p| {
            (
                p.residence.city.id.as_ref(),
                p.stated_attaches.map(|s| s.count),
            )
        })
        .collect();
    assert_eq!(
        stated,
        vec![
            ("washington", None),
            ("berlin", None),
            ("ottawa", None),
            ("ankara", None),
            ("kyiv", Some(2)),
            ("stockholm", None),
            ("warsaw", None),
        ]
    );
}

#[test]
fn the_english_page_is_its_own_undated_source() {
    let ds = ds();
    let source = ds
        .sources
        .iter()
        .find(|s| s.id == "mod-cooperation-en")
        .expect("mod-cooperation-en");
    assert_eq!(source.title.en, "International and regional cooperation");
    assert_eq!(source.published, None);
    assert_eq!(
        source.address.as_deref(),
        Some("https://www.mod.gov.lv/en/nozares-politika/international-and-regional-cooperation")
    );
    assert_eq!(
        source.publisher.en,
        "Ministry of Defence of the Republic of Latvia"
    );
}

#[test]
fn stats_and_check_reconcile_the_stated_attaches() {
    let ds = ds();
    let report = stats(ds);
    let kyiv = report
        .cities
        .iter()
        .find(|c| c.city.city.id == "kyiv")
        .expect("kyiv");
    assert_eq!(kyiv.latvia_attaches, 2);
    let latvia_attaches: usize = report.cities.iter().map(|c| c.latvia_attaches).sum();
    assert_eq!(latvia_attaches, 8);
    assert!(report.latvia_attaches.agree);
    let check = attache::query::check::check(Ok(ds));
    assert!(check.lines.iter().all(|(_, o)| !o.warns()));
}

#[test]
fn latvia_has_two_advisers_in_london_and_washington() {
    let ds = ds();
    let report = postings(ds);
    let advisers: Vec<(&str, &str)> = report
        .advisers
        .iter()
        .map(|a| (a.residence.city.id.as_ref(), a.embassy_in.alpha2.as_ref()))
        .collect();
    assert_eq!(advisers, vec![("london", "GB"), ("washington", "US")]);
}

#[test]
fn nine_attaches_reside_in_riga() {
    let ds = ds();
    let report = accredited(ds, Residency::Resident);
    let codes: Vec<&str> = report
        .attaches
        .iter()
        .map(|a| a.country.alpha2.as_ref())
        .collect();
    assert_eq!(
        codes,
        vec!["GB", "US", "DK", "CA", "CN", "PL", "SK", "TR", "SE"]
    );
    assert!(
        report
            .attaches
            .iter()
            .all(|a| a.residence.city.id == "riga" && a.resident)
    );
}

#[test]
fn twenty_two_attaches_are_non_resident_each_where_the_source_says() {
    let ds = ds();
    let report = accredited(ds, Residency::NonResident);
    let residences: Vec<(&str, &str, &str)> = report
        .attaches
        .iter()
        .map(|a| {
            (
                a.country.alpha2.as_ref(),
                a.residence.city.id.as_ref(),
                a.residence.country.alpha2.as_ref(),
            )
        })
        .collect();
    assert_eq!(
        residences,
        vec![
            ("AL", "warsaw", "PL"),
            ("AT", "warsaw", "PL"),
            ("BE", "warsaw", "PL"),
            ("BG", "warsaw", "PL"),
            ("CZ", "vilnius", "LT"),
            ("FR", "vilnius", "LT"),
            ("GR", "tallinn", "EE"),
            ("GE", "vilnius", "LT"),
            ("HR", "warsaw", "PL"),
            ("ID", "london", "GB"),
            ("IT", "warsaw", "PL"),
            ("JP", "vilnius", "LT"),
            ("KR", "warsaw", "PL"),
            ("ME", "berlin", "DE"),
            ("NL", "vilnius", "LT"),
            ("NO", "stockholm", "SE"),
            ("RO", "warsaw", "PL"),
            ("SI", "warsaw", "PL"),
            ("FI", "tallinn", "EE"),
            ("ES", "madrid", "ES"),
            ("HU", "vilnius", "LT"),
            ("DE", "tallinn", "EE"),
        ]
    );
    assert!(report.attaches.iter().all(|a| !a.resident));
    assert_eq!(accredited(ds, Residency::All).attaches.len(), 31);
}

#[test]
fn non_resident_attaches_group_by_city_largest_first() {
    let ds = ds();
    let report = non_resident(ds, None);
    let groups: Vec<(&str, usize)> = report
        .groups
        .iter()
        .map(|g| (g.residence.city.id.as_ref(), g.attaches.len()))
        .collect();
    assert_eq!(
        groups,
        vec![
            ("warsaw", 9),
            ("vilnius", 6),
            ("tallinn", 3),
            ("london", 1),
            ("berlin", 1),
            ("stockholm", 1),
            ("madrid", 1)
        ]
    );
    assert_eq!(report.total(), 22);

    let warsaw = non_resident(ds, Some(city(ds, "warsaw")));
    assert_eq!(warsaw.total(), 9);
    assert!(non_resident(ds, Some(city(ds, "riga"))).groups.is_empty());
}

#[test]
fn country_reports_both_directions() {
    let ds = ds();

    let norway = country(ds, code(ds, "NO"));
    assert_eq!(norway.latvia_to_country.len(), 1);
    let posting = &norway.latvia_to_country[0];
    assert_eq!(posting.kind, RepresentativeKind::Attache);
    assert_eq!(posting.residence.city.id, "stockholm");
    let others: Vec<&str> = posting
        .also_covers
        .iter()
        .map(|c| c.alpha2.as_ref())
        .collect();
    assert_eq!(others, vec!["SE", "DK", "FI"]);
    let to_latvia = norway
        .country_to_latvia
        .expect("Norway has an attaché accredited to Latvia");
    assert!(!to_latvia.resident);
    assert_eq!(to_latvia.residence.city.id, "stockholm");

    let usa = country(ds, code(ds, "US"));
    let kinds: Vec<_> = usa
        .latvia_to_country
        .iter()
        .map(|r| (r.kind, r.residence.city.id.as_ref()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (RepresentativeKind::Attache, "washington"),
            (RepresentativeKind::Adviser, "washington")
        ]
    );
    assert!(usa.country_to_latvia.expect("USA").resident);

    let uk = country(ds, code(ds, "GB"));
    assert_eq!(uk.latvia_to_country.len(), 1);
    assert_eq!(uk.latvia_to_country[0].kind, RepresentativeKind::Adviser);
    let hosted: Vec<&str> = uk
        .hosted
        .iter()
        .map(|a| a.country.alpha2.as_ref())
        .collect();
    assert_eq!(hosted, vec!["ID"]);

    let poland = country(ds, code(ds, "PL"));
    assert_eq!(poland.hosted.len(), 9, "Poland hosts nine in Warsaw");
    assert!(
        poland
            .hosted
            .iter()
            .all(|a| a.residence.city.id == "warsaw")
    );

    let brazil = country(ds, code(ds, "BR"));
    assert!(brazil.latvia_to_country.is_empty() && brazil.country_to_latvia.is_none());
    assert!(brazil.hosted.is_empty() && brazil.cooperation.is_empty() && brazil.unsc.is_empty());

    let latvia = country(ds, code(ds, "LV"));
    assert!(latvia.is_latvia);
    assert_eq!(latvia.hosted.len(), 9, "the nine resident attachés");
}

#[test]
fn cooperation_groups_are_as_the_source_names_them() {
    let ds = ds();
    let groups: Vec<(&str, Vec<&str>, bool)> = ds
        .partnerships
        .iter()
        .map(|p| {
            (
                p.id.as_ref(),
                p.members
                    .iter()
                    .map(|m| ds.country(m.country).alpha2.as_ref())
                    .collect(),
                p.open_list,
            )
        })
        .collect();
    assert_eq!(
        groups,
        vec![
            ("baltic-states", vec!["EE", "LT"], false),
            ("strategic-partners", vec!["US", "CA"], false),
            (
                "nordic-countries",
                vec!["DK", "FI", "IS", "NO", "SE"],
                false
            ),
            (
                "military-support",
                vec![
                    "ES", "IT", "PL", "CZ", "SK", "SI", "AL", "ME", "MK", "IS", "DE", "GB", "FI",
                    "SE"
                ],
                true
            ),
        ]
    );
    let canada = country(ds, code(ds, "CA"));
    let role = canada.cooperation[0]
        .member_role
        .expect("Canada leads the battle group");
    assert!(role.en.contains("battle group"));
    let denmark = country(ds, code(ds, "DK"));
    assert!(denmark.cooperation.iter().any(|r| {
        r.member_role
            .is_some_and(|t| t.en.contains("Multinational Division North"))
    }));
}

#[test]
fn an_attache_has_five_duties() {
    assert_eq!(ds().duties.len(), 5);
}

#[test]
fn the_unsc_candidacy_its_outcome_and_later_developments() {
    let ds = ds();
    let report = unsc(ds);
    assert_eq!(report.source.published.as_deref(), Some("2021-07-02"));
    let ids: Vec<&str> = report.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec![
            "rationale",
            "aim",
            "council",
            "issues",
            "un-mission",
            "benefits",
            "preparation"
        ]
    );
    let o = report.outcome.outcome;
    assert_eq!(
        (
            o.date.as_ref(),
            o.elected,
            o.term.from,
            o.term.to,
            o.votes,
            o.votes_needed
        ),
        ("2025-06-03", true, 2026, 2027, 178, 129)
    );
    let same_day: Vec<&str> = report
        .outcome
        .elected_same_day
        .iter()
        .map(|c| c.alpha2.as_ref())
        .collect();
    assert_eq!(same_day, vec!["BH", "CO", "CD", "LR"]);
    assert_eq!(report.outcome.withdrew[0].alpha2, "ME");
    assert_eq!(report.developments.len(), 1);
    assert_eq!(report.developments[0].date, "2023-06-30");

    // Mentions reach the country report.
    let mali = country(ds, code(ds, "ML"));
    assert_eq!(
        mali.unsc.len(),
        2,
        "MINUSMA in the article and its end later"
    );
    assert_eq!(country(ds, code(ds, "UA")).unsc.len(), 1);
    assert_eq!(country(ds, code(ds, "BY")).unsc.len(), 1);
    assert_eq!(country(ds, code(ds, "ME")).unsc.len(), 1);
}

#[test]
fn latvian_names_of_every_country_the_sources_mention_are_checked() {
    let ds = ds();
    let expected = [
        ("US", "ASV", "ASV", "ASV"),
        ("DE", "Vācija", "Vācijas", "Vācijā"),
        ("AT", "Austrija", "Austrijas", "Austrijā"),
        ("FR", "Francija", "Francijas", "Francijā"),
        ("CA", "Kanāda", "Kanādas", "Kanādā"),
        ("TR", "Turcija", "Turcijas", "Turcijā"),
        ("AZ", "Azerbaidžāna", "Azerbaidžānas", "Azerbaidžānā"),
        ("GE", "Gruzija", "Gruzijas", "Gruzijā"),
        ("UA", "Ukraina", "Ukrainas", "Ukrainā"),
        ("MD", "Moldova", "Moldovas", "Moldovā"),
        ("SE", "Zviedrija", "Zviedrijas", "Zviedrijā"),
        ("DK", "Dānija", "Dānijas", "Dānijā"),
        ("NO", "Norvēģija", "Norvēģijas", "Norvēģijā"),
        ("FI", "Somija", "Somijas", "Somijā"),
        ("PL", "Polija", "Polijas", "Polijā"),
        ("CZ", "Čehija", "Čehijas", "Čehijā"),
        ("SK", "Slovākija", "Slovākijas", "Slovākijā"),
        ("HU", "Ungārija", "Ungārijas", "Ungārijā"),
        (
            "GB",
            "Apvienotā Karaliste",
            "Apvienotās Karalistes",
            "Apvienotajā Karalistē",
        ),
        ("CN", "Ķīna", "Ķīnas", "Ķīnā"),
        ("AL", "Albānija", "Albānijas", "Albānijā"),
        ("BE", "Beļģija", "Beļģijas", "Beļģijā"),
        ("BG", "Bulgārija", "Bulgārijas", "Bulgārijā"),
        ("GR", "Grieķija", "Grieķijas", "Grieķijā"),
        ("HR", "Horvātija", "Horvātijas", "Horvātijā"),
        ("ID", "Indonēzija", "Indonēzijas", "Indonēzijā"),
        ("IT", "Itālija", "Itālijas", "Itālijā"),
        ("JP", "Japāna", "Japānas", "Japānā"),
        ("KR", "Dienvidkoreja", "Dienvidkorejas", "Dienvidkorejā"),
        ("ME", "Melnkalne", "Melnkalnes", "Melnkalnē"),
        ("NL", "Nīderlande", "Nīderlandes", "Nīderlandē"),
        ("RO", "Rumānija", "Rumānijas", "Rumānijā"),
        ("SI", "Slovēnija", "Slovēnijas", "Slovēnijā"),
        ("ES", "Spānija", "Spānijas", "Spānijā"),
        ("EE", "Igaunija", "Igaunijas", "Igaunijā"),
        ("LT", "Lietuva", "Lietuvas", "Lietuvā"),
        ("LV", "Latvija", "Latvijas", "Latvijā"),
        ("IS", "Islande", "Islandes", "Islandē"),
        (
            "MK",
            "Ziemeļmaķedonija",
            "Ziemeļmaķedonijas",
            "Ziemeļmaķedonijā",
        ),
        ("BY", "Baltkrievija", "Baltkrievijas", "Baltkrievijā"),
        ("ML", "Mali", "Mali", "Mali"),
        ("BH", "Bahreina", "Bahreinas", "Bahreinā"),
        ("CO", "Kolumbija", "Kolumbijas", "Kolumbijā"),
        (
            "CD",
            "Kongo Demokrātiskā Republika",
            "Kongo Demokrātiskās Republikas",
            "Kongo Demokrātiskajā Republikā",
        ),
        ("LR", "Libērija", "Libērijas", "Libērijā"),
    ];
    for (alpha2, nominative, genitive, locative) in expected {
        let c = ds.country(code(ds, alpha2));
        assert_eq!(
            (
                c.lv.name.as_ref(),
                c.lv.genitive.as_ref(),
                c.lv.locative.as_ref()
            ),
            (nominative, genitive, locative),
            "{alpha2}"
        );
    }
}

#[test]
fn every_record_rests_on_a_known_source() {
    // Validation refuses a dataset with a dangling source; this pins which sources exist.
    let ds = ds();
    let ids: Vec<&str> = ds.sources.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(
        ids,
        vec![
            "mod-cooperation",
            "mod-cooperation-en",
            "mfa-unsc-2021",
            "ap-2025-06-03",
            "unga-plenary-2025-06-03",
            "unsc-9365",
            "iso-3166-1",
            "cldr"
        ]
    );
}

#[test]
fn city_reports_what_resides_there_both_ways() {
    let ds = ds();
    let codes = |cs: &[&attache::data::Country]| {
        cs.iter().map(|c| c.alpha2.to_string()).collect::<Vec<_>>()
    };

    let warsaw = city_report(ds, city(ds, "warsaw"));
    assert_eq!(warsaw.latvia_representatives.len(), 1);
    assert_eq!(
        warsaw.latvia_representatives[0].kind,
        RepresentativeKind::Attache
    );
    assert_eq!(
        codes(&warsaw.latvia_representatives[0].covers),
        ["PL", "CZ", "SK", "HU"]
    );
    let accredited: Vec<&str> = warsaw
        .accredited
        .iter()
        .map(|a| a.country.alpha2.as_ref())
        .collect();
    assert_eq!(
        accredited,
        ["AL", "AT", "BE", "BG", "HR", "IT", "KR", "RO", "SI"]
    );

    let riga = city_report(ds, city(ds, "riga"));
    assert!(riga.latvia_representatives.is_empty());
    assert_eq!(riga.accredited.len(), 9);
    assert!(riga.accredited.iter().all(|a| a.resident));

    let london = city_report(ds, city(ds, "london"));
    assert_eq!(london.latvia_representatives.len(), 1);
    assert_eq!(
        london.latvia_representatives[0].kind,
        RepresentativeKind::Adviser
    );
    assert_eq!(codes(&london.latvia_representatives[0].covers), ["GB"]);
    assert_eq!(london.accredited.len(), 1);
    assert_eq!(london.accredited[0].country.alpha2, "ID");

    let washington = city_report(ds, city(ds, "washington"));
    let kinds: Vec<_> = washington
        .latvia_representatives
        .iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(
        kinds,
        [RepresentativeKind::Attache, RepresentativeKind::Adviser]
    );
    assert!(washington.accredited.is_empty());
}

#[test]
fn partners_lists_every_group_with_its_members() {
    let ds = ds();
    let report = partners(ds);
    let sizes: Vec<(&str, usize, bool)> = report
        .groups
        .iter()
        .map(|g| {
            (
                g.partnership.id.as_ref(),
                g.members.len(),
                g.partnership.open_list,
            )
        })
        .collect();
    assert_eq!(
        sizes,
        [
            ("baltic-states", 2, false),
            ("strategic-partners", 2, false),
            ("nordic-countries", 5, false),
            ("military-support", 14, true)
        ]
    );
    let own: Vec<&str> = report
        .groups
        .iter()
        .flat_map(|g| &g.members)
        .filter(|m| m.role.is_some())
        .map(|m| m.country.alpha2.as_ref())
        .collect();
    assert_eq!(own, ["CA", "DK"]);
}

#[test]
fn about_counts_the_dataset_and_its_sources() {
    let ds = ds();
    let report = about(ds);
    let c = report.counts;
    assert_eq!(
        (
            c.countries,
            c.cities,
            c.postings,
            c.advisers,
            c.accreditations
        ),
        (249, 12, 7, 2, 31)
    );
    assert_eq!(
        (
            c.partnerships,
            c.duties,
            c.unsc_points,
            c.developments,
            c.sources
        ),
        (4, 5, 20, 2, 8)
    );
    assert_eq!(report.duties.len(), 5);
    assert_eq!(report.newest, Some("2025-06-03"));
    let uses: Vec<(&str, usize)> = report
        .sources
        .iter()
        .map(|u| (u.source.id.as_ref(), u.records))
        .collect();
    // 12 cities + 7 postings + 2 advisers + 31 accreditations + 4 groups + 5 duties + 8
    // statements + 1 stated total + 1 shared name settled ("Koreja"); 1 number stated for a
    // residence (Kyiv); 249 countries + 3 shared names.
    assert_eq!(
        uses,
        [
            ("mod-cooperation", 71),
            ("mod-cooperation-en", 1),
            ("mfa-unsc-2021", 20),
            ("ap-2025-06-03", 1),
            ("unga-plenary-2025-06-03", 1),
            ("unsc-9365", 1),
            ("iso-3166-1", 252),
            ("cldr", 133)
        ]
    );
}

#[test]
fn reciprocity_classes_follow_both_lists() {
    let ds = ds();
    let all = reciprocity(ds, None);
    assert_eq!(
        (
            all.counts.mutual,
            all.counts.latvia_only,
            all.counts.partner_only
        ),
        (16, 3, 15)
    );
    assert_eq!(all.counts.total(), 34);
    let codes = |class: Class| -> Vec<String> {
        reciprocity(ds, Some(class))
            .links
            .iter()
            .map(|l| l.country.alpha2.to_string())
            .collect()
    };
    assert_eq!(
        codes(Class::Mutual),
        [
            "AT", "CA", "CZ", "DE", "DK", "FI", "FR", "GB", "GE", "HU", "NO", "PL", "SE", "SK",
            "TR", "US"
        ]
    );
    assert_eq!(codes(Class::LatviaOnly), ["AZ", "MD", "UA"]);
    assert_eq!(
        codes(Class::PartnerOnly),
        [
            "AL", "BE", "BG", "CN", "ES", "GR", "HR", "ID", "IT", "JP", "KR", "ME", "NL", "RO",
            "SI"
        ]
    );
    // The UK is mutual through Latvia's adviser in London, not an attaché.
    let uk = all
        .links
        .iter()
        .find(|l| l.country.alpha2 == "GB")
        .expect("GB");
    assert_eq!(uk.latvia.len(), 1);
    assert_eq!(uk.latvia[0].kind, RepresentativeKind::Adviser);
    // Filtering keeps the counts of every class.
    assert_eq!(reciprocity(ds, Some(Class::LatviaOnly)).counts, all.counts);
}

#[test]
fn stats_count_both_directions_per_city() {
    let ds = ds();
    let report = stats(ds);
    let cities: Vec<(&str, usize, usize, usize)> = report
        .cities
        .iter()
        .map(|c| {
            (
                c.city.city.id.as_ref(),
                c.latvia_attaches,
                c.latvia_advisers,
                c.accredited,
            )
        })
        .collect();
    assert_eq!(
        cities,
        [
            ("warsaw", 1, 0, 9),
            ("riga", 0, 0, 9),
            ("vilnius", 0, 0, 6),
            ("tallinn", 0, 0, 3),
            ("washington", 1, 1, 0),
            ("berlin", 1, 0, 1),
            // Two attachés in Kyiv, as the English page states.
            ("kyiv", 2, 0, 0),
            ("stockholm", 1, 0, 1),
            ("london", 0, 1, 1),
            ("ottawa", 1, 0, 0),
            ("ankara", 1, 0, 0),
            ("madrid", 0, 0, 1),
        ]
    );
    let hubs: Vec<&str> = report
        .hubs
        .iter()
        .map(|c| c.city.city.id.as_ref())
        .collect();
    assert_eq!(hubs, ["warsaw", "riga", "vilnius"]);
    let postings: Vec<(&str, usize)> = report
        .postings
        .iter()
        .map(|p| (p.residence.city.id.as_ref(), p.countries))
        .collect();
    assert_eq!(
        postings,
        [
            ("stockholm", 4),
            ("warsaw", 4),
            ("berlin", 3),
            ("ankara", 3),
            ("kyiv", 2),
            ("washington", 1),
            ("ottawa", 1)
        ]
    );
    assert_eq!(postings.iter().map(|(_, n)| n).sum::<usize>(), 18);
    assert_eq!(
        (report.accredited.resident, report.accredited.non_resident),
        (9, 22)
    );
}

#[test]
fn every_graph_edge_rests_on_a_record_and_every_record_has_its_edges() {
    let ds = ds();
    let report = graph(ds, None);
    let count = |kind: EdgeKind| report.edges.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(EdgeKind::LatviaAttacheResides), 7);
    assert_eq!(count(EdgeKind::LatviaAttacheCovers), 18);
    assert_eq!(count(EdgeKind::LatviaAdviserResides), 2);
    assert_eq!(count(EdgeKind::LatviaAdviserEmbassy), 2);
    assert_eq!(count(EdgeKind::PartnerResides), 31);
    assert_eq!(
        count(EdgeKind::PartnerAccredited),
        8,
        "one per city where accredited attachés reside"
    );
    let accredited: usize = report
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::PartnerAccredited)
        .map(|e| e.count)
        .sum();
    assert_eq!(accredited, 31);

    let latvia = Node::Country(ds.latvia);
    for edge in &report.edges {
        let ok = match (edge.kind, edge.from, edge.to) {
            (EdgeKind::LatviaAttacheResides, from, Node::City(c)) => {
                from == latvia && ds.postings.iter().any(|p| p.residence == c)
            }
            (EdgeKind::LatviaAttacheCovers, Node::City(c), Node::Country(x)) => ds
                .postings
                .iter()
                .any(|p| p.residence == c && p.covers.contains(&x)),
            (EdgeKind::LatviaAdviserResides, from, Node::City(c)) => {
                from == latvia && ds.advisers.iter().any(|a| a.residence == c)
            }
            (EdgeKind::LatviaAdviserEmbassy, Node::City(c), Node::Country(x)) => ds
                .advisers
                .iter()
                .any(|a| a.residence == c && a.embassy_in == x),
            (EdgeKind::PartnerResides, Node::Country(x), Node::City(c)) => ds
                .accreditations
                .iter()
                .any(|a| a.country == x && a.residence == c),
            (EdgeKind::PartnerAccredited, Node::City(c), to) => {
                to == latvia
                    && ds
                        .accreditations
                        .iter()
                        .filter(|a| a.residence == c)
                        .count()
                        == edge.count
            }
            _ => false,
        };
        assert!(ok, "edge without a record: {edge:?}");
    }

    // Norway's neighbourhood: the attaché in Stockholm both ways, and Stockholm's links to Latvia.
    let norway = ds
        .country_ids()
        .find(|&c| ds.country(c).alpha2 == "NO")
        .expect("NO");
    let kinds: Vec<EdgeKind> = graph(ds, Some(norway))
        .edges
        .iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            EdgeKind::LatviaAttacheResides,
            EdgeKind::LatviaAttacheCovers,
            EdgeKind::PartnerResides,
            EdgeKind::PartnerAccredited
        ]
    );
}

/// The article's statements as the summary must render them: what each says, in both languages,
/// and the overstatements an earlier summary made that must not come back.
#[test]
fn the_unsc_summary_says_what_the_article_says_no_more() {
    let ds = ds();
    let texts: Vec<(&str, &str)> = ds
        .unsc
        .sections
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| (p.text.en.as_ref(), p.text.lv.as_ref()))
        .collect();
    let has = |en: &str, lv: &str| texts.iter().any(|(e, l)| e.contains(en) && l.contains(lv));
    for (en, lv) in [
        // "izskata": the Council considers decisions; it does not take them.
        (
            "considers decisions, binding on all states",
            "izskata visām valstīm saistošus lēmumus",
        ),
        // "varēs": will be able to; "tiesiskumā balstītu": based on the rule of law.
        ("will be able to defend", "varēs aizstāvēt"),
        ("based on the rule of law", "tiesiskumā balstītu"),
        (
            "take part in resolving questions of global peace and security",
            "globālo miera un drošības jautājumu risināšanā",
        ),
        // "sniedz iespēju": gives the opportunity to highlight.
        (
            "gives the opportunity to highlight",
            "sniedz iespēju izcelt",
        ),
        // "spēju ... par pasaules mēroga procesiem": ability, for processes on a global scale.
        (
            "ability to take responsibility for processes on a global scale",
            "spēju uzņemties atbildību par pasaules mēroga procesiem",
        ),
        // Why the diplomatic work is done.
        (
            "to win other states' support",
            "lai gūtu citu valstu atbalstu",
        ),
        // "viens no": one of; "būs": will be.
        (
            "will be one of the instruments",
            "būs viens no instrumentiem",
        ),
        ("has been one of the instruments", "ir bijusi viens no"),
        (
            "will strengthen Latvia's recognition",
            "stiprinās Latvijas valsts atpazīstamību",
        ),
        // The adjectives kept.
        (
            "internationally responsible state",
            "starptautiski atbildīga valsts",
        ),
        (
            "a significant voice",
            "nozīmīga Baltijas un Ziemeļvalstu reģiona balss",
        ),
    ] {
        assert!(has(en, lv), "no point says {en:?} / {lv:?}");
    }
    for overstated in [
        "rules-based",
        "takes decisions",
        "will defend",
        "readiness to take",
        "one more instrument",
    ] {
        assert!(
            texts.iter().all(|(en, _)| !en.contains(overstated)),
            "{overstated:?} is back"
        );
    }
    // "kā ...": the issues are examples, and the section says so.
    let issues = ds
        .unsc
        .sections
        .iter()
        .find(|s| s.id == "issues")
        .expect("issues");
    assert!(issues.title.en.ends_with("among others") && issues.title.lv.ends_with("cita starpā"));
    // Duty 4: the implementation of the plan.
    assert!(
        ds.duties[3]
            .text
            .en
            .starts_with("coordinates the implementation of the bilateral cooperation plan")
    );
}

#[test]
fn memberships_read_from_a_term_are_marked_inferred() {
    // The page names "the Baltic states" and "the Nordic countries" without listing them (it
    // names Denmark among the latter); every other membership is listed by the source.
    let ds = ds();
    let inferred: Vec<(&str, &str)> = ds
        .partnerships
        .iter()
        .flat_map(|p| {
            p.members
                .iter()
                .filter(|m| m.inferred)
                .map(move |m| (p.id.as_ref(), ds.country(m.country).alpha2.as_ref()))
        })
        .collect();
    assert_eq!(
        inferred,
        [
            ("baltic-states", "EE"),
            ("baltic-states", "LT"),
            ("nordic-countries", "FI"),
            ("nordic-countries", "IS"),
            ("nordic-countries", "NO"),
            ("nordic-countries", "SE"),
        ]
    );
    // And a country's own view says so.
    let iceland = country(ds, code(ds, "IS"));
    let nordic = iceland
        .cooperation
        .iter()
        .find(|r| r.partnership.id == "nordic-countries");
    assert!(nordic.expect("Iceland is Nordic").inferred);
    let denmark = country(ds, code(ds, "DK"));
    assert!(denmark.cooperation.iter().all(|r| !r.inferred));
}

/// Every statement of the two source texts, as a checklist written by hand from them: the
/// source's own words (as printed, its spelling kept) and, where the record has prose of its
/// own, a phrase its English must hold. Each must be in the quote of one record; a statement
/// that no record holds cannot be answered, and fails here.
#[test]
fn every_statement_of_the_sources_is_in_a_record() {
    let ds = ds();
    // (the source's words in the record, its English, where the record has any)
    let mut records: Vec<(&str, Option<&str>)> = Vec::new();
    records.push((&ds.declared.quote, None));
    records.extend(ds.postings.iter().map(|p| (p.quote.as_ref(), None)));
    records.extend(ds.advisers.iter().map(|a| (a.quote.as_ref(), None)));
    records.extend(ds.accreditations.iter().map(|a| (a.quote.as_ref(), None)));
    records.extend(
        ds.partnerships
            .iter()
            .map(|p| (p.quote.as_ref(), Some(p.role.en.as_ref()))),
    );
    records.extend(
        ds.duties
            .iter()
            .map(|d| (d.quote.as_ref(), Some(d.text.en.as_ref()))),
    );
    records.extend(
        ds.statements
            .iter()
            .map(|s| (s.quote.as_ref(), Some(s.text.en.as_ref()))),
    );
    records.extend(
        ds.unsc
            .sections
            .iter()
            .flat_map(|s| s.points.iter())
            .map(|p| (p.quote.as_ref(), Some(p.text.en.as_ref()))),
    );

    const MOD_PAGE: &[(&str, Option<&str>)] = &[
        // The cooperation paragraph.
        (
            "ļoti ciešu nozares sadarbību Baltijas valstu starpā",
            Some("very close defence cooperation among the Baltic states"),
        ),
        (
            "stratēģiskajiem partneriem ASV un Kanādu",
            Some("strategic partner"),
        ),
        (
            "NATO daudznacionālās kaujas grupas Latvijā vadošā valsts",
            None,
        ),
        ("Ziemeļvalstīm, it īpaši Dāniju", Some("Nordic country")),
        ("kopā ar Latviju vada Daudznacionālo divīzijas štābu", None),
        (
            "ļoti būtisku militāro atbalstu sniedz vairākas Eiropas valstis",
            Some("very significant military support"),
        ),
        ("Apvienotā karaliste, Somija, Zviedrija u.c.", None),
        // The attachés.
        (
            "nozīmīgs atbalsts praktiskās aizsardzības sadarbības īstenošanā",
            Some("significant support in carrying out practical defence cooperation"),
        ),
        (
            "aizstāv valsts un aizsardzības resora intereses",
            Some("defends the interests of the state and of the defence sector"),
        ),
        (
            "veic Latvijas Republikas vēstnieka militārā padomnieka pienākumus",
            Some("military adviser to the Ambassador"),
        ),
        (
            "veicina un sekmē sadarbību",
            Some("promotes and furthers cooperation"),
        ),
        (
            "divpusējās sadarbības plāna izpildi",
            Some("coordinates the implementation of the bilateral cooperation plan"),
        ),
        (
            "informē par akreditācijas valstī notiekošajiem militāri politiskajiem procesiem",
            Some("informs about the military-political processes"),
        ),
        (
            "Aizsardzības politikas veidošana Latvijā ir komplekss uzdevums",
            Some("complex task"),
        ),
        (
            "gan valsts drošības, gan ārpolitikas elementi",
            Some("both national security and foreign policy"),
        ),
        (
            "aizsardzības diplomātijas joma vistiešāk un visciešāk ir saistīta ar abām",
            Some("most directly and most closely tied to both"),
        ),
        (
            "darbībā svarīgi ir abi aspekti",
            Some("both aspects matter"),
        ),
        // Latvia's attachés and advisers.
        (
            "akreditējusi astoņus aizsardzības atašejus 18 valstīs",
            None,
        ),
        ("ASV (rezidē Vašingtonā)", None),
        ("Vācijā, Austrijā un Francijā (rezidē Berlīnē)", None),
        ("Kanādā (rezidē Otavā)", None),
        ("Turcijā, Azerbaidžānā un Gruzijā (rezidē Ankarā)", None),
        ("Ukrainā un Moldovā (rezidē Kijivā)", None),
        (
            "Zviedrijā, Dānijā, Norvēģijā un Somijā (rezidē Stokholmā)",
            None,
        ),
        (
            "Polijā, Čehijā, Slovākijā un Ungārijā (rezidē Varšavā)",
            None,
        ),
        ("divi aizsardzības padomnieki", None),
        ("Apvienotajā Karalistē (Londona, Apvienotā Karaliste)", None),
        ("Amerikas Savienotajās Valstīs (Vašingtonā, ASV)", None),
        // The allies paragraph.
        (
            "Pieaugot militārās un spēka politikas nozīmei valstu attiecībās",
            Some("grow in importance"),
        ),
        (
            "ar Eiropas Savienības un NATO sabiedrotajiem un partneriem",
            Some("European Union and NATO allies and partners matter ever more"),
        ),
        (
            "veidot vienotu izpratni par reģiona drošības draudiem",
            Some("common understanding of the threats to the region's security"),
        ),
        (
            "nepieciešamības gadījumā, nodrošinot Latvijai sabiedroto politisko un militāro atbalstu",
            Some("should it be needed, its allies' political and military support"),
        ),
        (
            "Cieša divpusējā sadarbība savukārt sekmē sabiedroto resursu ieguldījumu",
            Some("investment of allies' resources"),
        ),
        (
            "Nacionālo Bruņoto spēku militāro spēju attīstībā",
            Some("military capabilities of the Latvian National Armed Forces"),
        ),
        (
            "kopā ar citām NATO valstīm, sniedz drošības atbalstu partnervalstīm",
            Some("together with other NATO countries, gives security support to partner countries"),
        ),
        // The attachés accredited to Latvia: every line.
        ("Apvienotā Karaliste (rezidē Rīgā, Latvijā)", None),
        ("ASV (rezidē Rīgā, Latvijā)", None),
        ("Dānija (rezidē Rīgā, Latvijā)", None),
        ("Kanāda (rezidē Rīgā, Latvijā)", None),
        ("Ķīna (rezidē Rīgā, Latvijā)", None),
        ("Polija (rezidē Rīgā, Latvijā)", None),
        ("Slovākija (rezidē Rīgā, Latvijā)", None),
        ("Turcija (rezidē Rīgā, Latvijā)", None),
        ("Zviedrija (rezidē Rīgā, Latvijā)", None),
        ("Albānija (rezidē Varšavā, Polijā)", None),
        ("Austrija (rezidē Varšavā, Polijā)", None),
        ("Beļģija (rezidē Varšavā, Polijā)", None),
        ("Bulgārija (rezidē Varšavā, Polijā)", None),
        ("Čehija (rezidē Viļņā, Lietuvā)", None),
        ("Francija (rezidē Viļņā, Lietuvā)", None),
        ("Grieķija (rezidē Tallinā, Igaunijā)", None),
        ("Gruzija (rezidē Viļņā, Lietuvā)", None),
        ("Horvātija (rezidē Varšavā, Polijā)", None),
        ("Indonēzija (rezidē Londonā, Apvienotajā Karalistē)", None),
        ("Itālija (rezidē Varšavā, Polijā)", None),
        ("Japāna (rezidē Viļņā, Lietuvā)", None),
        ("Koreja (rezidē Varšavā, Polijā)", None),
        ("Melnkalne (rezidē Berlīnē, Vācijā)", None),
        ("Nīderlande (rezidē Viļņā, Lietuvā)", None),
        ("Norvēģija (rezidē Stokholmā, Zviedrijā)", None),
        ("Rumānija (rezidē Varšavā, Polijā)", None),
        ("Slovēnija (rezidē Varšavā, Polijā)", None),
        ("Somija (rezidē Tallinā, Igaunijā)", None),
        ("Spānija (rezidē Madridē, Spānijā)", None),
        ("Ungārija (rezidē Viļņā, Lietuvā)", None),
        ("Vācija (rezidē Tallinā, Igaunijā)", None),
    ];
    const MFA_ARTICLE: &[(&str, Option<&str>)] = &[
        (
            "dalība ANO ir bijis viens no Latvijas ārpolitikas instrumentiem",
            Some("one of the instruments of its foreign policy"),
        ),
        (
            "valstiskuma neatgriezeniskuma nostiprināšanai",
            Some("making its statehood irreversible"),
        ),
        (
            "Latvija ANO koncentrējas uz cilvēktiesību un starptautiskā tiesiskuma aizstāvību",
            Some("concentrates on defending human rights and the international rule of law"),
        ),
        (
            "dalība Drošības padomē būs viens no instrumentiem",
            Some("will be one of the instruments"),
        ),
        (
            "virsmērķis ir sargāt un stiprināt Latvijas drošībai labvēlīgu starptautisko vidi",
            Some(
                "protect and strengthen an international environment favourable to Latvia's security",
            ),
        ),
        (
            "jau augstākā līmenī varēs aizstāvēt tiesiskumā balstītu starptautisko sistēmu",
            Some(
                "will be able to defend, at a higher level, an international system based on the rule of law",
            ),
        ),
        (
            "piedalīties globālo miera un drošības jautājumu risināšanā",
            Some("take part in resolving questions of global peace and security"),
        ),
        (
            "sniedz iespēju izcelt jautājumus",
            Some("gives the opportunity to highlight issues"),
        ),
        (
            "Ukrainas teritoriālā integritāte",
            Some("Ukraine's territorial integrity"),
        ),
        (
            "cilvēktiesību pārkāpumi Baltkrievijā",
            Some("Human rights violations in Belarus"),
        ),
        ("kibernetiskā drošība", Some("Cyber security")),
        (
            "dezinformācijas apkarošana",
            Some("Countering disinformation"),
        ),
        (
            "ANO DP izskata visām valstīm saistošus lēmumus",
            Some("considers decisions, binding on all states"),
        ),
        (
            "piedaloties ANO Daudzpusējā integrētajā stabilizācijas misijā Mali (MINUSMA)",
            Some("Since 2016"),
        ),
        (
            "stiprinās Latvijas valsts atpazīstamību globālā līmenī",
            Some("will strengthen Latvia's recognition at the global level"),
        ),
        (
            "lai gūtu citu valstu atbalstu Latvijas kandidatūrai",
            Some("to win other states' support"),
        ),
        (
            "Latvija ir demokrātiska, tiesiska valsts",
            Some("democratic state governed by the rule of law"),
        ),
        (
            "starptautiski atbildīga valsts Latvija apņemas iesaistīties globālajās diskusijās",
            Some("internationally responsible state"),
        ),
        (
            "simbolizē valsts briedumu un spēju uzņemties atbildību par pasaules mēroga procesiem",
            Some("ability to take responsibility for processes on a global scale"),
        ),
        (
            "Latvija būs nozīmīga Baltijas un Ziemeļvalstu reģiona balss",
            Some("will be a significant voice of the Baltic and Nordic region"),
        ),
        (
            "skaidrs vēstījums Latvijas stratēģiskajiem partneriem",
            Some("clear message to Latvia's strategic partners"),
        ),
        (
            "ietver rūpīgu plānošanu un koordinēšanu",
            Some("careful planning and coordination"),
        ),
        (
            "2020. gada nogalē izveidoja starpinstitūciju darba grupu",
            Some("at the end of 2020 an inter-institutional working group"),
        ),
        (
            "Darba grupas sastāvā ir visu ministriju",
            Some("representatives of every ministry"),
        ),
    ];
    let mut missing = Vec::new();
    for (words, english) in MOD_PAGE.iter().chain(MFA_ARTICLE) {
        let found = records.iter().any(|(quote, en)| {
            quote.contains(words)
                && english.is_none_or(|phrase| en.is_some_and(|en| en.contains(phrase)))
        });
        if !found {
            missing.push((words, english));
        }
    }
    assert!(missing.is_empty(), "statements in no record: {missing:#?}");
}

#[test]
fn the_ministrys_koreja_is_read_as_south_korea_and_its_word_kept() {
    let ds = ds();
    let with_word: Vec<(&str, &str)> = ds
        .accreditations
        .iter()
        .filter_map(|a| {
            a.name_in_source
                .as_deref()
                .map(|w| (ds.country(a.country).alpha2.as_ref(), w))
        })
        .collect();
    assert_eq!(with_word, [("KR", "Koreja")]);
    let report = non_resident(ds, Some(city(ds, "warsaw")));
    let korea = report.groups[0]
        .attaches
        .iter()
        .find(|a| a.country.alpha2 == "KR")
        .expect("KR in Warsaw");
    assert_eq!(
        korea.accreditation.name_in_source.as_deref(),
        Some("Koreja")
    );
    assert_eq!(korea.accreditation.quote, "Koreja (rezidē Varšavā, Polijā)");
}

/// Where the English page states two attachés in Kyiv, every view of that residence says so,
/// with the source that states it; no other residence has a stated number.
#[test]
fn kyiv_shows_its_two_attaches_wherever_the_residence_is_shown() {
    let ds = ds();
    let kyiv = city_report(ds, city(ds, "kyiv"));
    let stated = kyiv.latvia_representatives[0]
        .stated_attaches
        .expect("a number for Kyiv");
    assert_eq!(
        (stated.count, stated.source.id.as_ref()),
        (2, "mod-cooperation-en")
    );
    assert_eq!(
        stated.quote,
        "Ukraine and Moldova (resident in Kiev) - 2 defence attachés"
    );
    for code_of in ["UA", "MD"] {
        let report = country(ds, code(ds, code_of));
        assert_eq!(
            report.latvia_to_country[0].stated_attaches.map(|s| s.count),
            Some(2),
            "{code_of}"
        );
    }
    let report = country(ds, code(ds, "NO"));
    assert!(report.latvia_to_country[0].stated_attaches.is_none());
}
