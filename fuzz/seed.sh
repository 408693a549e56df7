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
# args: command lines, one argument after another, separated by NUL.
mkdir -p corpus/args corpus/export
i=0
for line in 'country Norway' 'search kiber --lang lv' 'Norway --json' 'non-resident --city Varšava' \
  'graph --country PL --format dot' 'completions bash' 'stats --format csv' 'check --json' \
  'city Warsaw --with-sources' 'accredited --resident --format markdown' 'reciprocity --only mutual' \
  'country Kore' 'contry Norway' '--lang lv unsc' '--help' 'export'; do
  printf '%s' "$line" | tr ' ' '\0' > "corpus/args/seed$i"
  i=$((i + 1))
done
# export: a byte of flags, then pairs (which name, what is planted there); one seed plants nothing.
printf '\x01' > corpus/export/force-empty
printf '\x00\x05\x03\x25\x01\x45\x02' > corpus/export/planted
# page: the ministry's page and its earlier version (Latvian: a first byte of 0), and the
# English shapes (a first byte of 1).
mkdir -p corpus/page
{ printf '\x00'; cat ../tests/pages/mod-lv.txt; } > corpus/page/mod-lv
{ printf '\x00'; cat ../tests/pages/mod-lv-earlier.txt; } > corpus/page/mod-lv-earlier
{ printf '\x01'; cat ../tests/pages/mod-en.txt; } > corpus/page/mod-en
