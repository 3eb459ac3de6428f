package io.tributary.batch.curate;

import io.tributary.batch.stage.ByteWriter;
import io.tributary.batch.stage.StagedRecord;
import java.io.IOException;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/**
 * Passes each staged record on by its event id, in its compact form ({@link StagedRecord#compact}): the source
 * path, which every record of a raw file repeats and which is often longer than the record itself, becomes a
 * number of the run's {@link SourceNames}. Nothing is parsed here; the bytes are copied.
 */
public final class DedupMapper extends Mapper<Text, BytesWritable, Text, BytesWritable> {
    private SourceNames sources;
    private final ByteWriter buffer = new ByteWriter(512);
    private final BytesWritable out = new BytesWritable();

    @Override
    protected void setup(Context context) throws IOException {
        sources = CurateSettings.sourceNames(context.getConfiguration());
    }

    @Override
    protected void map(Text eventId, BytesWritable staged, Context context) throws IOException, InterruptedException {
        buffer.reset();
        StagedRecord.compact(staged.getBytes(), 0, staged.getLength(), sources, buffer);
        out.set(buffer.buffer(), 0, buffer.size());
        context.write(eventId, out);
    }
}
