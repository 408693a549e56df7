#!/usr/bin/env python3
"""Writes data/endonyms.json: each country's name in its own official languages, and each
dataset city's name in its own language, from Unicode CLDR as Babel ships it.

    pip install babel            # 2.18.0 was used; it ships CLDR 47
    python3 tools/endonyms.py    # writes data/endonyms.json, reports on stderr

Source: Unicode CLDR (Common Locale Data Repository), release 47, read through Babel 2.18.0
(`babel.core.get_cldr_version()` gives "47"). The script prints the versions it ran with and
warns if the CLDR release is not 47, since the committed file was made from that one.

Countries. For every country in data/countries.json, its official languages are
`babel.languages.get_official_languages(code, de_facto=True)` (CLDR's territoryInfo: the
languages marked official or de facto official, e.g. en for US, ru for UA and BY, gsw for CH).
Each language is mapped to a locale Babel has: the id as CLDR lists it if Babel has it; a bare
id for which Babel has language_Script locales in two or more scripts is written with the
script CLDR's likely subtags give it (sr -> sr_Cyrl, bs -> bs_Latn, zh -> zh_Hans, az ->
az_Latn), so that `lang` says which script a name is in (the data is the same locale's); an id
Babel lacks is tried as language_Script from likely subtags, in the script asked for, and
otherwise skipped and reported (Babel 2.18.0 has no locale data for sm, ay, hif, fj, ch, gil,
zdj, wni, mh, na, niu, ty, ho, pau, tkl, tet, tvl, nan_Hant, hak_Hant, bi). The name is
`Locale(lang).territories[code]`.

Cities. For every city in data/cities.json, the CLDR time zones of its country are searched
for one whose English exemplar city is the city's English name or an alias (Europe/Kiev for
kyiv: CLDR still keys it by the old tz id, which Babel's zone table calls Europe/Kyiv, so both
are tried). The city's name in each official language of its country is that locale's
exemplar city; where a Latin-script locale has none, CLDR's own fallback applies (the zone id's
last part, "Europe/Berlin" -> "Berlin", UTS #35). Washington, Ottawa and Ankara are not the
exemplar city of any zone, so they get nothing.

A name is left out, silently, when it folds equal to one of the place's own forms in the
dataset (English name and aliases, Latvian name, case forms and aliases, codes): the tool
already accepts it. A name is left out, and reported on stderr as excluded with the reason,
when it folds equal to any form of a different place in the dataset, or to a CLDR name of a
different place in this same search (countries and cities are checked among themselves, as
the tool's two name indexes are). Folding mirrors src/data/names.rs `fold`: Unicode NFKD,
combining marks dropped, lower case, a few Latin letters spelled plain (ø -> o, ß -> ss...),
anything not a letter or digit a word break, runs of breaks one space.

Output: one line per country or city object, sorted by code and id; names in the order of
CLDR's official-language list, each distinct folded name once.
"""

import json
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale, languages, localedata
from babel.core import get_cldr_version, get_global

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_CLDR = "47"

# Latin letters that are not a base letter plus a mark: src/data/names.rs `plain_letter`.
PLAIN = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l",
         "ı": "i", "ħ": "h"}


def fold(name):
    """The tool's folding of a name (src/data/names.rs `fold`)."""
    out = []
    gap = False

    def push(c):
        nonlocal gap
        if not c.isalnum():
            gap = bool(out)
            return
        if gap:
            out.append(" ")
            gap = False
        out.append(PLAIN.get(c, c))

    for ch in name:
        if ch.isascii():
            push(ch.lower())
            continue
        for d in unicodedata.normalize("NFKD", ch.lower()):
            for c in d.lower():
                if not unicodedata.category(c).startswith("M"):
                    push(c)
    return "".join(out)


def load_dataset():
    countries = json.loads((ROOT / "data/countries.json").read_text(encoding="utf-8"))
    cities = json.loads((ROOT / "data/cities.json").read_text(encoding="utf-8"))
    return countries, cities


def own_forms(place):
    """Every form the tool accepts for one country or city record, folded."""
    forms = [place.get("alpha2", ""), place.get("alpha3", ""), place.get("id", "")]
    for lang in ("en", "lv"):
        names = place[lang]
        forms += [names["name"], names.get("official") or ""]
        for field in ("aliases", "former", "parts"):
            forms += names.get(field, [])
    return {fold(f) for f in forms if f}


def _scripts_babel_has(language):
    return {ident.split("_")[1] for ident in localedata.locale_identifiers()
            if ident.startswith(language + "_") and len(ident.split("_")[1]) == 4}


def locale_for(lang):
    """The Babel locale id to read `lang`'s names from, or None if Babel has none."""
    likely = get_global("likely_subtags")
    if localedata.exists(lang):
        parts = lang.split("_")
        if len(parts) == 1 and len(_scripts_babel_has(lang)) > 1:
            full = likely.get(lang, "")
            script = full.split("_")[1] if full.count("_") >= 1 else None
            if script and localedata.exists(f"{lang}_{script}"):
                return f"{lang}_{script}"
        return lang
    full = likely.get(lang)
    if full:
        language, script = full.split("_")[:2]
        wanted = lang.split("_")[1] if "_" in lang else script
        if wanted == script and localedata.exists(f"{language}_{script}"):
            return f"{language}_{script}"
    return None


def official_locales(code, report):
    """The locale ids of a territory's official languages (de facto included)."""
    out = []
    for lang in languages.get_official_languages(code, de_facto=True):
        loc = locale_for(lang)
        if loc is None:
            report.append(f"skipped: no Babel locale data for {lang} (official in {code})")
        elif loc not in out:
            out.append(loc)
    return out


def latin(loc):
    likely = get_global("likely_subtags").get(loc.split("_")[0], "")
    parts = loc.split("_")
    script = parts[1] if len(parts) > 1 and len(parts[1]) == 4 else likely.split("_")[1]
    return script == "Latn"


def zone_keys(zone):
    """The zone id and its aliases: CLDR's locale data may key a zone by an older id."""
    aliases = get_global("zone_aliases")
    return [zone] + sorted(a for a, target in aliases.items() if target == zone)


def exemplar(loc, zone, fallback=True):
    """A locale's exemplar city for a zone; CLDR's fallback (the zone id) where allowed."""
    tz = Locale.parse(loc).time_zones
    for key in zone_keys(zone):
        city = tz.get(key, {}).get("city")
        if city:
            return city
    if fallback and latin(loc):
        return zone.split("/")[-1].replace("_", " ")
    return None


def city_zone(city):
    """The CLDR time zone whose English exemplar city is this city, or None."""
    forms = own_forms(city)
    for zone, territory in sorted(get_global("zone_territories").items()):
        if territory == city["country"] and fold(exemplar("en", zone)) in forms:
            return zone
    return None


def candidates(report):
    """Every CLDR own-language name of every country and city, before any filtering:
    ({code: [(lang, name)]}, {city id: [(lang, name)]})."""
    countries, cities = load_dataset()
    by_country = {}
    for c in countries:
        code = c["alpha2"]
        names = []
        for loc in official_locales(code, report):
            name = Locale.parse(loc).territories.get(code)
            if name:
                names.append((loc, name))
            else:
                report.append(f"no name: CLDR {loc} has no name for {code}")
        by_country[code] = names
    by_city = {}
    for city in cities:
        zone = city_zone(city)
        if zone is None:
            report.append(f"no zone: no CLDR time zone has {city['id']} as its exemplar city")
            by_city[city["id"]] = []
            continue
        names = []
        for loc in official_locales(city["country"], []):
            name = exemplar(loc, zone)
            if name:
                names.append((loc, name))
        by_city[city["id"]] = names
    return by_country, by_city


def select(places, names_by_place, key, kind, excluded):
    """Filters one kind's candidates: drops names the place already has, excludes (and
    records in `excluded`) names that fold equal to another place's form or CLDR name."""
    forms = {p[key]: own_forms(p) for p in places}
    owners = {}
    for pid, names in names_by_place.items():
        for _, name in names:
            owners.setdefault(fold(name), set()).add(pid)
    for pid, fs in forms.items():
        for f in fs:
            owners.setdefault(f, set()).add(pid)
    kept = {}
    for pid in sorted(names_by_place):
        seen = set()
        for lang, name in names_by_place[pid]:
            f = fold(name)
            others = sorted(owners[f] - {pid})
            if others:
                reason = []
                for o in others:
                    if f in forms.get(o, ()):
                        reason.append(f"a name of {o} in data/{kind}.json")
                    else:
                        reason.append(f"a CLDR name of {o}")
                excluded.append((kind, pid, lang, name, "; ".join(reason)))
                continue
            if f in forms[pid] or f in seen:
                continue
            seen.add(f)
            kept.setdefault(pid, []).append((lang, name))
    return kept


def compute():
    """Everything the file holds, with the reports: (countries, cities, excluded, report)."""
    report = []
    countries, cities = load_dataset()
    by_country, by_city = candidates(report)
    excluded = []
    kept_countries = select(countries, by_country, "alpha2", "countries", excluded)
    kept_cities = select(cities, by_city, "id", "cities", excluded)
    return kept_countries, kept_cities, excluded, report, (by_country, by_city)


def render(kept_countries, kept_cities):
    def obj(field, pid, names):
        inner = ", ".join(
            "{ " + f'"lang": {json.dumps(lang)}, "name": {json.dumps(name, ensure_ascii=False)}'
            + " }" for lang, name in names)
        return "    { " + f'"{field}": {json.dumps(pid)}, "names": [ {inner} ]' + " }"

    lines = ["{", '  "source": "cldr",', '  "countries": [']
    lines.append(",\n".join(obj("country", c, kept_countries[c]) for c in sorted(kept_countries)))
    lines += ["  ],", '  "cities": [']
    lines.append(",\n".join(obj("city", c, kept_cities[c]) for c in sorted(kept_cities)))
    lines += ["  ]", "}"]
    return "\n".join(line for line in lines if line) + "\n"


def versions():
    return f"Babel {babel.__version__}, CLDR {get_cldr_version()}"


def main():
    if get_cldr_version() != EXPECTED_CLDR:
        print(f"warning: Babel ships CLDR {get_cldr_version()}, the committed file was made "
              f"from CLDR {EXPECTED_CLDR}", file=sys.stderr)
    kept_countries, kept_cities, excluded, report, _ = compute()
    text = render(kept_countries, kept_cities)
    json.loads(text)  # well-formed
    (ROOT / "data/endonyms.json").write_text(text, encoding="utf-8")
    err = sys.stderr
    print(f"{versions()}", file=err)
    for line in report:
        print(line, file=err)
    if not excluded:
        print("excluded: none (no name folds equal to another place's form or CLDR name)",
              file=err)
    for kind, pid, lang, name, reason in excluded:
        print(f"excluded: {kind} {pid} {lang} {name!r}: folds equal to {reason}", file=err)
    n = sum(len(v) for v in kept_countries.values())
    m = sum(len(v) for v in kept_cities.values())
    print(f"wrote data/endonyms.json: {n} names of {len(kept_countries)} countries, "
          f"{m} names of {len(kept_cities)} cities", file=err)


if __name__ == "__main__":
    main()
