package io.tributary.batch.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One archive run, as written under {@code raw/_archive/}: first as the intent (the planned ranges, before anything
 * is copied), then, once every file is landed, as the committed manifest (the same ranges plus what each gave).
 *
 * @param runId      {@code archive-<stamp>}, sortable
 * @param ingestTime the ingest time of every file of the run (whole seconds): fixed in the intent, so a redone run
 *                   gives its files the same raw names
 * @param ranges     the planned ranges, sorted
 * @param files      one per range once committed; empty in an intent
 */
public record ArchiveManifest(String runId, Instant ingestTime, List<OffsetRange> ranges, List<ArchivedFile> files) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArchiveManifest {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(ingestTime, "ingestTime");
        ranges = ranges.stream().sorted().toList();
        files = files.stream().sorted((a, b) -> a.range().compareTo(b.range())).toList();
        if (!files.isEmpty() && !files.stream().map(ArchivedFile::range).toList().equals(ranges)) {
            throw new IllegalArgumentException("a committed manifest has one entry per planned range");
        }
    }

    public static ArchiveManifest intent(String runId, Instant ingestTime, List<OffsetRange> ranges) {
        return new ArchiveManifest(runId, ingestTime, ranges, List.of());
    }

    /** This run with the outcome of every range: the manifest to commit. */
    public ArchiveManifest committed(List<ArchivedFile> outcome) {
        return new ArchiveManifest(runId, ingestTime, ranges, outcome);
    }

    public long records() {
        return files.stream().mapToLong(ArchivedFile::records).sum();
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", runId);
        root.put("ingest_time", ingestTime.toString());
        ArrayNode list = root.putArray("ranges");
        for (OffsetRange r : ranges) {
            ObjectNode n = list.addObject();
            n.put("topic", r.topic());
            n.put("partition", r.partition().partition());
            n.put("from", r.from());
            n.put("to", r.to());
            files.stream().filter(f -> f.range().equals(r)).findFirst().ifPresent(f -> {
                n.put("records", f.records());
                if (f.hasFile()) {
                    n.put("sha256", f.sha256());
                    n.put("raw_path", f.rawPath());
                    n.put("bytes", f.bytes());
                }
            });
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render an archive manifest", e);
        }
    }

    /** @throws IOException when the bytes are not a complete manifest */
    public static ArchiveManifest fromJson(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        try {
            List<OffsetRange> ranges = new ArrayList<>();
            List<ArchivedFile> files = new ArrayList<>();
            for (JsonNode n : required(root, "ranges")) {
                OffsetRange r = new OffsetRange(required(n, "topic").asText(), required(n, "partition").asInt(),
                    required(n, "from").asLong(), required(n, "to").asLong());
                ranges.add(r);
                if (n.has("records")) {
                    files.add(new ArchivedFile(r, n.get("records").asLong(), text(n, "sha256"), text(n, "raw_path"),
                        n.path("bytes").asLong(0)));
                }
            }
            return new ArchiveManifest(required(root, "run_id").asText(),
                Instant.parse(required(root, "ingest_time").asText()), ranges, files);
        } catch (RuntimeException e) {
            throw new IOException("not a valid archive manifest: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("no '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
