#!/usr/bin/env bash
# Median wall time of `folio build` on the Korean example over N runs (default 10), release build.
# Usage: Benchmarks/build.sh [RUNS] [WORKSPACE]
# Measures the whole command as a user runs it: process start, loading the workspace, the one-page
# selection, rendering Markdown and HTML from the templates, writing the xlsx skill matrix
# through libxlsxwriter, and moving every file into place atomically. The PDF is not included (it is Chromium's time).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-10}"
WORKSPACE="${2:-Examples/junior-data-engineer-ko}"

swift build -c release --product folio >/dev/null
FOLIO="$(swift build -c release --show-bin-path)/folio"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

"$FOLIO" build "$WORKSPACE" -o "$OUT" >/dev/null   # warm-up (file cache)

times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "$FOLIO" build "$WORKSPACE" -o "$OUT" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
count=${#sorted[@]}
if (( count % 2 == 1 )); then
  median=${sorted[$((count / 2))]}
else
  median=$(( (sorted[count / 2 - 1] + sorted[count / 2]) / 2 ))
fi
echo "folio build $WORKSPACE: $(ls "$OUT" | tr '\n' ' ')"
printf 'runs: %d  median: %d.%03d ms  min: %d.%03d ms  max: %d.%03d ms\n' "$count" \
  $((median / 1000)) $((median % 1000)) $((sorted[0] / 1000)) $((sorted[0] % 1000)) \
  $((sorted[count - 1] / 1000)) $((sorted[count - 1] % 1000))
