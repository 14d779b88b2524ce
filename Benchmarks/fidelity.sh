#!/usr/bin/env bash
# Prints how closely `folio check` agrees with a senior reviewer, per rule: recall, findings the
# reviewer did not list, precision, and clean spots that drew an error or warning.
#
#   Benchmarks/fidelity.sh [DETAIL_FILE]
#
# Two tables: Tests/Fidelity (11 workspaces annotated blind; the rules were then improved against
# them) and Tests/FidelityHeldOut (4 workspaces annotated blind afterwards and not tuned against).
# With DETAIL_FILE, every miss, flagged clean spot and unexpected finding is written there
# (and to DETAIL_FILE.heldout). The same measurement is the test "Fidelity against annotated workspaces".
set -euo pipefail
cd "$(dirname "$0")/.."
detail="${1:-}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
FOLIO_FIDELITY_DETAIL="${detail:-/dev/null}" swift test --filter FidelityTests >"$out" 2>&1 || status=$?
awk '/^(Held-out )?[Ff]idelity over/ { show = 1 } show && /^total/ { print; print ""; show = 0; next } show' "$out"
grep -E "^(✔|✘) Test run" "$out" || true
exit "${status:-0}"
