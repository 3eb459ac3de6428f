package io.tributary.batch.table;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DoubleColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.LongColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;

/**
 * Reads the rows of one ORC file as plain Java values, column name to value in file order: text as
 * {@link String}, binary as {@code byte[]}, bigint as {@link Long}, int as {@link Integer}, decimal as
 * {@link BigDecimal} with the column's scale, timestamp as {@link Instant} (read as UTC, as written),
 * date as {@link LocalDate}, NULL as null; other types as ORC's text form. For inspection and tests, not
 * for bulk processing.
 */
public final class OrcRows implements Closeable {
    private final Reader reader;
    private final RecordReader records;
    private final TypeDescription schema;
    private final List<String> names;
    private final VectorizedRowBatch batch;
    private int next;

    private OrcRows(Reader reader) throws IOException {
        this.reader = reader;
        this.schema = reader.getSchema();
        this.names = schema.getFieldNames();
        this.records = reader.rows();
        this.batch = schema.createRowBatch();
    }

    public static OrcRows open(Configuration conf, Path file) throws IOException {
        return new OrcRows(OrcFile.createReader(file, OrcFile.readerOptions(conf).useUTCTimestamp(true)));
    }

    /** The file's columns, in order. */
    public List<String> columnNames() {
        return names;
    }

    /** Rows in the file according to its footer. */
    public long rowCount() {
        return reader.getNumberOfRows();
    }

    public boolean hasNext() throws IOException {
        if (next < batch.size) {
            return true;
        }
        next = 0;
        return records.nextBatch(batch) && batch.size > 0;
    }

    /** The next row, column name to value. */
    public Map<String, Object> next() throws IOException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            row.put(names.get(c), value(batch.cols[c], schema.getChildren().get(c), next));
        }
        next++;
        return row;
    }

    static Object value(ColumnVector v, TypeDescription type, int row) {
        int r = v.isRepeating ? 0 : row;
        if (!v.noNulls && v.isNull[r]) {
            return null;
        }
        switch (type.getCategory()) {
            case STRING:
            case VARCHAR:
            case CHAR:
                return ((BytesColumnVector) v).toString(r);
            case BINARY: {
                BytesColumnVector b = (BytesColumnVector) v;
                return Arrays.copyOfRange(b.vector[r], b.start[r], b.start[r] + b.length[r]);
            }
            case LONG:
                return ((LongColumnVector) v).vector[r];
            case INT:
                return (int) ((LongColumnVector) v).vector[r];
            case SHORT:
                return (short) ((LongColumnVector) v).vector[r];
            case BYTE:
                return (byte) ((LongColumnVector) v).vector[r];
            case BOOLEAN:
                return ((LongColumnVector) v).vector[r] != 0;
            case DATE:
                return LocalDate.ofEpochDay(((LongColumnVector) v).vector[r]);
            case DOUBLE:
                return ((DoubleColumnVector) v).vector[r];
            case FLOAT:
                return (float) ((DoubleColumnVector) v).vector[r];
            case DECIMAL:
                return ((DecimalColumnVector) v).vector[r].getHiveDecimal().bigDecimalValue()
                    .setScale(type.getScale(), RoundingMode.UNNECESSARY);
            case TIMESTAMP:
            case TIMESTAMP_INSTANT: {
                TimestampColumnVector t = (TimestampColumnVector) v;
                return Instant.ofEpochSecond(Math.floorDiv(t.time[r], 1000L), t.nanos[r]);
            }
            default: {
                StringBuilder text = new StringBuilder();
                v.stringifyValue(text, r);
                return text.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            records.close();
        } finally {
            reader.close();
        }
    }

    /** Every row of a file; for tests and small files. */
    public static List<Map<String, Object>> readAll(Configuration conf, Path file) throws IOException {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        try (OrcRows rows = open(conf, file)) {
            while (rows.hasNext()) {
                out.add(rows.next());
            }
        }
        return out;
    }
}
