package io.tributary.batch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The landing record of one file, {@code raw/_landed/<sha256>.json}: the catalogue of the raw zone. A file whose
 * hash has a record is landed; the index job finds the files it has to index through these records.
 *
 * @param sha256       the content's SHA-256, 64 lower-case hex digits
 * @param originalPath where the file was landed from (for people; nothing reads it back)
 * @param rawPath      the file's path in the raw zone, within the lake's file system (no scheme or authority,
 *                     so the record stays valid when the name node's address changes)
 * @param kind         transactions or customer changes
 * @param bytes        the file's size
 * @param ingestTime   when it was landed (also in its raw name)
 */
public record LandedFile(String sha256, String originalPath, String rawPath, LandedKind kind, long bytes,
                         Instant ingestTime) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public LandedFile {
        Objects.requireNonNull(originalPath, "originalPath");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ingestTime, "ingestTime");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
    }

    public static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    /** The record as JSON, fields in a fixed order. */
    public byte[] toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("sha256", sha256);
        node.put("original_path", originalPath);
        node.put("raw_path", rawPath);
        node.put("kind", kind.label());
        node.put("bytes", bytes);
        node.put("ingest_time", ingestTime.toString());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node).concat("\n")
                .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render a landing record", e);
        }
    }

    /**
     * Reads a landing record.
     *
     * @throws IOException when the bytes are not a complete landing record
     */
    public static LandedFile fromJson(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        try {
            return new LandedFile(text(node, "sha256"), text(node, "original_path"), text(node, "raw_path"),
                LandedKind.ofLabel(text(node, "kind")), node.path("bytes").asLong(-1),
                Instant.parse(text(node, "ingest_time")));
        } catch (RuntimeException e) {
            throw new IOException("not a valid landing record: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("landing record without '" + field + "'");
        }
        return value.asText();
    }
}
