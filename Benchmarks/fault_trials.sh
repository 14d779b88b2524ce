#!/usr/bin/env bash
# Fault trials: kill `folio build --pdf` at random moments (SIGKILL, SIGTERM, SIGINT) and count
# browsers left running and scratch left in $TMPDIR after the next run; then run pairs of builds
# into one folder at once and check that the folder's set comes from one build.
# Usage: Benchmarks/fault_trials.sh [kill-trials] [concurrent-trials]
set -u
cd "$(dirname "$0")/.."
folio=.build/debug/folio
[ -x "$folio" ] || swift build >/dev/null
kills=${1:-50}; pairs=${2:-20}
out=$(mktemp -d)
export TMPDIR=$(mktemp -d)
ws=Examples/junior-data-engineer-en
left_browsers=0; left_scratch=0
for i in $(seq 1 "$kills"); do
  "$folio" build "$ws" -o "$out" --pdf >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v r=$RANDOM 'BEGIN{printf "%.2f", 0.2 + (r % 300) / 100}')"
  sig=$(( i % 3 )); case $sig in 0) s=KILL;; 1) s=TERM;; 2) s=INT;; esac
  kill -s $s $pid 2>/dev/null; wait $pid 2>/dev/null
  sleep 1
  # Browsers whose user-data-dir is in this trial's TMPDIR.
  n=$(pgrep -f -- "--user-data-dir=$TMPDIR" | wc -l)
  left_browsers=$((left_browsers + n))
  # The next run (a quick build without --pdf) cleans what a killed run left.
  "$folio" build "$ws" -o "$out" >/dev/null 2>&1
  m=$(ls -A "$TMPDIR" | wc -l); s2=$(ls -A "$out" | grep -c '\.tmp$')
  left_scratch=$((left_scratch + m + s2))
  [ "$m" = 0 ] || ls -A "$TMPDIR" | sed 's/^/    left: /' >&2
done
echo "kill trials: $kills, browsers left running: $left_browsers, scratch files left after the next run: $left_scratch"
mixed=0
for i in $(seq 1 "$pairs"); do
  rm -rf "$out"; mkdir -p "$out"
  "$folio" build "$ws" -o "$out" --full >/dev/null 2>&1 & a=$!
  "$folio" build Examples/junior-data-engineer-ko -o "$out" >/dev/null 2>&1 & b=$!
  wait $a $b
  # One build's set: either the English full set or the Korean one-page set, never a mix.
  en=$(grep -l 'lang="en"' "$out"/portfolio*.html 2>/dev/null | wc -l)
  ko=$(grep -l 'lang="ko"' "$out"/portfolio*.html 2>/dev/null | wc -l)
  if [ -e "$out/portfolio-full.html" ]; then [ "$ko" = 0 ] || mixed=$((mixed + 1)); else [ "$en" = 0 ] || mixed=$((mixed + 1)); fi
done
echo "concurrent trials: $pairs, mixed sets: $mixed"
rm -rf "$out" "$TMPDIR"
