package io.tributary.speed.topology;

import io.tributary.core.dedup.Admission;
import io.tributary.core.dedup.Deduplicator;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import io.tributary.core.time.Lateness;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.time.SpeedWatermark;
import io.tributary.core.time.TimeBucket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The speed layer's steps for one input partition, in the contract's order: parse and validate (core's JSON
 * parser; rejections to the DLQ) -> dedup by event id (core's rule, state store) -> lateness (core's contract,
 * against this partition's Ws and the published Wb; late events to the late topic) -> TEST filter -> the bucket's
 * measures. Every change of a bucket, of Ws or of an hourly late counter goes to the updates topic as an absolute
 * value for the HBase sink; the partition's dead-letter totals per reason go there once per live commit interval
 * when they changed ({@link RejectedTotals}).
 *
 * <p>All state (dedup entries, buckets, the watermark) lives in changelogged stores, so after a crash the
 * exactly-once commit restores exactly the state that matches the committed outputs.
 */
final class TransactionProcessor implements Processor<byte[], byte[], byte[], Routed> {
    private static final String MAX_EVENT_TIME = "max_event_time";
    private static final String PURGED_HOUR = "purged_hour";

    private final SpeedTopics topics;
    private final SpeedSettings settings;
    private final Supplier<Instant> batchWatermark;
    private final SpeedCounters counters;
    private final JsonTransactionParser parser;
    private final CommitPacer pacer;
    private final CommitPacing pacing;
    private ProcessorContext<byte[], Routed> context;
    private KeyValueStore<String, byte[]> dedup;
    private KeyValueStore<String, byte[]> buckets;
    private KeyValueStore<String, Long> clock;
    private KeyValueStore<String, byte[]> customers;
    private StorePurge purge;
    private RejectedTotals rejectedTotals;

    TransactionProcessor(SpeedTopics topics, SpeedSettings settings, Supplier<Instant> batchWatermark,
                         SpeedCounters counters, CommitPacing pacing, ThreadCommitClock commitClock) {
        this.topics = topics;
        this.settings = settings;
        this.batchWatermark = batchWatermark;
        this.counters = counters;
        this.parser = new JsonTransactionParser(settings.rules());
        this.pacer = new CommitPacer(pacing, commitClock);
        this.pacing = pacing;
    }

    @Override
    public void init(ProcessorContext<byte[], Routed> context) {
        this.context = context;
        this.dedup = context.getStateStore(SpeedStores.DEDUP);
        this.buckets = context.getStateStore(SpeedStores.BUCKETS);
        this.clock = context.getStateStore(SpeedStores.CLOCK);
        this.customers = context.getStateStore(SpeedStores.CUSTOMERS);
        this.purge = new StorePurge(dedup, buckets);
        this.rejectedTotals = new RejectedTotals(clock);
        int partition = context.taskId().partition();
        // the rejected totals go out on the view's own freshness cadence, not once per DLQ record
        context.schedule(pacing.liveInterval(), PunctuationType.WALL_CLOCK_TIME,
            now -> rejectedTotals.publish(partition, update -> emit(update, now)));
        pacer.init(context);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        counters.in();
        pacer.processed(record.timestamp());
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        byte[] value = record.value() == null ? new byte[0] : record.value();
        SourcePosition position = SourcePosition.ofKafka(meta.topic(), meta.partition(), meta.offset(),
            Instant.ofEpochMilli(record.timestamp()));
        ParseResult<Transaction> parsed = parser.parse(value, position);
        if (!parsed.isValid()) {
            counters.rejected(parsed.rejection().reason());
            toDlq(record, parsed.rejection(), meta);
            return;
        }
        Valid<Transaction> valid = parsed.valid();
        Transaction txn = valid.value();
        SpeedWatermark watermark = watermark();
        Instant ws = watermark.valueOrNull();
        if (ws != null && txn.eventTime().isBefore(ws.minus(settings.retention()))) {
            toLate(record, meta, txn, LateKind.BEYOND_RETENTION, ws, null);
            return;
        }
        if (!admit(record, meta, valid)) {
            return;
        }
        Instant wb = batchWatermark.get();
        Lateness lateness = LatenessContract.classify(txn.eventTime(), ws, wb);
        advance(watermark, txn.eventTime(), meta.partition(), record.timestamp());

        BucketKey key = new BucketKey(txn.customerId(), TimeBucket.hourOf(txn.eventTime()).start(), txn.currency());
        BucketCounts counts = BucketCounts.decode(buckets.get(key.text()));
        // seen and late count what the batch view can count in kafka_count: the batch filters TEST customers too, so
        // their events are never pending (they would be forever: no batch row ever counts them)
        boolean filtered = CustomerEntry.isFiltered(customers.get(txn.customerId()));
        if (!filtered) {
            counts.seen++;
        }
        if (lateness.isLate()) {
            if (!filtered) {
                counts.late++;
            }
            toLate(record, meta, txn, LateKind.of(lateness), ws, wb);
        } else if (filtered) {
            counters.filtered();
        } else {
            counts.addMeasures(txn);
            counters.windowed();
        }
        buckets.put(key.text(), counts.encode());
        emit(new SpeedUpdate.View(key, counts), record.timestamp());
    }

    /** Applies core's dedup rule; true when the record is a new survivor that goes on. */
    private boolean admit(Record<byte[], byte[]> record, RecordMetadata meta, Valid<Transaction> valid) {
        String eventId = valid.value().eventId();
        byte[] storedBytes = dedup.get(eventId);
        Valid<Transaction> stored = storedBytes == null ? null : DedupEntry.decode(eventId, storedBytes);
        Admission admission = Deduplicator.admit(stored, valid);
        switch (admission.verdict()) {
            case FIRST:
                dedup.put(eventId, DedupEntry.encode(valid));
                return true;
            case REPLAY:
                counters.replay();
                return false;
            default:
                break;
        }
        counters.duplicate();
        if (admission.survivorChanged()) {
            // The newcomer has an earlier position (a message timestamp older than the stored survivor's): the
            // stored survivor is already counted in its bucket. An exact duplicate changes no measure, so the
            // store simply moves to the new survivor; a conflicting one would need the bucket undone, which the
            // speed layer does not do: it keeps the first it saw and the nightly batch view (which elects by
            // position) is the reference. Counted, so the mismatch is visible.
            if (admission.verdict() == Admission.Verdict.EXACT_DUPLICATE) {
                dedup.put(eventId, DedupEntry.encode(valid));
                return false;
            }
            counters.survivorOrderMismatch();
            toDlq(record, Deduplicator.conflict(valid, stored), meta);
            return false;
        }
        admission.conflictRejection().ifPresent(conflict -> toDlq(record, conflict, meta));
        return false;
    }

    private SpeedWatermark watermark() {
        Long max = clock.get(MAX_EVENT_TIME);
        return new SpeedWatermark(max == null ? null : Instant.ofEpochMilli(max), settings.grace());
    }

    /** Moves this partition's watermark; publishes it at most once per second of event time; purges by the hour. */
    private void advance(SpeedWatermark before, Instant eventTime, int partition, long timestamp) {
        SpeedWatermark after = before.observe(eventTime);
        if (after == before) {
            return;
        }
        long max = after.maxEventTime().toEpochMilli();
        clock.put(MAX_EVENT_TIME, max);
        Instant oldMax = before.maxEventTime();
        if (oldMax == null || oldMax.toEpochMilli() / 1000 != max / 1000) {
            emit(new SpeedUpdate.Watermark(partition, max, after.valueOrNull().toEpochMilli()), timestamp);
        }
        Instant ws = after.valueOrNull();
        long wsHour = TimeBucket.hourOf(ws).start().toEpochMilli();
        Long purged = clock.get(PURGED_HOUR);
        if (purged == null || wsHour > purged) {
            clock.put(PURGED_HOUR, wsHour);
            purge.olderThan(ws.minus(settings.retention()));
        }
    }

    private void toDlq(Record<byte[], byte[]> record, Rejection rejection, RecordMetadata meta) {
        rejectedTotals.count(rejection.reason());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        add(headers, Headers.REASON, rejection.reason().name());
        add(headers, Headers.MESSAGE, rejection.message());
        source(headers, meta);
        context.forward(new Record<>(record.key(), new Routed(topics.dlq(), record.value()), record.timestamp(), headers));
    }

    private void toLate(Record<byte[], byte[]> record, RecordMetadata meta, Transaction txn, LateKind kind,
                        Instant ws, Instant wb) {
        counters.late(kind);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        add(headers, Headers.LATENESS, kind.name());
        if (ws != null) {
            add(headers, Headers.SPEED_WATERMARK, ws.toString());
        }
        if (wb != null) {
            add(headers, Headers.BATCH_WATERMARK, wb.toString());
        }
        source(headers, meta);
        context.forward(new Record<>(record.key(), new Routed(topics.late(), record.value()), record.timestamp(), headers));
        long hour = TimeBucket.hourOf(txn.eventTime()).start().toEpochMilli();
        String lateKey = "late/" + hour;
        Long before = clock.get(lateKey);
        long count = (before == null ? 0 : before) + 1;
        clock.put(lateKey, count);
        emit(new SpeedUpdate.LateHour(meta.partition(), hour, count), record.timestamp());
    }

    private void emit(SpeedUpdate update, long timestamp) {
        context.forward(new Record<>(update.target().getBytes(StandardCharsets.UTF_8),
            new Routed(topics.updates(), update.encode()), timestamp));
    }

    private static void source(RecordHeaders headers, RecordMetadata meta) {
        add(headers, Headers.SOURCE_TOPIC, meta.topic());
        add(headers, Headers.SOURCE_PARTITION, Integer.toString(meta.partition()));
        add(headers, Headers.SOURCE_OFFSET, Long.toString(meta.offset()));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
