#!/usr/bin/env python3
"""Writes a synthetic attache dataset FACTOR times the size of the real one, for `--data`.

    bench/synth.py SOURCE_DIR FACTOR OUT_DIR

SOURCE_DIR holds the real data files (`attache export` writes them). The real records are kept
as they are, and no synthetic record names a real country or city, so every real lookup
(`country Norway`, `city Warsaw`) answers the same; lists of everything (`postings`,
`sources`, `unsc`, ...) grow. Every file kind grows, so that no path of the loader that is
quadratic in one kind hides:

- countries: more names for every real country (the name index grows with the data), and
  synthetic countries under the ISO codes no country has (at most 427 of them: a code is two
  capital letters), each with names of its own;
- cities: more names for every real city, and synthetic cities in the synthetic countries;
- endonyms and ambiguities: names of the synthetic places in their "own languages", and names
  two synthetic countries share;
- postings: an attaché covering each synthetic country, and many advisers (advisers have no
  limit a country); accreditations: one for each synthetic country (at most one a country);
- sources, duties, statements, partnerships (their members synthetic countries), UNSC
  sections, points and developments (their countries synthetic).

Every synthetic name is unique once folded, as validation requires (the output must pass
`attache --data OUT_DIR check`), and every file stays under the loader's limits (65,535
records a file). Not real facts: benchmark input only.
"""

import itertools
import json
import os
import string
import sys
import unicodedata


def folded(name):
    """About what the loader's `key` makes of a name: enough to keep synthetic codes off
    every real name."""
    name = unicodedata.normalize("NFKD", name.lower())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in name).split())


def letters(i):
    """A lower-case word for a number (cities' ids are letters and hyphens only)."""
    word = ""
    while True:
        word = string.ascii_lowercase[i % 26] + word
        i //= 26
        if i == 0:
            return word


def real_forms(data):
    forms = set()
    for place in data["countries.json"] + data["cities.json"]:
        for lang in ("en", "lv"):
            names = place[lang]
            for n in [names["name"], names.get("official")] + names.get("aliases", []) + \
                    names.get("former", []) + names.get("parts", []):
                if n:
                    forms.add(folded(n))
        for code in ("alpha2", "alpha3", "id"):
            if code in place:
                forms.add(folded(place[code]))
    for group in ("countries", "cities"):
        for e in data["endonyms.json"][group]:
            forms.update(folded(n["name"]) for n in e["names"])
    for a in data["ambiguities.json"]:
        forms.update(folded(n) for n in a["names"].get("en", []) + a["names"].get("lv", []))
    return forms


def main():
    src, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    load = lambda name: json.load(open(os.path.join(src, name), encoding="utf-8"))
    data = {name: load(name) for name in os.listdir(src) if name.endswith(".json")}
    extra = factor - 1
    taken = real_forms(data)
    countries = data["countries.json"]
    cities = data["cities.json"]

    # Synthetic countries, under codes no real country has and no real name folds to.
    alpha3s = {c["alpha3"] for c in countries}
    free = [
        a + b
        for a, b in itertools.product(string.ascii_uppercase, repeat=2)
        if a + b not in {c["alpha2"] for c in countries}
        and folded(a + b) not in taken
        and a + b + "X" not in alpha3s
        and folded(a + b + "X") not in taken
    ]
    synthetic = free[: min(len(free), extra * 2)]
    for code in synthetic:
        countries.append({
            "alpha2": code,
            "alpha3": code + "X",
            "en": {"name": f"{code} synthetic country",
                   "aliases": [f"{code} synthetic country {i}" for i in range(extra)]},
            "lv": {"name": f"{code} sintētiska valsts 0",
                   "aliases": [f"{code} sintētiska valsts {i + 1}" for i in range(extra)]},
            "source": countries[0]["source"],
        })
    for c in countries[: -len(synthetic) or None]:
        # About as many bytes of names as the country has, per extra copy.
        # (Latvian ones end in a number, so they do not decline: one form each, as before.)
        c["en"].setdefault("aliases", []).extend(f"{c['alpha3']} synthetic {i}" for i in range(extra * 3))
        c["lv"].setdefault("aliases", []).extend(f"{c['alpha3']} sintētisks {i}" for i in range(extra * 3))

    # Synthetic cities, each in a synthetic country (none if there is none: factor 1).
    city_source = cities[0]["source"]
    for c in cities:
        c["en"].setdefault("aliases", []).extend(f"{c['id']} synthetic city {i}" for i in range(extra * 6))
    new_cities = []
    for i in range(extra * 6 if synthetic else 0):
        cid = f"synthetic-{letters(i)}x"  # no Latvian ending: one form, never declined into another
        new_cities.append(cid)
        cities.append({
            "id": cid,
            "country": synthetic[i % len(synthetic)],
            "en": {"name": f"{cid} town", "aliases": [f"{cid} town {j}" for j in range(3)]},
            "lv": {"name": f"{cid} pilsēta 0"},
            "source": city_source,
        })

    endonyms = data["endonyms.json"]
    for n, code in enumerate(synthetic):
        endonyms["countries"].append({
            "country": code,
            "names": [{"lang": "xx", "name": f"{code} endonym {i}"} for i in range(extra // 8 + 1)],
        })
    for cid in new_cities[: extra]:
        endonyms["cities"].append({"city": cid, "names": [{"lang": "xx", "name": f"{cid} lokāli"}]})
    ambiguities = data["ambiguities.json"]
    for i in range(min(extra, len(synthetic) // 2)):
        pair = [synthetic[2 * i], synthetic[2 * i + 1]]
        ambiguities.append({
            "names": {"en": [f"{pair[0]} {pair[1]} shared name"], "lv": [f"{pair[0]} {pair[1]} kopīgs 0"]},
            "countries": pair,
            "settled": None,
            "source": ambiguities[0]["source"],
        })

    # Postings: an attaché covering each synthetic country; advisers, many of them.
    postings = data["postings.json"]
    attache, adviser = postings["attaches"][0], postings["advisers"][0]
    for i, code in enumerate(synthetic):
        postings["attaches"].append(dict(attache, covers=[code], residence=new_cities[i % len(new_cities)]))
        postings["attaches"][-1].pop("stated_attaches", None)
    for i in range(extra * 10 if synthetic else 0):
        postings["advisers"].append(dict(adviser, residence=new_cities[i % len(new_cities)],
                                         embassy_in=synthetic[i % len(synthetic)]))
    accreditation = data["accreditations.json"][0]
    for i, code in enumerate(synthetic):
        record = dict(accreditation, country=code, residence=new_cities[(i + 1) % len(new_cities)])
        record.pop("name_in_source", None)
        data["accreditations.json"].append(record)

    sources = data["sources.json"]
    sources += [dict(s, id=f"{s['id']}-synthetic-{i}") for i in range(extra) for s in sources[:]]
    data["duties.json"] += [dict(d) for _ in range(extra) for d in data["duties.json"][:]]
    statements = data["statements.json"]
    statements += [dict(s, id=f"{s['id']}-synthetic-{i}") for i in range(extra) for s in statements[:]]

    # Partnerships of synthetic countries only: no real country's page grows.
    coop = data["cooperation.json"]["partnerships"]
    members = lambda i, n: [{"country": synthetic[(i + j) % len(synthetic)], "role": None}
                            for j in range(min(n, len(synthetic)))]
    coop += [dict(p, id=f"{p['id']}-synthetic-{i}", members=members(i, 2 + len(p["members"])))
             for i in range(extra if synthetic else 0) for p in coop[:]]

    unsc = data["unsc.json"]
    some = lambda i: [synthetic[i % len(synthetic)]] if synthetic else []
    sections = unsc["candidacy"]["sections"]
    sections += [
        dict(s, id=f"{s['id']}-synthetic-{i}",
             points=[dict(p, countries=some(i + j)) for j, p in enumerate(s["points"])])
        for i in range(extra * 3) for s in sections[:]
    ]
    developments = unsc["developments"]
    developments += [dict(d, countries=some(i)) for i in range(extra * 5) for d in developments[:]]

    for name, value in data.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
