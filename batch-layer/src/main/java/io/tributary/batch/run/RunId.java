package io.tributary.batch.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The identity of one batch run: kind, UTC start time and a random suffix, e.g.
 * {@code curate-20261127T143012Z-3f9a}. Sorts by time; names every folder the run writes.
 */
public final class RunId {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern FORMAT = Pattern.compile("[a-z]+-\\d{8}T\\d{6}Z-[0-9a-f]{4}");

    private RunId() {
    }

    public static String next(String kind, Instant start) {
        return kind + "-" + STAMP.format(start) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    public static boolean isRunId(String text) {
        return FORMAT.matcher(text).matches();
    }
}
