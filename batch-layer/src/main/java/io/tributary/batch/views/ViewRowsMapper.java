package io.tributary.batch.views;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Channel;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.time.Granularity;
import io.tributary.core.view.ViewRowKey;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.hbase.io.ImmutableBytesWritable;
import org.apache.hadoop.hive.serde2.io.HiveDecimalWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.WritableComparable;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.orc.mapred.OrcStruct;
import org.apache.orc.mapred.OrcTimestamp;

/**
 * Folds curated rows into the day and the hour bucket of each row's customer and currency, with core's
 * {@link SpendMeasures} so the numbers equal the daily spend view and the speed layer's windows. Buckets are summed in
 * the mapper (one customer's rows sit together, sorted, in a partition's files) and flushed when the map grows, so
 * the shuffle carries about one record per bucket rather than two per row.
 */
public final class ViewRowsMapper extends Mapper<NullWritable, OrcStruct, ImmutableBytesWritable, MeasuresWritable> {
    private static final int FLUSH_AT = 50_000;
    private final Map<ViewRowKey, SpendMeasures> buckets = new HashMap<>();
    private final ImmutableBytesWritable outKey = new ImmutableBytesWritable();
    private final MeasuresWritable outValue = new MeasuresWritable();

    @Override
    protected void map(NullWritable key, OrcStruct row, Context context) throws IOException, InterruptedException {
        String customer = text(row, "customer_id");
        String currency = text(row, "currency");
        Instant eventTime = ((OrcTimestamp) row.getFieldValue("event_time")).toInstant();
        long cents = ((HiveDecimalWritable) row.getFieldValue("amount")).getHiveDecimal().bigDecimalValue()
            .movePointRight(2).longValueExact();
        TxnStatus status = TxnStatus.valueOf(text(row, "status"));
        SourceKind source = countedAs(row);
        Transaction t = new Transaction(text(row, "event_id"), customer, null, cents, currency, eventTime,
            Channel.valueOf(text(row, "channel")), status, null, 1);
        for (Granularity g : Granularity.values()) {
            buckets.computeIfAbsent(new ViewRowKey(customer, g.bucketOf(eventTime), currency), k -> new SpendMeasures())
                .add(t, source);
        }
        context.getCounter("views", "curated rows").increment(1);
        if (buckets.size() >= FLUSH_AT) {
            flush(context);
        }
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        flush(context);
    }

    private void flush(Context context) throws IOException, InterruptedException {
        for (Map.Entry<ViewRowKey, SpendMeasures> e : buckets.entrySet()) {
            outKey.set(e.getKey().bytes());
            context.write(outKey, outValue.set(e.getValue()));
        }
        buckets.clear();
    }

    /**
     * Kafka when a copy of the event came through Kafka ({@code seen_on_kafka}: what the speed layer's {@code seen}
     * counts); rows written before that column existed fall back to their own source.
     */
    private static SourceKind countedAs(OrcStruct row) {
        if (row.getSchema().getFieldNames().contains("seen_on_kafka")) {
            WritableComparable<?> seen = row.getFieldValue("seen_on_kafka");
            if (seen != null) {
                return ((org.apache.hadoop.io.BooleanWritable) seen).get() ? SourceKind.KAFKA : SourceKind.FILES;
            }
        }
        return SourceKind.valueOf(text(row, "source").toUpperCase(java.util.Locale.ROOT));
    }

    private static String text(OrcStruct row, String field) {
        WritableComparable<?> v = row.getFieldValue(field);
        if (v == null) {
            throw new IllegalStateException("curated row without " + field);
        }
        return v.toString();
    }
}
