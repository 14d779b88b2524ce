#!/usr/bin/env bash
# `folio serve`: from a file's save to the new page ready, on a copy of an example workspace.
#
#   Benchmarks/serve_latency.sh [RUNS] [WORKSPACE]   (defaults: 20, Examples/junior-data-engineer-ko)
#
# Starts the release `folio serve --port 0` on a copy of the workspace, then RUNS times: writes
# folio.yaml with another name (atomically, as editors save), polls /state.json until the build
# number moves on, then fetches the open tab's page (/page/portfolio.html) and checks it shows the
# new name: that moment the new page is in the browser's hands. Prints the median
# and the slowest run, the rebuild's own time as the server measured it, and the floor (the
# Swift program that only reads the workspace's files, Benchmarks/floor) measured in the same run.
# Target: ≤ 30 ms for the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-20}"
WORKSPACE="${2:-Examples/junior-data-engineer-ko}"

swift build -c release --product folio >/dev/null
swift build -c release --product folio-floor >/dev/null
BIN="$(swift build -c release --show-bin-path)"
WORK="$(mktemp -d)"
cp -R "$WORKSPACE" "$WORK/ws"
"$BIN/folio" serve "$WORK/ws" --port 0 >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do grep -q "http://" "$WORK/serve.log" && break; sleep 0.1; done
URL="$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/serve.log" | head -n 1)"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$URL" "$WORK/ws/folio.yaml" "$RUNS" "$BIN/folio-floor" "$WORK/ws" <<'PY'
import http.client, json, os, statistics, subprocess, sys, time, urllib.parse
url, profile, runs, floor_bin, workspace = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
parts = urllib.parse.urlparse(url)
connection = http.client.HTTPConnection(parts.hostname, parts.port)
def state():
    connection.request("GET", "/state.json")
    return json.loads(connection.getresponse().read())
original = open(profile, encoding="utf-8").read()
name_line = next(line for line in original.splitlines() if line.startswith("name:"))
latencies, rebuilds = [], []
for run in range(runs + 2):  # two warm-up edits
    before = state()["version"]
    text = original.replace(name_line, f"name: Benchmark {run}", 1)
    temporary = profile + ".tmp"
    start = time.perf_counter()
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, profile)
    while True:
        now = state()
        if now["version"] > before:
            break
    connection.request("GET", "/page/portfolio.html")
    page = connection.getresponse().read().decode("utf-8")
    assert f"Benchmark {run}" in page, "the page shows the saved name"
    elapsed = (time.perf_counter() - start) * 1000
    if run >= 2:
        latencies.append(elapsed)
        rebuilds.append(now["milliseconds"])
floors = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run([floor_bin, workspace], check=True, stdout=subprocess.DEVNULL)
    floors.append((time.perf_counter() - start) * 1000)
median = statistics.median(latencies)
print(f"save → page ready: median {median:.1f} ms, slowest {max(latencies):.1f} ms over {runs} saves (target ≤ 30 ms)")
print(f"  of which the rebuild (load, check, render the one page): median {statistics.median(rebuilds):.1f} ms")
print(f"floor (a new process reading the workspace's files): median {statistics.median(floors):.1f} ms; "
      f"save → page ready = {median / statistics.median(floors):.2f}x floor")
PY
