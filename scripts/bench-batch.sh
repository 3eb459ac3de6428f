#!/usr/bin/env bash
# bench-batch.sh — times the batch layer (tributary ingest + tributary batch curate) against DuckDB doing the
# equivalent work on the same generated files, and checks that both give the counts the generator expects.
#
#   scripts/bench-batch.sh [--events N[,N2...]] [--keep]
#
# For each size (default 1000000,5000000):
#   1. tributary generate --events N (timed, reported, not part of the comparison);
#   2. a private local platform (own data folder and ports, 127.0.0.1 only) for its Hive Metastore;
#      the lake is a plain local folder (fs.uri=file:///), so HDFS overhead is not measured;
#   3. one tributary ingest of every day folder (transactions, then customers), each landed at 01:00Z the next day;
#   4. tributary batch curate over every event date of the data set;
#   5. the platform stops; DuckDB (io.tributary.benchmarks.duckdb.DuckDbCuration, SET threads=2) does the same
#      work in its own JVM: read, validate, dedup, filter, enrich, write partitioned Parquet;
#   6. curated rows and approved amount per event date: ours vs DuckDB vs the generator's manifest.
# Wall clock and peak RSS come from /usr/bin/time -v. Everything is written below var/bench/batch/; without
# --keep, the data of a size is deleted once it is measured (the summary and logs stay).
#
# Environment: BENCH_PORT_OFFSET (default 10000) is added to every local platform port, so the bench does not
# collide with a platform started with the defaults. TRIBUTARY_JAVA_OPTS is passed to our JVMs as usual.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EVENTS="1000000,5000000"
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) EVENTS="${2:?--events needs N[,N2...]}"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-batch: unknown option $1 (--events N[,N2...] | --keep)" >&2; exit 2 ;;
  esac
done
[[ "$EVENTS" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "bench-batch: --events takes N[,N2...], got '$EVENTS'" >&2; exit 2; }

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "bench-batch: GNU time is needed for peak RSS: apt-get install -y time" >&2
  exit 2
fi
command -v jq >/dev/null || { echo "bench-batch: jq is needed: apt-get install -y jq" >&2; exit 2; }

BENCH="$ROOT/var/bench/batch"
mkdir -p "$BENCH"
OFF="${BENCH_PORT_OFFSET:-10000}"
PLATFORM_DIR="$BENCH/platform"
METASTORE="thrift://127.0.0.1:$((19083 + OFF))"

log() { printf '%s bench-batch: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# shellcheck source=lib/private-platform.sh
source "$ROOT/scripts/lib/private-platform.sh"
private_platform "$PLATFORM_DIR" "$OFF" "$BENCH/platform-stop.log"

# ---- build (not timed) -----------------------------------------------------------------------------------------
log "building what is missing (cli, batch-layer, local-platform, benchmarks)"
./tributary --version >/dev/null
./tributary local status "${PLATFORM_ARGS[@]}" >/dev/null 2>&1 || true
./tributary runs --help >/dev/null
# The launcher rebuilds a module whose sources are newer than its stamp (target/runtime-classpath.txt). Maven does
# not rewrite that file when the classpath is unchanged, so after a source edit the stamp may never move and every
# call would rebuild, inside the timings. The jars were just built from the current sources: move the stamps.
if ./tributary runs --help 2>&1 >/dev/null | grep -q '^tributary: building'; then
  log "the launcher rebuilt batch-layer right after a build (its stamp was not rewritten): touching the stamps"
fi
touch "$ROOT/cli/target/runtime-classpath.txt" "$ROOT/batch-layer/target/runtime-classpath.txt" \
  "$ROOT/local-platform/target/runtime-classpath.txt"
BENCH_JAR="$ROOT/benchmarks/target/tributary-benchmarks-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$BENCH_JAR" || ! -f "$ROOT/benchmarks/target/runtime-classpath.txt" ]] \
   || [[ -n "$(find "$ROOT/benchmarks/src/main" "$ROOT/benchmarks/pom.xml" -newer "$BENCH_JAR" -type f -print -quit)" ]]; then
  ./mvnw -B -q -pl benchmarks -am package -Dmaven.test.skip=true >"$BENCH/build.log" 2>&1 \
    || { tail -n 30 "$BENCH/build.log" >&2; exit 1; }
fi
DUCK_CP="$BENCH_JAR:$(cat "$ROOT/benchmarks/target/runtime-classpath.txt")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# /usr/bin/time -v output -> "seconds peak_rss_kib"
wall_rss() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
              /Maximum resident set size/ { r = $2 } END { printf "%.1f %d\n", w, r }' "$1"
}
# /usr/bin/time -v output -> user + system CPU seconds (less sensitive to other load than the wall clock)
cpu_s() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f\n", u + s }' "$1"; }
# bytes of the data files below a folder (no checksum side files, no hidden or _-prefixed files)
data_bytes() { [[ -d "$1" ]] || { echo 0; return; }; find "$1" -type f ! -name '.*' ! -name '_*' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
# prefixes each line with seconds since $1
stamp() { local t0="$1" line; while IFS= read -r line; do printf '%7.1f %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$line"; done; }

SUMMARY="$BENCH/summary.md"
{
  echo "| events generated | file records | ingest s | curate s | total s | records/s | DuckDB s | ratio | peak RSS ours | peak RSS DuckDB | input | our output | DuckDB output |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$SUMMARY.new"
STATUS=0

IFS=, read -r -a SIZES <<<"$EVENTS"
for N in "${SIZES[@]}"; do
  RUN="$BENCH/$N"
  rm -rf "$RUN" && mkdir -p "$RUN"
  INPUT="$RUN/input" LAKE="$RUN/lake" DUCK="$RUN/duckdb"
  LAKE_ARGS=(--set fs.uri=file:/// --set "storage.root=$LAKE" --set "metastore.uris=$METASTORE")

  # 1. generate
  log "$N: generate (load $(load))"
  /usr/bin/time -v -o "$RUN/time.generate" ./tributary generate --out "$INPUT" --events "$N" >"$RUN/generate.log" 2>&1
  read -r GEN_S GEN_RSS < <(wall_rss "$RUN/time.generate")
  FILE_RECORDS="$(jq '.transactions.by_source.files.read' "$INPUT/manifest.json")"
  INPUT_BYTES="$(find "$INPUT/transactions" "$INPUT/customers" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')"
  INPUT_RAW="$(jq '[.transactions.files[] | select(.source == "files") | .uncompressed_bytes] | add' "$INPUT/manifest.json")"
  log "$N: generated in ${GEN_S}s: $FILE_RECORDS records in the day files, $INPUT_BYTES bytes on disk ($INPUT_RAW uncompressed)"

  # 2. a fresh private platform, for its metastore
  stop_platform
  rm -rf "$PLATFORM_DIR"
  log "$N: starting a private local platform (metastore $METASTORE)"
  ./tributary local start "${PLATFORM_ARGS[@]}" >"$RUN/platform-start.log" 2>&1 \
    || { cat "$RUN/platform-start.log" >&2; exit 1; }
  PLATFORM_UP=1

  BATCH_LOG="$ROOT/var/log/batch.log"
  LOG_FROM=$(( $( [[ -f "$BATCH_LOG" ]] && stat -c %s "$BATCH_LOG" || echo 0 ) + 1 ))

  # 3. ingest, day by day: transactions then customers, landed at 01:00Z the day after
  LOAD_BEFORE="$(load)"
  log "$N: ingest (load $LOAD_BEFORE)"
  LANDINGS=()
  for DAY in $(ls "$INPUT/transactions" "$INPUT/customers" | sed -n 's/^ingest_date=//p' | sort -u); do
    AT="$(date -u -d "$DAY + 1 day" +%Y-%m-%d)T01:00:00Z"
    for KIND in transactions customers; do
      [[ -d "$INPUT/$KIND/ingest_date=$DAY" ]] || continue
      LANDINGS+=(--from "$INPUT/$KIND/ingest_date=$DAY" --ingest-time "$AT")
    done
  done
  # one ingest run (one JVM) lands every day folder, each with its own ingest time
  /usr/bin/time -v -o "$RUN/time.ingest" ./tributary ingest "${LAKE_ARGS[@]}" "${LANDINGS[@]}" >"$RUN/ingest.log" 2>&1
  read -r INGEST_S INGEST_RSS < <(wall_rss "$RUN/time.ingest")

  # 4. curate every event date of the data set
  FROM="$(jq -r '.transactions.curated_by_event_date.files | keys | min' "$INPUT/manifest.json")"
  TO="$(jq -r '.transactions.curated_by_event_date.files | keys | max' "$INPUT/manifest.json")"
  log "$N: batch curate --from $FROM --to $TO (load $(load))"
  T0=$(date +%s.%N)
  /usr/bin/time -v -o "$RUN/time.curate" ./tributary batch curate --skip-views "${LAKE_ARGS[@]}" --from "$FROM" --to "$TO" 2>&1 \
    | stamp "$T0" >"$RUN/curate.log"
  read -r CURATE_S CURATE_RSS < <(wall_rss "$RUN/time.curate")
  LOAD_OURS="$(load)"
  [[ -f "$BATCH_LOG" ]] && tail -c +"$LOG_FROM" "$BATCH_LOG" >"$RUN/batch.log" || true
  OURS_RSS=$(( CURATE_RSS > INGEST_RSS ? CURATE_RSS : INGEST_RSS ))
  OURS_S="$(echo "$INGEST_S + $CURATE_S" | bc)"
  OUR_BYTES=$(( $(data_bytes "$LAKE/curated") + $(data_bytes "$LAKE/views") + $(data_bytes "$LAKE/errors") ))
  STAGING_BYTES=$(data_bytes "$LAKE/staging")
  cp "$(ls -d "$LAKE"/_runs/*/manifest.json | tail -n 1)" "$RUN/run-manifest.json"

  # our per-date totals, read back through the metastore
  ./tributary show "${LAKE_ARGS[@]}" views.customer_daily_spend --limit 0 >"$RUN/ours-daily-spend.jsonl" 2>"$RUN/show.log"
  stop_platform

  # 5. DuckDB, the same work, in its own JVM
  log "$N: DuckDB (load $(load))"
  /usr/bin/time -v -o "$RUN/time.duckdb" "$JAVA" -cp "$DUCK_CP" io.tributary.benchmarks.duckdb.DuckDbCuration \
    --input "$INPUT" --out "$DUCK" --threads 2 --result "$RUN/duckdb-result.json" >"$RUN/duckdb.log" 2>&1 \
    || { cat "$RUN/duckdb.log" >&2; exit 1; }
  read -r DUCK_S DUCK_RSS < <(wall_rss "$RUN/time.duckdb")
  DUCK_BYTES="$(jq '.output_bytes.total' "$RUN/duckdb-result.json")"
  LOAD_AFTER="$(load)"

  # 6. the same answers?
  if ! "$JAVA" -cp "$DUCK_CP" io.tributary.benchmarks.duckdb.CompareResults --manifest "$INPUT/manifest.json" \
       --run-manifest "$RUN/run-manifest.json" --daily-spend "$RUN/ours-daily-spend.jsonl" \
       --duckdb "$RUN/duckdb-result.json" >"$RUN/compare.txt" 2>&1; then
    STATUS=1
  fi
  cat "$RUN/compare.txt" >&2
  if grep -q '^tributary: building' "$RUN/ingest.log" "$RUN/curate.log"; then
    log "$N: WARNING: the launcher rebuilt a module during a timed step; the times include a build"
  fi

  RATE="$(echo "$FILE_RECORDS / $OURS_S" | bc)"
  RATIO="$(echo "scale=2; $OURS_S / $DUCK_S" | bc)"
  printf '| %d | %d | %s | %s | %s | %d | %s | %sx | %s MiB | %s MiB | %s MB (%s MB raw) | %s MB | %s MB |\n' \
    "$N" "$FILE_RECORDS" "$INGEST_S" "$CURATE_S" "$OURS_S" "$RATE" "$DUCK_S" "$RATIO" "$(mib "$OURS_RSS")" \
    "$(mib "$DUCK_RSS")" "$(echo "$INPUT_BYTES / 1000000" | bc)" "$(echo "$INPUT_RAW / 1000000" | bc)" \
    "$(echo "$OUR_BYTES / 1000000" | bc)" "$(echo "$DUCK_BYTES / 1000000" | bc)" >>"$SUMMARY.new"
  {
    echo "events=$N file_records=$FILE_RECORDS generate_s=$GEN_S generate_rss_kib=$GEN_RSS"
    echo "ingest_s=$INGEST_S ingest_folders=$(( ${#LANDINGS[@]} / 4 )) ingest_peak_rss_kib=$INGEST_RSS curate_s=$CURATE_S curate_peak_rss_kib=$CURATE_RSS"
    echo "cpu_s ingest=$(cpu_s "$RUN/time.ingest") curate=$(cpu_s "$RUN/time.curate") duckdb=$(cpu_s "$RUN/time.duckdb")"
    echo "duckdb_s=$DUCK_S duckdb_peak_rss_kib=$DUCK_RSS duckdb_steps=$(jq -c '.seconds' "$RUN/duckdb-result.json")"
    echo "input_bytes=$INPUT_BYTES input_uncompressed=$INPUT_RAW our_output_bytes=$OUR_BYTES staging_bytes=$STAGING_BYTES duckdb_output_bytes=$DUCK_BYTES"
    echo "load_before=$LOAD_BEFORE load_after_ours=$LOAD_OURS load_after_duckdb=$LOAD_AFTER cores=$(nproc)"
    echo "curate progress (seconds since start):"; sed 's/^/  /' "$RUN/curate.log"
  } >"$RUN/summary.txt"
  cat "$RUN/summary.txt" >&2
  if [[ $KEEP == 0 ]]; then
    rm -rf "$INPUT" "$LAKE" "$DUCK"
  fi
done

mv "$SUMMARY.new" "$SUMMARY"
echo
cat "$SUMMARY"
echo
echo "details: var/bench/batch/<events>/{summary.txt,compare.txt,curate.log,batch.log,time.*}"
exit $STATUS
