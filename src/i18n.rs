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
    NoNonResident => (
        "the dataset has no non-resident defence attaché accredited to Latvia: every one \
         listed resides in Latvia",
        "datu kopā nav neviena nerezidējoša Latvijā akreditēta aizsardzības atašeja: visi \
         uzskaitītie rezidē Latvijā"
    ),
    // What `export` wrote, counted by Lang::count.
    DataFile => ("data file", "datu fails"),
    DataFiles => ("data files", "datu faili"),
    // Latvian: a file (masculine), as "ierakstīti" agrees with it.
    CsvFile => ("CSV table", "CSV fails"),
    CsvFiles => ("CSV tables", "CSV faili"),
    ExportDataIsForCsv => ("--data is for export --format csv, which writes the tables of that dataset; export alone writes the built-in data files", "--data ir komandai export --format csv, kas raksta šīs datu kopas tabulas; export viens pats raksta iebūvētos datu failus"),
    ExportFormats => ("export writes --format json (the data files --data reads) or --format csv (tables for data tools)", "export raksta --format json (datu failus, ko lasa --data) vai --format csv (tabulas datu rīkiem)"),

    // Country report.
    CooperationWith => ("Cooperation with Latvia", "Sadarbība ar Latviju"),
    UnscMentions => ("UN Security Council candidacy", "Kandidatūra ANO Drošības padomē"),
    HomeCountry => ("Latvia is the country this dataset is about: its attachés abroad are in `attache postings`, the attachés accredited to it in `attache accredited`.", "Latvija ir valsts, par kuru ir šī datu kopa: tās atašeji ārvalstīs ir `attache postings`, tai akreditētie atašeji `attache accredited`."),
    LatviaUnsc => ("The candidacy is Latvia's own: see `attache unsc`.", "Kandidatūra ir pašas Latvijas: skatiet `attache unsc`."),
    NoneHosted => ("None.", "Nav."),
    NoUnscMention => ("Not mentioned.", "Nav minēta."),

    // Column headers and labels: one word for one thing on every page. Where an attaché lives
    // and works (a city and its country) is "Resides in"; a column of numbers says what it counts
    // ("Number of ...", or "Total"); a column named for a thing ("Countries") holds its names.
    // tests/vocabulary.rs holds every header to these rules.
    Representative => ("Representative", "Pārstāvis"),
    ResidesIn => ("Resides in", "Rezidē"),
    AlsoCovers => ("Also covers", "Aptver arī"),
    Covers => ("Covers", "Aptver"),
    Status => ("Status", "Statuss"),
    Country => ("Country", "Valsts"),
    Countries => ("Countries", "Valstis"),
    City => ("City", "Pilsēta"),
    NumberOfCountries => ("Number of countries", "Valstu skaits"),
    NumberOfAttaches => ("Number of attachés", "Atašeju skaits"),
    NumberOfRecords => ("Number of records", "Ierakstu skaits"),
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
    AccreditedTitle => ("Defence attachés accredited to Latvia", "Latvijā akreditētie aizsardzības atašeji"),
    PostingsTitle => ("Latvia's defence attachés abroad", "Latvijas aizsardzības atašeji ārvalstīs"),
    AdvisersTitle => ("Latvia's defence advisers at its embassies", "Latvijas aizsardzības padomnieki vēstniecībās"),
    FigureAttaches => ("number of attachés", "atašeju skaits"),
    FigureCountries => ("number of countries", "valstu skaits"),
    FigureAdvisers => ("number of advisers", "padomnieku skaits"),

    // City report. {0}: the city, in Latvian in the locative.

    // Partners.
    PartnersTitle => ("Latvia's defence cooperation partners", "Latvijas aizsardzības sadarbības partneri"),
    InferredMember => ("membership inferred from the term: the source does not list its members", "dalība secināta no termina: avots tā dalībniekus neuzskaita"),
    Inferred => ("inferred", "secināts"),
    Note => ("Note", "Piezīme"),

    // About.
    DutiesTitle => ("What a defence attaché does", "Ko dara aizsardzības atašejs"),
    DatasetTitle => ("What the dataset holds", "Kas ir datu kopā"),
    CountSources => ("Sources", "Avoti"),
    CountCountries => ("Countries (ISO 3166-1)", "Valstis (ISO 3166-1)"),
    CountCities => ("Cities", "Pilsētas"),
    CountPostings => ("Residences of Latvia's attachés", "Latvijas atašeju rezidences"),
    CountAdvisers => ("Latvia's advisers", "Latvijas padomnieki"),
    CountAccreditations => ("Attachés accredited to Latvia", "Latvijā akreditētie atašeji"),
    CountPartnerships => ("Cooperation groups", "Sadarbības grupas"),
    CountDuties => ("Duties of an attaché", "Atašeja pienākumi"),
    CountStatements => ("Statements on attachés and allies", "Apgalvojumi par atašejiem un sabiedrotajiem"),
    CountUnscPoints => ("Points of the UNSC summary", "ANO DP kopsavilkuma punkti"),
    CountDevelopments => ("UNSC outcome and later developments", "ANO DP iznākums un vēlākie notikumi"),
    Id => ("Id", "Id"),

    // Search.
    WhatSearch => ("search text", "meklēšanas teksts"),
    Kind => ("Kind", "Veids"),
    ShowWith => ("Show with", "Skatīt ar"),
    KindPosting => ("Latvia's attaché", "Latvijas atašejs"),
    KindAdviser => ("Latvia's adviser", "Latvijas padomnieks"),
    KindAccreditation => ("Accredited to Latvia", "Akreditēts Latvijā"),
    KindPartnership => ("Cooperation", "Sadarbība"),
    KindDuty => ("Attaché's duty", "Atašeja pienākums"),
    KindStatement => ("Statement", "Apgalvojums"),
    Ref => ("Ref", "Atsauce"),
    References => ("References", "Atsauces"),
    Derived => ("derived", "atvasināts"),
    CountedFrom => ("Counted from", "Saskaitīts no"),
    DerivedNote => (
        "Figures marked “derived” are counted or classed by attache from the dataset's records (those cited above, where the answer cites them); no source states them.",
        "Skaitļus, kas atzīmēti “atvasināts”, attache ir saskaitījis vai klasificējis no datu kopas ierakstiem (no iepriekš citētajiem, kur atbilde tos citē); neviens avots tos nenorāda."
    ),
    RoleTitle => ("The role of defence attachés", "Aizsardzības atašeju loma"),
    AlliesTitle => ("Allies and partners", "Sabiedrotie un partneri"),
    KindUnsc => ("UNSC candidacy (2021)", "Kandidatūra ANO DP (2021)"),

    // Reciprocity.
    ReciprocityTitle => ("Reciprocity of defence attachés", "Aizsardzības atašeju savstarpība"),
    LatviaSide => ("Latvia → country", "Latvija → valsts"),
    PartnerSide => ("Country → Latvia", "Valsts → Latvija"),
    Link => ("Link", "Saite"),
    ClassMutual => ("mutual", "savstarpēja"),
    ClassLatviaOnly => ("Latvia only", "tikai Latvija"),
    ClassPartnerOnly => ("partner only", "tikai partneris"),

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
    CheckSummaryOk => ("The dataset passes every check.", "Datu kopa iztur visas pārbaudes."),
    CheckSummaryWarn => ("The dataset passes every check, with warnings.", "Datu kopa iztur visas pārbaudes, ar brīdinājumiem."),
    CheckSummaryFail => ("The dataset fails a check and cannot be used.", "Datu kopa neiztur pārbaudi un nav lietojama."),

    // Stats.
    StatsCities => ("Attachés by city of residence, busiest first", "Atašeji pēc rezidences pilsētas, noslogotākās vispirms"),
    LatviasAttaches => ("Number of Latvia's attachés", "Latvijas atašeju skaits"),
    LatviasAdvisers => ("Number of Latvia's advisers", "Latvijas padomnieku skaits"),
    AccreditedToLatvia => ("Number accredited to Latvia", "Latvijā akreditēto skaits"),
    Total => ("Total", "Kopā"),
    StatsPostings => ("Countries per residence of Latvia's attachés", "Valstis katrā Latvijas atašeju rezidencē"),

    // Graph.
    GraphTitle => ("Accreditation network", "Akreditācijas tīkls"),
    From => ("From", "No"),
    To => ("To", "Uz"),
    EdgeLatviaAttacheResides => ("Latvia's attaché resides in", "Latvijas atašejs rezidē"),
    EdgeCovers => ("covers", "aptver"),
    EdgeLatviaAdviserResides => ("Latvia's adviser resides in", "Latvijas padomnieks rezidē"),
    EdgeAdviserEmbassy => ("at the embassy in", "vēstniecībā"),
    EdgePartnerResides => ("attaché resides in", "atašejs rezidē"),
    EdgeAccredited => ("accredited to Latvia", "akreditēti Latvijā"),
    GraphFormats => ("--format dot and --format mermaid are for `attache graph`", "--format dot un --format mermaid ir komandai `attache graph`"),

    // What a command does instead of what an option it refuses would change (cli::meaningless_for).
    ExportTakes => (
        "it writes the built-in data files (--format json, the default) or the CSV tables of the dataset in use (--format csv), and says how many it wrote, in the language of --lang",
        "tā ieraksta iebūvētos datu failus (--format json, noklusējums) vai lietotās datu kopas CSV tabulas (--format csv) un pasaka, cik ierakstīja, --lang valodā"
    ),
    ImportTakes => (
        "it writes a data directory and says what it wrote; --lang names the page's language, --data the data it starts from",
        "tā ieraksta datu direktoriju un pasaka, ko ierakstīja; --lang nosauc lapas valodu, --data datus, no kuriem tā sāk"
    ),
    DiffTakes => (
        "it compares the directories it is given (attache diff [OLD] NEW), and every change names its source already",
        "tā salīdzina norādītās mapes (attache diff [OLD] NEW), un katra izmaiņa jau nosauc savu avotu"
    ),
    CompletionsTakes => (
        "it prints a shell script, which only --data changes (the names it completes)",
        "tā izvada čaulas skriptu, ko maina tikai --data (nosaukumi, ko tas papildina)"
    ),
    ManTakes => (
        "it prints the man page, in English, the same whatever the options and the data",
        "tā izvada rokasgrāmatas lapu angliski, vienādu neatkarīgi no opcijām un datiem"
    ),
    CheckTakes => (
        "it reports checks, not records with sources",
        "tā ziņo par pārbaudēm, nevis par ierakstiem ar avotiem"
    ),
    StatsTakes => (
        "its tables hold counts, not records (--cite marks the figures the tool counts)",
        "tās tabulās ir skaiti, nevis ieraksti (--cite atzīmē skaitļus, ko saskaita rīks)"
    ),
    UnscTakes => (
        "it names the source of every part already",
        "tā jau nosauc katras daļas avotu"
    ),
    SourcesTakes => (
        "it lists the sources themselves",
        "tā uzskaita pašus avotus"
    ),

    // UN Security Council.
    UnscTitle => ("Latvia's candidacy for the UN Security Council", "Latvijas kandidatūra ANO Drošības padomē"),
    Undated => ("undated", "nav datēts"),
    LaterDevelopments => ("Later developments", "Vēlākie notikumi"),

    // Diff.
    DiffPostings => ("Latvia's attachés abroad", "Latvijas aizsardzības atašeji ārvalstīs"),
    DiffAdvisers => ("Latvia's defence advisers", "Latvijas aizsardzības padomnieki"),
    DiffAccredited => ("Defence attachés accredited to Latvia", "Latvijā akreditētie aizsardzības atašeji"),
    DiffCooperation => ("Cooperation", "Sadarbība"),
    DiffDuties => ("Duties of a defence attaché", "Aizsardzības atašeja pienākumi"),
    DiffStatements => ("Statements", "Apgalvojumi"),
    DiffUnsc => ("UN Security Council candidacy", "Kandidatūra ANO Drošības padomē"),
    DiffSources => ("Sources", "Avoti"),
    DiffCountries => ("Countries", "Valstis"),
    DiffCities => ("Cities", "Pilsētas"),
    DiffNoChange => ("No change: the two datasets hold the same records.", "Izmaiņu nav: abās datu kopās ir tie paši ieraksti."),
    DiffNoFactChange => ("No change of facts (with --facts-only, changes of evidence alone are left out).", "Faktu izmaiņu nav (ar --facts-only izmaiņas tikai pierādījumos netiek rādītas)."),
    DiffWas => ("was", "agrāk"),
    DiffNow => ("now", "tagad"),
    DiffNotStated => ("not stated", "nav norādīts"),
    DiffNotCovered => ("not covered", "neaptvēra neviens"),
    DiffBuiltIn => ("the built-in data", "iebūvētie dati"),
    DiffStatedTotals => ("The stated totals", "Norādītie kopskaitļi"),
    DiffListOpen => ("the list is now open (the source ends it with “and others”)", "saraksts tagad ir nepilnīgs (avots to beidz ar “u.c.”)"),
    DiffListClosed => ("the list is now closed (the source no longer ends it with “and others”)", "saraksts tagad ir pilnīgs (avots to vairs nebeidz ar “u.c.”)"),
    DiffNowInferred => ("now inferred from the group's term, not listed", "tagad secināts no grupas termina, nav uzskaitīts"),
    DiffNowListed => ("now listed by the source", "tagad avots to uzskaita"),
    DiffTopicAttaches => ("the attachés' role", "atašeju loma"),
    DiffTopicAllies => ("allies and partners", "sabiedrotie un partneri"),
    DiffDataFlag => ("`attache diff` compares the directories it is given, not --data: attache diff [OLD] NEW", "`attache diff` salīdzina norādītās mapes, nevis --data: attache diff [OLD] NEW"),
    Yes => ("yes", "jā"),
    No => ("no", "nē"),
    FieldTitle => ("name", "nosaukums"),
    FieldRole => ("role", "loma"),
    FieldOwnRole => ("own role", "sava loma"),
    FieldNote => ("note", "piezīme"),
    FieldTopic => ("topic", "temats"),
    FieldText => ("text", "teksts"),
    FieldCountries => ("countries", "valstis"),
    FieldDate => ("date", "datums"),
    FieldElected => ("elected", "ievēlēta"),
    FieldTerm => ("term", "termiņš"),
    FieldVotes => ("votes", "balsis"),
    FieldVotesNeeded => ("votes needed", "vajadzīgās balsis"),
    FieldElectedSameDay => ("elected the same day", "tajā pašā dienā ievēlētās"),
    FieldWithdrew => ("withdrew", "atsauca kandidatūru"),
    FieldSources => ("sources", "avoti"),
    FieldPublisher => ("publisher", "izdevējs"),
    FieldPublished => ("published", "publicēts"),
    FieldAddress => ("address", "adrese"),
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
    /// An option typed for a command it means nothing for, and what the command does instead.
    meaningless(flag, command, why) => (
        "{flag} means nothing for `attache {command}`: {why}",
        "{flag} komandai `attache {command}` neko nenozīmē: {why}"
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
    /// `city`: in Latvian in the locative.
    no_non_resident_in(city) => (
        "no non-resident defence attaché accredited to Latvia resides in {city}",
        "neviens nerezidējošais Latvijā akreditētais aizsardzības atašejs nerezidē {city}"
    ),
    nothing_matches(query) => (
        "nothing in the dataset matches \"{query}\"",
        "nekas datu kopā neatbilst \"{query}\""
    ),
    /// `table`: the name given to --table.
    table_needs_csv(table) => (
        "--table {table} chooses a table of the CSV output: add --format csv",
        "--table {table} izvēlas CSV izvades tabulu: pievienojiet --format csv"
    ),
    /// `tables`: the answer's tables, comma-separated.
    not_a_table(table, tables) => (
        "this answer has no table {table}; its tables: {tables}",
        "šai atbildei nav tabulas {table}; tās tabulas: {tables}"
    ),
    one_table(table) => (
        "this answer has one table, which has no name: leave out --table {table}",
        "šai atbildei ir viena tabula bez nosaukuma: izlaidiet --table {table}"
    ),
    /// `files`: how many ([`Lang::count`]).
    exported(files, dir) => ("Wrote {files} to {dir}.", "{dir} ierakstīti {files}."),
    /// What `import` read from the page.
    imported_records(postings, advisers, accredited) => (
        "{postings} residences of Latvia's attachés, {advisers} advisers and {accredited} \
         attachés accredited to Latvia",
        "{postings} Latvijas atašeju rezidences, {advisers} padomnieki un {accredited} Latvijā \
         akreditēti atašeji"
    ),
    /// What `import` wrote: `records` from [`Lang::imported_records`], `files` counted by
    /// [`Lang::count`].
    imported(records, file, files, dir, source) => (
        "Read {records} from {file}; wrote {files} to {dir} (source {source}).",
        "No {file} nolasītas {records}; {dir} ierakstīti {files} (avots {source})."
    ),

    // Pages for people.
    /// `date`: a date, or "undated".
    published(date) => ("published {date}", "publicēts {date}"),
    /// `place`: in Latvian in the locative.
    hosted_in(place) => (
        "Attachés accredited to Latvia who reside in {place}",
        "Latvijā akreditētie atašeji, kas rezidē {place}"
    ),
    /// `country`: in Latvian in the genitive.
    no_cooperation(country) => (
        "The sources name no cooperation role for {country}.",
        "Avoti nenosauc {country} sadarbības lomu."
    ),
    /// Latvia's attachés at one residence, where a source states how many.
    attaches_stated_here(count, source) => (
        "{count} defence attachés (as {source} states)",
        "{count} aizsardzības atašeji (kā norāda {source})"
    ),
    /// An accredited country beside the name its source writes for it.
    named_in_source(country, name) => (
        "{country} (“{name}” in the source)",
        "{country} (avotā “{name}”)"
    ),
    /// The name a source writes for the country a report is about, and how it is read.
    source_name_read_as(name, country) => (
        "The source's name “{name}” is read as {country}.",
        "Avota nosaukums “{name}” saprasts kā {country}."
    ),
    latvia_to(country) => ("Latvia → {country}", "Latvija → {country}"),
    to_latvia(country) => ("{country} → Latvia", "{country} → Latvija"),
    /// `country`: in Latvian in the locative.
    no_latvian_cover(country) => (
        "No Latvian defence attaché or adviser covers {country}.",
        "{country} nav akreditēts neviens Latvijas aizsardzības atašejs vai padomnieks."
    ),
    /// `country`: in Latvian in the genitive.
    no_accreditation(country) => (
        "{country} has no defence attaché accredited to Latvia.",
        "Latvijā nav akreditēts {country} aizsardzības atašejs."
    ),
    /// `city`: in Latvian in the locative.
    city_latvia(city) => (
        "Latvia's representatives who reside in {city}",
        "Latvijas pārstāvji, kas rezidē {city}"
    ),
    newest(date) => ("Newest fact: {date}", "Jaunākais fakts: {date}"),
    search_title(query, total) => (
        "Matches for \"{query}\": {total}",
        "Atbilstības vaicājumam \"{query}\": {total}"
    ),
    search_showing(shown, total) => (
        "Showing {shown} of {total}; --limit shows more.",
        "Parādīti {shown} no {total}; --limit parāda vairāk."
    ),
    stats_residency(resident, non_resident, total) => (
        "Accredited to Latvia: {resident} resident, {non_resident} non-resident ({total} in all).",
        "Akreditēti Latvijā: {resident} rezidējoši, {non_resident} nerezidējoši (kopā {total})."
    ),
    stats_hubs(hubs) => ("Busiest hubs: {hubs}.", "Noslogotākie centri: {hubs}."),
    /// `country`: in Latvian in the genitive.
    graph_title_focus(country) => (
        "Accreditation network around {country}",
        "{country} akreditācijas tīkls"
    ),
    /// `figure`: what is counted (a Msg).
    mismatch(figure, stated, listed) => (
        "Note: the source's stated {figure} ({stated}) differs from what its list gives ({listed}).",
        "Piezīme: avota norādītais {figure} ({stated}) atšķiras no tā saraksta ({listed})."
    ),
    mismatch_detail(figure, stated, listed, source) => (
        "{source} states {figure} as {stated}; its list gives {listed}",
        "{source}: norādītais {figure} ir {stated}, tā saraksts dod {listed}"
    ),
    /// `source`: a source id; `attaches`: counted ([`Lang::attaches_object`]); `city`: in
    /// Latvian in the locative.
    stated_at(source, attaches, city, quote) => (
        "{source} states {attaches} in {city}: “{quote}”.",
        "{source} norāda {attaches} {city}: “{quote}”."
    ),
    /// `residences`, `listed`: counted; `counting`: [`Lang::one_at_each`]; `source`: a source id.
    attaches_agree(residences, counting, listed, source) => (
        "The figures agree: {residences}, {counting}, make {listed}, as {source} states.",
        "Skaitļi saskan: {residences}, {counting}, kopā {listed}, kā norāda {source}."
    ),
    /// `stated`: counted ([`Lang::attaches_object`]); `residences`, `listed`: counted;
    /// `counting`: [`Lang::one_at_each`]; `source`: a source id.
    attaches_disagree(source, stated, residences, listed, counting) => (
        "Note: {source} states {stated}, but its list gives {residences}, that is {listed}, {counting}.",
        "Piezīme: {source} norāda {stated}, bet tā saraksts dod {residences}, tas ir, {listed}, {counting}."
    ),
    /// `city`: in Latvian in the locative.
    hit_posting(city, countries) => (
        "Latvia's defence attaché in {city}: {countries}",
        "Latvijas aizsardzības atašejs {city}: {countries}"
    ),
    hit_adviser(city) => (
        "Latvia's defence adviser in {city}",
        "Latvijas aizsardzības padomnieks {city}"
    ),
    /// `country`: in Latvian in the genitive; `residence`: in the locative.
    hit_accreditation(country, residence) => (
        "Defence attaché of {country} accredited to Latvia, residing in {residence}",
        "{country} aizsardzības atašejs, akreditēts Latvijā, rezidē {residence}"
    ),

    // Diff: one sentence a change. Countries and cities as a label before a colon are in the
    // nominative; `city` and `place` after "in" in the locative; `country` of an embassy in
    // the locative, of an owner in the genitive.
    /// `old`, `new`: "the built-in data" or a directory.
    diff_title(old, new) => ("Changes from {old} to {new}", "Izmaiņas: {old} → {new}"),
    /// `field`: what is counted (a Msg).
    diff_stated_total(figure, new, old) => (
        "Stated {figure}: {new}, was {old}.",
        "Norādītais {figure}: {new}, agrāk {old}."
    ),
    diff_posting_added(city, countries) => (
        "New residence: an attaché of Latvia resides in {city}, covering {countries}.",
        "Jauna rezidence: Latvijas atašejs rezidē {city} un aptver: {countries}."
    ),
    diff_posting_closed(city, countries) => (
        "Residence closed: no attaché of Latvia resides in {city} any more (it covered {countries}).",
        "Rezidence slēgta: {city} vairs nerezidē neviens Latvijas atašejs (aptvēra: {countries})."
    ),
    diff_coverage_added(country, city) => (
        "{country}: covered from {city}, was not covered.",
        "{country}: tagad aptver atašejs {city}, agrāk neaptvēra neviens."
    ),
    diff_coverage_dropped(country, city) => (
        "{country}: no longer covered, was covered from {city}.",
        "{country}: vairs neaptver neviens atašejs, agrāk aptvēra atašejs {city}."
    ),
    diff_coverage_moved(country, new, old) => (
        "{country}: covered from {new}, was {old}.",
        "{country}: tagad aptver atašejs {new}, agrāk atašejs {old}."
    ),
    diff_stated_count(city, new, old) => (
        "Attachés in {city}, as a source states: {new}, was {old}.",
        "Avota norādītais atašeju skaits {city}: {new}, agrāk {old}."
    ),
    diff_adviser_added(country, city) => (
        "New adviser at the embassy in {country}, residing in {city}.",
        "Jauns padomnieks vēstniecībā {country}, rezidē {city}."
    ),
    diff_adviser_removed(country, city) => (
        "No adviser at the embassy in {country} any more (it resided in {city}).",
        "Vēstniecībā {country} vairs nav padomnieka (rezidēja {city})."
    ),
    diff_adviser_moved(country, new, old) => (
        "Adviser at the embassy in {country}: resides in {new}, was {old}.",
        "Padomnieks vēstniecībā {country}: tagad rezidē {new}, agrāk {old}."
    ),
    /// `status`: resident or non-resident.
    diff_attache_added(country, place, status) => (
        "{country}: attaché accredited to Latvia added, residing in {place} ({status}).",
        "{country}: pievienots Latvijā akreditētais atašejs, rezidē {place} ({status})."
    ),
    diff_attache_removed(country, place, status) => (
        "{country}: attaché accredited to Latvia removed (it resided in {place}, {status}).",
        "{country}: Latvijā akreditētais atašejs vairs nav uzskaitīts (rezidēja {place}, {status})."
    ),
    diff_attache_moved(country, new, new_status, old, old_status) => (
        "{country}: the attaché accredited to Latvia resides in {new} ({new_status}), was {old} ({old_status}).",
        "{country}: Latvijā akreditētais atašejs tagad rezidē {new} ({new_status}), agrāk {old} ({old_status})."
    ),
    diff_partnership_added(title, members) => (
        "New cooperation group “{title}”: {members}.",
        "Jauna sadarbības grupa “{title}”: {members}."
    ),
    diff_partnership_removed(title, members) => (
        "Cooperation group “{title}” removed (its members were {members}).",
        "Sadarbības grupas “{title}” vairs nav (tās dalībnieki bija: {members})."
    ),
    /// `changes`: clauses ([`Lang::now_was`]).
    diff_partnership_changed(title, changes) => ("“{title}”: {changes}.", "“{title}”: {changes}."),
    diff_member_added(title, country) => (
        "“{title}”: {country} added.",
        "“{title}”: jauns dalībnieks — {country}."
    ),
    /// `country`: in Latvian in the genitive.
    diff_member_removed(title, country) => (
        "“{title}”: {country} removed.",
        "“{title}”: dalībnieku vidū vairs nav {country}."
    ),
    diff_member_changed(title, country, changes) => (
        "“{title}”, {country}: {changes}.",
        "“{title}”, {country}: {changes}."
    ),
    diff_duty_added(text) => ("New duty of an attaché: “{text}”.", "Jauns atašeja pienākums: “{text}”."),
    diff_duty_removed(text) => ("Duty no longer listed: “{text}”.", "Pienākums vairs nav uzskaitīts: “{text}”."),
    diff_duty_changed(new, old) => (
        "Duty now reads “{new}”, was “{old}”.",
        "Pienākums tagad: “{new}”, agrāk: “{old}”."
    ),
    diff_statement_added(id, text) => ("New statement {id}: “{text}”.", "Jauns apgalvojums {id}: “{text}”."),
    diff_statement_removed(id, text) => ("Statement {id} removed: “{text}”.", "Apgalvojuma {id} vairs nav: “{text}”."),
    diff_statement_changed(id, changes) => ("Statement {id}: {changes}.", "Apgalvojums {id}: {changes}."),
    diff_section_added(title) => ("UNSC article: new section “{title}”.", "ANO DP raksts: jauna sadaļa “{title}”."),
    diff_section_removed(title) => ("UNSC article: section “{title}” removed.", "ANO DP raksts: sadaļas “{title}” vairs nav."),
    diff_section_changed(id, new, old) => (
        "UNSC article: section {id} now called “{new}”, was “{old}”.",
        "ANO DP raksts: sadaļa {id} tagad saucas “{new}”, agrāk “{old}”."
    ),
    diff_point_added(section, text) => (
        "UNSC article, “{section}”: new point “{text}”.",
        "ANO DP raksts, “{section}”: jauns punkts “{text}”."
    ),
    diff_point_removed(section, text) => (
        "UNSC article, “{section}”: point removed: “{text}”.",
        "ANO DP raksts, “{section}”: punkta vairs nav: “{text}”."
    ),
    diff_point_changed(section, changes) => (
        "UNSC article, “{section}”: {changes}.",
        "ANO DP raksts, “{section}”: {changes}."
    ),
    diff_outcome_changed(changes) => ("UNSC vote outcome: {changes}.", "ANO DP balsojuma iznākums: {changes}."),
    diff_development_added(date, text) => (
        "UNSC: new later development ({date}): “{text}”.",
        "ANO DP: jauns vēlākais notikums ({date}): “{text}”."
    ),
    diff_development_removed(date, text) => (
        "UNSC: later development ({date}) removed: “{text}”.",
        "ANO DP: vēlākā notikuma ({date}) vairs nav: “{text}”."
    ),
    diff_development_changed(date, changes) => (
        "UNSC: later development ({date}): {changes}.",
        "ANO DP: vēlākais notikums ({date}): {changes}."
    ),
    diff_source_added(id, source) => ("New source {id}: {source}.", "Jauns avots {id}: {source}."),
    diff_source_removed(id, source) => ("Source {id} removed: {source}.", "Avota {id} vairs nav: {source}."),
    diff_source_changed(id, changes) => ("Source {id}: {changes}.", "Avots {id}: {changes}."),
    diff_country_added(country, code) => ("New country: {country} ({code}).", "Jauna valsts: {country} ({code})."),
    diff_country_removed(country, code) => ("Country removed: {country} ({code}).", "Valsts vairs nav: {country} ({code})."),
    /// `changes`: clauses ([`Lang::now_was`], [`Lang::diff_changed_fields`]).
    diff_clauses(subject, changes) => ("{subject}: {changes}.", "{subject}: {changes}."),
    /// `fields`: the data file's field names.
    diff_changed_fields(fields) => ("changed {fields}", "mainīts: {fields}"),
    diff_city_added(city, id) => ("New city: {city} ({id}).", "Jauna pilsēta: {city} ({id})."),
    diff_city_removed(city, id) => ("City removed: {city} ({id}).", "Pilsētas vairs nav: {city} ({id})."),
    diff_evidence(record) => (
        "{record}: the same facts, resting on other words of the source.",
        "{record}: tie paši fakti, bet citi avota vārdi."
    ),
    /// A record, for [`Lang::diff_evidence`]; `city` in Latvian in the locative.
    diff_record_posting(city) => ("Latvia's attaché in {city}", "Latvijas atašejs {city}"),
    diff_record_stated_count(city) => ("The number of attachés stated in {city}", "Norādītais atašeju skaits {city}"),
    /// `country`: in Latvian in the locative.
    diff_record_adviser(country) => ("The adviser at the embassy in {country}", "Padomnieks vēstniecībā {country}"),
    /// `country`: in Latvian in the genitive.
    diff_record_attache(country) => ("The attaché of {country} accredited to Latvia", "{country} Latvijā akreditētais atašejs"),
    diff_record_partnership(title) => ("Cooperation group “{title}”", "Sadarbības grupa “{title}”"),
    diff_record_duty(text) => ("Duty “{text}”", "Pienākums “{text}”"),
    diff_record_statement(id) => ("Statement {id}", "Apgalvojums {id}"),
    diff_record_point(section, text) => ("UNSC article, “{section}”, point “{text}”", "ANO DP raksts, “{section}”, punkts “{text}”"),
    /// `records`: counted ([`Lang::records`]); `new`, `old`: source ids.
    diff_reassigned(records, new, old) => (
        "{records} now rest on {new} instead of {old}, in the same words.",
        "{records}: tagad avots {new}, nevis {old}, tie paši vārdi."
    ),
    /// A clause of a change: a field's new value and its old one.
    now_was(field, new, old) => ("{field} now {new}, was {old}", "{field} tagad {new}, agrāk {old}"),
    /// A side's evidence under a change: `label` was or now.
    diff_quote(label, quote, source) => ("{label}: “{quote}” ({source})", "{label}: “{quote}” ({source})"),
    diff_source_only(label, source) => ("{label}: {source}", "{label}: {source}"),
}

/// Phrases that count: each noun in the form its number takes ([`Lang::count`]).
impl Lang {
    /// "the country name is 300 characters long; at most 200 are accepted"
    pub fn too_long_name(self, what: &str, chars: usize, most: usize) -> String {
        match self {
            Lang::En => format!(
                "the {what} is {} long; at most {most} are accepted",
                self.count(chars, ["character", "characters"])
            ),
            Lang::Lv => format!(
                "{what}: {}; atļautas ne vairāk kā {most}",
                self.count(chars, ["rakstzīme", "rakstzīmes"])
            ),
        }
    }

    /// "48 countries linked: 14 mutual, 4 Latvia only, 30 partner only."
    pub fn reciprocity_summary(
        self,
        total: usize,
        mutual: usize,
        latvia_only: usize,
        partner_only: usize,
    ) -> String {
        match self {
            Lang::En => format!(
                "{} linked: {mutual} mutual, {latvia_only} Latvia only, {partner_only} partner only.",
                self.count(total, ["country", "countries"])
            ),
            Lang::Lv => format!(
                "Saistītas valstis: {total}; savstarpēji {mutual}, tikai Latvija {latvia_only}, tikai partneris {partner_only}."
            ),
        }
    }

    /// "Elected for 2026–2027: 178 votes (129 needed)."
    pub fn elected_term(self, from: u16, to: u16, votes: u32, needed: u32) -> String {
        let votes = self.votes(votes);
        match self {
            Lang::En => format!("Elected for {from}–{to}: {votes} ({needed} needed)."),
            Lang::Lv => format!("Ievēlēta {from}.–{to}. gadam: {votes} (vajadzēja {needed})."),
        }
    }

    /// "Not elected: 100 votes (129 needed)."
    pub fn not_elected(self, votes: u32, needed: u32) -> String {
        let votes = self.votes(votes);
        match self {
            Lang::En => format!("Not elected: {votes} ({needed} needed)."),
            Lang::Lv => format!("Nav ievēlēta: {votes} (vajadzēja {needed})."),
        }
    }

    /// "178 votes", "1 vote"; Latvian "178 balsis", "1 balss", "21 balss".
    fn votes(self, n: u32) -> String {
        match self {
            Lang::En => self.count(n as usize, ["vote", "votes"]),
            Lang::Lv => self.count(n as usize, ["balss", "balsis"]),
        }
    }

    /// "22 non-resident attachés in 7 cities."
    pub fn non_resident_total(self, attaches: usize, cities: usize) -> String {
        match self {
            Lang::En => format!(
                "{} in {}.",
                self.count(attaches, ["non-resident attaché", "non-resident attachés"]),
                self.count(cities, ["city", "cities"])
            ),
            Lang::Lv => format!(
                "{} {}.",
                self.count(
                    attaches,
                    ["nerezidējošais atašejs", "nerezidējošie atašeji"]
                ),
                self.count(cities, ["pilsētā", "pilsētās"])
            ),
        }
    }

    /// "31 attachés: 9 resident in Latvia, 22 non-resident."
    pub fn accredited_total(self, total: usize, resident: usize, non_resident: usize) -> String {
        match self {
            Lang::En => format!(
                "{}: {resident} resident in Latvia, {non_resident} non-resident.",
                self.count(total, ["attaché", "attachés"])
            ),
            Lang::Lv => format!(
                "{}: {resident} rezidē Latvijā, {}.",
                self.count(total, ["atašejs", "atašeji"]),
                self.count(non_resident, ["nerezidējošais", "nerezidējošie"])
            ),
        }
    }

    /// "Listed: 7 residences covering 18 countries; 2 advisers."
    pub fn postings_total(self, residences: usize, countries: usize, advisers: usize) -> String {
        match self {
            Lang::En => format!(
                "Listed: {} covering {}; {}.",
                self.count(residences, ["residence", "residences"]),
                self.count(countries, ["country", "countries"]),
                self.count(advisers, ["adviser", "advisers"])
            ),
            Lang::Lv => format!(
                "{} {}, kas aptver {}; {}.",
                if self.is_singular(residences) {
                    "Uzskaitīta"
                } else {
                    "Uzskaitītas"
                },
                self.count(residences, ["rezidence", "rezidences"]),
                self.count(countries, ["valsti", "valstis"]),
                self.count(advisers, ["padomnieks", "padomnieki"])
            ),
        }
    }

    /// "mod-cooperation states: 8 attachés in 18 countries; 2 advisers."
    pub fn declared(
        self,
        source: &str,
        attaches: usize,
        countries: usize,
        advisers: usize,
    ) -> String {
        match self {
            Lang::En => format!(
                "{source} states: {} in {}; {}.",
                self.count(attaches, ["attaché", "attachés"]),
                self.count(countries, ["country", "countries"]),
                self.count(advisers, ["adviser", "advisers"])
            ),
            Lang::Lv => format!(
                "{source} norāda: {} {}; {}.",
                self.count(attaches, ["atašejs", "atašeji"]),
                self.count(countries, ["valstī", "valstīs"]),
                self.count(advisers, ["padomnieks", "padomnieki"])
            ),
        }
    }
}

/// The counted nouns of the attaché figures.
impl Lang {
    /// "8 attachés", the subject of a sentence.
    pub fn attaches(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, ["attaché", "attachés"]),
            Lang::Lv => self.count(n, ["atašejs", "atašeji"]),
        }
    }

    /// "8 attachés", the object of "states" (Latvian: accusative, "8 atašejus").
    pub fn attaches_object(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, ["attaché", "attachés"]),
            Lang::Lv => self.count(n, ["atašeju", "atašejus"]),
        }
    }

    /// "6 changes": what `diff` found.
    pub fn changes(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, ["change", "changes"]),
            Lang::Lv => self.count(n, ["izmaiņa", "izmaiņas"]),
        }
    }

    /// "45 records".
    pub fn records(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, ["record", "records"]),
            Lang::Lv => self.count(n, ["ieraksts", "ieraksti"]),
        }
    }

    /// "7 residences".
    pub fn residences(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, ["residence", "residences"]),
            Lang::Lv => self.count(n, ["rezidence", "rezidences"]),
        }
    }

    /// How a list of residences is counted: "counting one attaché at each residence whose
    /// number no source states, and 2 in Kyiv", each
    /// exception a residence (in Latvian in the locative) with the number a source states.
    pub fn one_at_each(self, exceptions: &[(&str, u32)]) -> String {
        let (each, and) = match self {
            // The number at a residence no source states is the tool's assumption: say so.
            Lang::En => (
                "counting one attaché at each residence whose number no source states",
                "and",
            ),
            Lang::Lv => (
                "skaitot pa vienam atašejam katrā rezidencē, kuras skaitu neviens avots nenorāda",
                "un",
            ),
        };
        let items: Vec<String> = exceptions
            .iter()
            .map(|(city, n)| match self {
                Lang::En => format!("{n} in {city}"),
                Lang::Lv => format!("{city} {n}"),
            })
            .collect();
        let list = match items.split_last() {
            None => return each.to_owned(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        };
        match self {
            Lang::En => format!("{each}, and {list}"),
            Lang::Lv => format!("{each}, un {list}"),
        }
    }
}

impl Lang {
    /// `n` with the noun that counts it, singular or plural by this language's rule: English
    /// says "1 file", "21 files"; Latvian "1 fails", "21 fails", "11 faili" (singular after a
    /// number ending in 1 but not in 11).
    pub fn count(self, n: usize, [one, many]: [&str; 2]) -> String {
        format!("{n} {}", if self.is_singular(n) { one } else { many })
    }

    /// Whether `n` takes the singular in this language.
    pub fn is_singular(self, n: usize) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Lv => n % 10 == 1 && n % 100 != 11,
        }
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

#[cfg(test)]
mod counted_sentences {
    use super::*;

    #[test]
    fn every_counted_sentence_agrees_with_its_number() {
        assert_eq!(
            Lang::En.reciprocity_summary(1, 1, 0, 0),
            "1 country linked: 1 mutual, 0 Latvia only, 0 partner only."
        );
        assert_eq!(
            Lang::En.elected_term(2026, 2027, 1, 1),
            "Elected for 2026–2027: 1 vote (1 needed)."
        );
        assert_eq!(
            Lang::Lv.not_elected(21, 129),
            "Nav ievēlēta: 21 balss (vajadzēja 129)."
        );
        assert_eq!(
            Lang::En.too_long_name("country name", 1, 0),
            "the country name is 1 character long; at most 0 are accepted"
        );
        assert_eq!(
            Lang::En.non_resident_total(1, 1),
            "1 non-resident attaché in 1 city."
        );
        assert_eq!(
            Lang::Lv.postings_total(1, 1, 1),
            "Uzskaitīta 1 rezidence, kas aptver 1 valsti; 1 padomnieks."
        );
        assert_eq!(Lang::En.attaches(1), "1 attaché");
        assert_eq!(Lang::Lv.attaches_object(21), "21 atašeju");
        assert_eq!(Lang::En.residences(1), "1 residence");
    }
}
