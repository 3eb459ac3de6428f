package io.tributary.serving.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Amounts;
import io.tributary.serving.spend.BucketAnswer;
import io.tributary.serving.spend.BucketSource;
import io.tributary.serving.spend.SpendAnswer;
import io.tributary.serving.view.CustomerProfile;
import io.tributary.serving.view.LastBatchRun;
import io.tributary.serving.view.SpeedTotals;
import io.tributary.serving.view.Watermarks;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API's JSON shapes (CONTRACT §4), written field by field so the contract's names and formats are visible in one
 * place: amounts are strings with exactly two decimals, instants ISO-8601 UTC, a missing watermark is null.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // the generator must not close the response stream: the web framework finishes the response after the handler
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    private static final Map<BucketSource, SerializedString> SOURCE_NAMES = sourceNames();

    private ApiJson() {
    }

    /**
     * Writes a spend answer straight to {@code out} as UTF-8 with the streaming generator: the answer is the hot path
     * (hundreds per second), and building a tree, then a String, then its bytes made three copies of every answer.
     * Leaves {@code out} open.
     */
    public static void writeSpend(SpendAnswer a, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("customer_id", a.customerId());
            g.writeStringField("batch_watermark", text(a.batchWatermark()));
            g.writeStringField("speed_watermark", text(a.speedWatermark()));
            g.writeNumberField("generation", a.generation());
            g.writeNumberField("pending_late_events", a.pendingLateEvents());
            g.writeArrayFieldStart("buckets");
            for (BucketAnswer b : a.buckets()) {
                writeBucket(g, b);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeBucket(JsonGenerator g, BucketAnswer b) throws IOException {
        SpendMeasures m = b.measures();
        g.writeStartObject();
        g.writeStringField("start", b.key().bucket().start().toString());
        g.writeStringField("end", b.key().bucket().end().toString());
        g.writeStringField("currency", b.key().currency());
        g.writeNumberField("txn_count", m.txnCount());
        g.writeNumberField("approved_count", m.approvedCount());
        g.writeStringField("approved_amount", Amounts.format(m.approvedCents()));
        g.writeNumberField("declined_count", m.declinedCount());
        g.writeStringField("reversed_amount", Amounts.format(m.reversedCents()));
        g.writeFieldName("source");
        g.writeString(SOURCE_NAMES.get(b.source()));
        g.writeBooleanField("reconciled", b.reconciled());
        g.writeNumberField("pending_late_events", b.pendingLate());
        g.writeEndObject();
    }

    public static String customer(CustomerProfile p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("customer_id", p.customerId());
        n.put("name", p.name());
        n.put("email", p.email());
        n.put("country", p.country());
        n.put("segment", p.segment());
        n.put("updated_at", text(p.updatedAt()));
        return n.toString();
    }

    public static String freshness(Watermarks w, Optional<LastBatchRun> run, Optional<SpeedTotals> speed) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode batch = root.putObject("batch");
        batch.put("watermark", text(w.batchWatermark()));
        batch.put("generation", w.generation());
        batch.put("published_at", text(w.publishedAt()));
        if (run.isPresent()) {
            LastBatchRun r = run.get();
            ObjectNode counts = batch.putObject("last_run");
            counts.put("run_id", r.runId());
            counts.put("read", r.read());
            counts.put("curated", r.curated());
            counts.put("rejected", r.rejected());
            counts.put("duplicates", r.duplicates());
            counts.put("filtered", r.filtered());
        } else {
            batch.putNull("last_run");
        }
        ObjectNode s = root.putObject("speed");
        s.put("watermark", text(w.speedWatermark()));
        // every field is there, null while the speed layer has not reported it
        SpeedTotals t = speed.orElse(null);
        s.put("late_total", t == null ? null : t.late());
        s.put("rejected_total", t == null ? null : t.rejected());
        if (t == null) {
            s.putNull("rejected_by_reason");
        } else {
            ObjectNode byReason = s.putObject("rejected_by_reason");
            new java.util.TreeMap<>(t.rejectedByReason()).forEach(byReason::put);
        }
        s.put("consumer_lag", t == null ? null : t.consumerLag());
        s.put("consumer_lag_measured_at", t == null ? null : text(t.lagMeasuredAt()));
        return root.toString();
    }

    public static String error(String error, String detail) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("error", error);
        n.put("detail", detail);
        return n.toString();
    }

    public static String status(String status) {
        return MAPPER.createObjectNode().put("status", status).toString();
    }

    private static Map<BucketSource, SerializedString> sourceNames() {
        Map<BucketSource, SerializedString> names = new EnumMap<>(BucketSource.class);
        for (BucketSource s : BucketSource.values()) {
            names.put(s, new SerializedString(s.name().toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
