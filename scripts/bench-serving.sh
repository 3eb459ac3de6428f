#!/usr/bin/env bash
# bench-serving.sh — load benchmark of the serving API on a private local platform (own data folder and
# ports, 127.0.0.1 only).
#
#   scripts/bench-serving.sh [--rate N] [--seconds S] [--customers C] [--warm-up W] [--trace]
#
# Two processes, as in production: the API ('tributary serve', its own JVM, on the bench namespace) and the load
# generator (io.tributary.serving.bench.ServingBenchmark, the serving layer's classpath, its own JVM). In one run:
#   1. synthetic views in HBase namespace tributary_bench (a batch generation of 30 days, day and hour rows,
#      and a day of speed rows per customer and currency), written once and kept for later runs;
#   2. the raw HBase get latency of one view row at the rate, from the generator's process (open loop);
#   3. GET /v1/customers/{id}/spend at the same rate (open loop: each request is timed from when it was due),
#      random customers, mostly week-long day ranges across the batch watermark, some days of hours; each worker
#      keeps one HTTP/1.1 connection; the API's own histogram gives the server-side percentiles beside them;
#   4. the throughput ceiling: 32 closed-loop clients for 20 s.
# Each measured phase follows its own warm-up of W seconds (default 30: a freshly started API spends about 20 s
# compiling its hot paths after its first requests, taking most of both cores). --trace writes one CSV line per request (due time, wait for a
# worker, call time) to var/bench/serving/trace/. Both JVMs log their collector pauses (gc-api.log, gc-load.log).
# Once a second, the TCP segments each process sent to and received from the region server port go to
# rpc-segments.log (epoch, pid, segments out, segments in; from ss): HBase sends one request per segment here
# (TCP_NODELAY, small requests), so the API's count over the spend phase divided by its requests is the number of
# HBase RPCs per spend request; cpu.log has each Java process's CPU time then (epoch, pid, clock ticks, name). The platform's collector and safepoint log is platform/log/gc-platform.log.
# Defaults: N=500 requests/s, S=60 s, C=1000 customers. Output and logs go to var/bench/serving/.
# BENCH_API_JAVA_OPTS replaces the API's heap options (default -Xmx1g); a collector flag in it overrides the launcher's
# choice, e.g. BENCH_API_JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC". After the run the script prints the API's CPU time,
# peak RSS and, with G1 or Parallel, the bytes it allocated per request served (from the collector log).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RATE=500
SECONDS_AT_RATE=60
CUSTOMERS=1000
WARM_UP=30
TRACE=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rate) RATE="$2"; shift 2 ;;
    --seconds) SECONDS_AT_RATE="$2"; shift 2 ;;
    --customers) CUSTOMERS="$2"; shift 2 ;;
    --warm-up) WARM_UP="$2"; shift 2 ;;
    --trace) TRACE=("$ROOT/var/bench/serving/trace"); shift ;;
    *) echo "bench-serving: unknown option $1 (--rate N | --seconds S | --customers C | --warm-up W | --trace)" >&2; exit 2 ;;
  esac
done

BENCH="$ROOT/var/bench/serving"
mkdir -p "$BENCH"
OFF="${BENCH_PORT_OFFSET:-12000}"

log() { printf '%s bench-serving: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# shellcheck source=lib/private-platform.sh
source "$ROOT/scripts/lib/private-platform.sh"
private_platform "$BENCH/platform" "$OFF" "$BENCH/platform-stop.log"
API_PID=
SAMPLER_PID=
stop_all() {
  if [[ -n "$SAMPLER_PID" ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=
  fi
  if [[ -n "$API_PID" ]]; then
    kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
    API_PID=
  fi
  stop_platform
}
trap stop_all EXIT

# api_report: the API's CPU time, peak RSS, requests served and, from a young-pause log line per collection
# ("A->B(C)"), the bytes allocated: the sum over pauses of this pause's A minus the previous pause's B.
api_report() {
  local stat ticks requests mb
  stat=($(sed 's/^.*) //' "/proc/$API_PID/stat"))
  ticks=$(getconf CLK_TCK)
  log "API CPU time by thread group (s): $(for t in /proc/"$API_PID"/task/*; do
      sed 's/^[0-9]* (\(.*\)) .*$/\1/' "$t/stat" | tr -d '0-9 ' | tr '\n' ' '; sed 's/^.*) //' "$t/stat" | awk '{print $12 + $13}'
    done | awk -v hz="$ticks" '{cpu[$1] += $2} END {for (n in cpu) if (cpu[n] >= hz) printf "%s %.0f, ", n, cpu[n] / hz}')"
  log "API CPU time $(( (stat[11] + stat[12]) / ticks )) s, peak RSS $(awk '/VmHWM/ {print int($2/1024) " MB"}' "/proc/$API_PID/status"), PSS now $(awk '/^Pss:/ {print int($2/1024) " MB"}' "/proc/$API_PID/smaps_rollup") (ZGC maps its heap several times: RSS counts it each time, PSS once)"
  requests=$(curl -fsS "http://127.0.0.1:$API_PORT/metrics" | awk '/^tributary_http_requests_seconds_count/ {n += $2} END {printf "%d", n}')
  mb=$(grep -o 'Pause Young[^M]*M->[0-9]*M' "$BENCH/gc-api.log" | sed 's/.* \([0-9]*\)M->\([0-9]*\)M/\1 \2/' \
    | awk 'BEGIN {prev = 0} {total += $1 - prev; prev = $2} END {printf "%d", total}' || true)
  if [[ "$mb" -gt 0 && "$requests" -gt 0 ]]; then
    log "API allocated $mb MB in young pauses' terms for $requests requests: $(( mb * 1024 / requests )) KB per request"
  fi
}

# rpc_segments PORT: one line per process with connections to PORT: epoch, pid, data segments out, data segments in.
rpc_segments() {
  local now
  now=$(date +%s.%N)
  ss -tinpH state established "( dport = :$1 )" 2>/dev/null | awk -v now="$now" '
    /pid=/ { match($0, /pid=[0-9]+/); pid = substr($0, RSTART + 4, RLENGTH - 4); next }
    { for (i = 1; i <= NF; i++) {
        if ($i ~ /^data_segs_out:/) { split($i, a, ":"); out[pid] += a[2] }
        if ($i ~ /^data_segs_in:/) { split($i, b, ":"); in_[pid] += b[2] } } }
    END { for (p in out) printf "%s %s %d %d\n", now, p, out[p], in_[p] }'
}

# java_cpu: one line per Java process: epoch, pid, user + system clock ticks so far, the main class or jar; and one
# for the machine: epoch, "machine", busy ticks of all cores, ticks stolen by the hypervisor, microseconds that
# runnable tasks waited for a core (pressure stall information).
java_cpu() {
  local now pid
  now=$(date +%s.%N)
  awk -v now="$now" '/^cpu / {printf "%s machine %d %d ", now, $2 + $3 + $4 + $7 + $8, $9}' /proc/stat
  sed -n 's/^some .*total=\([0-9]*\)$/\1/p' /proc/pressure/cpu 2>/dev/null || echo 0
  for pid in $(pgrep -x java); do
    awk -v now="$now" -v pid="$pid" '{sub(/^.*\) /, ""); printf "%s %s %d ", now, pid, $12 + $13}' "/proc/$pid/stat" 2>/dev/null \
      && tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -E '^io\.tributary\.|\.jar$|Main$' | tail -1
  done
}

log "building what is missing (serving-layer, local-platform)"
./tributary serve --help >/dev/null
./tributary local status "${PLATFORM_ARGS[@]}" >/dev/null 2>&1 || true

log "starting a private local platform (port offset $OFF)"
./tributary local start "${PLATFORM_ARGS[@]}" >"$BENCH/platform-start.log" 2>&1
PLATFORM_UP=1

ZK="127.0.0.1:$((12181 + OFF))"
API_PORT=$((18080 + OFF))
log "starting the API on 127.0.0.1:$API_PORT (its own JVM, namespace tributary_bench)"
API_OPTS="${BENCH_API_JAVA_OPTS:--Xmx1g}"
log "API JVM options: $API_OPTS"
TRIBUTARY_JAVA_OPTS="$API_OPTS -Xlog:gc,gc+phases:file=$BENCH/gc-api.log:uptime" ./tributary serve --port "$API_PORT" \
  --set "hbase.zookeeper.quorum=$ZK" --set hbase.namespace=tributary_bench --set serving.bind.host=127.0.0.1 \
  --set serving.backend.timeout=30s >"$BENCH/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/health/live" 2>/dev/null && break
  kill -0 "$API_PID" 2>/dev/null || { log "the API did not start (see $BENCH/api.log)"; exit 1; }
  sleep 0.5
done

RS_PORT=$((16020 + OFF))
: >"$BENCH/rpc-segments.log"
: >"$BENCH/cpu.log"
log "API pid $API_PID"
( while kill -0 "$API_PID" 2>/dev/null; do
    rpc_segments "$RS_PORT" >>"$BENCH/rpc-segments.log"
    java_cpu >>"$BENCH/cpu.log"
    sleep 1
  done ) &
SAMPLER_PID=$!

log "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$ROOT/serving-layer/target/tributary-serving-layer-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/serving-layer/target/runtime-classpath.txt")"
# shellcheck disable=SC2046 # the options file holds several flags
"$JAVA" $(cat "$ROOT/cli/target/classes/tributary-jvm.options") -Xmx1g -Xlog:gc:file="$BENCH/gc-load.log":uptime \
  -cp "$CP" io.tributary.serving.bench.ServingBenchmark "$ZK" "http://127.0.0.1:$API_PORT" \
  "$RATE" "$SECONDS_AT_RATE" "$CUSTOMERS" "$WARM_UP" "${TRACE[@]}" 2>"$BENCH/bench.log" | tee "$BENCH/summary.md"
log "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
api_report
cp "$BENCH/platform/log/gc-platform.log" "$BENCH/gc-platform.log" 2>/dev/null || true
for f in gc-api gc-load gc-platform; do
  log "$f: $(grep 'Pause' "$BENCH/$f.log" | grep -o '[0-9.]*ms$' | tr -d 'ms' \
    | awk '{n++; t += $1; if ($1 > 20) big++; if ($1 > max) max = $1} END {printf "%d collector pauses, %.0f ms in all, %d over 20 ms, longest %.1f ms", n, t, big, max}')"
done
