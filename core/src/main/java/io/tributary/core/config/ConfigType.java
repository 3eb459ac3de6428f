package io.tributary.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a configuration value is written as text and read back. Each type rejects text it cannot read
 * with a message that names what it expected, so a user sees one clear line.
 */
public final class ConfigType<T> {
    public static final ConfigType<String> STRING = new ConfigType<>("string", s -> s, Object::toString);
    public static final ConfigType<Integer> INT = new ConfigType<>("int", ConfigType::parseInt, Object::toString);
    public static final ConfigType<Long> LONG = new ConfigType<>("long", ConfigType::parseLong, Object::toString);
    /** A decimal number such as 0.1 (fractions, rates). */
    public static final ConfigType<Double> DOUBLE = new ConfigType<>("decimal", ConfigType::parseDouble, Object::toString);
    public static final ConfigType<Boolean> BOOLEAN = new ConfigType<>("boolean", ConfigType::parseBoolean, Object::toString);
    /** ISO-8601 duration (PT10M) or a number with a unit: 500ms, 30s, 10m, 2h, 7d. */
    public static final ConfigType<Duration> DURATION = new ConfigType<>("duration", ConfigType::parseDuration, ConfigType::formatDuration);
    public static final ConfigType<URI> URI_TYPE = new ConfigType<>("uri", ConfigType::parseUri, Object::toString);
    /** Comma-separated values, each trimmed, none empty: {@code a,b, c}. The list is unmodifiable. */
    public static final ConfigType<List<String>> LIST = new ConfigType<>("list", ConfigType::parseList, l -> String.join(",", l));

    private final String name;
    private final Function<String, T> reader;
    private final Function<T, String> writer;

    private ConfigType(String name, Function<String, T> reader, Function<T, String> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    public String name() {
        return name;
    }

    /** Reads text; throws IllegalArgumentException with a short reason when it cannot. */
    public T read(String text) {
        return reader.apply(text.trim());
    }

    public String write(T value) {
        return value == null ? "" : writer.apply(value);
    }

    private static List<String> parseList(String s) {
        List<String> items = java.util.Arrays.stream(s.split(",", -1)).map(String::trim).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("expected comma-separated values, none empty");
        }
        return items;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number");
        }
    }

    private static double parseDouble(String s) {
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message below
        }
        throw new IllegalArgumentException("expected a decimal number such as 0.1");
    }

    private static boolean parseBoolean(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("expected true or false");
        }
    }

    static Duration parseDuration(String s) {
        try {
            if (s.startsWith("P") || s.startsWith("p")) {
                return Duration.parse(s);
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
            }
            long amount = Long.parseLong(lower.substring(0, lower.length() - 1));
            switch (lower.charAt(lower.length() - 1)) {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                case 'd': return Duration.ofDays(amount);
                default: break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // fall through to the one message below
        }
        throw new IllegalArgumentException("expected a duration such as 10m, 30s, 500ms or PT10M");
    }

    private static String formatDuration(Duration d) {
        if (d.toMillis() % 86_400_000L == 0 && !d.isZero()) {
            return d.toDays() + "d";
        }
        if (d.toMillis() % 3_600_000L == 0 && !d.isZero()) {
            return d.toHours() + "h";
        }
        if (d.toMillis() % 60_000L == 0) {
            return d.toMinutes() + "m";
        }
        if (d.toMillis() % 1000L == 0) {
            return d.toSeconds() + "s";
        }
        return d.toMillis() + "ms";
    }

    private static URI parseUri(String s) {
        try {
            URI uri = new URI(s);
            if (uri.getScheme() == null) {
                throw new IllegalArgumentException("expected a URI with a scheme, e.g. hdfs://namenode:8020");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected a URI: " + e.getReason());
        }
    }
}
