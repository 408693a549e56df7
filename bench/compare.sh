#!/usr/bin/env bash
# Is any command slower than it was? Builds two commits of attache with the release profile and
# counts, with valgrind's callgrind, the instructions each one executes for the same commands on
# the embedded data, in every format people and scripts use. Instruction counts are the same run
# after run whatever else the machine does, so a difference is the code's (or the answer's: a
# longer answer costs more to write, and the bytes written are shown beside each count).
#
#   bench/compare.sh OLD [NEW]     # commits (anything `git rev-parse` reads); NEW is HEAD
#
# Writes a Markdown table to stdout: instructions and bytes written, old and new, and the change.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
old="${1:?usage: bench/compare.sh OLD [NEW]}"
new="${2:-HEAD}"
command -v valgrind >/dev/null || { echo "compare.sh: valgrind is not installed" >&2; exit 2; }
work="$(mktemp -d)"
trap 'git -C "$root" worktree prune; rm -rf "$work"' EXIT

build() { # REV NAME -> path of its release binary
  local rev="$1" dir="$work/$2"
  git -C "$root" worktree add --quiet --detach "$dir/src" "$rev" >&2
  # The target directory is beside the work tree, so that removing the tree keeps the binary.
  (cd "$dir/src" && CARGO_TARGET_DIR="$dir/target" cargo build --release --locked --quiet >&2)
  git -C "$root" worktree remove --force "$dir/src" >&2
  echo "$dir/target/release/attache"
}
printf 'building %s...\n' "$old" >&2
old_bin="$(build "$old" old)"
printf 'building %s...\n' "$new" >&2
new_bin="$(build "$new" new)"

# Every command that answers from the data, as a table and as JSON; a few other formats and a
# Latvian answer. `check` validates the data again (it is the one command that does real work).
cases=(
  "country Norway" "--json country Norway" "country Canada" "--json country Canada"
  "country Poland" "country Vācijā" "--lang lv country Norvēģija"
  "--format csv country Norway" "--format markdown country Norway"
  "city Warsaw" "--json city Warsaw" "city Riga"
  "non-resident" "--json non-resident" "accredited" "--json accredited"
  "postings" "--json postings" "search kiber" "--json search kiber"
  "reciprocity" "--json reciprocity" "graph" "--json graph" "stats" "--json stats"
  "partners" "--json partners" "about" "--json about" "unsc" "--json unsc"
  "sources" "--json sources" "check" "--json check"
)
ir() { # BIN ARGS... -> instructions
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| command | $old | $new | change | bytes, $old | bytes, $new |"
echo "|---|---:|---:|---:|---:|---:|"
for c in "${cases[@]}"; do
  read -ra args <<<"$c"
  o="$(ir "$old_bin" "${args[@]}")" n="$(ir "$new_bin" "${args[@]}")"
  ob="$("$old_bin" "${args[@]}" | wc -c)" nb="$("$new_bin" "${args[@]}" | wc -c)"
  change="$(python3 -c "print(f'{($n - $o) / $o * 100:+.1f}%')")"
  echo "| attache $c | $o | $n | $change | $ob | $nb |"
done
