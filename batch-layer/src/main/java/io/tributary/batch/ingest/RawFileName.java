package io.tributary.batch.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a file in the raw zone: {@code <ingest-stamp>-<sha12>-<original name>}, e.g.
 * {@code 20261127T143012Z-3f9a0c1d2e4b-part-00000.jsonl.gz}.
 *
 * <p>The name carries the ingest time and the start of the content hash so that a job knows both from the path
 * alone, without a lookup: the ingest time is part of every record's position and of validation (future event
 * times), so it must never change once the file is landed. The original name comes last, unchanged, so its
 * extension still tells the format.
 *
 * @param ingestTime   when the file was landed, whole seconds (UTC)
 * @param sha12        the first 12 hex digits (lower case) of the content's SHA-256
 * @param originalName the file's name where it came from
 */
public record RawFileName(Instant ingestTime, String sha12, String originalName) {

    /** {@code 20261127T143012Z}: sortable, no characters that need escaping in a path. */
    private static final DateTimeFormatter STAMP =
        DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}T\\d{6}Z)-([0-9a-f]{12})-(.+)");
    private static final Pattern SHA12 = Pattern.compile("[0-9a-f]{12}");

    public RawFileName {
        Objects.requireNonNull(ingestTime, "ingestTime");
        Objects.requireNonNull(originalName, "originalName");
        if (ingestTime.getNano() != 0) {
            throw new IllegalArgumentException("the ingest time of a raw file has whole seconds: " + ingestTime);
        }
        if (!SHA12.matcher(sha12).matches()) {
            throw new IllegalArgumentException("not 12 lower-case hex digits: " + sha12);
        }
        if (originalName.isEmpty() || originalName.contains("/")) {
            throw new IllegalArgumentException("not a file name: '" + originalName + "'");
        }
    }

    /** The raw name of a file landed at {@code ingestTime} (cut to whole seconds) with content hash {@code sha256}. */
    public static RawFileName of(Instant ingestTime, String sha256, String originalName) {
        if (sha256.length() < 12) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return new RawFileName(ingestTime.truncatedTo(ChronoUnit.SECONDS), sha256.substring(0, 12), originalName);
    }

    /**
     * Reads a raw file's name (or path: only the last segment counts).
     *
     * @throws IllegalArgumentException when the name is not {@code <stamp>-<sha12>-<name>}
     */
    public static RawFileName parse(String nameOrPath) {
        String name = nameOrPath.substring(nameOrPath.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a raw file name (<yyyyMMddTHHmmssZ>-<sha12>-<name>): " + name);
        }
        try {
            return new RawFileName(Instant.from(STAMP.parse(m.group(1))), m.group(2), m.group(3));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a raw file name, bad ingest stamp: " + name, e);
        }
    }

    /** The ingest time as it appears in names, e.g. {@code 20261127T143012Z}. */
    public static String stamp(Instant ingestTime) {
        return STAMP.format(ingestTime);
    }

    /** True when this name belongs to content whose SHA-256 is {@code sha256}. */
    public boolean matchesHash(String sha256) {
        return sha256.startsWith(sha12);
    }

    @Override
    public String toString() {
        return stamp(ingestTime) + "-" + sha12 + "-" + originalName;
    }
}
