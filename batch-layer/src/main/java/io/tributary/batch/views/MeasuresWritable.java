package io.tributary.batch.views;

import io.tributary.core.measure.SpendMeasures;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;

/** A bucket's measures between mapper, combiner and reducer: core's {@link SpendMeasures} as six longs. */
public final class MeasuresWritable implements Writable {
    private final SpendMeasures measures = new SpendMeasures();

    public SpendMeasures measures() {
        return measures;
    }

    public MeasuresWritable set(SpendMeasures m) {
        measures.clear();
        measures.add(m);
        return this;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeLong(measures.txnCount());
        out.writeLong(measures.approvedCount());
        out.writeLong(measures.approvedCents());
        out.writeLong(measures.declinedCount());
        out.writeLong(measures.reversedCents());
        out.writeLong(measures.kafkaCount());
    }

    @Override
    public void readFields(DataInput in) throws IOException {
        set(SpendMeasures.of(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong()));
    }
}
