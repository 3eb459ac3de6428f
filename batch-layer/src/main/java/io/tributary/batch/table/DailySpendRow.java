package io.tributary.batch.table;

import io.tributary.core.measure.SpendMeasures;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;

/**
 * Fills one row of a {@code views.customer_daily_spend} batch ({@link Tables#CUSTOMER_DAILY_SPEND}). The
 * {@code event_date} partition value is not stored in the files: it is {@link #partition(LocalDate)}.
 */
public final class DailySpendRow {
    private static final TableSpec SPEC = Tables.CUSTOMER_DAILY_SPEND;
    private static final int CUSTOMER_ID = SPEC.columnIndex("customer_id");
    private static final int CURRENCY = SPEC.columnIndex("currency");
    private static final int TXN_COUNT = SPEC.columnIndex("txn_count");
    private static final int APPROVED_COUNT = SPEC.columnIndex("approved_count");
    private static final int APPROVED_AMOUNT = SPEC.columnIndex("approved_amount");
    private static final int DECLINED_COUNT = SPEC.columnIndex("declined_count");
    private static final int REVERSED_AMOUNT = SPEC.columnIndex("reversed_amount");
    private static final int KAFKA_COUNT = SPEC.columnIndex("kafka_count");
    private static final int CUSTOMER_SEGMENT = SPEC.columnIndex("customer_segment");
    private static final int RUN_ID = SPEC.columnIndex("run_id");

    private DailySpendRow() {
    }

    /**
     * Sets row {@code row} of {@code batch} (a batch of {@code Tables.CUSTOMER_DAILY_SPEND.orcSchema()}).
     * Throws IllegalArgumentException when a sum does not fit decimal(18,2).
     *
     * @param customerId      the bucket's customer
     * @param currency        the bucket's currency
     * @param measures        the bucket's measures (not kept)
     * @param customerSegment segment from the customer dimension as of the run
     * @param runId           the run writing the row
     */
    public static void set(VectorizedRowBatch batch, int row, String customerId, String currency,
                           SpendMeasures measures, String customerSegment, String runId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(customerSegment, "customerSegment");
        Objects.requireNonNull(runId, "runId");
        ColumnVector[] c = batch.cols;
        Cells.text(c[CUSTOMER_ID], row, customerId);
        Cells.text(c[CURRENCY], row, currency);
        Cells.whole(c[TXN_COUNT], row, measures.txnCount());
        Cells.whole(c[APPROVED_COUNT], row, measures.approvedCount());
        Cells.cents(c[APPROVED_AMOUNT], row, measures.approvedCents());
        Cells.whole(c[DECLINED_COUNT], row, measures.declinedCount());
        Cells.cents(c[REVERSED_AMOUNT], row, measures.reversedCents());
        Cells.whole(c[KAFKA_COUNT], row, measures.kafkaCount());
        Cells.text(c[CUSTOMER_SEGMENT], row, customerSegment);
        Cells.text(c[RUN_ID], row, runId);
    }

    /** The row's partition: the bucket's UTC event date. */
    public static PartitionValues partition(LocalDate eventDate) {
        return PartitionValues.of(Objects.requireNonNull(eventDate, "eventDate"));
    }
}
