package io.tributary.customers.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two tables of the customer dimension: {@code curated.customers} (Hudi) and {@code errors.customers}. */
public final class CustomerTables {
    public static final String HUDI_INPUT_FORMAT = "org.apache.hudi.hadoop.HoodieParquetInputFormat";
    public static final String PARQUET_INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";
    public static final String PARQUET_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat";
    public static final String PARQUET_SERDE = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";

    private static final String CURATED_DB_COMMENT =
        "Validated, deduplicated and enriched data of the Tributary batch layer.";
    private static final String ERRORS_DB_COMMENT =
        "Records Tributary rejected, with raw payload, source position and reason code.";

    public static final TableSpec CURATED_CUSTOMERS = new TableSpec("curated", CURATED_DB_COMMENT, "customers",
        "The customer dimension: one row per customer ever seen, the version set by its latest change (greatest updated_at). "
            + "Hudi copy-on-write table: HoodieParquetInputFormat reads the latest snapshot only. Deleted customers stay as rows with deleted = true.",
        List.of(
            new Column("customer_id", "string", "Customer key, as in transactions."),
            new Column("name", "string", "Customer name, NULL when absent or deleted."),
            new Column("email", "string", "E-mail address, NULL when absent or deleted."),
            new Column("country", "string", "ISO 3166-1 alpha-2 country code, NULL when absent or deleted."),
            new Column("segment", "string", "RETAIL, SMB, CORPORATE or TEST, NULL only for a delete that named none."),
            new Column("updated_at", "timestamp", "updated_at of the change that set this row (UTC): the greatest seen wins."),
            new Column("deleted", "boolean", "True when the latest change deleted the customer (the row is a tombstone)."),
            new Column("run_id", "string", "Customer run that wrote this version (see its run manifest).")),
        List.of(), "curated/customers", HUDI_INPUT_FORMAT, PARQUET_OUTPUT_FORMAT, PARQUET_SERDE,
        ordered("hoodie.table.name", "customers", "hoodie.table.type", "COPY_ON_WRITE",
            "hoodie.datasource.write.recordkey.field", "customer_id",
            "hoodie.datasource.write.precombine.field", "updated_at"));

    public static final TableSpec ERRORS_CUSTOMERS = new TableSpec("errors", ERRORS_DB_COMMENT, "customers",
        "Customer change rows that were rejected by parsing or validation, with raw payload, source position and reason code.",
        List.of(
            new Column("raw_payload", "binary", "Exact original bytes of the row without line terminator (the first 64 KiB for RECORD_TOO_LARGE)."),
            new Column("raw_text", "string", "raw_payload decoded as UTF-8 with invalid bytes replaced by U+FFFD, for reading only."),
            new Column("reason_code", "string", "Reason code of the contract, e.g. MALFORMED_RECORD, MISSING_FIELD, INVALID_ENUM."),
            new Column("message", "string", "What exactly is wrong, for humans."),
            new Column("source", "string", "Where the row entered the platform: files."),
            new Column("source_name", "string", "Path of the change file the row was read from."),
            new Column("source_offset", "bigint", "Byte offset of the row in the uncompressed file."),
            new Column("source_line", "bigint", "1-based line number of the row in the file."),
            new Column("ingest_time", "timestamp", "When the run read the row (its start time), UTC.")),
        List.of(new Column("run_id", "string", "Customer run that read the row (see its run manifest).")),
        "errors/customers", PARQUET_INPUT_FORMAT, PARQUET_OUTPUT_FORMAT, PARQUET_SERDE,
        ordered("parquet.compression", "SNAPPY"));

    private CustomerTables() {
    }

    public static List<TableSpec> all() {
        return List.of(CURATED_CUSTOMERS, ERRORS_CUSTOMERS);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
