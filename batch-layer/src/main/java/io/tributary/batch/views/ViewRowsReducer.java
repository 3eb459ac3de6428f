package io.tributary.batch.views;

import io.tributary.core.view.ViewColumns;
import java.io.IOException;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.KeyValue;
import org.apache.hadoop.hbase.io.ImmutableBytesWritable;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Writes one cell per bucket, in row order, for {@code HFileOutputFormat2}. The cell timestamp is the generation's
 * fixed version, not the clock, so the same inputs give the same HFiles' cells.
 */
public final class ViewRowsReducer extends Reducer<ImmutableBytesWritable, MeasuresWritable, ImmutableBytesWritable, Cell> {
    static final String CELL_VERSION = "tributary.views.cell.version";
    private long version;

    @Override
    protected void setup(Context context) {
        version = context.getConfiguration().getLong(CELL_VERSION, 1L);
    }

    @Override
    protected void reduce(ImmutableBytesWritable key, Iterable<MeasuresWritable> values, Context context)
        throws IOException, InterruptedException {
        byte[] row = key.copyBytes();
        context.write(new ImmutableBytesWritable(row), new KeyValue(row, ViewColumns.FAMILY, ViewColumns.MEASURES, version,
            ViewColumns.encode(ViewRowsCombiner.total(values))));
        context.getCounter("views", "bucket rows").increment(1);
    }
}
