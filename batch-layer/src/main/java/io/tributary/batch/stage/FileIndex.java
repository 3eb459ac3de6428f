package io.tributary.batch.stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.model.ReasonCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What indexing one raw file gave: {@code raw/_landed/<sha256>.index.json}, written after all of the file's staging
 * output, so its existence means "indexed and committed". It holds no clock time: indexing the same file again
 * writes the same bytes.
 *
 * @param sha256           the raw file's hash
 * @param rawPath          the raw file (path in the lake's file system)
 * @param ingestTime       the file's ingest time (from its name)
 * @param read             records read: {@code valid + rejected}
 * @param validByEventDate valid records per UTC event date
 * @param rejectedByReason rejected records per reason code
 * @param corrupt          the file could not be read to its end (one {@code CORRUPT_FILE} among the rejects)
 * @param outputs          the staging files written, paths in the lake's file system, sorted
 */
public record FileIndex(String sha256, String rawPath, Instant ingestTime, long read,
                        SortedMap<LocalDate, Long> validByEventDate, Map<ReasonCode, Long> rejectedByReason,
                        boolean corrupt, List<String> outputs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FileIndex {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(ingestTime, "ingestTime");
        validByEventDate = Collections.unmodifiableSortedMap(new TreeMap<>(validByEventDate));
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(rejectedByReason);
        rejectedByReason = Collections.unmodifiableMap(reasons);
        outputs = outputs.stream().sorted().toList();
        long valid = sum(validByEventDate);
        long rejected = sum(rejectedByReason);
        if (read != valid + rejected) {
            throw new IllegalArgumentException("read " + read + " != valid " + valid + " + rejected " + rejected);
        }
    }

    public long valid() {
        return sum(validByEventDate);
    }

    public long rejected() {
        return sum(rejectedByReason);
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public byte[] toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("sha256", sha256);
        node.put("raw_path", rawPath);
        node.put("ingest_time", ingestTime.toString());
        node.put("read", read);
        node.put("valid", valid());
        node.put("rejected", rejected());
        node.put("corrupt", corrupt);
        ObjectNode dates = node.putObject("valid_by_event_date");
        validByEventDate.forEach((date, n) -> dates.put(date.toString(), n));
        ObjectNode reasons = node.putObject("rejected_by_reason");
        rejectedByReason.forEach((reason, n) -> reasons.put(reason.name(), n));
        ArrayNode files = node.putArray("outputs");
        outputs.forEach(files::add);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render a file index", e);
        }
    }

    /**
     * @throws IOException when the bytes are not a complete file index
     */
    public static FileIndex fromJson(byte[] json) throws IOException {
        try {
            JsonNode node = JSON.readTree(json);
            SortedMap<LocalDate, Long> dates = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.get("valid_by_event_date").properties()) {
                dates.put(LocalDate.parse(e.getKey()), e.getValue().longValue());
            }
            Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
            for (Map.Entry<String, JsonNode> e : node.get("rejected_by_reason").properties()) {
                reasons.put(ReasonCode.valueOf(e.getKey()), e.getValue().longValue());
            }
            List<String> outputs = new ArrayList<>();
            node.get("outputs").forEach(o -> outputs.add(o.asText()));
            return new FileIndex(node.get("sha256").asText(), node.get("raw_path").asText(),
                Instant.parse(node.get("ingest_time").asText()), node.get("read").longValue(), dates, reasons,
                node.get("corrupt").booleanValue(), outputs);
        } catch (RuntimeException e) {
            throw new IOException("not a valid file index: " + e, e);
        }
    }
}
