package io.tributary.batch.table;

import io.tributary.batch.lake.LakePaths;
import java.util.List;
import java.util.Optional;

/**
 * The tables the batch layer writes and registers. Column comments are what analysts see in
 * {@code DESCRIBE}; docs/TABLES.md explains the tables at more length.
 *
 * <p>Timestamps are Hive {@code timestamp} values holding the UTC wall-clock time of the instant (written
 * with ORC's UTC timestamp option), so every engine shows the same value whatever its own time zone.
 * Amounts are exact decimals with 2 decimals. Enumerations are upper-case text as in the contract.
 */
public final class Tables {
    private static final String CURATED_DB = "Validated, deduplicated and enriched data of the Tributary batch layer.";
    private static final String ERRORS_DB = "Records Tributary rejected, with raw payload, source position and reason code.";
    private static final String VIEWS_DB = "Aggregates computed by the Tributary batch layer for the serving layer and analysts.";

    private static final String SOURCE = "Where the record entered the platform: kafka or files.";
    private static final String SOURCE_NAME = "Landed file path, or topic-partition for Kafka.";
    private static final String SOURCE_OFFSET = "Byte offset of the record in the uncompressed file, or the Kafka message offset.";
    private static final String SOURCE_LINE = "1-based line number of the record in the file, 0 for Kafka.";
    private static final String INGEST_TIME = "When the record entered the platform (file landing time or Kafka message timestamp), UTC.";
    private static final String RUN_ID = "Batch run that wrote this row (see the run manifest).";
    private static final String SEGMENT = "Customer segment as of the batch run: RETAIL, SMB, CORPORATE, or UNKNOWN when the customer was not yet known.";

    /** Where a row was read, in the order {@link Sources} writes it: shared by the curated and the error table. */
    private static final List<Column> SOURCE_COLUMNS = List.of(
        Column.of("source", "string", SOURCE),
        Column.of("source_name", "string", SOURCE_NAME),
        Column.of("source_offset", "bigint", SOURCE_OFFSET),
        Column.of("source_line", "bigint", SOURCE_LINE),
        Column.of("ingest_time", "timestamp", INGEST_TIME));

    /** Validated, deduplicated, enriched transactions, one row per event_id, partitioned by UTC event date. */
    public static final TableSpec CURATED_TRANSACTIONS = TableSpec.builder("curated", "transactions")
        .databaseComment(CURATED_DB)
        .comment("Valid transaction events, deduplicated by event_id (first by ingest position wins), TEST customers "
            + "filtered out, enriched with the customer dimension. One row per event_id.")
        .column("event_id", "string", "Event id from the source, unique in this table (the dedup key).")
        .column("customer_id", "string", "Customer id from the event.")
        .column("merchant_id", "string", "Merchant id, NULL when the event had none.")
        .column("amount", "decimal(14,2)", "Amount in the event currency, exact with 2 decimals, sign as sent by the source.")
        .column("currency", "string", "ISO 4217 currency code.")
        .column("event_time", "timestamp", "When the transaction happened, UTC.")
        .column("channel", "string", "POS, WEB, MOBILE or ATM.")
        .column("status", "string", "APPROVED, DECLINED or REVERSED.")
        .column("country", "string", "ISO 3166-1 alpha-2 country of the transaction, NULL when the event had none.")
        .column("schema_version", "int", "Schema version of the source record.")
        .column("customer_segment", "string", SEGMENT)
        .column("customer_country", "string", "Customer country from the customer dimension as of the batch run, NULL when unknown.")
        .columns(SOURCE_COLUMNS)
        .column("run_id", "string", RUN_ID)
        // added after the first release: appended, so registered tables evolve by adding it (MetastoreCatalog)
        .column("seen_on_kafka", "boolean", "True when a valid copy of the event came through Kafka (this row's own "
            + "source or a duplicate's): the speed layer counted it, so the batch view's kafka_count counts it too. "
            + "NULL in partitions written before the column existed.")
        .partitionColumn("event_date", "date", "UTC date of event_time.")
        .bloomFilters("event_id", "customer_id")
        .location(LakePaths::curatedTransactions)
        .build();

    /** Every rejected record, partitioned by the UTC date it was ingested and, for dedup conflicts, its event date. */
    public static final TableSpec ERRORS_TRANSACTIONS = TableSpec.builder("errors", "transactions")
        .databaseComment(ERRORS_DB)
        .comment("Transaction records that were rejected: by parsing or validation (event_date NULL) or as a "
            + "DUPLICATE_CONFLICT (event_date of the duplicate). Keeps the raw payload and where it was read.")
        .column("raw_payload", "binary", "Exact original bytes of the record without line terminator: the first 64 KiB "
            + "for RECORD_TOO_LARGE, the unread tail of the file (at most 64 KiB) for CORRUPT_FILE.")
        .column("raw_text", "string", "raw_payload decoded as UTF-8 with invalid bytes replaced by U+FFFD, for reading only.")
        .column("reason_code", "string", "Reason code of the contract, e.g. MALFORMED_RECORD, INVALID_AMOUNT, DUPLICATE_CONFLICT.")
        .column("message", "string", "What exactly is wrong, for humans.")
        .column("event_id", "string", "Event id when it is known (always for DUPLICATE_CONFLICT), otherwise NULL.")
        .columns(SOURCE_COLUMNS)
        .column("run_id", "string", RUN_ID)
        .partitionColumn("ingest_date", "date", "UTC date of ingest_time.")
        .partitionColumn("event_date", "date", "UTC event date for DUPLICATE_CONFLICT rows, NULL for records rejected by parsing or validation.")
        .location(LakePaths::errorTransactions)
        .build();

    /** Per customer, UTC day and currency: the batch view the serving layer answers from. */
    public static final TableSpec CUSTOMER_DAILY_SPEND = TableSpec.builder("views", "customer_daily_spend")
        .databaseComment(VIEWS_DB)
        .comment("Spend per customer, UTC event date and currency over curated.transactions: one row per "
            + "(customer_id, event_date, currency).")
        .column("customer_id", "string", "Customer id.")
        .column("currency", "string", "ISO 4217 currency code. Amounts are never summed across currencies.")
        .column("txn_count", "bigint", "Curated events of the customer, day and currency, whatever their status.")
        .column("approved_count", "bigint", "Events with status APPROVED.")
        .column("approved_amount", "decimal(18,2)", "Sum of the amounts of APPROVED events.")
        .column("declined_count", "bigint", "Events with status DECLINED.")
        .column("reversed_amount", "decimal(18,2)", "Sum of the amounts of REVERSED events.")
        .column("kafka_count", "bigint", "How many of txn_count were seen on Kafka (curated.transactions.seen_on_kafka). "
            + "The serving layer compares it with what the speed layer saw to count late events still pending.")
        .column("customer_segment", "string", SEGMENT)
        .column("run_id", "string", RUN_ID)
        .partitionColumn("event_date", "date", "UTC date of the events.")
        .location(LakePaths::dailySpend)
        .build();

    private static final List<TableSpec> ALL = List.of(CURATED_TRANSACTIONS, ERRORS_TRANSACTIONS, CUSTOMER_DAILY_SPEND);

    private Tables() {
    }

    /** The batch layer's tables, in the order they are created. */
    public static List<TableSpec> all() {
        return ALL;
    }

    /** The spec of {@code database.name}, if it is one of the batch layer's tables. */
    public static Optional<TableSpec> find(String qualifiedName) {
        return ALL.stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
    }
}
