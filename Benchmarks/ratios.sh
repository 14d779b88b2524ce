#!/usr/bin/env bash
# `folio build` and `folio check` as ratios of a floor measured in the same run, with hyperfine.
#
#   Benchmarks/ratios.sh [WORKSPACE]      (default: Examples/junior-data-engineer-ko)
#
# The floor is Benchmarks/floor: a Swift program that only reads the workspace's files. Each
# command's mean wall time is divided by the floor's, measured in the same interleaved rounds, so
# the figures hold on a slower or busier machine; the ratio of medians and the range of the
# rounds' ratios are printed beside it (a few runs slowed by other processes move a mean more
# than a median). ROUNDS (8) and RUNS (5 a round) set how many. Targets: build (md + html + xlsx) ≤ 3× the floor, check ≤ 2×. Release builds; the PDF
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
# Interleaved: ROUNDS rounds of RUNS runs of each command, so that a machine that speeds up or
# slows down during the measurement (this VM drifted by a third within 15 s) moves the floor and
# the commands alike. Every figure below pools all rounds.
ROUNDS="${ROUNDS:-8}"
RUNS="${RUNS:-5}"
for round in $(seq "$ROUNDS"); do
  hyperfine --warmup 1 --runs "$RUNS" -N --style none --export-json "$OUT/round-$round.json" \
    -n floor "$FLOOR $WORKSPACE" \
    -n floor-linked-like-folio "$BIN/folio-floor $WORKSPACE" \
    -n build "$BIN/folio build $WORKSPACE -o $OUT/out --quiet" \
    -n check "$BIN/folio check $WORKSPACE" >/dev/null 2>"$OUT/hyperfine.log" \
    || { cat "$OUT/hyperfine.log" >&2; exit 1; }
done
python3 - "$OUT" "$ROUNDS" <<'PY'
import json, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
times, cpu, per_round = {}, {}, {}
for round in range(1, rounds + 1):
    results = {r["command"]: r for r in json.load(open(f"{folder}/round-{round}.json"))["results"]}
    for name, r in results.items():
        times.setdefault(name, []).extend(r["times"])
        cpu.setdefault(name, []).append(r["user"] + r["system"])  # a round's mean per run
    for name in ("build", "check"):
        per_round.setdefault(name, []).append(results[name]["mean"] / results["floor"]["mean"])
mean = lambda name: statistics.mean(times[name])
median = lambda name: statistics.median(times[name])
floor, floor_cpu = mean("floor"), statistics.mean(cpu["floor"])
runs = len(times["floor"])
print(f"{runs} runs of each command in {rounds} interleaved rounds")
print(f"floor (read the workspace's files): {floor * 1000:.1f} ms ± {statistics.stdev(times['floor']) * 1000:.1f}, "
      f"median {median('floor') * 1000:.1f} ms; CPU (user + system) {floor_cpu * 1000:.1f} ms")
linked = mean("floor-linked-like-folio")
print(f"floor linked as folio is: {linked * 1000:.1f} ms ± {statistics.stdev(times['floor-linked-like-folio']) * 1000:.1f}, "
      f"CPU {statistics.mean(cpu['floor-linked-like-folio']) * 1000:.1f} ms")
for name, target in (("build", 3.0), ("check", 2.0)):
    ratio = mean(name) / floor
    verdict = "ok" if ratio <= target else "over target"
    low, high = min(per_round[name]), max(per_round[name])
    print(f"{name}: {mean(name) * 1000:.1f} ms = {ratio:.2f}x floor (target <= {target:.0f}x, {verdict}); "
          f"rounds {low:.2f}-{high:.2f}x; medians {median(name) * 1000:.1f} ms = {median(name) / median('floor'):.2f}x; "
          f"CPU {statistics.mean(cpu[name]) * 1000:.1f} ms = {statistics.mean(cpu[name]) / floor_cpu:.2f}x the floor's CPU; "
          f"{mean(name) / linked:.2f}x the floor linked as folio is")
PY
