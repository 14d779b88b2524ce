#!/usr/bin/env bash
# `folio build` and `folio check` as ratios of a floor measured in the same run, with hyperfine.
#
#   Benchmarks/ratios.sh [WORKSPACE]      (default: Examples/junior-data-engineer-ko)
#
# The floor is Benchmarks/floor: a Swift program that only reads the workspace's files. Each
# command's mean wall time is divided by the floor's, so the figures hold on a slower or busier
# machine. Targets: build (md + html + xlsx) ≤ 3× the floor, check ≤ 2×. Release builds; the PDF
# is not included (it is Chromium's time). On a loaded machine wall times swing (hyperfine's σ
# says how much); the CPU time (user + system) of each command, also divided by the floor's, is
# steadier. Both include child processes (`fc-list`, which `check` runs for glyph coverage).
set -euo pipefail
cd "$(dirname "$0")/.."
WORKSPACE="${1:-Examples/junior-data-engineer-ko}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

# folio as `make install` builds it (FLAGS, the Makefile's SWIFT_BUILD_FLAGS: the Swift runtime and
# Foundation linked statically). The floor as Swift builds a program by default (linked
# dynamically, in its own build folder): the targets are against it. The floor linked as folio is
# is printed beside it, so that what the linking alone gives can be told apart.
FLAGS="${SWIFT_BUILD_FLAGS---static-swift-stdlib}"
# shellcheck disable=SC2086
swift build -c release $FLAGS --product folio >/dev/null
# shellcheck disable=SC2086
swift build -c release $FLAGS --product folio-floor >/dev/null
swift build -c release --product folio-floor --scratch-path .build/floor >/dev/null
# shellcheck disable=SC2086
BIN="$(swift build -c release $FLAGS --show-bin-path)"
FLOOR="$(swift build -c release --scratch-path .build/floor --show-bin-path)/folio-floor"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 3 --min-runs 20 -N --style basic --export-json "$OUT/times.json" \
  -n floor "$FLOOR $WORKSPACE" \
  -n floor-linked-like-folio "$BIN/folio-floor $WORKSPACE" \
  -n build "$BIN/folio build $WORKSPACE -o $OUT/out --quiet" \
  -n check "$BIN/folio check $WORKSPACE" \
  | grep -E "^(Benchmark|  Time)" || true
python3 - "$OUT/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
floor = results["floor"]["mean"]
print(f"floor (read the workspace's files): {floor * 1000:.1f} ms ± {results['floor']['stddev'] * 1000:.1f}")
cpu = lambda r: r["user"] + r["system"]
print(f"floor CPU (user + system): {cpu(results['floor']) * 1000:.1f} ms")
linked = results["floor-linked-like-folio"]
print(f"floor linked as folio is: {linked['mean'] * 1000:.1f} ms ± {linked['stddev'] * 1000:.1f}, CPU {cpu(linked) * 1000:.1f} ms")
for name, target in (("build", 3.0), ("check", 2.0)):
    mean = results[name]["mean"]
    ratio = mean / floor
    verdict = "ok" if ratio <= target else "over target"
    print(f"{name}: {mean * 1000:.1f} ms = {ratio:.2f}x floor (target <= {target:.0f}x, {verdict}); "
          f"CPU {cpu(results[name]) * 1000:.1f} ms = {cpu(results[name]) / cpu(results['floor']):.2f}x the floor's CPU; "
          f"{mean / linked['mean']:.2f}x the floor linked as folio is")
PY
