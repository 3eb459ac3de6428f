package io.tributary.batch.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.batch.lake.LakePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The state one night hands from step to step, on the lake ({@code _nightly/<key>/}): each step may run in its own
 * process (an Oozie action), so nothing passes in memory. Files are written whole (temporary name, rename).
 */
public final class NightFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gate's verdict on one built generation. */
    public record Verdict(long generation, String runId, boolean passed, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    private final FileSystem fs;
    private final Path folder;

    public NightFolder(FileSystem fs, LakePaths lake, NightScope scope) {
        this.fs = fs;
        this.folder = lake.night(scope.key());
    }

    public Path folder() {
        return folder;
    }

    public void writePlan(NightPlan plan) throws IOException {
        ObjectNode n = JSON.createObjectNode().put("key", plan.key()).put("customers", plan.customersOrigin());
        ArrayNode indexed = n.putArray("indexed");
        plan.indexed().forEach(indexed::add);
        ArrayNode dates = n.putArray("dates");
        for (NightPlan.PlannedDate d : plan.dates()) {
            dates.addObject().put("event_date", d.date().toString()).put("reason", d.reason());
        }
        write("plan.json", n);
    }

    public Optional<NightPlan> readPlan() throws IOException {
        return read("plan.json").map(n -> {
            List<NightPlan.PlannedDate> dates = new ArrayList<>();
            n.path("dates").forEach(d -> dates.add(
                new NightPlan.PlannedDate(LocalDate.parse(d.path("event_date").asText()), d.path("reason").asText())));
            List<String> indexed = new ArrayList<>();
            n.path("indexed").forEach(h -> indexed.add(h.asText()));
            return new NightPlan(n.path("key").asText(), dates, n.path("customers").asText(), indexed);
        });
    }

    public void writeVerdict(Verdict v) throws IOException {
        ObjectNode n = JSON.createObjectNode().put("generation", v.generation()).put("run_id", v.runId())
            .put("passed", v.passed());
        ArrayNode reasons = n.putArray("reasons");
        v.reasons().forEach(reasons::add);
        write("gate.json", n);
    }

    public Optional<Verdict> readVerdict() throws IOException {
        return read("gate.json").map(n -> {
            List<String> reasons = new ArrayList<>();
            n.path("reasons").forEach(r -> reasons.add(r.asText()));
            return new Verdict(n.path("generation").asLong(), n.path("run_id").asText(), n.path("passed").asBoolean(),
                reasons);
        });
    }

    private void write(String name, JsonNode n) throws IOException {
        Path target = new Path(folder, name);
        Path tmp = new Path(folder, "_" + name + ".tmp");
        fs.mkdirs(folder);
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    private Optional<JsonNode> read(String name) throws IOException {
        Path file = new Path(folder, name);
        if (!fs.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(file)) {
            return Optional.of(JSON.readTree(in));
        }
    }
}
