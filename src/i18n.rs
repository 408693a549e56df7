//! The tool's two languages and every user-facing phrase in both, side by side in one table,
//! so that a missing translation shows in one place.

use std::fmt;

use crate::data::Lang;
use crate::data::Text;

impl Lang {
    /// Picks this language's side of a bilingual text.
    pub fn pick(self, text: &Text) -> &str {
        match self {
            Lang::En => &text.en,
            Lang::Lv => &text.lv,
        }
    }

    /// The phrase in this language. Placeholders `{0}`, `{1}`... are filled by [`Lang::fill`].
    pub fn msg(self, msg: Msg) -> &'static str {
        let (en, lv) = msg.texts();
        match self {
            Lang::En => en,
            Lang::Lv => lv,
        }
    }

    /// The phrase with its placeholders filled in order.
    ///
    /// One pass over the phrase: an argument is never read again, so a placeholder inside
    /// one (a user typed `{1}`) stays as typed.
    pub fn fill(self, msg: Msg, args: &[&str]) -> String {
        let template = self.msg(msg);
        let mut text = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let arg = after.find('}').and_then(|close| {
                let index: usize = after[..close].parse().ok()?;
                Some((args.get(index)?, close))
            });
            match arg {
                Some((arg, close)) => {
                    text.push_str(arg);
                    rest = &after[close + 1..];
                }
                None => {
                    text.push('{');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        text
    }
}

macro_rules! messages {
    ($($name:ident => ($en:expr, $lv:expr),)*) => {
        /// Every user-facing phrase that does not come from the data.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $(#[doc = $en] $name,)* }

        impl Msg {
            /// Every phrase, in the table's order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            fn texts(self) -> (&'static str, &'static str) {
                match self { $(Msg::$name => ($en, $lv),)* }
            }
        }
    };
}

messages! {
    // Resolution and errors.
    WhatCountry => ("country name", "valsts nosaukums"),
    WhatCity => ("city name", "pilsētas nosaukums"),
    WhatPlace => ("country or city name", "valsts vai pilsētas nosaukums"),
    // What `export` wrote, counted by Lang::count.
    DataFile => ("data file", "datu fails"),
    DataFiles => ("data files", "datu faili"),

    // Country report.
    LatviaTo => ("Latvia → {0}", "Latvija → {0}"),
    ToLatvia => ("{0} → Latvia", "{0} → Latvija"),
    // {0}: the country, in Latvian in the locative.
    HostedIn => ("Attachés accredited to Latvia who reside in {0}", "Latvijā akreditētie atašeji, kas rezidē {0}"),
    CooperationWith => ("Cooperation with Latvia", "Sadarbība ar Latviju"),
    UnscMentions => ("UN Security Council candidacy", "Kandidatūra ANO Drošības padomē"),
    HomeCountry => ("Latvia is the country this dataset is about: its attachés abroad are in `attache postings`, the attachés accredited to it in `attache accredited`.", "Latvija ir valsts, par kuru ir šī datu kopa: tās atašeji ārvalstīs ir `attache postings`, tai akreditētie atašeji `attache accredited`."),
    LatviaUnsc => ("The candidacy is Latvia's own: see `attache unsc`.", "Kandidatūra ir pašas Latvijas: skatiet `attache unsc`."),
    // {0}: the country, in Latvian in the locative.
    NoLatvianCover => ("No Latvian defence attaché or adviser covers {0}.", "{0} nav akreditēts neviens Latvijas aizsardzības atašejs vai padomnieks."),
    // {0}: the country, in Latvian in the genitive.
    NoAccreditation => ("{0} has no defence attaché accredited to Latvia.", "Latvijā nav akreditēts {0} aizsardzības atašejs."),
    NoneHosted => ("None.", "Nav."),
    // {0}: the country, in Latvian in the genitive.
    NoCooperation => ("The sources name no cooperation role for {0}.", "Avoti nenosauc {0} sadarbības lomu."),
    NoUnscMention => ("Not mentioned.", "Nav minēta."),

    // Column headers and labels.
    Representative => ("Representative", "Pārstāvis"),
    ResidesIn => ("Resides in", "Rezidē"),
    AlsoCovers => ("Also covers", "Aptver arī"),
    Covers => ("Covers", "Aptver"),
    Status => ("Status", "Statuss"),
    Country => ("Country", "Valsts"),
    Countries => ("Countries", "Valstis"),
    City => ("City", "Pilsēta"),
    Count => ("Count", "Skaits"),
    Group => ("Group", "Grupa"),
    Role => ("Role", "Loma"),
    Part => ("Part", "Daļa"),
    Date => ("Date", "Datums"),
    Text => ("Text", "Teksts"),
    Source => ("Source", "Avots"),
    SourceId => ("Source", "Avots"),
    EmbassyIn => ("Embassy in", "Vēstniecība"),
    DefenceAttache => ("Defence attaché", "Aizsardzības atašejs"),
    DefenceAdviser => ("Defence adviser", "Aizsardzības padomnieks"),
    Resident => ("resident", "rezidējošs"),
    NonResident => ("non-resident", "nerezidējošs"),
    OpenList => ("open list: the source ends it with “and others”", "nepilnīgs saraksts: avots to beidz ar “u.c.”"),
    Article2021 => ("2021 article", "2021. gada raksts"),
    Outcome => ("Outcome", "Iznākums"),
    LaterDevelopment => ("Later development", "Vēlākie notikumi"),
    None => ("none", "nav"),

    // Lists.
    NonResidentTitle => ("Non-resident defence attachés accredited to Latvia", "Nerezidējošie Latvijā akreditētie aizsardzības atašeji"),
    NonResidentTotal => ("{0} non-resident attachés in {1} cities.", "{0} nerezidējošie atašeji {1} pilsētās."),
    AccreditedTitle => ("Defence attachés accredited to Latvia", "Latvijā akreditētie aizsardzības atašeji"),
    AccreditedTotal => ("{0} attachés: {1} resident in Latvia, {2} non-resident.", "{0} atašeji: {1} rezidē Latvijā, {2} nerezidējošie."),
    PostingsTitle => ("Latvia's defence attachés abroad", "Latvijas aizsardzības atašeji ārvalstīs"),
    AdvisersTitle => ("Latvia's defence advisers at its embassies", "Latvijas aizsardzības padomnieki vēstniecībās"),
    PostingsTotal => ("Listed: {0} residences covering {1} countries; {2} advisers.", "Uzskaitītas {0} rezidences, kas aptver {1} valstis; {2} padomnieki."),
    Declared => ("The source states: {0} attachés in {1} countries; {2} advisers.", "Avots norāda: {0} atašeji {1} valstīs; {2} padomnieki."),
    Mismatch => ("Note: the source's stated {0} ({1}) differs from what its list gives ({2}).", "Piezīme: avota norādītais {0} ({1}) atšķiras no tā saraksta ({2})."),
    FigureAttaches => ("number of attachés", "atašeju skaits"),
    FigureCountries => ("number of countries", "valstu skaits"),
    FigureAdvisers => ("number of advisers", "padomnieku skaits"),

    // City report. {0}: the city, in Latvian in the locative.
    CityLatvia => ("Latvia's representatives who reside in {0}", "Latvijas pārstāvji, kas rezidē {0}"),

    // Partners.
    PartnersTitle => ("Latvia's defence cooperation partners", "Latvijas aizsardzības sadarbības partneri"),
    Note => ("Note", "Piezīme"),

    // About.
    DutiesTitle => ("What a defence attaché does", "Ko dara aizsardzības atašejs"),
    DatasetTitle => ("What the dataset holds", "Kas ir datu kopā"),
    Records => ("Records", "Ieraksti"),
    CountSources => ("Sources", "Avoti"),
    CountCountries => ("Countries (ISO 3166-1)", "Valstis (ISO 3166-1)"),
    CountCities => ("Cities", "Pilsētas"),
    CountPostings => ("Residences of Latvia's attachés", "Latvijas atašeju rezidences"),
    CountAdvisers => ("Latvia's advisers", "Latvijas padomnieki"),
    CountAccreditations => ("Attachés accredited to Latvia", "Latvijā akreditētie atašeji"),
    CountPartnerships => ("Cooperation groups", "Sadarbības grupas"),
    CountDuties => ("Duties of an attaché", "Atašeja pienākumi"),
    CountUnscPoints => ("Points of the UNSC summary", "ANO DP kopsavilkuma punkti"),
    CountDevelopments => ("UNSC outcome and later developments", "ANO DP iznākums un vēlākie notikumi"),
    Id => ("Id", "Id"),
    Newest => ("Newest fact: {0}", "Jaunākais fakts: {0}"),

    // Search.
    WhatSearch => ("search text", "meklēšanas teksts"),
    SearchTitle => ("Matches for \"{0}\": {1}", "Atbilstības vaicājumam \"{0}\": {1}"),
    SearchShowing => ("Showing {0} of {1}; --limit shows more.", "Parādīti {0} no {1}; --limit parāda vairāk."),
    Kind => ("Kind", "Veids"),
    ShowWith => ("Show with", "Skatīt ar"),
    KindPosting => ("Latvia's attaché", "Latvijas atašejs"),
    KindAdviser => ("Latvia's adviser", "Latvijas padomnieks"),
    KindAccreditation => ("Accredited to Latvia", "Akreditēts Latvijā"),
    KindPartnership => ("Cooperation", "Sadarbība"),
    KindDuty => ("Attaché's duty", "Atašeja pienākums"),
    KindUnsc => ("UNSC candidacy (2021)", "Kandidatūra ANO DP (2021)"),
    // {0}: the city, in Latvian in the locative; {1}: the countries.
    HitPosting => ("Latvia's defence attaché in {0}: {1}", "Latvijas aizsardzības atašejs {0}: {1}"),
    // {0}: the city, in Latvian in the locative.
    HitAdviser => ("Latvia's defence adviser in {0}", "Latvijas aizsardzības padomnieks {0}"),
    // {0}: the country, in Latvian in the genitive; {1}: city and country, in Latvian in the locative.
    HitAccreditation => ("Defence attaché of {0} accredited to Latvia, residing in {1}", "{0} aizsardzības atašejs, akreditēts Latvijā, rezidē {1}"),

    // Reciprocity.
    ReciprocityTitle => ("Reciprocity of defence attachés", "Aizsardzības atašeju savstarpība"),
    LatviaSide => ("Latvia → country", "Latvija → valsts"),
    PartnerSide => ("Country → Latvia", "Valsts → Latvija"),
    Link => ("Link", "Saite"),
    ClassMutual => ("mutual", "savstarpēja"),
    ClassLatviaOnly => ("Latvia only", "tikai Latvija"),
    ClassPartnerOnly => ("partner only", "tikai partneris"),
    ReciprocitySummary => ("{0} countries linked: {1} mutual, {2} Latvia only, {3} partner only.", "Saistītas valstis: {0}; savstarpēji {1}, tikai Latvija {2}, tikai partneris {3}."),

    // Sources.
    SourcesTitle => ("Sources of the dataset", "Datu kopas avoti"),
    Addresses => ("Addresses", "Adreses"),
    NoAddress => ("no address given", "adrese nav norādīta"),


    // Check.
    CheckTitle => ("Checks of the dataset", "Datu kopas pārbaudes"),
    CheckColumn => ("Check", "Pārbaude"),
    ResultColumn => ("Result", "Rezultāts"),
    Detail => ("Detail", "Sīkāk"),
    CheckSchema => ("Files and types: every file is there, is JSON, and reads into its types", "Faili un tipi: katrs fails ir, tas ir JSON un atbilst saviem tipiem"),
    CheckValues => ("Values: codes, ids and dates well formed, required text present", "Vērtības: kodi, identifikatori un datumi pareizā formā, obligātais teksts ir"),
    CheckReferences => ("References: every country code, city and source exists", "Atsauces: katrs valsts kods, pilsēta un avots pastāv"),
    CheckDuplicates => ("Duplicates: no record twice", "Dublikāti: neviens ieraksts nav divreiz"),
    CheckNames => ("Names: no form of a name names two places", "Nosaukumi: neviena nosaukuma forma nenosauc divas vietas"),
    CheckSources => ("Sources: every record names a source", "Avoti: katrs ieraksts nosauc avotu"),
    CheckTotals => ("Stated totals: the sources' figures against their lists", "Norādītie kopskaitļi: avotu skaitļi pret to sarakstiem"),
    Pass => ("pass", "izturēta"),
    Warn => ("warn", "brīdinājums"),
    Fail => ("fail", "neizturēta"),
    NotReached => ("not checked", "nav pārbaudīta"),
    NotReachedDetail => ("loading stopped at the first fault", "ielāde apstājās pie pirmās kļūdas"),
    // {0}: the figure, {1}: the stated number, {2}: the number the list gives, {3}: the source.
    MismatchDetail => ("{3} states {0} as {1}; its list gives {2}", "{3}: norādītais {0} ir {1}, tā saraksts dod {2}"),
    CheckSummaryOk => ("The dataset passes every check.", "Datu kopa iztur visas pārbaudes."),
    CheckSummaryWarn => ("The dataset passes every check, with warnings.", "Datu kopa iztur visas pārbaudes, ar brīdinājumiem."),
    CheckSummaryFail => ("The dataset fails a check and cannot be used.", "Datu kopa neiztur pārbaudi un nav lietojama."),

    // Stats.
    StatsCities => ("Attachés by city of residence, busiest first", "Atašeji pēc rezidences pilsētas, noslogotākās vispirms"),
    LatviasAttaches => ("Latvia's attachés", "Latvijas atašeji"),
    LatviasAdvisers => ("Latvia's advisers", "Latvijas padomnieki"),
    AccreditedToLatvia => ("Accredited to Latvia", "Akreditēti Latvijā"),
    Total => ("Total", "Kopā"),
    StatsPostings => ("Countries per Latvian posting", "Valstis uz vienu Latvijas atašeju"),
    StatsResidency => ("Accredited to Latvia: {0} resident, {1} non-resident ({2} in all).", "Akreditēti Latvijā: {0} rezidējoši, {1} nerezidējoši (kopā {2})."),
    StatsHubs => ("Busiest hubs: {0}.", "Noslogotākie centri: {0}."),

    // Graph.
    GraphTitle => ("Accreditation network", "Akreditācijas tīkls"),
    // {0}: the country, in Latvian in the genitive.
    GraphTitleFocus => ("Accreditation network around {0}", "{0} akreditācijas tīkls"),
    From => ("From", "No"),
    To => ("To", "Uz"),
    EdgeLatviaAttacheResides => ("Latvia's attaché resides in", "Latvijas atašejs rezidē"),
    EdgeCovers => ("covers", "aptver"),
    EdgeLatviaAdviserResides => ("Latvia's adviser resides in", "Latvijas padomnieks rezidē"),
    EdgeAdviserEmbassy => ("at the embassy in", "vēstniecībā"),
    EdgePartnerResides => ("attaché resides in", "atašejs rezidē"),
    EdgeAccredited => ("accredited to Latvia", "akreditēti Latvijā"),
    GraphFormats => ("--format dot and --format mermaid are for `attache graph`", "--format dot un --format mermaid ir komandai `attache graph`"),

    // UN Security Council.
    UnscTitle => ("Latvia's candidacy for the UN Security Council", "Latvijas kandidatūra ANO Drošības padomē"),
    Published => ("published {0}", "publicēts {0}"),
    Undated => ("undated", "nav datēts"),
    ElectedTerm => ("Elected for {0}–{1}: {2} votes ({3} needed).", "Ievēlēta {0}.–{1}. gadam: {2} balsis (vajadzēja {3})."),
    NotElected => ("Not elected: {2} votes ({3} needed).", "Nav ievēlēta: {2} balsis (vajadzēja {3})."),
    LaterDevelopments => ("Later developments", "Vēlākie notikumi"),
}

/// Phrases with arguments: one method on [`Lang`] each, its arguments named. A call with the
/// wrong arguments, or a phrase that names an argument it does not have or leaves one out in
/// either language, does not compile (the text is checked by `format!`).
macro_rules! phrases {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),*) => ($en:literal, $lv:literal),)*) => {
        impl Lang {
            $(
                #[doc = concat!("\"", $en, "\"")]
                ///
                $(#[$doc])*
                pub fn $name(self, $($arg: impl fmt::Display),*) -> String {
                    match self {
                        Lang::En => format!($en, $($arg = $arg),*),
                        Lang::Lv => format!($lv, $($arg = $arg),*),
                    }
                }
            )*
        }

        /// Every phrase with arguments as (method, English, Latvian), for tests.
        pub const PHRASES: &[(&str, &str, &str)] = &[$((stringify!($name), $en, $lv)),*];
    };
}

phrases! {
    // How a name was read, and why it names no one place (stderr).
    /// `typed` read as the place `shown`.
    read_as(typed, shown) => ("{typed} → {shown}", "{typed} → {shown}"),
    read_as_former(typed, shown) => (
        "{typed} → {shown} ({typed} is a former name)",
        "{typed} → {shown} ({typed} ir agrākais nosaukums)"
    ),
    read_as_part(typed, shown) => (
        "{typed} → {shown} ({typed} is a part of it)",
        "{typed} → {shown} ({typed} ir tās daļa)"
    ),
    /// A name several countries share, which the sources use for one: said to be read so.
    read_as_settled(typed, shown) => (
        "{typed} → {shown}, as the sources use the name",
        "{typed} → {shown}, kā nosaukumu lieto avoti"
    ),
    /// Another place a settled name fits, and the command that shows it.
    also_fits(place, command) => ("for {place}: {command}", "ja domāta {place}: {command}"),
    fits_several(typed) => (
        "\"{typed}\" fits more than one place:",
        "\"{typed}\" atbilst vairākām vietām:"
    ),
    begins_several(typed) => (
        "no name is \"{typed}\"; names that begin so:",
        "neviens nosaukums nav \"{typed}\"; ar to sākas:"
    ),
    /// One place of a list, and the command that shows it.
    candidate(place, command) => ("  {place}: {command}", "  {place}: {command}"),
    more_candidates(count) => (
        "  and {count} more: type more of the name",
        "  un vēl {count}: ierakstiet vairāk no nosaukuma"
    ),
    unknown_place(typed) => (
        "no country or city matches \"{typed}\"",
        "neviena valsts vai pilsēta neatbilst \"{typed}\""
    ),
    /// A command close to the first word typed.
    did_you_mean_command(command) => (
        "no command is called so either; did you mean: attache {command} ...?",
        "arī tādas komandas nav; vai domājāt: attache {command} ...?"
    ),
    unknown_country(typed) => (
        "no country matches \"{typed}\"",
        "neviena valsts neatbilst \"{typed}\""
    ),
    unknown_city(typed) => (
        "no city in the dataset matches \"{typed}\"",
        "neviena datu kopas pilsēta neatbilst \"{typed}\""
    ),
    did_you_mean(names) => ("did you mean: {names}?", "vai domājāt: {names}?"),
    known_cities(names) => ("cities in the dataset: {names}", "datu kopas pilsētas: {names}"),
    /// `what`: what was typed (WhatCountry, WhatCity, WhatPlace or WhatSearch).
    empty_name(what) => ("the {what} is empty", "{what} ir tukšs"),
    too_long_name(what, chars, most) => (
        "the {what} is {chars} characters long; at most {most} are accepted",
        "{what}: {chars} rakstzīmes; atļautas ne vairāk kā {most}"
    ),
    /// `city`: in Latvian in the locative.
    no_non_resident_in(city) => (
        "no non-resident defence attaché accredited to Latvia resides in {city}",
        "neviens nerezidējošais Latvijā akreditētais aizsardzības atašejs nerezidē {city}"
    ),
    nothing_matches(query) => (
        "nothing in the dataset matches \"{query}\"",
        "nekas datu kopā neatbilst \"{query}\""
    ),
    /// `files`: how many ([`Lang::count`]).
    exported(files, dir) => ("Wrote {files} to {dir}.", "{dir} ierakstīti {files}."),
}

impl Lang {
    /// `n` with the noun that counts it, singular or plural by this language's rule: English
    /// says "1 file", "21 files"; Latvian "1 fails", "21 fails", "11 faili" (singular after a
    /// number ending in 1 but not in 11).
    pub fn count(self, n: usize, [one, many]: [&str; 2]) -> String {
        let singular = match self {
            Lang::En => n == 1,
            Lang::Lv => n % 10 == 1 && n % 100 != 11,
        };
        format!("{n} {}", if singular { one } else { many })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_each_languages_plural_rule() {
        let en = ["file", "files"];
        let lv = ["fails", "faili"];
        let counts = |lang: Lang, words| [0, 1, 2, 11, 21, 101, 111].map(|n| lang.count(n, words));
        assert_eq!(
            counts(Lang::En, en),
            [
                "0 files",
                "1 file",
                "2 files",
                "11 files",
                "21 files",
                "101 files",
                "111 files"
            ]
        );
        assert_eq!(
            counts(Lang::Lv, lv),
            [
                "0 faili",
                "1 fails",
                "2 faili",
                "11 faili",
                "21 fails",
                "101 fails",
                "111 faili"
            ]
        );
    }

    #[test]
    fn a_phrase_takes_its_arguments_as_typed() {
        // One pass: an argument that looks like a placeholder stays as it is.
        assert_eq!(
            Lang::En.nothing_matches("{1}"),
            "nothing in the dataset matches \"{1}\""
        );
        assert_eq!(Lang::Lv.read_as("{0}", 7), "{0} → 7");
        assert!(
            PHRASES
                .iter()
                .all(|(_, en, lv)| !en.is_empty() && !lv.is_empty())
        );
    }

    #[test]
    fn every_phrase_exists_in_both_languages_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let (en, lv) = (Lang::En.msg(msg), Lang::Lv.msg(msg));
            assert!(!en.is_empty() && !lv.is_empty(), "{msg:?}");
            for i in 0..5 {
                let p = format!("{{{i}}}");
                assert_eq!(en.contains(&p), lv.contains(&p), "{msg:?} placeholder {p}");
            }
        }
    }
}
