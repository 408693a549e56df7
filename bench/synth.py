#!/usr/bin/env python3
"""Writes a synthetic attache dataset FACTOR times the size of the real one, for `--data`.

    bench/synth.py SOURCE_DIR FACTOR OUT_DIR

SOURCE_DIR holds the real data files (`attache export` writes them). The real records are kept
as they are, so every real lookup still answers the same; the bulk is made of records the
validation accepts and no real lookup reaches: more names for every country and city (so the
name index grows with the data), more sources, duties, partnerships and UNSC points. Every
synthetic name is unique once folded, as validation requires. Not real facts: benchmark
input only.
"""

import json
import os
import sys


def main():
    src, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    load = lambda name: json.load(open(os.path.join(src, name), encoding="utf-8"))
    data = {name: load(name) for name in os.listdir(src) if name.endswith(".json")}
    extra = factor - 1

    for c in data["countries.json"]:
        # About as many bytes of names as the country has, per extra copy.
        # (Latvian ones end in a number, so they do not decline: one form each, as before.)
        c["en"].setdefault("aliases", []).extend(f"{c['alpha3']} synthetic {i}" for i in range(extra * 5))
        c["lv"].setdefault("aliases", []).extend(f"{c['alpha3']} sintētisks {i}" for i in range(extra * 5))
    for c in data["cities.json"]:
        c["en"].setdefault("aliases", []).extend(f"{c['id']} synthetic city {i}" for i in range(extra * 12))

    sources = data["sources.json"]
    sources += [dict(s, id=f"{s['id']}-synthetic-{i}") for i in range(extra) for s in sources[:]]
    data["duties.json"] += [dict(d) for _ in range(extra) for d in data["duties.json"][:]]

    coop = data["cooperation.json"]["partnerships"]
    coop += [dict(p, id=f"{p['id']}-synthetic-{i}") for i in range(extra) for p in coop[:]]

    sections = data["unsc.json"]["candidacy"]["sections"]
    sections += [dict(s, id=f"{s['id']}-synthetic-{i}") for i in range(extra * 3) for s in sections[:]]

    for name, value in data.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
