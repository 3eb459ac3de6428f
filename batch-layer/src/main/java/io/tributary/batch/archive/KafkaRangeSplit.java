package io.tributary.batch.archive;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.InputSplit;

/** One offset range of one partition: one map task, one archive file. Kafka has no block locality: no hosts. */
public final class KafkaRangeSplit extends InputSplit implements Writable {

    private OffsetRange range;

    /** For deserialization. */
    public KafkaRangeSplit() {
    }

    KafkaRangeSplit(OffsetRange range) {
        this.range = range;
    }

    public OffsetRange range() {
        return range;
    }

    /** The offsets in the range: the scheduler runs the longest first. */
    @Override
    public long getLength() {
        return range.size();
    }

    @Override
    public String[] getLocations() {
        return new String[0];
    }

    @Override
    public void write(DataOutput out) throws IOException {
        Text.writeString(out, range.topic());
        out.writeInt(range.partition().partition());
        out.writeLong(range.from());
        out.writeLong(range.to());
    }

    @Override
    public void readFields(DataInput in) throws IOException {
        String topic = Text.readString(in);
        range = new OffsetRange(topic, in.readInt(), in.readLong(), in.readLong());
    }

    @Override
    public String toString() {
        return range.describe();
    }
}
