#!/usr/bin/env bash
# bench-serving.sh — load benchmark of the serving API on a private local platform (own data folder and
# ports, 127.0.0.1 only).
#
#   scripts/bench-serving.sh [--rate N] [--seconds S] [--customers C]
#
# In one run (io.tributary.serving.bench.ServingBenchmark, one JVM with the serving layer's classpath):
#   1. synthetic views in HBase namespace tributary_bench (a batch generation of 30 days, day and hour rows,
#      and a day of speed rows per customer and currency), written once and kept for later runs;
#   2. the raw HBase get latency of one view row at the rate (open loop);
#   3. GET /v1/customers/{id}/spend at the same rate (open loop: each request is timed from when it was due),
#      random customers, mostly week-long day ranges across the batch watermark, some days of hours;
#   4. the throughput ceiling: 32 closed-loop clients for 20 s.
# Defaults: N=500 requests/s, S=60 s, C=1000 customers. Output and logs go to var/bench/serving/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RATE=500
SECONDS_AT_RATE=60
CUSTOMERS=1000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rate) RATE="$2"; shift 2 ;;
    --seconds) SECONDS_AT_RATE="$2"; shift 2 ;;
    --customers) CUSTOMERS="$2"; shift 2 ;;
    *) echo "bench-serving: unknown option $1 (--rate N | --seconds S | --customers C)" >&2; exit 2 ;;
  esac
done

BENCH="$ROOT/var/bench/serving"
mkdir -p "$BENCH"
OFF="${BENCH_PORT_OFFSET:-12000}"

log() { printf '%s bench-serving: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# shellcheck source=lib/private-platform.sh
source "$ROOT/scripts/lib/private-platform.sh"
private_platform "$BENCH/platform" "$OFF" "$BENCH/platform-stop.log"

log "building what is missing (serving-layer, local-platform)"
./tributary serve --help >/dev/null
./tributary local status "${PLATFORM_ARGS[@]}" >/dev/null 2>&1 || true

log "starting a private local platform (port offset $OFF)"
./tributary local start "${PLATFORM_ARGS[@]}" >"$BENCH/platform-start.log" 2>&1
PLATFORM_UP=1

log "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$ROOT/serving-layer/target/tributary-serving-layer-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/serving-layer/target/runtime-classpath.txt")"
# shellcheck disable=SC2046 # the options file holds several flags
"$JAVA" $(cat "$ROOT/cli/target/classes/tributary-jvm.options") -Xmx1g -cp "$CP" io.tributary.serving.bench.ServingBenchmark \
  "127.0.0.1:$((12181 + OFF))" "$RATE" "$SECONDS_AT_RATE" "$CUSTOMERS" 2>"$BENCH/bench.log" | tee "$BENCH/summary.md"
log "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
