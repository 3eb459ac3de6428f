#!/usr/bin/env bash
# The demo: the whole Lambda story on the local platform: platform, generated data, speed layer
# (Kafka -> HBase), batch layer (files -> ORC + Hudi), a batch view generation in HBase, the serving
# API merging both, late data, and the nightly reconciliation that makes the answers final. It leaves
# the platform, the speed layer and the API running so that you can look around.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T="$ROOT/tributary"

EVENTS=20000
SEED=42
START=2026-11-20
DAYS=3
OUT="var/demo/input"

case "${1:-}" in
  -h|--help)
    cat <<EOF
Usage: tributary demo [--events N] [--seed S]

Runs the Tributary story on the local platform (real HDFS, Hive Metastore, HBase and Kafka
on 127.0.0.1): builds what is missing, starts the platform, checks every service with a real
client, generates a deterministic data set under $OUT, streams its Kafka share through the speed
layer into HBase, lands the files in the raw zone, applies the customer changes to the Hudi
dimension, curates with MapReduce into ORC tables registered in the Hive Metastore, publishes a
batch view generation to HBase, starts the serving API, verifies the counts against the
generator's expectations, then sends late events and a late customer, runs the nightly
reconciliation (twice: the second run changes nothing) and prints what to look at.
EOF
    exit 0 ;;
esac
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) EVENTS="${2:?--events needs a number}"; shift 2 ;;
    --seed) SEED="${2:?--seed needs a number}"; shift 2 ;;
    *) echo "tributary demo: unknown option '$1'. Try 'tributary demo --help'." >&2; exit 2 ;;
  esac
done

started_at=$(date +%s)
step() { printf '\n== %s\n' "$*"; }
elapsed() { echo "$(( $(date +%s) - started_at ))s"; }

RUN="var/run"
mkdir -p "$RUN" var/log

# background services of the demo: each with its own log and pid file; a rerun of the demo restarts them
start_bg() {
  local name="$1"; shift
  stop_bg "$name"
  nohup "$T" "$@" >"var/log/demo-$name.log" 2>&1 &
  echo $! >"$RUN/demo-$name.pid"
}
stop_bg() {
  local pidfile="$RUN/demo-$1.pid"
  if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$pidfile"
}
wait_http() {
  local url="$1" what="$2"
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "tributary demo: $what did not come up; see var/log/demo-*.log" >&2
  exit 1
}
metric_sum() {
  curl -fsS "$1" 2>/dev/null | awk -v m="$2" 'index($0, m) == 1 {s += $NF} END {printf "%d", s}'
}

step "1/12 Start the local platform (HDFS, Hive Metastore, HBase, Kafka on 127.0.0.1)"
"$T" local start

step "2/12 Check every service with a real client (write, then read back)"
"$T" local smoke

step "3/12 Generate a deterministic data set ($EVENTS events, seed $SEED, start $START)"
rm -rf "$OUT"
"$T" generate --out "$OUT" --events "$EVENTS" --seed "$SEED" --start-date "$START" --days "$DAYS"

step "4/12 Speed layer: start it, publish the Kafka share of the events (and the customer changes) to Kafka"
SPEED_PORT=18091
start_bg speed speed
wait_http "http://127.0.0.1:$SPEED_PORT/health/live" "the speed layer"
"$T" produce --from "$OUT"
KAFKA_EVENTS="$(wc -l <"$OUT/kafka/transactions.jsonl")"
for _ in $(seq 1 120); do
  seen="$(metric_sum "http://127.0.0.1:$SPEED_PORT/metrics" tributary_speed_events_in_total)"
  [[ "${seen:-0}" -ge "$KAFKA_EVENTS" ]] && break
  sleep 1
done
echo "speed layer: ${seen:-0} of $KAFKA_EVENTS Kafka events processed"
sleep 5   # the HBase sink flushes, then commits its offsets

step "5/12 Land each day's files in the raw zone on HDFS (the day after, as a nightly transfer would)"
LANDINGS=()
for day_dir in "$OUT"/transactions/ingest_date=* "$OUT"/customers/ingest_date=*; do
  day="${day_dir##*=}"
  LANDINGS+=(--from "$day_dir" --ingest-time "$(date -u -d "$day + 1 day" +%Y-%m-%d)T01:00:00Z")
done
"$T" ingest "${LANDINGS[@]}"   # one run for every day folder, each with its own ingest time

step "6/12 Customer dimension: apply the change files to the Hudi table (one commit)"
"$T" batch customers --input "$OUT/customers"

step "7/12 Curate every event date (MapReduce -> ORC in the Hive Metastore), then publish a batch view generation"
FIRST="$(date -u -d "$START - 7 days" +%Y-%m-%d)"
LAST="$(date -u -d "$START + $DAYS days" +%Y-%m-%d)"
LAST_DAY="$(date -u -d "$START + $((DAYS - 1)) days" +%Y-%m-%d)"
THROUGH="$(date -u -d "$START + $((DAYS - 2)) days" +%Y-%m-%d)"
"$T" batch curate --skip-views --from "$FIRST" --to "$LAST"
# The batch watermark stops at $THROUGH, so the last day is still answered by the speed layer.
"$T" batch publish-views --through "$THROUGH"
"$T" runs list

step "8/12 Serving API: merged answers at the batch watermark"
SERVE_PORT=18080
start_bg serve serve --port "$SERVE_PORT"
wait_http "http://127.0.0.1:$SERVE_PORT/health/ready" "the serving API"
CUSTOMER="$("$T" show curated.transactions --limit 1 --format json | sed -n 's/.*"customer_id" *: *"\([^"]*\)".*/\1/p' | head -1)"
SPEND_URL="http://127.0.0.1:$SERVE_PORT/v1/customers/$CUSTOMER/spend?from=$START&to=$LAST_DAY"
echo "GET $SPEND_URL"
curl -fsS "$SPEND_URL" | head -c 1500; echo
echo "GET /v1/freshness"
curl -fsS "http://127.0.0.1:$SERVE_PORT/v1/freshness"; echo

step "9/12 Verify: the lake's counts against the generator's expected counts"
verified=ok
"$T" batch verify --expected "$OUT/manifest.json" || verified=FAILED
echo
echo "A few rows of the error table (errors.transactions):"
"$T" show errors.transactions --limit 3 --format table || true

step "10/12 Late data: events for $START (already published by the batch) and a customer who arrives after their transactions"
LATE="var/demo/late"
LANDING="var/demo/landing"
rm -rf "$LATE" "$LANDING"
mkdir -p "$LATE" "$LANDING/customers/ingest_date=$LAST_DAY"
late_event() { # id customer amount time status
  printf '{"event_id":"%s","customer_id":"%s","merchant_id":"M00001","amount":"%s","currency":"EUR","event_time":"%sT%s","channel":"POS","status":"%s","country":"DE","schema_version":1}\n' \
    "$1" "$2" "$3" "$START" "$4" "$5"
}
{
  late_event demo-late-1 "$CUSTOMER" 10.00 11:00:00Z APPROVED
  late_event demo-late-2 "$CUSTOMER" 2.30 11:20:00Z APPROVED
  late_event demo-late-3 "$CUSTOMER" 5.00 12:10:00Z DECLINED
  late_event demo-late-4 C0999001 42.00 09:00:00Z APPROVED
} >"$LATE/late.jsonl"
"$T" produce --from "$LATE"
printf 'op,customer_id,name,email,country,segment,updated_at\nU,C0999001,Late Arrival,late@example.com,DE,CORPORATE,%sT06:00:00Z\n' \
  "$LAST_DAY" >"$LANDING/customers/ingest_date=$LAST_DAY/late-customer.csv"
# the answer's own count comes first; each bucket carries its own after it
pending() { curl -fsS "$SPEND_URL" | grep -o '"pending_late_events":[0-9]*' | head -1 | cut -d: -f2; }
for _ in $(seq 1 60); do [[ "$(pending)" -ge 3 ]] 2>/dev/null && break; sleep 1; done
echo "GET $SPEND_URL (before the nightly run: pending_late_events $(pending), unreconciled buckets)"
curl -fsS "$SPEND_URL" | head -c 1500; echo
echo "GET /v1/customers/C0999001: $(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SERVE_PORT/v1/customers/C0999001") (not known yet)"

step "11/12 Nightly reconciliation for $LAST_DAY: ingest, archive Kafka, customers, plan, curate, views, gate, publish, expire"
NIGHT_ARGS=(--date "$LAST_DAY" --set "nightly.landing.dir=$ROOT/$LANDING" --set views.generation.grace=0s)
night_start=$(date +%s)
"$T" nightly "${NIGHT_ARGS[@]}" || verified=FAILED
night_s=$(( $(date +%s) - night_start ))
sleep 1   # the API caches the pointer for serving.watermark.cache
after_pending="$(pending)"
echo "GET $SPEND_URL (after: pending_late_events $after_pending)"
curl -fsS "$SPEND_URL" | head -c 1500; echo
echo "GET /v1/customers/C0999001"
curl -fsS "http://127.0.0.1:$SERVE_PORT/v1/customers/C0999001" || verified=FAILED; echo
[[ "$after_pending" == 0 ]] || { echo "pending late events after the nightly run: $after_pending (expected 0)"; verified=FAILED; }

step "12/12 The same night again: nothing to do, nothing published"
again_start=$(date +%s)
"$T" nightly "${NIGHT_ARGS[@]}" | tee var/log/demo-nightly-again.log || verified=FAILED
again_s=$(( $(date +%s) - again_start ))
grep -q "nothing to recompute" var/log/demo-nightly-again.log || verified=FAILED

cat <<SUMMARY

== Summary (took $(elapsed))
- The local platform is running; its data is under var/ and survives 'local stop' / 'local start'.
- Generated inputs: $OUT (expected counts: $OUT/manifest.json).
- Speed layer: the Kafka share of the events went through Kafka Streams into HBase tributary:speed_view;
  invalid events are in topic transactions.dlq, late ones in transactions.late.
- Batch layer: the day files were curated into curated.transactions, views.customer_daily_spend and
  errors.transactions (ORC on HDFS, in the Hive Metastore), the customer changes into the Hudi table
  curated.customers. A first batch view generation covered days up to $THROUGH.
- Late data: three events for $CUSTOMER on $START (a day the batch had published) and a customer, C0999001, whose
  transaction came before their record. Before the nightly run the API showed them as pending, unreconciled.
- Nightly run ($night_s s): archived the Kafka topic into the raw zone (exactly once), applied the landed customer
  change, recomputed the event dates that gained raw data, built and gated a new generation, published it with
  Wb at the end of $LAST_DAY and expired the speed rows it covers. Pending late events now: ${after_pending:-?}.
  The same night again took $again_s s and changed nothing. Verification: $verified.

What to open:
  http://127.0.0.1:$SERVE_PORT/?customer=$CUSTOMER&from=$START&to=$LAST_DAY&granularity=day
                                       the freshness page: which view answers each bucket, what is pending
  $SPEND_URL
  http://127.0.0.1:$SERVE_PORT/v1/freshness      watermarks, generation, last run counts
  http://127.0.0.1:$SPEED_PORT/metrics          the speed layer's Prometheus metrics
  ./tributary show errors.transactions --limit 5 --format table
  ./tributary show curated.customers --limit 5
  ./tributary runs list                the batch runs and their counts
  ./tributary local status             the services and their addresses
Stop: kill \$(cat $RUN/demo-serve.pid) \$(cat $RUN/demo-speed.pid); ./tributary local stop
SUMMARY
[[ "$verified" == ok ]] || exit 1
