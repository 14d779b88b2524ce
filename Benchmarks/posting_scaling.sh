#!/usr/bin/env bash
# Whether reading a posting is linear in its size: `folio match` CPU time (user + sys, the median
# of RUNS, default 3) on postings of 62, 125, 250 and 500 KB in three shapes (many short lines; one
# long line; lines that each ask a different TOEIC score, so no two conditions merge), each as a ratio of the floor (the same command on a one-line posting) measured in the
# same run. Linear: each doubling about doubles the time above the floor (ratio ≈ 2, not 4).
# Usage: Benchmarks/posting_scaling.sh [RUNS] [BINARY]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
if [ -n "${2:-}" ]; then FOLIO="$2"; else
  swift build -c release --product folio >/dev/null
  FOLIO="$(swift build -c release --show-bin-path)/folio"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
WS=Examples/junior-data-engineer-ko

cpu() {  # median CPU seconds of `folio match POSTING`
  local samples=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/time" -f "%U %S" "$FOLIO" match "$1" --workspace "$WS" >/dev/null 2>&1 || true
    samples+=("$(awk '{print $1 + $2}' "$WORK/time")")
  done
  printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

printf -- '- Python\n' > "$WORK/floor.txt"
floor=$(cpu "$WORK/floor.txt")
echo "floor (one-line posting): ${floor} s CPU"
for shape in lines line scores; do
  previous=""
  for kb in 62 125 250 500; do
    python3 - "$shape" "$kb" "$WORK/p.txt" <<'PY'
import sys
shape, kb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if shape == "scores":
    lines, size, score = [], 0, 0
    while size < kb * 1000 - 30:
        score += 1
        lines.append(f"- TOEIC {score}점 이상\n")
        size += len(lines[-1].encode())
    open(path, "w").write("".join(lines))
else:
    unit = "- Python, SQL, Apache Spark 경험 3년 이상\n" if shape == "lines" else "Spark Kafka Airflow "
    open(path, "w").write(unit * (kb * 1000 // len(unit.encode())))
PY
    t=$(cpu "$WORK/p.txt")
    above=$(awk -v t="$t" -v f="$floor" 'BEGIN { d = t - f; print (d > 0.001 ? d : 0.001) }')
    if [ -n "$previous" ]; then
      ratio=$(awk -v a="$above" -v p="$previous" 'BEGIN { printf "%.2f", a / p }')
    else ratio="-"; fi
    printf '%-6s %4d KB: %6.2f s CPU (%5.1f× the floor), above the floor ×%s per doubling\n' \
      "$shape" "$kb" "$t" "$(awk -v t="$t" -v f="$floor" 'BEGIN { print t / f }')" "$ratio"
    previous=$above
  done
done
