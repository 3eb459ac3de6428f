package io.tributary.batch.table;

import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.Valid;
import java.util.Objects;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;

/**
 * Fills one row of a {@code curated.transactions} batch ({@link Tables#CURATED_TRANSACTIONS}). The
 * {@code event_date} partition value is not stored in the files: it is {@link #partition(Transaction)}.
 */
public final class CuratedRow {
    private static final TableSpec SPEC = Tables.CURATED_TRANSACTIONS;
    private static final int EVENT_ID = SPEC.columnIndex("event_id");
    private static final int CUSTOMER_ID = SPEC.columnIndex("customer_id");
    private static final int MERCHANT_ID = SPEC.columnIndex("merchant_id");
    private static final int AMOUNT = SPEC.columnIndex("amount");
    private static final int CURRENCY = SPEC.columnIndex("currency");
    private static final int EVENT_TIME = SPEC.columnIndex("event_time");
    private static final int CHANNEL = SPEC.columnIndex("channel");
    private static final int STATUS = SPEC.columnIndex("status");
    private static final int COUNTRY = SPEC.columnIndex("country");
    private static final int SCHEMA_VERSION = SPEC.columnIndex("schema_version");
    private static final int CUSTOMER_SEGMENT = SPEC.columnIndex("customer_segment");
    private static final int CUSTOMER_COUNTRY = SPEC.columnIndex("customer_country");
    private static final int SOURCE = SPEC.columnIndex("source");
    private static final int SOURCE_NAME = SPEC.columnIndex("source_name");
    private static final int SOURCE_OFFSET = SPEC.columnIndex("source_offset");
    private static final int SOURCE_LINE = SPEC.columnIndex("source_line");
    private static final int INGEST_TIME = SPEC.columnIndex("ingest_time");
    private static final int SEEN_ON_KAFKA = SPEC.columnIndex("seen_on_kafka");
    private static final int RUN_ID = SPEC.columnIndex("run_id");

    private CuratedRow() {
    }

    /**
     * Sets row {@code row} of {@code batch} (a batch of {@code Tables.CURATED_TRANSACTIONS.orcSchema()}).
     *
     * @param txn             the surviving event
     * @param position        where the survivor was read
     * @param customerSegment segment from the customer dimension, {@code UNKNOWN} for a customer not yet known
     * @param customerCountry country from the customer dimension; null when unknown
     * @param seenOnKafka     a valid copy of the event (this one or a duplicate) came through Kafka
     * @param runId           the run writing the row
     */
    public static void set(VectorizedRowBatch batch, int row, Transaction txn, SourcePosition position,
                           String customerSegment, String customerCountry, boolean seenOnKafka, String runId) {
        Objects.requireNonNull(customerSegment, "customerSegment");
        Objects.requireNonNull(runId, "runId");
        ColumnVector[] c = batch.cols;
        Cells.text(c[EVENT_ID], row, txn.eventId());
        Cells.text(c[CUSTOMER_ID], row, txn.customerId());
        Cells.text(c[MERCHANT_ID], row, txn.merchantId());
        Cells.cents(c[AMOUNT], row, txn.amountCents());
        Cells.text(c[CURRENCY], row, txn.currency());
        Cells.instant(c[EVENT_TIME], row, txn.eventTime());
        Cells.text(c[CHANNEL], row, txn.channel().name());
        Cells.text(c[STATUS], row, txn.status().name());
        Cells.text(c[COUNTRY], row, txn.country());
        Cells.whole(c[SCHEMA_VERSION], row, txn.schemaVersion());
        Cells.text(c[CUSTOMER_SEGMENT], row, customerSegment);
        Cells.text(c[CUSTOMER_COUNTRY], row, customerCountry);
        Sources.set(c[SOURCE], c[SOURCE_NAME], c[SOURCE_OFFSET], c[SOURCE_LINE], c[INGEST_TIME], row, position);
        Cells.whole(c[SEEN_ON_KAFKA], row, seenOnKafka ? 1 : 0);
        Cells.text(c[RUN_ID], row, runId);
    }

    /** A record without duplicates: seen on Kafka when it was read there. */
    public static void set(VectorizedRowBatch batch, int row, Transaction txn, SourcePosition position,
                           String customerSegment, String customerCountry, String runId) {
        set(batch, row, txn, position, customerSegment, customerCountry,
            position.kind() == io.tributary.core.model.SourceKind.KAFKA, runId);
    }

    /** A parsed record without duplicates: seen on Kafka when it was read there. */
    public static void set(VectorizedRowBatch batch, int row, Valid<Transaction> record,
                           String customerSegment, String customerCountry, String runId) {
        set(batch, row, record.value(), record.position(), customerSegment, customerCountry,
            record.position().kind() == io.tributary.core.model.SourceKind.KAFKA, runId);
    }

    /** The row's partition: its UTC event date. */
    public static PartitionValues partition(Transaction txn) {
        return PartitionValues.of(txn.eventDate());
    }
}
