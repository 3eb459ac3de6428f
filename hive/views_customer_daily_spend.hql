-- views.customer_daily_spend: generated from the table declaration of the batch layer;
-- a unit test fails when the two differ. The batch layer registers the table itself;
-- run this file only to create the table by hand, e.g.
--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f views_customer_daily_spend.hql

CREATE DATABASE IF NOT EXISTS `views`
  COMMENT 'Aggregates computed by the Tributary batch layer for the serving layer and analysts.'
  LOCATION '${hivevar:root}/views';

CREATE EXTERNAL TABLE IF NOT EXISTS `views`.`customer_daily_spend` (
  `customer_id`      STRING        COMMENT 'Customer id.',
  `currency`         STRING        COMMENT 'ISO 4217 currency code. Amounts are never summed across currencies.',
  `txn_count`        BIGINT        COMMENT 'Curated events of the customer, day and currency, whatever their status.',
  `approved_count`   BIGINT        COMMENT 'Events with status APPROVED.',
  `approved_amount`  DECIMAL(18,2) COMMENT 'Sum of the amounts of APPROVED events.',
  `declined_count`   BIGINT        COMMENT 'Events with status DECLINED.',
  `reversed_amount`  DECIMAL(18,2) COMMENT 'Sum of the amounts of REVERSED events.',
  `kafka_count`      BIGINT        COMMENT 'How many of txn_count were seen on Kafka (curated.transactions.seen_on_kafka). The serving layer compares it with what the speed layer saw to count late events still pending.',
  `customer_segment` STRING        COMMENT 'Customer segment as of the batch run: RETAIL, SMB, CORPORATE, or UNKNOWN when the customer was not yet known.',
  `run_id`           STRING        COMMENT 'Batch run that wrote this row (see the run manifest).'
)
COMMENT 'Spend per customer, UTC event date and currency over curated.transactions: one row per (customer_id, event_date, currency).'
PARTITIONED BY (
  `event_date` DATE COMMENT 'UTC date of the events.'
)
STORED AS ORC
LOCATION '${hivevar:root}/views/customer_daily_spend'
TBLPROPERTIES (
  'orc.compress'='ZSTD'
);
