#!/usr/bin/env python3
"""Prints tests/names/forms.tsv: the forms of country and city names a user may type, each with
the place it names and the reference it comes from.

    apt-get install -y iso-codes     # Debian's iso-codes (4.15.0 was used)
    pip install babel                # 2.18.0 was used; it ships CLDR 47
    python3 tools/reference_forms.py > tests/names/forms.tsv

Columns: form, kind (country or city), expected (ISO 3166-1 alpha-2, a city id of
data/cities.json, or ambiguous:XX,YY for a form that names two countries), reference (a short
tag; tests/names/README.md says what each one is). Exact duplicates (same form, kind and
expected) keep the first reference, in the order the sections below are written: the project's
source texts first, then iso-codes, CLDR, withdrawn ISO names, everyday English forms, and the
cities' names.

Read at run time: Debian iso-codes (/usr/share/iso-codes/json, the Latvian catalogue
/usr/share/locale/lv/LC_MESSAGES/iso_3166-1.mo), Babel's CLDR data, data/countries.json and
data/cities.json (for the list of places and tools/endonyms.py's rules; never for the forms,
except the few city names no reference has, tagged dataset:en / dataset:lv). Everything else,
the forms of the source texts included, is in the tables below: the tool never reads
../shared, and neither does this script.

The script stops with an error (exit 1) if two rows fold to the same text (the tool's folding)
but expect different answers, or a form folds to another country's ISO code: such a form is
either ambiguous (AMBIGUOUS below) or debatable (DEBATABLE below, left out), and a new iso-codes
or CLDR release may bring one. It prints the count per reference to stderr.
"""

import gettext
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

sys.path.insert(0, str(Path(__file__).resolve().parent))
import endonyms  # noqa: E402  (same folder: the endonyms' rules and the tool's folding)
from endonyms import fold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ISO = Path("/usr/share/iso-codes/json")

# --- The project's source texts, every country and city form as written, in the page's order.
# source:mod-lv: the Latvian Ministry of Defence page "Starptautiskā un reģionālā sadarbība".
# Left out: regions and groups (Baltijas valstu, Ziemeļvalstīm, Eiropas, Eiropas Savienības,
# NATO). "Koreja" is South Korea: the page lists the attaché of KR (it resides in Warsaw).
SOURCE_MOD_LV = [
    # The cooperation paragraph.
    ("Latvijas", "country", "LV"),
    ("ASV", "country", "US"),
    ("Kanādu", "country", "CA"),
    ("Latvijā", "country", "LV"),
    ("Dāniju", "country", "DK"),
    ("Latviju", "country", "LV"),
    ("Spānija", "country", "ES"),
    ("Itālija", "country", "IT"),
    ("Polijā", "country", "PL"),
    ("Čehija", "country", "CZ"),
    ("Slovākija", "country", "SK"),
    ("Slovēnija", "country", "SI"),
    ("Albānija", "country", "AL"),
    ("Melnkalne", "country", "ME"),
    ("Ziemeļmaķedonija", "country", "MK"),
    ("Islande", "country", "IS"),
    ("Vācija", "country", "DE"),
    ("Apvienotā karaliste", "country", "GB"),
    ("Somija", "country", "FI"),
    ("Zviedrija", "country", "SE"),
    # The duties ("Latvijas Republikas vēstnieka").
    ("Latvijas Republikas", "country", "LV"),
    # Latvia's attachés abroad.
    ("Vašingtonā", "city", "washington"),
    ("Vācijā", "country", "DE"),
    ("Austrijā", "country", "AT"),
    ("Francijā", "country", "FR"),
    ("Berlīnē", "city", "berlin"),
    ("Kanādā", "country", "CA"),
    ("Otavā", "city", "ottawa"),
    ("Turcijā", "country", "TR"),
    ("Azerbaidžānā", "country", "AZ"),
    ("Gruzijā", "country", "GE"),
    ("Ankarā", "city", "ankara"),
    ("Ukrainā", "country", "UA"),
    ("Moldovā", "country", "MD"),
    ("Kijivā", "city", "kyiv"),
    ("Zviedrijā", "country", "SE"),
    ("Dānijā", "country", "DK"),
    ("Norvēģijā", "country", "NO"),
    ("Somijā", "country", "FI"),
    ("Stokholmā", "city", "stockholm"),
    ("Čehijā", "country", "CZ"),
    ("Slovākijā", "country", "SK"),
    ("Ungārijā", "country", "HU"),
    ("Varšavā", "city", "warsaw"),
    # The two defence advisers.
    ("Lielbritānijas un Ziemeļīrijas Apvienotajā Karalistē", "country", "GB"),
    ("Londona", "city", "london"),
    ("Apvienotā Karaliste", "country", "GB"),
    ("Amerikas Savienotajās Valstīs", "country", "US"),
    # "Latvija uztur šādas saites", "nodrošinot Latvijai".
    ("Latvija", "country", "LV"),
    ("Latvijai", "country", "LV"),
    # Foreign attachés residing in Riga.
    ("Dānija", "country", "DK"),
    ("Kanāda", "country", "CA"),
    ("Ķīna", "country", "CN"),
    ("Polija", "country", "PL"),
    ("Turcija", "country", "TR"),
    ("Rīgā", "city", "riga"),
    # Non-resident foreign attachés.
    ("Austrija", "country", "AT"),
    ("Beļģija", "country", "BE"),
    ("Bulgārija", "country", "BG"),
    ("Viļņā", "city", "vilnius"),
    ("Lietuvā", "country", "LT"),
    ("Francija", "country", "FR"),
    ("Grieķija", "country", "GR"),
    ("Tallinā", "city", "tallinn"),
    ("Igaunijā", "country", "EE"),
    ("Gruzija", "country", "GE"),
    ("Horvātija", "country", "HR"),
    ("Indonēzija", "country", "ID"),
    ("Londonā", "city", "london"),
    ("Apvienotajā Karalistē", "country", "GB"),
    ("Japāna", "country", "JP"),
    ("Koreja", "country", "KR"),
    ("Nīderlande", "country", "NL"),
    ("Norvēģija", "country", "NO"),
    ("Rumānija", "country", "RO"),
    ("Spānijā", "country", "ES"),
    ("Madridē", "city", "madrid"),
    ("Ungārija", "country", "HU"),
]

# source:mfa-lv: the Ministry of Foreign Affairs article on the UN Security Council candidacy
# (2021-07-02). "Mali" is the country of MINUSMA ("misijā Mali").
SOURCE_MFA_LV = [
    ("Latvijai", "country", "LV"),
    ("Latvijas", "country", "LV"),
    ("Latvija", "country", "LV"),
    ("Ukrainas", "country", "UA"),
    ("Baltkrievijā", "country", "BY"),
    ("Mali", "country", "ML"),
]

# source:mod-en: the ministry's English page, as shared/sources/README.md quotes it: "Ukraine
# and Moldova (resident in Kiev) - 2 defence attachés". The rest of it is not quoted there.
SOURCE_MOD_EN = [
    ("Ukraine", "country", "UA"),
    ("Moldova", "country", "MD"),
    ("Kiev", "city", "kyiv"),
]

# source:mod-lv-earlier: the earlier Latvian page, as the README describes it. Only its
# Latvian spellings are quoted there: "ASV" and "Kijevā" (Tbilisi, also named, is not a city
# of the dataset, so it is left out).
SOURCE_MOD_LV_EARLIER = [
    ("ASV", "country", "US"),
    ("Kijevā", "city", "kyiv"),
]

# --- Withdrawn ISO 3166-3 names whose country has ONE successor (renamed, code changed), by
# alpha-4 code. Left out: those that split (ANHH Netherlands Antilles, CSHH Czechoslovakia,
# CSXX Serbia and Montenegro, FQHH, GEHH Gilbert and Ellice Islands, NTHH, PCHH, SUHH USSR,
# YUCS Yugoslavia), those merged into another country (BQAQ, CTKI, DDDE German Democratic
# Republic, JTUM, MIUM, NQAQ, PUUM, PZPA, SKIN Sikkim, VDVN, WKUM, YDYE), and FXFR
# (Metropolitan France: a part of FR, not a former name of a country).
FORMER_ONE_SUCCESSOR = {
    "AIDJ": "DJ",  # French Afars and Issas -> Djibouti (1977)
    "BUMM": "MM",  # Burma -> Myanmar (1989)
    "BYAA": "BY",  # Byelorussian SSR -> Belarus (1992, same alpha-2)
    "DYBJ": "BJ",  # Dahomey -> Benin (1977)
    "HVBF": "BF",  # Upper Volta -> Burkina Faso (1984)
    "NHVU": "VU",  # New Hebrides -> Vanuatu (1980)
    "RHZW": "ZW",  # Southern Rhodesia -> Zimbabwe (1980)
    "TPTL": "TL",  # East Timor -> Timor-Leste (2002)
    "ZRCD": "CD",  # Zaire -> Democratic Republic of the Congo (1997)
}

# --- CLDR 47's alternative English and Latvian names. Babel 2.18.0 does not keep them (its
# import drops CLDR elements with an alt attribute), so they are copied here from CLDR 47's
# JSON (npm package cldr-localenames-full 47.0.0, main/en/territories.json and
# main/lv/territories.json; its other names there equal Babel's). Only ISO 3166-1 codes
# (UN-alt-short "UN" is not a country).
CLDR_ALT = {
    "en": [
        ("BA", "short", "Bosnia"),
        ("CC", "short", "Cocos Islands"),
        ("CD", "variant", "Congo (DRC)"),
        ("CG", "variant", "Congo (Republic)"),
        ("CI", "variant", "Ivory Coast"),
        ("CV", "variant", "Cabo Verde"),
        ("CZ", "variant", "Czech Republic"),
        ("FK", "variant", "Falkland Islands (Islas Malvinas)"),
        ("GB", "short", "UK"),
        ("HK", "short", "Hong Kong"),
        ("IO", "chagos", "Chagos Archipelago"),
        ("MM", "short", "Myanmar"),
        ("MO", "short", "Macao"),
        ("NZ", "variant", "Aotearoa New Zealand"),
        ("PN", "short", "Pitcairn"),
        ("PS", "short", "Palestine"),
        ("SZ", "variant", "Swaziland"),
        ("TL", "variant", "East Timor"),
        ("TR", "variant", "Turkey"),
        ("US", "short", "US"),
    ],
    "lv": [
        ("CD", "variant", "Kongo Demokrātiskā Republika"),
        ("CG", "variant", "Kongo (Republika)"),
        ("CI", "variant", "Ziloņkaula krasts"),
        ("CZ", "variant", "Čehijas Republika"),
        ("FK", "variant", "Folklenda (Malvinu) salas"),
        ("HK", "short", "Honkonga"),
        ("IO", "chagos", "Čagosu arhipelāgs"),
        ("MO", "short", "Makao"),
        ("PS", "short", "Palestīna"),
        ("SZ", "variant", "Svazilenda"),
        ("US", "short", "ASV"),
    ],
}

# --- Everyday English forms (usage:en), each a form people type for one country. Forms that a
# reference above already gives (CLDR's "Bosnia & Herzegovina", "St. Lucia", "Czech
# Republic", "Swaziland"...) keep that reference.
USAGE_EN = [
    # "the" before the name.
    ("the US", "US"), ("the Bahamas", "BS"), ("the Gambia", "GM"), ("the Ukraine", "UA"),
    ("the Netherlands", "NL"), ("the Philippines", "PH"), ("the UK", "GB"),
    # "&" for "and".
    ("Bosnia & Herzegovina", "BA"), ("Trinidad & Tobago", "TT"), ("Antigua & Barbuda", "AG"),
    ("St Kitts & Nevis", "KN"),
    # "St" and "St." for "Saint".
    ("St Lucia", "LC"), ("St. Lucia", "LC"),
    ("St Vincent and the Grenadines", "VC"), ("St. Vincent and the Grenadines", "VC"),
    ("St Helena", "SH"), ("St. Helena", "SH"),
    ("St Kitts and Nevis", "KN"), ("St. Kitts and Nevis", "KN"),
    # "Rep." for "Republic".
    ("Czech Rep.", "CZ"), ("Dominican Rep.", "DO"), ("Central African Rep.", "CF"),
    # A hyphen or a space.
    ("Bosnia-Herzegovina", "BA"), ("Guinea Bissau", "GW"), ("Timor Leste", "TL"),
    # Inverted, as in sorted lists.
    ("Korea, South", "KR"), ("Korea, North", "KP"),
    ("Congo, Democratic Republic of the", "CD"),
    # Short forms. "Timor" is the island Timor-Leste shares with Indonesia; as a country's
    # name it is Timor-Leste's. "Holland" is two provinces, used for the whole country.
    ("Falklands", "FK"), ("Macau", "MO"), ("Timor", "TL"), ("Antigua", "AG"),
    ("Vatican", "VA"), ("Bosnia", "BA"), ("Trinidad", "TT"), ("Emirates", "AE"),
    ("Holland", "NL"),
    # "Korea" alone: South Korea, as the ministry's page settles it ("Koreja").
    ("Korea", "KR"),
    # Former names of a country that has one successor. "Czech Republic" is the English short
    # name before "Czechia" (2016), still the long name. (East Pakistan is left out: it was a
    # part of Pakistan, not a former name of Bangladesh's state.)
    ("Swaziland", "SZ"), ("Burma", "MM"), ("Zaire", "CD"), ("Ceylon", "LK"), ("Persia", "IR"),
    ("Siam", "TH"), ("Rumania", "RO"), ("Belorussia", "BY"), ("Byelorussia", "BY"),
    ("Kirghizia", "KG"), ("FYROM", "MK"), ("Czech Republic", "CZ"),
    # Parts of a country: the United Kingdom's four, and the islands of the countries named
    # after two or more of them.
    ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
    ("Tobago", "TT"), ("Barbuda", "AG"), ("Nevis", "KN"), ("Principe", "ST"),
    ("Miquelon", "PM"), ("Futuna", "WF"), ("Jan Mayen", "SJ"), ("Herzegovina", "BA"),
    # Abbreviated "North" and "South"; other everyday short names.
    ("N. Korea", "KP"), ("S. Korea", "KR"), ("S. Africa", "ZA"),
    ("Faroes", "FO"), ("St Barts", "BL"), ("Solomons", "SB"), ("Northern Marianas", "MP"),
    ("Malvinas", "FK"), ("the States", "US"), ("Western Samoa", "WS"),
    # Names of two countries.
    ("Congo", "ambiguous:CD,CG"), ("Virgin Islands", "ambiguous:VG,VI"),
]

# --- Forms that name more than one country, whichever reference gives them: iso-codes calls
# the Republic of the Congo "Congo" (lv "Kongo"), but the word names both Congos.
AMBIGUOUS = {
    fold("Congo"): "ambiguous:CD,CG",
    fold("Kongo"): "ambiguous:CD,CG",
    fold("Virgin Islands"): "ambiguous:VG,VI",
}

# --- Forms a reference gives that are left out: their answer is debatable or they are wrong.
DEBATABLE = {
    # iso-codes-lv name of GF (French Guiana): "Gviāna" is the Guiana region (Guyana,
    # Suriname and French Guiana); Latvian says "Francijas Gviāna" for GF.
    "Gviāna",
    # iso-codes-lv official name of TT: "Kingdom of Trinidad and Tobago", a mistranslation
    # (it is a republic); no one types it.
    "Trinidādas un Tobāgo Karaliste",
    # iso-codes-lv official names of BA and GQ with a word left in the nominative where
    # the genitive is needed; the dataset holds them corrected ("Bosnijas un Hercegovinas
    # Republika", "Ekvatoriālās Gvinejas Republika"), and a near miss gets a suggestion.
    "Bosnijas un Hercegovina Republika",
    "Ekvatoriālā Gvinejas Republika",
}

# --- Cities: the CLDR time zone of each city comes from tools/endonyms.py (the zone whose
# English exemplar city is the city). No reference names these forms, and the list should
# still cover every city of the dataset: the dataset's own names, tagged as such.
DATASET_CITY_NAMES = [
    ("Washington", "washington", "en"), ("Washington, D.C.", "washington", "en"),
    ("Washington DC", "washington", "en"), ("Vašingtona", "washington", "lv"),
    ("Ottawa", "ottawa", "en"), ("Otava", "ottawa", "lv"),
    ("Ankara", "ankara", "en"), ("Ankara", "ankara", "lv"),
    ("Kijiva", "kyiv", "lv"),  # the current spelling; CLDR 47's lv has the older "Kijeva"
]


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout
        return out.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


class Rows:
    def __init__(self):
        self.rows = []
        self.seen = set()

    def add(self, form, kind, expected, ref):
        form = form.strip()
        if not form or form in DEBATABLE:
            return
        if kind == "country":
            expected = AMBIGUOUS.get(fold(form), expected)
        key = (form, kind, expected)
        if key in self.seen:
            return
        self.seen.add(key)
        self.rows.append((form, kind, expected, ref))


def build():
    iso = json.loads((ISO / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    iso3 = json.loads((ISO / "iso_3166-3.json").read_text(encoding="utf-8"))["3166-3"]
    lv_catalog = gettext.translation("iso_3166-1", "/usr/share/locale", ["lv"])._catalog
    codes = sorted(c["alpha_2"] for c in iso)
    rows = Rows()

    for table, ref in ((SOURCE_MOD_LV, "source:mod-lv"), (SOURCE_MFA_LV, "source:mfa-lv"),
                       (SOURCE_MOD_EN, "source:mod-en"),
                       (SOURCE_MOD_LV_EARLIER, "source:mod-lv-earlier")):
        for form, kind, expected in table:
            rows.add(form, kind, expected, ref)

    fields = ("name", "official_name", "common_name")
    for c in iso:
        for f in fields:
            if f in c:
                rows.add(c[f], "country", c["alpha_2"], f"iso-codes:{f}")
    for c in iso:
        for f in fields:
            # Only what the Latvian catalogue translates: gettext would echo the English.
            if f in c and c[f] in lv_catalog:
                rows.add(lv_catalog[c[f]], "country", c["alpha_2"], f"iso-codes-lv:{f}")

    en, lv = Locale("en").territories, Locale("lv").territories
    for code in codes:
        rows.add(en[code], "country", code, "cldr-en")
    for code, alt, name in CLDR_ALT["en"]:
        rows.add(name, "country", code, f"cldr-en:alt-{alt}")
    for code in codes:
        rows.add(lv[code], "country", code, "cldr-lv")
    for code, alt, name in CLDR_ALT["lv"]:
        rows.add(name, "country", code, f"cldr-lv:alt-{alt}")

    _, _, excluded, _, (by_country, by_city) = endonyms.compute()
    left_out = {(pid, lang, name) for _, pid, lang, name, _ in excluded}
    for code in codes:
        for lang, name in by_country.get(code, []):
            if (code, lang, name) not in left_out:
                rows.add(name, "country", code, f"cldr-endonym:{lang}")

    for c in iso3:
        successor = FORMER_ONE_SUCCESSOR.get(c["alpha_4"])
        if successor:
            rows.add(c["name"], "country", successor, "iso-3166-3:former")
            rows.add(c["name"].split(",")[0], "country", successor, "iso-3166-3:former")

    for form, expected in USAGE_EN:
        rows.add(form, "country", expected, "usage:en")

    _, cities = endonyms.load_dataset()
    for city in cities:
        zone = endonyms.city_zone(city)
        if zone is None:
            continue
        # The city's own languages first (tools/endonyms.py's candidates), then en and lv.
        langs = [lang for lang, _ in by_city[city["id"]]] + ["en", "lv"]
        for lang in langs:
            name = endonyms.exemplar(lang, zone)
            if name and (city["id"], lang, name) not in left_out:
                rows.add(name, "city", city["id"], f"cldr-city:{lang}")
    for form, city_id, lang in DATASET_CITY_NAMES:
        rows.add(form, "city", city_id, f"dataset:{lang}")
    return rows.rows, iso, cities


def check(rows, iso, cities):
    """Every expected answer exists, and no folded form names two answers or another code."""
    problems = []
    codes = {c["alpha_2"] for c in iso}
    city_ids = {c["id"] for c in cities}
    for form, kind, expected, ref in rows:
        targets = expected.removeprefix("ambiguous:").split(",")
        known = codes if kind == "country" else city_ids
        if any(t not in known for t in targets):
            problems.append(f"unknown {kind} {expected!r} for {form!r} ({ref})")
    answers = {}
    for form, kind, expected, ref in rows:
        answers.setdefault((kind, fold(form)), {}).setdefault(expected, []).append((form, ref))
    for (kind, folded), by_expected in sorted(answers.items()):
        if len(by_expected) > 1:
            problems.append(f"{kind} form {folded!r} has two answers: {by_expected}")
    code_of = {}
    for c in iso:
        code_of[fold(c["alpha_2"])] = c["alpha_2"]
        code_of[fold(c["alpha_3"])] = c["alpha_2"]
    for form, kind, expected, ref in rows:
        code = code_of.get(fold(form))
        if kind == "country" and code and code not in expected:
            problems.append(f"{form!r} ({ref}) for {expected} is the ISO code of {code}")
    return problems


def main():
    rows, iso, cities = build()
    problems = check(rows, iso, cities)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        sys.exit(1)
    out = sys.stdout
    out.write("# Name forms a user may type, with the place each names and its reference.\n")
    out.write("# Made by tools/reference_forms.py (see tests/names/README.md) from: Debian "
              f"iso-codes {iso_codes_version()}; Babel {babel.__version__} with Unicode CLDR "
              f"{get_cldr_version()} (CLDR 47 alt names copied into the script); the project's "
              "source texts (tables in the script).\n")
    out.write("# Regenerate: python3 tools/reference_forms.py > tests/names/forms.tsv\n")
    out.write("form\tkind\texpected\treference\n")
    for row in rows:
        assert not any("\t" in f or "\n" in f for f in row), row
        out.write("\t".join(row) + "\n")
    counts = Counter(ref for *_, ref in rows)
    for ref, n in sorted(counts.items()):
        print(f"{n}\t{ref}", file=sys.stderr)
    print(f"{len(rows)}\ttotal", file=sys.stderr)


if __name__ == "__main__":
    main()
