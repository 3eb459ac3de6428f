-- curated.customers: generated from the table declaration of the customer dimension
-- (batch-customers); a unit test fails when the two differ. The customer job registers the table itself;
-- run this file only to create the table by hand, e.g.
--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f curated_customers.hql
-- Hive needs hudi-hadoop-mr-bundle on its classpath (hive.aux.jars.path) to read it.

CREATE DATABASE IF NOT EXISTS `curated`
  COMMENT 'Validated, deduplicated and enriched data of the Tributary batch layer.'
  LOCATION '${hivevar:root}/curated';

CREATE EXTERNAL TABLE IF NOT EXISTS `curated`.`customers` (
  `customer_id` STRING    COMMENT 'Customer key, as in transactions.',
  `name`        STRING    COMMENT 'Customer name, NULL when absent or deleted.',
  `email`       STRING    COMMENT 'E-mail address, NULL when absent or deleted.',
  `country`     STRING    COMMENT 'ISO 3166-1 alpha-2 country code, NULL when absent or deleted.',
  `segment`     STRING    COMMENT 'RETAIL, SMB, CORPORATE or TEST, NULL only for a delete that named none.',
  `updated_at`  TIMESTAMP COMMENT 'updated_at of the change that set this row (UTC): the greatest seen wins.',
  `deleted`     BOOLEAN   COMMENT 'True when the latest change deleted the customer (the row is a tombstone).',
  `run_id`      STRING    COMMENT 'Customer run that wrote this version (see its run manifest).'
)
COMMENT 'The customer dimension: one row per customer ever seen, the version set by its latest change (greatest updated_at). Hudi copy-on-write table: HoodieParquetInputFormat reads the latest snapshot only. Deleted customers stay as rows with deleted = true.'
ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'
STORED AS INPUTFORMAT 'org.apache.hudi.hadoop.HoodieParquetInputFormat'
  OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat'
LOCATION '${hivevar:root}/curated/customers'
TBLPROPERTIES (
  'hoodie.table.name'='customers',
  'hoodie.table.type'='COPY_ON_WRITE',
  'hoodie.datasource.write.recordkey.field'='customer_id',
  'hoodie.datasource.write.precombine.field'='updated_at'
);
