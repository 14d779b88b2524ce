#!/usr/bin/env bash
# Pathological Markdown bodies against ordinary ones of the same size, release build.
#
#   Benchmarks/markdown.sh [RUNS]
#
# Builds `--full` (every project body rendered through libcmark-gfm) of the Korean example with one
# extra project whose body is 120 KB of (a) ordinary sentences, then (b)–(e) input built to make a
# backtracking Markdown parser quadratic: a run of `[`, of `[a](`, of `![[`, of `*a **`.
# Prints each median and its ratio to (a): a linear parser stays near 1.0×.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"

swift build -c release --product folio >/dev/null
BIN="$(swift build -c release --show-bin-path)/folio"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # name, body unit, count
  local ws="$WORK/$1"
  cp -r Examples/junior-data-engineer-ko "$ws"
  python3 - "$ws/projects/zz-bench.md" "$2" "$3" <<'PY'
import sys
path, unit, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
open(path, "w").write("---\ntitle: bench\nteam: 1\nstack: [Python]\n---\n## 개요\n" + unit * count + "\n")
PY
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$BIN" build "$ws" --full -o "$WORK/out-$1" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | median
}

floor=$(run ordinary "데이터를 수집했다. " 4000)
printf '%-10s %6d ms  1.00x\n' ordinary "$floor"
for case in "brackets|[|120000" "links|[a](|30000" "images|![[|40000" "emphasis|*a **|24000"; do
  IFS='|' read -r name unit count <<<"$case"
  ms=$(run "$name" "$unit" "$count")
  printf '%-10s %6d ms  %s\n' "$name" "$ms" "$(awk -v a="$ms" -v b="$floor" 'BEGIN {printf "%.2fx", a / b}')"
done
