package io.tributary.batch.table;

import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.Rejection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;

/**
 * Fills one row of an {@code errors.transactions} batch ({@link Tables#ERRORS_TRANSACTIONS}). The partition
 * values ({@code ingest_date}, {@code event_date}) are not stored in the files: see {@link #partition}.
 */
public final class ErrorRow {
    private static final TableSpec SPEC = Tables.ERRORS_TRANSACTIONS;
    private static final int RAW_PAYLOAD = SPEC.columnIndex("raw_payload");
    private static final int RAW_TEXT = SPEC.columnIndex("raw_text");
    private static final int REASON_CODE = SPEC.columnIndex("reason_code");
    private static final int MESSAGE = SPEC.columnIndex("message");
    private static final int EVENT_ID = SPEC.columnIndex("event_id");
    private static final int SOURCE = SPEC.columnIndex("source");
    private static final int SOURCE_NAME = SPEC.columnIndex("source_name");
    private static final int SOURCE_OFFSET = SPEC.columnIndex("source_offset");
    private static final int SOURCE_LINE = SPEC.columnIndex("source_line");
    private static final int INGEST_TIME = SPEC.columnIndex("ingest_time");
    private static final int RUN_ID = SPEC.columnIndex("run_id");

    private ErrorRow() {
    }

    /**
     * Sets row {@code row} of {@code batch} (a batch of {@code Tables.ERRORS_TRANSACTIONS.orcSchema()}).
     *
     * @param rejection     the rejected record; its payload is copied into the batch
     * @param eventIdOrNull the event id when known (a DUPLICATE_CONFLICT), otherwise null
     * @param runId         the run writing the row
     */
    public static void set(VectorizedRowBatch batch, int row, Rejection rejection, String eventIdOrNull, String runId) {
        Objects.requireNonNull(runId, "runId");
        ColumnVector[] c = batch.cols;
        Cells.bytes(c[RAW_PAYLOAD], row, rejection.rawPayload());
        Cells.text(c[RAW_TEXT], row, rejection.rawText());
        Cells.text(c[REASON_CODE], row, rejection.reason().name());
        Cells.text(c[MESSAGE], row, rejection.message());
        Cells.text(c[EVENT_ID], row, eventIdOrNull);
        Sources.set(c[SOURCE], c[SOURCE_NAME], c[SOURCE_OFFSET], c[SOURCE_LINE], c[INGEST_TIME], row, rejection.position());
        Cells.text(c[RUN_ID], row, runId);
    }

    /**
     * The row's partition: the UTC date it was ingested, and its event date, which is null (Hive's default
     * partition) for a record rejected by parsing or validation and the duplicate's event date for a
     * DUPLICATE_CONFLICT.
     */
    public static PartitionValues partition(Rejection rejection, LocalDate eventDateOrNull) {
        return PartitionValues.of(ingestDate(rejection.position()), eventDateOrNull);
    }

    /** The UTC date of a record's ingest time: the {@code ingest_date} partition. */
    public static LocalDate ingestDate(SourcePosition position) {
        return LocalDate.ofInstant(position.ingestTime(), ZoneOffset.UTC);
    }
}
