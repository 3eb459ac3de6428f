#!/usr/bin/env bash
# bench-speed.sh — the speed layer's benchmark on a private local platform (own data folder and ports, 127.0.0.1).
#
#   scripts/bench-speed.sh [--events N] [--rate R] [--seconds S] [--warmup W] [--set KEY=VALUE]...
#
# In one run (io.tributary.speed.bench.SpeedBenchmark, one JVM with the speed layer's classpath):
#   1. limit: a plain Kafka consumer reads N events (no processing);
#   2. limit: raw BufferedMutator puts of N speed-view rows (8 cells each) into HBase;
#   3. sustained: N events already in the topic; the speed layer (in-process, exactly_once_v2, HBase sink)
#      from its start until its input group and its sink group have committed everything;
#   4. latency: R events/s with fresh event times for S seconds, once the streams are ready; event -> visible in
#      HBase (the sink's timer: input message timestamp to the HBase flush that carried the update) p50/p99 over the
#      whole phase and after its first 30 s, and per interval (every 2 s, after 20 s every 10 s) with the input lag
#      and the stream's share (input event -> update committed on the updates topic).
#      --warmup W: before those S seconds, W seconds at the same rate that are not measured (reported on their own
#      line; warm-up events still in flight when the phase starts count in the phase).
# Defaults: N=300000, R=5000, S=300, W=0. --set passes a configuration key to the speed layer (e.g. speed.threads=2).
# Output and logs go to var/bench/speed/.
# Environment: BENCH_PORT_OFFSET (default 11000) is added to every local platform port; BENCH_JVM_OPTS (optional)
# adds flags to the benchmark JVM (e.g. a log level, or JFR); BENCH_PLATFORM_SETS (optional, space-separated
# KEY=VALUE) overrides platform settings, e.g. one port that another platform on the machine already uses.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EVENTS=300000
RATE=5000
SECONDS_AT_RATE=300
WARMUP=0
EXTRA_SETS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) EVENTS="${2:?--events needs N}"; shift 2 ;;
    --rate) RATE="${2:?--rate needs R}"; shift 2 ;;
    --seconds) SECONDS_AT_RATE="${2:?--seconds needs S}"; shift 2 ;;
    --warmup) WARMUP="${2:?--warmup needs W}"; shift 2 ;;
    --set) EXTRA_SETS+=(--set "${2:?--set needs KEY=VALUE}"); shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-speed: unknown option $1 (--events N | --rate R | --seconds S | --warmup W | --set KEY=VALUE)" >&2; exit 2 ;;
  esac
done

BENCH="$ROOT/var/bench/speed"
mkdir -p "$BENCH"
OFF="${BENCH_PORT_OFFSET:-11000}"
CLIENT_ARGS=(--set local.bind.host=127.0.0.1 --set "local.zookeeper.port=$((12181 + OFF))"
  --set "local.kafka.port=$((19092 + OFF))" --set "speed.metrics.port=$((18091 + OFF))")

log() { printf '%s bench-speed: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# shellcheck source=lib/private-platform.sh
source "$ROOT/scripts/lib/private-platform.sh"
private_platform "$BENCH/platform" "$OFF" "$BENCH/platform-stop.log"
for kv in ${BENCH_PLATFORM_SETS:-}; do
  PLATFORM_ARGS+=(--set "$kv")
done

log "building what is missing (speed-layer, local-platform)"
./tributary produce --help >/dev/null
./tributary local status "${PLATFORM_ARGS[@]}" >/dev/null 2>&1 || true
touch "$ROOT/speed-layer/target/runtime-classpath.txt" "$ROOT/local-platform/target/runtime-classpath.txt"

log "starting a private local platform (port offset $OFF)"
./tributary local start "${PLATFORM_ARGS[@]}" >"$BENCH/platform-start.log" 2>&1
PLATFORM_UP=1

log "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$ROOT/speed-layer/target/tributary-speed-layer-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/speed-layer/target/runtime-classpath.txt")"
# shellcheck disable=SC2046,SC2086 # the options file and BENCH_JVM_OPTS hold several flags
"$JAVA" $(cat "$ROOT/cli/target/classes/tributary-jvm.options") -Xmx1g ${BENCH_JVM_OPTS:-} -cp "$CP" io.tributary.speed.bench.SpeedBenchmark \
  "$EVENTS" "$RATE" "$SECONDS_AT_RATE" "$WARMUP" "${CLIENT_ARGS[@]}" ${EXTRA_SETS[@]+"${EXTRA_SETS[@]}"} 2>"$BENCH/bench.log" | tee "$BENCH/summary.md"
log "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
