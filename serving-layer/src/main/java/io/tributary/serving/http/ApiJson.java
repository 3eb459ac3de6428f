package io.tributary.serving.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Amounts;
import io.tributary.serving.spend.BucketAnswer;
import io.tributary.serving.spend.SpendAnswer;
import io.tributary.serving.view.CustomerProfile;
import io.tributary.serving.view.LastBatchRun;
import io.tributary.serving.view.SpeedTotals;
import io.tributary.serving.view.Watermarks;
import java.time.Instant;
import java.util.Optional;

/**
 * The API's JSON shapes (CONTRACT §4), written field by field so the contract's names and formats are visible in one
 * place: amounts are strings with exactly two decimals, instants ISO-8601 UTC, a missing watermark is null.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {
    }

    public static String spend(SpendAnswer a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("customer_id", a.customerId());
        root.put("batch_watermark", text(a.batchWatermark()));
        root.put("speed_watermark", text(a.speedWatermark()));
        root.put("generation", a.generation());
        root.put("pending_late_events", a.pendingLateEvents());
        ArrayNode buckets = root.putArray("buckets");
        for (BucketAnswer b : a.buckets()) {
            SpendMeasures m = b.measures();
            ObjectNode n = buckets.addObject();
            n.put("start", b.key().bucket().start().toString());
            n.put("end", b.key().bucket().end().toString());
            n.put("currency", b.key().currency());
            n.put("txn_count", m.txnCount());
            n.put("approved_count", m.approvedCount());
            n.put("approved_amount", Amounts.format(m.approvedCents()));
            n.put("declined_count", m.declinedCount());
            n.put("reversed_amount", Amounts.format(m.reversedCents()));
            n.put("source", b.source().name().toLowerCase());
            n.put("reconciled", b.reconciled());
            n.put("pending_late_events", b.pendingLate());
        }
        return root.toString();
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
        if (speed.isPresent()) {
            s.put("late_total", speed.get().late());
            // in the speed layer's own metrics only (see SpeedTotals)
            s.putNull("consumer_lag");
            s.putNull("rejected_total");
        }
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

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
