# Sourced by the bench scripts: a private local platform for one benchmark, with its own data folder and every
# port moved by an offset, so it never meets the platform of 'tributary local start' (127.0.0.1 only).
#
#   private_platform DATA_DIR OFFSET STOP_LOG   sets PLATFORM_ARGS (the --set options of 'tributary local') and
#                                               stops the platform on exit once PLATFORM_UP=1
# The caller defines log() and runs from the repository root.

private_platform() {
  local dir="$1" off="$2"
  PLATFORM_STOP_LOG="$3"
  PLATFORM_ARGS=(--set "local.data.dir=$dir" --set local.bind.host=127.0.0.1
    --set "local.hdfs.port=$((18020 + off))" --set "local.metastore.port=$((19083 + off))"
    --set "local.zookeeper.port=$((12181 + off))" --set "local.hbase.master.port=$((16000 + off))"
    --set "local.hbase.regionserver.port=$((16020 + off))" --set "local.kafka.port=$((19092 + off))"
    --set "local.kafka.controller.port=$((19093 + off))")
  PLATFORM_UP=0
  trap stop_platform EXIT
}

stop_platform() {
  if [[ ${PLATFORM_UP:-0} == 1 ]]; then
    ./tributary local stop "${PLATFORM_ARGS[@]}" >"$PLATFORM_STOP_LOG" 2>&1 \
      || log "platform stop failed (see $PLATFORM_STOP_LOG)"
    PLATFORM_UP=0
  fi
}
