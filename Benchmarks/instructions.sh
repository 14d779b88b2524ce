#!/usr/bin/env bash
# Instruction counts of `folio build`, `folio check` and the floor, with valgrind (callgrind):
# unlike wall-clock time they do not depend on how busy the machine is.
#
#   Benchmarks/instructions.sh [WORKSPACE]      (default: Examples/junior-data-engineer-ko)
#
# The floor is Benchmarks/floor (a Swift program that only reads the workspace's files), counted
# in the same run. Release builds, copied with their resource bundles and stripped of debug
# information first (valgrind 3.19 cannot read the DWARF 5 that Swift 6 writes). Counts include
# the dynamic loader but not child processes. `check` reads the glyph coverage from its cache
# ($XDG_CACHE_HOME/folio), so it is run once first to fill it.
set -euo pipefail
cd "$(dirname "$0")/.."
WORKSPACE="$(cd "${1:-Examples/junior-data-engineer-ko}" && pwd)"
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for product in folio folio-floor; do
  swift build -c release --product "$product" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done
BIN="$(swift build -c release --show-bin-path)"
cp "$BIN/folio" "$BIN/folio-floor" "$WORK/"
cp -R "$BIN"/folio_*.resources "$WORK/"
strip -g "$WORK/folio" "$WORK/folio-floor"
"$WORK/folio" check "$WORKSPACE" >/dev/null || true

count() {
  valgrind --tool=callgrind --callgrind-out-file="$WORK/out" "$@" >/dev/null 2>"$WORK/err" || true
  sed -n 's/.*refs: *//p' "$WORK/err" | tr -d ,
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (instruction counts do not depend on it)"
floor=$(count "$WORK/folio-floor" "$WORKSPACE")
build=$(count "$WORK/folio" build "$WORKSPACE" -o "$WORK/out-build" --quiet)
check=$(count "$WORK/folio" check "$WORKSPACE")
version=$(count "$WORK/folio" --version)
python3 - "$floor" "$build" "$check" "$version" <<'PY'
import sys
floor, build, check, version = (int(x) for x in sys.argv[1:5])
m = lambda n: f"{n / 1e6:.1f} M"
print(f"floor (read the workspace's files): {m(floor)} instructions")
print(f"folio --version (process start, argument parsing): {m(version)} = {version / floor:.2f}x floor")
print(f"folio build (md + html + xlsx): {m(build)} = {build / floor:.2f}x floor")
print(f"folio check: {m(check)} = {check / floor:.2f}x floor")
PY
