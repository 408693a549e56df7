#!/usr/bin/env bash
# Seeds the fuzzers' corpora from the real data: for load_data, each data file behind the byte
# that selects it; for resolve, every name form and code in the data. Run from fuzz/.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load_data corpus/resolve
files=(sources countries cities endonyms ambiguities postings accreditations cooperation duties unsc)
for i in "${!files[@]}"; do
  { printf "\\x$(printf %02x "$i")"; cat "../data/${files[$i]}.json"; } > "corpus/load_data/${files[$i]}"
done
grep -ohE '"[^"]{1,60}"' ../data/countries.json ../data/cities.json | tr -d '"' | sort -u |
  head -n 3000 | while IFS= read -r name; do
    printf '%s' "$name" > "corpus/resolve/$(printf '%s' "$name" | md5sum | cut -c1-16)"
  done
