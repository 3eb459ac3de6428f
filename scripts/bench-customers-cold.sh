#!/usr/bin/env bash
# bench-customers-cold.sh — the customer upsert against a plain Parquet rewrite, each in a fresh JVM as a
# `tributary batch customers` run is (io.tributary.customers.bench.ColdRunBench):
#
#   scripts/bench-customers-cold.sh [--runs R] [--customers N] [--upserts M]
#
#   1. one JVM loads N customers (default 1000000) into a new Hudi table (not part of the comparison);
#   2. R times (default 3), alternating, each in its own JVM:
#      - plain: the resulting dimension (N + 0.9 M rows) written as one plain Parquet file (Snappy);
#      - upsert: M change rows (default 100000: 10 % updates of random customers, 90 % new) applied to a fresh copy
#        of the loaded table, as a run applies them (stored versions read, then one located Hudi commit);
#   3. each upsert's wall time over the median of the plain rewrites.
# Both sides pay their JVM's compilation; rows are built in memory before the clock starts. Everything is written
# below var/bench/customers-cold/ and deleted at the end (the log stays). Set TRIBUTARY_JAVA_OPTS for other JVM flags.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=3 CUSTOMERS=1000000 UPSERTS=100000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="${2:?--runs needs R}"; shift 2 ;;
    --customers) CUSTOMERS="${2:?--customers needs N}"; shift 2 ;;
    --upserts) UPSERTS="${2:?--upserts needs M}"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-customers-cold: unknown option $1 (--runs R | --customers N | --upserts M)" >&2; exit 2 ;;
  esac
done
for n in "$RUNS" "$CUSTOMERS" "$UPSERTS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench-customers-cold: counts must be positive integers, got '$n'" >&2; exit 2; }
done

./mvnw -B -q -pl batch-customers -am package -DskipTests
OUT="$ROOT/var/bench/customers-cold"
rm -rf "$OUT"
mkdir -p "$OUT"
LOG="$OUT/../customers-cold.log"
: > "$LOG"
CP="batch-customers/target/tributary-batch-customers-0.1.0-SNAPSHOT.jar:$(cat batch-customers/target/runtime-classpath.txt)"
step() {
  # shellcheck disable=SC2046,SC2086 # the options file holds several space-separated flags
  java -Xmx6g $(cat cli/target/classes/tributary-jvm.options) ${TRIBUTARY_JAVA_OPTS:-} -cp "$CP" \
    io.tributary.customers.bench.ColdRunBench "$@" "$CUSTOMERS" "$UPSERTS" 2>>"$OUT/stderr.log" | tee -a "$LOG"
}
ms_of() { sed -n 's/.* in \([0-9]*\) ms .*/\1/p' | tail -1; }

step load "$OUT/loaded" >/dev/null
grep '^load' "$LOG"
plain=() upsert=()
for ((i = 1; i <= RUNS; i++)); do
  plain+=("$(step plain "$OUT/plain" | ms_of)")
  rm -rf "$OUT/copy" && cp -r "$OUT/loaded" "$OUT/copy"
  upsert+=("$(step upsert "$OUT/copy" | grep '^cold upsert' | ms_of)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
base="$(median "${plain[@]}")"
echo "plain rewrites (ms): ${plain[*]}; median $base" | tee -a "$LOG"
for u in "${upsert[@]}"; do
  awk -v u="$u" -v b="$base" 'BEGIN {printf "cold upsert %d ms / median plain %d ms = %.2fx\n", u, b, u / b}' | tee -a "$LOG"
done
rm -rf "$OUT"
