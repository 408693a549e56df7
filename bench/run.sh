#!/usr/bin/env bash
# attache's benchmarks, side by side in one run on this machine:
#   - every one of attache's seventeen commands on the embedded data, in every format it has
#     (table, JSON, CSV, Markdown; DOT and Mermaid for graph; each shell's completions); `check`,
#     which really parses and validates the data files, is reported but is no lookup; `export`
#     writes into a temporary directory; `diff` and `import`, which read and validate a dataset
#     from files as `check` does, are reported and excepted with it;
#   - a static build (x86_64-unknown-linux-musl) against a static hello world, where that target
#     is installed (`rustup target add x86_64-unknown-linux-musl`);
#   - the floor: a Rust hello world built here with attache's release profile, and /bin/true;
#   - the peer: jq answering the same country lookup over the dataset exported as one JSON file;
#   - --data with synthetic datasets 10x, 100x and 1000x the real one (bench/synth.py): a lookup
#     as above, and the load against a typed serde_json parse of the same files
#     (examples/load.rs): instructions, MB/s, and peak memory as a multiple of the input.
# Instruction counts come from valgrind's callgrind (deterministic on a noisy machine), wall
# times are hyperfine medians; each is given as a ratio to the hello-world floor and to jq.
# A missing tool skips its part with a note.
#
#   bench/run.sh                  # everything but callgrind of jq and lookups at 1000x (about 20 minutes)
#   BENCH_QUICK=1 bench/run.sh    # no 1000x dataset, fewer hyperfine runs
#   BENCH_CALLGRIND_1000=1 bench/run.sh   # callgrind at 1000x too: jq alone takes ~40 minutes
#
# Writes a Markdown report to stdout (bench/RESULTS.md is one, with its commentary).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
quick="${BENCH_QUICK:-}"
runs="${BENCH_RUNS:-$([ -n "$quick" ] && echo 30 || echo 200)}"
factors=(10 100 1000)
[ -n "$quick" ] && factors=(10 100)

note() { printf '%s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- Binaries -------------------------------------------------------------------------------
note "building attache (release)..."
(cd "$root" && cargo build --release --locked --quiet)
target_dir="$(cd "$root" && cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
attache="$target_dir/release/attache"
# The --data loader against its baseline, a typed serde_json parse of the same files.
(cd "$root" && cargo build --release --locked --quiet --example load)
loader="$target_dir/release/examples/load"

note "building the hello-world floor with attache's [profile.release]..."
mkdir -p "$work/hello/src"
{
  printf '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2024"\n\n'
  # The profile section of attache's Cargo.toml, verbatim: the same profile, not a copy of it.
  awk '/^\[profile\.release\]/{on=1; print; next} /^\[/{on=0} on' "$root/Cargo.toml"
} >"$work/hello/Cargo.toml"
echo 'fn main() { println!("Hello, world!"); }' >"$work/hello/src/main.rs"
(cd "$work/hello" && CARGO_TARGET_DIR="$work/hello/target" cargo build --release --quiet)
hello="$work/hello/target/release/hello"

# A static build, as ripgrep ships, against a static hello world: only where the target is
# installed (this script downloads no toolchain).
musl=x86_64-unknown-linux-musl
static_attache="" static_hello=""
if have rustup && rustup target list --installed 2>/dev/null | grep -qx "$musl"; then
  note "building attache and the floor for $musl (static)..."
  (cd "$root" && cargo build --release --locked --quiet --target "$musl")
  static_attache="$target_dir/$musl/release/attache"
  (cd "$work/hello" && CARGO_TARGET_DIR="$work/hello/target" cargo build --release --quiet --target "$musl")
  static_hello="$work/hello/target/$musl/release/hello"
  static_note="Static build ($musl): the \`static:\` rows of the first table, against a static hello world (its floor)."
else
  static_note="Static build: the $musl target is not installed, so no static build was measured (\`rustup target add $musl\`, then run again)."
  note "$static_note"
fi

# --- Data -----------------------------------------------------------------------------------
"$attache" export "$work/data/1" >/dev/null
join_json() { # DIR -> one JSON object holding every file, keyed by file name
  local d="$1"
  jq -c -n '{sources: input, countries: input, cities: input, postings: input,
             accreditations: input, cooperation: input, duties: input, unsc: input}' \
    "$d/sources.json" "$d/countries.json" "$d/cities.json" "$d/postings.json" \
    "$d/accreditations.json" "$d/cooperation.json" "$d/duties.json" "$d/unsc.json"
}
for k in "${factors[@]}"; do
  note "generating the ${k}x dataset..."
  python3 "$root/bench/synth.py" "$work/data/1" "$k" "$work/data/$k"
  "$attache" --data "$work/data/$k" check >/dev/null # must load, or the figures mean nothing
done
if have jq; then
  for k in 1 "${factors[@]}"; do join_json "$work/data/$k" >"$work/data/$k.json"; done
else
  note "jq is not installed: the peer columns are left out."
fi
bytes() { cat "$work/data/$1"/*.json | wc -c; }

# The lookup `attache country Norway` answers, in jq: find the country by any of its names,
# then Latvia's attaché or adviser for it and its attaché accredited to Latvia.
cat >"$work/lookup.jq" <<'EOF'
($name | ascii_downcase) as $n
| . as $d
| first($d.countries[]
    | select(([.alpha2, .alpha3, .en.name, .en.official, .lv.name, .lv.official]
              + (.en.aliases // []) + (.lv.aliases // []) | map(select(. != null)))
             | map(ascii_downcase) | index($n))) as $c
| ($d.cities | map({key: .id, value: .en.name}) | from_entries) as $city
| { country: $c.en.name, alpha2: $c.alpha2,
    latvias_attache: [$d.postings.attaches[] | select(.covers | index($c.alpha2)) | $city[.residence]],
    latvias_adviser: [$d.postings.advisers[] | select(.embassy_in == $c.alpha2) | $city[.residence]],
    attache_to_latvia: [$d.accreditations[] | select(.country == $c.alpha2) | $city[.residence]] }
EOF

# --- Cases: label | command ------------------------------------------------------------------
cases=(
  "/bin/true|/bin/true"
  "hello world (floor)|$hello"
)
# Every command, as a table and as JSON where it has JSON; `check` last of those, being no lookup.
commands=("country Norway" "city Warsaw" "non-resident" "accredited" "postings" "search kiber"
  "reciprocity" "graph" "stats" "partners" "about" "unsc" "sources" "check")
for c in "${commands[@]}"; do
  cases+=("attache $c|$attache $c" "attache --json $c|$attache --json $c")
done
# The other formats of the pages that have them (check's CSV and Markdown are its report).
for c in "${commands[@]}"; do
  [ "$c" = check ] && continue
  cases+=("attache --format csv $c|$attache --format csv $c" "attache --format markdown $c|$attache --format markdown $c")
done
cases+=(
  "attache --format dot graph|$attache --format dot graph"
  "attache --format mermaid graph|$attache --format mermaid graph"
  "attache export DIR|$attache export --force $work/exported"
  "attache export DIR --format csv|$attache export --force --format csv $work/exported-csv"
)
for shell in bash zsh fish elvish powershell; do
  cases+=("attache completions $shell|$attache completions $shell")
done
cases+=("attache man|$attache man")
# diff and import read and validate a dataset from files, as check and --data do: reported,
# excepted like check from the worst command.
cases+=(
  "attache diff DIR|$attache diff $work/data/1"
  "attache import PAGE|$attache import $root/tests/pages/mod-lv.txt --into $work/imported --force"
)
if [ -n "$static_attache" ]; then
  cases+=(
    "static: hello world (floor)|$static_hello"
    "static: attache country Norway|$static_attache country Norway"
    "static: attache --json country Norway|$static_attache --json country Norway"
    "static: attache search kiber|$static_attache search kiber"
    "static: attache unsc|$static_attache unsc"
  )
fi
have jq && cases+=("jq: country Norway, 1x|jq -c --arg name Norway -f $work/lookup.jq $work/data/1.json")
for k in "${factors[@]}"; do
  cases+=("attache --data ${k}x country Norway|$attache --data $work/data/$k country Norway")
  have jq && cases+=("jq: country Norway, ${k}x|jq -c --arg name Norway -f $work/lookup.jq $work/data/$k.json")
done

# --- Instructions ---------------------------------------------------------------------------
declare -A instr wall
instr[none]="" wall[none]=""
if have valgrind; then
  for case in "${cases[@]}"; do
    label="${case%%|*}" cmd="${case#*|}"
    if [[ "$label" == *1000x* && -z "${BENCH_CALLGRIND_1000:-}" ]]; then
      continue
    fi
    note "callgrind: $label"
    instr[$label]=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  done
else
  note "valgrind is not installed: no instruction counts."
fi

# --- Wall clock -----------------------------------------------------------------------------
if have hyperfine; then
  for case in "${cases[@]}"; do
    label="${case%%|*}" cmd="${case#*|}"
    n="$runs"
    case "$label" in *1000x*) n=5 ;; *100x*) n=10 ;; esac
    note "hyperfine: $label ($n runs)"
    hyperfine -N --style none --warmup 3 --runs "$n" --export-json "$work/h.json" "$cmd" >/dev/null 2>&1
    wall[$label]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/h.json")
  done
else
  note "hyperfine is not installed: no wall-clock medians."
fi

# --- --data at scale: the load against a typed parse ---------------------------------------
# For each synthetic dataset: the instructions of a typed serde_json parse of its files and of
# a --data load of them (examples/load.rs: each process reads the files, then parses or loads
# them once), their throughput in process (medians), and the peak memory of
# `attache --data DIR country Norway` and of the typed parse as multiples of the input's bytes.
peak_kb() { # CMD... -> the peak resident memory of CMD in KB (GNU time), or nothing
  [ -x /usr/bin/time ] || return 0
  /usr/bin/time -f '%M' -o "$work/peak" "$@" >/dev/null && cat "$work/peak"
}
[ -x /usr/bin/time ] || note "/usr/bin/time (GNU time) is not installed: no peak memory."
declare -A scale
for k in "${factors[@]}"; do
  d="$work/data/$k"
  if have valgrind; then
    for m in typed load; do
      note "callgrind: examples/load $m, ${k}x"
      scale[$k.$m.instr]=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$loader" $m "$d" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    done
  fi
  note "timing: examples/load time, ${k}x"
  n=$([ "$k" -ge 1000 ] && echo 3 || echo 10)
  read -r _ _ _ t_ms _ t_mbs _ l_ms _ l_mbs _ _ < <("$loader" time "$d" "$n")
  scale[$k.typed.ms]=$t_ms scale[$k.typed.mbs]=$t_mbs scale[$k.load.ms]=$l_ms scale[$k.load.mbs]=$l_mbs
  scale[$k.load.kb]=$(peak_kb "$attache" --data "$d" country Norway)
  scale[$k.typed.kb]=$(peak_kb "$loader" typed "$d")
done
scale[embedded.kb]=$(peak_kb "$attache" country Norway)

# --- Report ---------------------------------------------------------------------------------
ratio() { # A B -> A/B with one decimal, or a dash
  [ -n "${1:-}" ] && [ -n "${2:-}" ] && python3 -c "print(f'{$1/$2:.2f}')" || echo "–"
}
fmt_int() { [ -n "${1:-}" ] && printf "%'d" "$1" || echo "–"; }
mb() { [ -n "${1:-}" ] && python3 -c "print(f'{$1/1024:.1f}')" || echo "–"; }
fmt_ms() { [ -n "${1:-}" ] && python3 -c "print(f'{$1*1000:.2f}')" || echo "–"; }
peer_of() { # the jq case at the same data size as a label: jq answers only the country lookup
  case "$1" in *"--data "*x*) local k="${1#*--data }"; echo "jq: country Norway, ${k%%x*}x" ;;
  "attache country Norway" | "attache --json country Norway") echo "jq: country Norway, 1x" ;;
  *) echo "none" ;; esac
}
floor_of() { # a static build's floor is the static hello world
  case "$1" in static:*) echo "static: hello world (floor)" ;; *) echo "hello world (floor)" ;; esac
}

floor="hello world (floor)"
echo "# attache benchmarks"
echo
echo "$(date -u +%Y-%m-%d), $(uname -m), $(nproc) cores; attache $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?');"
echo "$(rustc --version); valgrind $(valgrind --version 2>/dev/null | sed 's/valgrind-//' || echo 'absent');"
echo "hyperfine $(hyperfine --version 2>/dev/null | cut -d' ' -f2 || echo 'absent'); jq $(jq --version 2>/dev/null || echo 'absent'). Wall: median of $runs runs (10 at 100x, 5 at 1000x)."
echo
echo "Data sizes (bytes of JSON): real $(bytes 1)$(for k in "${factors[@]}"; do printf ', %sx %s' "$k" "$(bytes "$k")"; done)."
echo
echo "| case | instructions | × floor | jq ÷ this | wall ms | × floor | jq ÷ this |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for case in "${cases[@]}"; do
  label="${case%%|*}"
  peer="$(peer_of "$label")"
  f="$(floor_of "$label")"
  echo "| $label | $(fmt_int "${instr[$label]:-}") | $(ratio "${instr[$label]:-}" "${instr[$f]:-}") | $(ratio "${instr[$peer]:-}" "${instr[$label]:-}") | $(fmt_ms "${wall[$label]:-}") | $(ratio "${wall[$label]:-}" "${wall[$f]:-}") | $(ratio "${wall[$peer]:-}" "${wall[$label]:-}") |"
done
echo
# The worst command on the embedded data (check excepted), which README's performance
# paragraph states.
worst="" worst_n=0
for case in "${cases[@]}"; do
  label="${case%%|*}"
  [[ "$label" == "attache "* && "$label" != *"--data "* && "$label" != *" check" ]] || continue
  [[ "$label" == "attache diff"* || "$label" == "attache import"* ]] && continue
  n="${instr[$label]:-}"
  [ -n "$n" ] && [ "$n" -gt "$worst_n" ] && worst="$label" worst_n="$n"
done
if [ -n "$worst" ]; then
  echo "Worst command (check, diff and import excepted): \`${worst#attache }\`, $(fmt_int "$worst_n") instructions, $(ratio "$worst_n" "${instr[$floor]:-}") × the floor."
  echo
fi
echo "## --data at scale: the load against a typed serde_json parse"
echo
echo "Instructions: \`examples/load typed|load DIR\` under callgrind (each reads the files, then parses or loads them once). MB/s: \`examples/load time DIR N\`, medians in process. Peak: resident memory of \`attache --data DIR country Norway\` (load) and of \`examples/load typed DIR\` (typed parse), as a multiple of the input's bytes, whole and above what \`attache country Norway\` on the embedded data peaks at ($(mb "${scale[embedded.kb]}") MB: the program itself). Targets (issue 17): load at most 2x the typed parse, peak at most 2.5x the input."
echo
echo "| data | bytes | typed parse, instructions | load, instructions | × typed | typed MB/s | load MB/s | × typed (time) | load peak MB | × input | above the embedded run, × input | typed parse peak, × input |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for k in "${factors[@]}"; do
  b=$(bytes "$k")
  echo "| ${k}x | $(fmt_int "$b") | $(fmt_int "${scale[$k.typed.instr]:-}") | $(fmt_int "${scale[$k.load.instr]:-}") | $(ratio "${scale[$k.load.instr]:-}" "${scale[$k.typed.instr]:-}") | ${scale[$k.typed.mbs]} | ${scale[$k.load.mbs]} | $(ratio "${scale[$k.load.ms]}" "${scale[$k.typed.ms]}") | $(mb "${scale[$k.load.kb]}") | $(ratio "${scale[$k.load.kb]:+${scale[$k.load.kb]}*1024}" "$b") | $(ratio "${scale[$k.load.kb]:+(${scale[$k.load.kb]}-${scale[embedded.kb]:-0})*1024}" "$b") | $(ratio "${scale[$k.typed.kb]:+${scale[$k.typed.kb]}*1024}" "$b") |"
done
echo
echo "$static_note"
echo
echo "Stripped binary: $(stat -c %s "$attache") bytes ($attache)."
