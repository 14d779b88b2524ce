#!/usr/bin/env bash
# Instruction counts of `folio build`, `folio check` and the floor, with valgrind (callgrind):
# unlike wall-clock time they do not depend on how busy the machine is.
#
#   Benchmarks/instructions.sh [WORKSPACE]      (default: Examples/junior-data-engineer-ko)
#
# The floor is Benchmarks/floor (a Swift program that only reads the workspace's files), counted
# in the same run, linked as Swift links a program by default and linked as folio is. Release builds, copied with their resource bundles and stripped of debug
# information first (valgrind 3.19 cannot read the DWARF 5 that Swift 6 writes). Counts include
# the dynamic loader but not child processes. `check` reads the glyph coverage from its cache
# ($XDG_CACHE_HOME/folio), so it is run once first to fill it.
set -euo pipefail
cd "$(dirname "$0")/.."
WORKSPACE="$(cd "${1:-Examples/junior-data-engineer-ko}" && pwd)"
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# folio as `make install` builds it (FLAGS, the Makefile's SWIFT_BUILD_FLAGS: the Swift runtime
# linked statically); the floor as a Swift program is built by default (linked dynamically, in
# its own build folder) and, for comparison, linked as folio is.
FLAGS="${SWIFT_BUILD_FLAGS---static-swift-stdlib}"
# shellcheck disable=SC2086
for product in folio folio-floor; do
  swift build -c release $FLAGS --product "$product" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done
swift build -c release --product folio-floor --scratch-path .build/floor >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
# shellcheck disable=SC2086
BIN="$(swift build -c release $FLAGS --show-bin-path)"
cp "$BIN/folio" "$WORK/"
cp "$BIN/folio-floor" "$WORK/folio-floor-linked-like-folio"
cp "$(swift build -c release --scratch-path .build/floor --show-bin-path)/folio-floor" "$WORK/folio-floor"
cp -R "$BIN"/folio_*.resources "$WORK/"
strip -g "$WORK/folio" "$WORK/folio-floor" "$WORK/folio-floor-linked-like-folio"
"$WORK/folio" check "$WORKSPACE" >/dev/null || true

count() {
  valgrind --tool=callgrind --callgrind-out-file="$WORK/out" "$@" >/dev/null 2>"$WORK/err" || true
  sed -n 's/.*refs: *//p' "$WORK/err" | tr -d ,
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (instruction counts do not depend on it)"
floor=$(count "$WORK/folio-floor" "$WORKSPACE")
floor_static=$(count "$WORK/folio-floor-linked-like-folio" "$WORKSPACE")
build=$(count "$WORK/folio" build "$WORKSPACE" -o "$WORK/out-build" --quiet)
check=$(count "$WORK/folio" check "$WORKSPACE")
version=$(count "$WORK/folio" --version)
python3 - "$floor" "$floor_static" "$build" "$check" "$version" "$FLAGS" <<'PY'
import sys
floor, floor_static, build, check, version = (int(x) for x in sys.argv[1:6])
m = lambda n: f"{n / 1e6:.1f} M"
print(f"floor (read the workspace's files, default linking): {m(floor)} instructions")
print(f"floor linked as folio is ({sys.argv[6] or 'default'}): {m(floor_static)}")
for name, n in (("folio --version (process start, argument parsing)", version),
                ("folio build (md + html + xlsx)", build), ("folio check", check)):
    print(f"{name}: {m(n)} = {n / floor:.2f}x floor, {n / floor_static:.2f}x the floor linked as folio is")
PY
