package io.tributary.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The manifest's JSON form: snake_case keys, counts per source, stable key order. */
public final class RunManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunManifestJson() {
    }

    public static byte[] write(RunManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("run_id", m.runId());
        root.put("kind", m.kind());
        root.put("status", m.status().name().toLowerCase());
        root.put("started_at", m.startedAt().toString());
        root.put("finished_at", m.finishedAt().toString());
        ArrayNode dates = root.putArray("event_dates");
        m.eventDates().forEach(d -> dates.add(d.toString()));
        ArrayNode indexed = root.putArray("indexed_files");
        m.indexedFiles().forEach(indexed::add);
        ObjectNode acc = root.putObject("accounting");
        acc.put("balanced", m.balanced());
        m.accounting().describeImbalance().ifPresent(s -> acc.put("imbalance", s));
        acc.set("total", AccountingJson.counts(m.accounting().total()));
        acc.set("by_source", AccountingJson.bySource(m.accounting()));
        ArrayNode outputs = root.putArray("outputs");
        for (RunManifest.Output o : m.outputs()) {
            outputs.addObject().put("table", o.table()).put("partition", o.partition()).put("location", o.location())
                .put("rows", o.rows());
        }
        if (m.failure() != null) {
            root.put("failure", m.failure());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RunManifest read(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        List<LocalDate> dates = new ArrayList<>();
        root.path("event_dates").forEach(n -> dates.add(LocalDate.parse(n.asText())));
        List<String> indexed = new ArrayList<>();
        root.path("indexed_files").forEach(n -> indexed.add(n.asText()));
        List<RunManifest.Output> outputs = new ArrayList<>();
        root.path("outputs").forEach(o -> outputs.add(new RunManifest.Output(o.path("table").asText(),
            o.path("partition").asText(), o.path("location").asText(), o.path("rows").asLong())));
        return new RunManifest(root.path("run_id").asText(), root.path("kind").asText(),
            RunManifest.Status.valueOf(root.path("status").asText().toUpperCase()),
            Instant.parse(root.path("started_at").asText()), Instant.parse(root.path("finished_at").asText()),
            dates, indexed, AccountingJson.bySource(root.path("accounting").path("by_source")), outputs,
            root.hasNonNull("failure") ? root.get("failure").asText() : null);
    }
}
