#!/usr/bin/env bash
# Builds the libFuzzer harness (Fuzz/Sources/FolioFuzz) and runs it for SECONDS (default 60) on
# a copy of the checked-in seed corpus, so the corpus in git changes only by hand. A crash, a trap
# or a run over 10 s is saved as Fuzz/crashes/crash-* (or timeout-*) and the script exits 1:
# add the input to Tests/BadInput (or a unit test) and fix it, then keep it in Fuzz/Corpus.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
# -sanitize=fuzzer instruments every Swift target of the graph for coverage and links libFuzzer's
# main (lld: gold fails on the instrumented objects); release, for as many runs a minute as it gets.
swift build -c release --product FolioFuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld 2>&1 | grep -E "error|warning: .*Fuzz" || true
binary="$(swift build -c release --product FolioFuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld --show-bin-path)/FolioFuzz"
[ -x "$binary" ] || { echo "the fuzz harness did not build" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work" /dev/shm/folio-fuzz-* 2>/dev/null || true' EXIT
cp Corpus/* "$work/"
mkdir -p crashes
set +e
"$binary" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix=crashes/ -print_final_stats=1 "$@" 2>&1 | grep -vE "^#[0-9]+\s+(NEW|REDUCE|pulse)" | tail -n 25
status=${PIPESTATUS[0]}
set -e
echo "fuzz corpus after the run: $(ls "$work" | wc -l) inputs (seed: $(ls Corpus | wc -l))"
exit "$status"
