package io.tributary.batch.curate;

import io.tributary.batch.table.CuratedRow;
import io.tributary.batch.table.DailySpendRow;
import io.tributary.batch.table.OrcTableWriter;
import io.tributary.batch.table.Tables;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Reducer;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Receives survivors ({@link SurvivorRecord}: typed fields, nothing to parse) sorted by (event date,
 * customer, currency, event id), each event date entirely in one reducer, and streams them into two
 * ORC files per date: the curated rows, and the daily
 * spend rows folded from the very same stream. Files go to the task's work folder as
 * {@code curated/event_date=D/part-r-N.orc} and {@code views/event_date=D/part-r-N.orc}; the output
 * committer makes them visible only when the task succeeds.
 */
public final class CuratedWriteReducer extends Reducer<Text, BytesWritable, NullWritable, NullWritable> {
    private SourceNames sources;
    private String runId;
    private Path work;
    private String fileName;
    private LocalDate date;
    private OrcTableWriter curated;
    private OrcTableWriter views;
    private DailySpendFolder folder;

    @Override
    protected void setup(Context context) throws IOException, InterruptedException {
        sources = CurateSettings.sourceNames(context.getConfiguration());
        runId = CurateSettings.runId(context.getConfiguration());
        work = FileOutputFormat.getWorkOutputPath(context);
        fileName = String.format("part-r-%05d.orc", context.getTaskAttemptID().getTaskID().getId());
        folder = new DailySpendFolder(row -> views.append((batch, r) -> DailySpendRow.set(batch, r, row.customerId(),
            row.currency(), row.measures(), row.customerSegment(), runId)));
    }

    @Override
    protected void reduce(Text key, Iterable<BytesWritable> values, Context context) throws IOException {
        for (BytesWritable value : values) {
            SurvivorRecord record = SurvivorRecord.decode(value.getBytes(), 0, value.getLength(), sources);
            Transaction t = record.transaction();
            if (!t.eventDate().equals(date)) {
                switchDate(context, t.eventDate());
            }
            curated.append((batch, r) -> CuratedRow.set(batch, r, t, record.position(), record.customerSegment(),
                record.customerCountry(), record.seenOnKafka(), runId));
            // counted as Kafka when any copy came through Kafka: what the speed layer's seen counts (SurvivorRecord)
            folder.add(t, record.seenOnKafka() ? SourceKind.KAFKA : SourceKind.FILES, record.customerSegment());
        }
    }

    private void switchDate(Context context, LocalDate next) throws IOException {
        closeDate();
        date = next;
        org.apache.hadoop.conf.Configuration conf = context.getConfiguration();
        curated = OrcTableWriter.create(conf, Tables.CURATED_TRANSACTIONS,
            new Path(work, "curated/event_date=" + next + "/" + fileName));
        views = OrcTableWriter.create(conf, Tables.CUSTOMER_DAILY_SPEND,
            new Path(work, "views/event_date=" + next + "/" + fileName));
    }

    private void closeDate() throws IOException {
        if (date == null) {
            return;
        }
        folder.flush();
        curated.close();
        views.close();
    }

    @Override
    protected void cleanup(Context context) throws IOException {
        closeDate();
    }

}
