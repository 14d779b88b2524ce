#!/usr/bin/env bash
# Times `folio check` in a release build.
#
#   Benchmarks/check.sh [RUNS]
#
# 1. A generated workspace of 1,000 projects, 3,000 stories and 300 skills: the whole check
#    (load, every rule, the report), median of RUNS runs (default 5). Target: under 1 s.
# 2. A generated workspace of 2,000 files, checked with one trivial rule
#    (`--rule profile.target-role`): essentially the time to read and parse the files.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"

swift build -c release --product folio >/dev/null
BIN="$(swift build -c release --show-bin-path)/folio"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 Benchmarks/generate_workspace.py "$WORK/large" --projects 1000 --stories 3000 --skills 300
python3 Benchmarks/generate_workspace.py "$WORK/parse" --projects 1000 --stories 998 --skills 100

# Prints the median wall-clock seconds of RUNS runs of the given command (exit 0 or 1 accepted).
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end status
        start=$(date +%s%N)
        set +e; "$@" >/dev/null 2>&1; status=$?; set -e
        end=$(date +%s%N)
        if [ "$status" -gt 1 ]; then echo "command failed with exit code $status: $*" >&2; exit 1; fi
        times+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f s (runs, ms: ", m / 1000 } '
    printf '%s ' "${times[@]}"
    echo ")"
}

# Other processes on the machine change wall-clock figures: say how busy it was.
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "folio check, 1,000 projects + 3,000 stories + 300 skills (4,002 files), text report:"
echo "  median $(median "$BIN" check "$WORK/large")"
echo "folio check --format json, same workspace:"
echo "  median $(median "$BIN" check "$WORK/large" --format json)"
echo "parse only (--rule profile.target-role), 2,000 files:"
echo "  median $(median "$BIN" check "$WORK/parse" --rule profile.target-role)"
echo "machine afterwards: load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
