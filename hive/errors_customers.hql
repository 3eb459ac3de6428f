-- errors.customers: generated from the table declaration of the customer dimension
-- (batch-customers); a unit test fails when the two differ. The customer job registers the table itself;
-- run this file only to create the table by hand, e.g.
--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f errors_customers.hql

CREATE DATABASE IF NOT EXISTS `errors`
  COMMENT 'Records Tributary rejected, with raw payload, source position and reason code.'
  LOCATION '${hivevar:root}/errors';

CREATE EXTERNAL TABLE IF NOT EXISTS `errors`.`customers` (
  `raw_payload`   BINARY    COMMENT 'Exact original bytes of the row without line terminator (the first 64 KiB for RECORD_TOO_LARGE).',
  `raw_text`      STRING    COMMENT 'raw_payload decoded as UTF-8 with invalid bytes replaced by U+FFFD, for reading only.',
  `reason_code`   STRING    COMMENT 'Reason code of the contract, e.g. MALFORMED_RECORD, MISSING_FIELD, INVALID_ENUM.',
  `message`       STRING    COMMENT 'What exactly is wrong, for humans.',
  `source`        STRING    COMMENT 'Where the row entered the platform: files.',
  `source_name`   STRING    COMMENT 'Path of the change file the row was read from.',
  `source_offset` BIGINT    COMMENT 'Byte offset of the row in the uncompressed file.',
  `source_line`   BIGINT    COMMENT '1-based line number of the row in the file.',
  `ingest_time`   TIMESTAMP COMMENT 'When the run read the row (its start time), UTC.'
)
COMMENT 'Customer change rows that were rejected by parsing or validation, with raw payload, source position and reason code.'
PARTITIONED BY (
  `run_id` STRING COMMENT 'Customer run that read the row (see its run manifest).'
)
ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'
STORED AS INPUTFORMAT 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat'
  OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat'
LOCATION '${hivevar:root}/errors/customers'
TBLPROPERTIES (
  'parquet.compression'='SNAPPY'
);
