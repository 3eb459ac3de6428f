package io.tributary.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one configuration of a Tributary process: the values a user set, checked against the keys
 * declared in {@link ConfigKeys}; everything else takes its key's default. Immutable.
 */
public final class TributaryConfig {
    private final Map<String, Object> explicit;

    private TributaryConfig(Map<String, Object> explicit) {
        this.explicit = Collections.unmodifiableMap(explicit);
    }

    /** Every key at its default: the local platform on 127.0.0.1. */
    public static TributaryConfig defaults() {
        return new TributaryConfig(Map.of());
    }

    /** Reads a properties file; an unknown key or a bad value is a {@link ConfigException} naming the key. */
    public static TributaryConfig load(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        return of(values);
    }

    /** Builds a configuration from text values, as a file or command-line overrides give them. */
    public static TributaryConfig of(Map<String, String> values) {
        return defaults().with(values);
    }

    /** A copy with these text values set on top; later values win. */
    public TributaryConfig with(Map<String, String> values) {
        Map<String, Object> merged = new LinkedHashMap<>(explicit);
        for (Map.Entry<String, String> e : values.entrySet()) {
            ConfigKey<?> key = ConfigKeys.find(e.getKey())
                .orElseThrow(() -> new ConfigException("unknown configuration key '" + e.getKey()
                    + "' (see 'tributary config describe')"));
            merged.put(key.name(), key.parse(e.getValue()));
        }
        return new TributaryConfig(merged);
    }

    public <T> T get(ConfigKey<T> key) {
        Object value = explicit.get(key.name());
        if (value == null) {
            return key.defaultIn(this);
        }
        return cast(value);
    }

    /** True when the user set this key (rather than taking its default). */
    public boolean isSet(ConfigKey<?> key) {
        return explicit.containsKey(key.name());
    }

    /** Every key with its effective value as text, in declaration order. */
    public Map<String, String> effectiveValues() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigKey<?> key : ConfigKeys.all()) {
            out.put(key.name(), render(key));
        }
        return out;
    }

    private <T> String render(ConfigKey<T> key) {
        return key.type().write(get(key));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
