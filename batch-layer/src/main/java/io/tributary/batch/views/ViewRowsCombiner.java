package io.tributary.batch.views;

import io.tributary.core.measure.SpendMeasures;
import java.io.IOException;
import org.apache.hadoop.hbase.io.ImmutableBytesWritable;
import org.apache.hadoop.mapreduce.Reducer;

/** Sums partial bucket measures before the shuffle (the mapper flushes partial sums when its map grows). */
public final class ViewRowsCombiner
    extends Reducer<ImmutableBytesWritable, MeasuresWritable, ImmutableBytesWritable, MeasuresWritable> {
    private final MeasuresWritable sum = new MeasuresWritable();

    @Override
    protected void reduce(ImmutableBytesWritable key, Iterable<MeasuresWritable> values, Context context)
        throws IOException, InterruptedException {
        context.write(key, sum.set(total(values)));
    }

    static SpendMeasures total(Iterable<MeasuresWritable> values) {
        SpendMeasures total = new SpendMeasures();
        for (MeasuresWritable v : values) {
            total.add(v.measures());
        }
        return total;
    }
}
