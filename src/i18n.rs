//! The tool's two languages and every user-facing phrase in both, side by side in one table,
//! so that a missing translation shows in one place.

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
    ReadAs => ("{0} → {1}", "{0} → {1}"),
    ReadAsFormer => ("{0} → {1} ({0} is a former name)", "{0} → {1} ({0} ir agrākais nosaukums)"),
    ReadAsPart => ("{0} → {1} ({0} is a part of it)", "{0} → {1} ({0} ir tās daļa)"),
    // A name several countries share, which the sources use for one: said to be read so.
    ReadAsSettled => ("{0} → {1}, as the sources use the name", "{0} → {1}, kā nosaukumu lieto avoti"),
    // {0}: another place the name fits; {1}: the command that shows it.
    AlsoFits => ("for {0}: {1}", "ja domāta {0}: {1}"),
    FitsSeveral => ("\"{0}\" fits more than one place:", "\"{0}\" atbilst vairākām vietām:"),
    BeginsSeveral => ("no name is \"{0}\"; names that begin so:", "neviens nosaukums nav \"{0}\"; ar to sākas:"),
    // {0}: a place; {1}: the command that shows it.
    Candidate => ("  {0}: {1}", "  {0}: {1}"),
    MoreCandidates => ("  and {0} more: type more of the name", "  un vēl {0}: ierakstiet vairāk no nosaukuma"),
    UnknownPlace => ("no country or city matches \"{0}\"", "neviena valsts vai pilsēta neatbilst \"{0}\""),
    // {0}: a command close to the first word typed.
    DidYouMeanCommand => ("no command is called so either; did you mean: attache {0} ...?", "arī tādas komandas nav; vai domājāt: attache {0} ...?"),
    UnknownCountry => ("no country matches \"{0}\"", "neviena valsts neatbilst \"{0}\""),
    UnknownCity => ("no city in the dataset matches \"{0}\"", "neviena datu kopas pilsēta neatbilst \"{0}\""),
    DidYouMean => ("did you mean: {0}?", "vai domājāt: {0}?"),
    KnownCities => ("cities in the dataset: {0}", "datu kopas pilsētas: {0}"),
    // {0}: what was typed: WhatCountry, WhatCity or WhatSearch.
    EmptyName => ("the {0} is empty", "{0} ir tukšs"),
    TooLongName => ("the {0} is {1} characters long; at most {2} are accepted", "{0}: {1} rakstzīmes; atļautas ne vairāk kā {2}"),
    WhatCountry => ("country name", "valsts nosaukums"),
    WhatCity => ("city name", "pilsētas nosaukums"),
    WhatPlace => ("country or city name", "valsts vai pilsētas nosaukums"),
    // {0}: the city, in Latvian in the locative.
    NoNonResidentIn => ("no non-resident defence attaché accredited to Latvia resides in {0}", "neviens nerezidējošais Latvijā akreditētais aizsardzības atašejs nerezidē {0}"),

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
    NothingMatches => ("nothing in the dataset matches \"{0}\"", "nekas datu kopā neatbilst \"{0}\""),
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

    // Export.
    Exported => ("Wrote {0} data files to {1}.", "{1} ierakstīti {0} datu faili."),

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

#[cfg(test)]
mod tests {
    use super::*;

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
