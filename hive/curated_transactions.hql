-- curated.transactions: generated from the table declaration of the batch layer;
-- a unit test fails when the two differ. The batch layer registers the table itself;
-- run this file only to create the table by hand, e.g.
--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f curated_transactions.hql

CREATE DATABASE IF NOT EXISTS `curated`
  COMMENT 'Validated, deduplicated and enriched data of the Tributary batch layer.'
  LOCATION '${hivevar:root}/curated';

CREATE EXTERNAL TABLE IF NOT EXISTS `curated`.`transactions` (
  `event_id`         STRING        COMMENT 'Event id from the source, unique in this table (the dedup key).',
  `customer_id`      STRING        COMMENT 'Customer id from the event.',
  `merchant_id`      STRING        COMMENT 'Merchant id, NULL when the event had none.',
  `amount`           DECIMAL(14,2) COMMENT 'Amount in the event currency, exact with 2 decimals, sign as sent by the source.',
  `currency`         STRING        COMMENT 'ISO 4217 currency code.',
  `event_time`       TIMESTAMP     COMMENT 'When the transaction happened, UTC.',
  `channel`          STRING        COMMENT 'POS, WEB, MOBILE or ATM.',
  `status`           STRING        COMMENT 'APPROVED, DECLINED or REVERSED.',
  `country`          STRING        COMMENT 'ISO 3166-1 alpha-2 country of the transaction, NULL when the event had none.',
  `schema_version`   INT           COMMENT 'Schema version of the source record.',
  `customer_segment` STRING        COMMENT 'Customer segment as of the batch run: RETAIL, SMB, CORPORATE, or UNKNOWN when the customer was not yet known.',
  `customer_country` STRING        COMMENT 'Customer country from the customer dimension as of the batch run, NULL when unknown.',
  `source`           STRING        COMMENT 'Where the record entered the platform: kafka or files.',
  `source_name`      STRING        COMMENT 'Landed file path, or topic-partition for Kafka.',
  `source_offset`    BIGINT        COMMENT 'Byte offset of the record in the uncompressed file, or the Kafka message offset.',
  `source_line`      BIGINT        COMMENT '1-based line number of the record in the file, 0 for Kafka.',
  `ingest_time`      TIMESTAMP     COMMENT 'When the record entered the platform (file landing time or Kafka message timestamp), UTC.',
  `run_id`           STRING        COMMENT 'Batch run that wrote this row (see the run manifest).',
  `seen_on_kafka`    BOOLEAN       COMMENT 'True when a valid copy of the event came through Kafka (this row\'s own source or a duplicate\'s): the speed layer counted it, so the batch view\'s kafka_count counts it too. NULL in partitions written before the column existed.'
)
COMMENT 'Valid transaction events, deduplicated by event_id (first by ingest position wins), TEST customers filtered out, enriched with the customer dimension. One row per event_id.'
PARTITIONED BY (
  `event_date` DATE COMMENT 'UTC date of event_time.'
)
STORED AS ORC
LOCATION '${hivevar:root}/curated/transactions'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'orc.bloom.filter.columns'='event_id,customer_id',
  'orc.bloom.filter.fpp'='0.01'
);
