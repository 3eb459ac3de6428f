-- errors.transactions: generated from the table declaration of the batch layer;
-- a unit test fails when the two differ. The batch layer registers the table itself;
-- run this file only to create the table by hand, e.g.
--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f errors_transactions.hql

CREATE DATABASE IF NOT EXISTS `errors`
  COMMENT 'Records Tributary rejected, with raw payload, source position and reason code.'
  LOCATION '${hivevar:root}/errors';

CREATE EXTERNAL TABLE IF NOT EXISTS `errors`.`transactions` (
  `raw_payload`   BINARY    COMMENT 'Exact original bytes of the record without line terminator: the first 64 KiB for RECORD_TOO_LARGE, the unread tail of the file (at most 64 KiB) for CORRUPT_FILE.',
  `raw_text`      STRING    COMMENT 'raw_payload decoded as UTF-8 with invalid bytes replaced by U+FFFD, for reading only.',
  `reason_code`   STRING    COMMENT 'Reason code of the contract, e.g. MALFORMED_RECORD, INVALID_AMOUNT, DUPLICATE_CONFLICT.',
  `message`       STRING    COMMENT 'What exactly is wrong, for humans.',
  `event_id`      STRING    COMMENT 'Event id when it is known (always for DUPLICATE_CONFLICT), otherwise NULL.',
  `source`        STRING    COMMENT 'Where the record entered the platform: kafka or files.',
  `source_name`   STRING    COMMENT 'Landed file path, or topic-partition for Kafka.',
  `source_offset` BIGINT    COMMENT 'Byte offset of the record in the uncompressed file, or the Kafka message offset.',
  `source_line`   BIGINT    COMMENT '1-based line number of the record in the file, 0 for Kafka.',
  `ingest_time`   TIMESTAMP COMMENT 'When the record entered the platform (file landing time or Kafka message timestamp), UTC.',
  `run_id`        STRING    COMMENT 'Batch run that wrote this row (see the run manifest).'
)
COMMENT 'Transaction records that were rejected: by parsing or validation (event_date NULL) or as a DUPLICATE_CONFLICT (event_date of the duplicate). Keeps the raw payload and where it was read.'
PARTITIONED BY (
  `ingest_date` DATE COMMENT 'UTC date of ingest_time.',
  `event_date`  DATE COMMENT 'UTC event date for DUPLICATE_CONFLICT rows, NULL for records rejected by parsing or validation.'
)
STORED AS ORC
LOCATION '${hivevar:root}/errors/transactions'
TBLPROPERTIES (
  'orc.compress'='ZSTD'
);
