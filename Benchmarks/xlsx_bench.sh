#!/usr/bin/env bash
# The xlsx benchmark: a generated 5,000-skill × 500-project workspace written as the skill
# matrix by folio's release build (Swift + libxlsxwriter), then the same Skills and Matrix
# sheets written by Python's XlsxWriter as the reference figure. Medians of RUNS in-process
# writes each, plus whole-process wall time and peak memory of one run.
#
#   Benchmarks/xlsx_bench.sh [SKILLS] [PROJECTS] [RUNS]      (defaults: 5000 500 5)
set -euo pipefail
cd "$(dirname "$0")/.."

SKILLS="${1:-5000}"
PROJECTS="${2:-500}"
RUNS="${3:-5}"
OUT="${OUT:-Output/bench}"
mkdir -p "$OUT"
JSON="$OUT/workspace-${SKILLS}x${PROJECTS}.json"

echo "== build (release)"
swift build -c release --product folio-xlsx-bench 2>&1 | tail -1
BIN="$(swift build -c release --show-bin-path)/folio-xlsx-bench"

python3 -c "import xlsxwriter" 2>/dev/null || python3 -m pip install --quiet xlsxwriter

TIME=""
if [ -x /usr/bin/time ]; then TIME="/usr/bin/time -f %e_s_wall_%M_KB_peak"; fi

echo "== Swift + libxlsxwriter $(pkg-config --modversion xlsxwriter 2>/dev/null | sed 's/^/soname /') (all three sheets)"
"$BIN" --skills "$SKILLS" --projects "$PROJECTS" --runs "$RUNS" --out "$OUT" --dump "$JSON"
if [ -n "$TIME" ]; then
  echo -n "one whole process: "
  $TIME "$BIN" --skills "$SKILLS" --projects "$PROJECTS" --runs 1 --out "$OUT" 2>&1 >/dev/null | tail -1
fi

echo "== Python $(python3 -c 'import sys; print(sys.version.split()[0])') + XlsxWriter (Skills and Matrix sheets)"
python3 Benchmarks/xlsx_reference.py "$JSON" "$OUT/reference-${SKILLS}x${PROJECTS}.xlsx" "$RUNS"
if [ -n "$TIME" ]; then
  echo -n "one whole process: "
  $TIME python3 Benchmarks/xlsx_reference.py "$JSON" "$OUT/reference-${SKILLS}x${PROJECTS}.xlsx" 1 2>&1 >/dev/null | tail -1
fi
