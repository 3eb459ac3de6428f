package io.tributary.batch.curate;

import io.tributary.batch.run.AccountingJson;
import io.tributary.batch.stage.ByteWriter;
import io.tributary.batch.stage.StagedRecord;
import io.tributary.batch.stage.StagedRecordParser;
import io.tributary.batch.stage.StagedRejection;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Reducer;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.MultipleOutputs;

/**
 * All staged records of one event id (in the compact form of {@link DedupMapper}): parse them again
 * (the same parser as the index pass), then dedup, filter and enrich ({@link CurationStep}). Survivors
 * go out keyed for the write job's sort as {@link SurvivorRecord}s, typed and without their raw bytes;
 * conflicts go to the error output keyed by the duplicate's event date (its error partition), raw
 * bytes included. The task's counts per source go to a side file that the driver merges into the run
 * manifest; a fixed sample of the survivors' sort keys goes to another, from which the driver cuts the
 * write job's {@link WriteRanges}.
 */
public final class DedupReducer extends Reducer<Text, BytesWritable, Text, BytesWritable> {
    /** Side file of a task's sampled sort key prefixes: varint length + bytes, one after the other. */
    static final String SAMPLES_PREFIX = "_samples-";

    private StagedRecordParser parser;
    private SourceNames sources;
    private final ByteWriter buffer = new ByteWriter(256);
    private CurationStep step;
    private MultipleOutputs<Text, BytesWritable> outputs;
    private final RunAccounting.Builder accounting = RunAccounting.builder();
    private final Text outKey = new Text();
    /** Sort key prefixes of the sampled survivors, for the write job's {@link WriteRanges}. */
    private final ByteWriter sample = new ByteWriter(4096);
    private final BytesWritable outValue = new BytesWritable();

    @Override
    protected void setup(Context context) throws IOException {
        parser = new StagedRecordParser(CurateSettings.rules(context.getConfiguration()));
        sources = CurateSettings.sourceNames(context.getConfiguration());
        Path snapshot = new Path(context.getConfiguration().get(CurateSettings.CUSTOMER_SNAPSHOT));
        try (InputStream in = snapshot.getFileSystem(context.getConfiguration()).open(snapshot)) {
            step = new CurationStep(CustomerSnapshot.readFrom(in));
        }
        outputs = new MultipleOutputs<>(context);
    }

    @Override
    protected void reduce(Text eventId, Iterable<BytesWritable> values, Context context) throws IOException, InterruptedException {
        List<Valid<Transaction>> valid = new ArrayList<>(2);
        // Kept by position: a conflict's error partition needs its record's event date (no second parse).
        Map<SourcePosition, Transaction> parsed = new HashMap<>();
        for (BytesWritable value : values) {
            StagedRecord record = StagedRecord.decodeCompact(value.getBytes(), 0, value.getLength(), sources);
            ParseResult<Transaction> result = parser.parse(record);
            if (result.isValid()) {
                valid.add(result.valid());
                parsed.put(record.position(), result.valid().value());
            } else {
                // Indexed as valid, invalid now: a validation rule changed since. Never dropped: counted and kept.
                accounting.source(record.position().sourceName()).read(result);
                writeError(null, result.rejection(), eventId.toString());
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        CurationStep.Outcome outcome = step.apply(valid, accounting);
        for (Rejection conflict : outcome.conflicts()) {
            writeError(parsed.get(conflict.position()).eventDate().toString(), conflict, eventId.toString());
        }
        if (outcome.curated().isPresent()) {
            CurationStep.Curated c = outcome.curated().get();
            boolean seenOnKafka = valid.stream().anyMatch(v -> v.position().kind() == SourceKind.KAFKA);
            SurvivorRecord survivor = new SurvivorRecord(c.record().value(), c.record().position(), c.customerSegment(),
                c.customerCountry(), seenOnKafka);
            outKey.set(SortKey.of(c.record().value()));
            buffer.reset();
            survivor.encode(buffer, sources);
            outValue.set(buffer.buffer(), 0, buffer.size());
            context.write(outKey, outValue);
            if (WriteRanges.sampled(eventId.toString())) {
                int prefix = WriteRanges.prefixLength(outKey.getBytes(), outKey.getLength());
                sample.writeVarLong(prefix);
                sample.writeRaw(outKey.getBytes(), 0, prefix);
            }
        }
    }

    private void writeError(String eventDateOrNull, Rejection rejection, String eventId) throws IOException, InterruptedException {
        byte[] bytes = new StagedRejection(rejection, eventId).encode();
        outputs.write(CurateSettings.ERRORS_OUTPUT, new Text(eventDateOrNull == null ? "" : eventDateOrNull),
            new BytesWritable(bytes), CurateSettings.ERRORS_OUTPUT + "/part");
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        outputs.close();
        // Hidden name ('_'): not an input of the write job; committed with the task like its other output.
        Path side = new Path(FileOutputFormat.getWorkOutputPath(context),
            "_accounting-" + context.getTaskAttemptID().getTaskID().getId() + ".json");
        FileSystem fs = side.getFileSystem(context.getConfiguration());
        try (OutputStream out = fs.create(side, true)) {
            out.write(AccountingJson.write(accounting.build()));
        }
        Path samples = new Path(side.getParent(), SAMPLES_PREFIX + context.getTaskAttemptID().getTaskID().getId());
        try (OutputStream out = fs.create(samples, true)) {
            out.write(sample.buffer(), 0, sample.size());
        }
    }
}
