package io.tributary.batch.table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.LongColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector;

/**
 * Sets one cell of a row batch. Every setter writes the null flag too, because a batch is reused: a row
 * slot may still hold the previous row's flags.
 */
final class Cells {
    private static final int MAX_LONG_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = new long[MAX_LONG_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i <= MAX_LONG_DIGITS; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Cells() {
    }

    static void setNull(ColumnVector v, int row) {
        v.noNulls = false;
        v.isNull[row] = true;
    }

    /** UTF-8 text; null is NULL. */
    static void text(ColumnVector v, int row, String value) {
        if (value == null) {
            setNull(v, row);
            return;
        }
        v.isNull[row] = false;
        // A fresh array nobody else holds: the vector can keep a reference to it instead of copying.
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        ((BytesColumnVector) v).setRef(row, utf8, 0, utf8.length);
    }

    /** Bytes, copied into the batch (the caller may reuse its array); null is NULL. */
    static void bytes(ColumnVector v, int row, byte[] value) {
        if (value == null) {
            setNull(v, row);
            return;
        }
        v.isNull[row] = false;
        ((BytesColumnVector) v).setVal(row, value);
    }

    /** A bigint, int, date or boolean cell (ORC keeps all of them in a LongColumnVector). */
    static void whole(ColumnVector v, int row, long value) {
        v.isNull[row] = false;
        ((LongColumnVector) v).vector[row] = value;
    }

    /**
     * An amount of {@code cents} into a decimal column of scale 2. Refuses a value the column's precision
     * cannot hold instead of letting ORC store NULL silently.
     */
    static void cents(ColumnVector v, int row, long cents) {
        DecimalColumnVector d = (DecimalColumnVector) v;
        if (d.scale != 2) {
            throw new IllegalStateException("amount column must have scale 2, has " + d.scale);
        }
        // Every long fits 19 digits or more; below that, compare with 10^precision.
        if (d.precision <= MAX_LONG_DIGITS
            && (cents == Long.MIN_VALUE || Math.abs(cents) >= POWERS_OF_TEN[d.precision])) {
            throw new IllegalArgumentException("amount of " + cents + " cents does not fit decimal("
                + d.precision + ",2)");
        }
        v.isNull[row] = false;
        d.vector[row].setFromLongAndScale(cents, 2);
    }

    /**
     * An instant into a timestamp column: epoch milliseconds and nanos of the second. Meaningful as UTC
     * because the writer stores timestamps with ORC's UTC option ({@link OrcTableWriter}). Null is NULL.
     * (ORC's format cannot tell the fractional instants of the one second before 1970-01-01T00:00:00Z from
     * those of the second after it; no real event time falls there.)
     */
    static void instant(ColumnVector v, int row, Instant value) {
        if (value == null) {
            setNull(v, row);
            return;
        }
        v.isNull[row] = false;
        TimestampColumnVector t = (TimestampColumnVector) v;
        t.time[row] = value.toEpochMilli();
        t.nanos[row] = value.getNano();
    }
}
