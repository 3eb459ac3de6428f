package io.tributary.core.config;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One configuration key, declared once: its name, type, default, validation and documentation.
 * A default is either a fixed value or derived from other keys (for example a client address
 * that follows the local platform's port unless it is set), so one change of a port moves both.
 */
public final class ConfigKey<T> {
    private final String name;
    private final ConfigType<T> type;
    private final String doc;
    private final Function<TributaryConfig, T> defaultValue;
    private final String defaultDoc;
    private final Predicate<T> check;
    private final String checkDoc;

    private ConfigKey(Builder<T> b) {
        this.name = b.name;
        this.type = b.type;
        this.doc = b.doc;
        this.defaultValue = b.defaultValue;
        this.defaultDoc = b.defaultDoc;
        this.check = b.check;
        this.checkDoc = b.checkDoc;
    }

    public static <T> Builder<T> builder(String name, ConfigType<T> type) {
        return new Builder<>(name, type);
    }

    public String name() {
        return name;
    }

    public ConfigType<T> type() {
        return type;
    }

    public String doc() {
        return doc;
    }

    /** The default as a user reads it in `config describe`. */
    public String defaultDoc() {
        return defaultDoc;
    }

    /** What a valid value looks like, or "" when any value of the type is accepted. */
    public String validDoc() {
        return checkDoc;
    }

    T defaultIn(TributaryConfig config) {
        return defaultValue.apply(config);
    }

    /** Reads and validates text for this key; the exception message names the key and the rule. */
    public T parse(String text) {
        T value;
        try {
            value = type.read(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration key '" + name + "': bad value '" + text + "': " + e.getMessage());
        }
        if (!check.test(value)) {
            throw new ConfigException("configuration key '" + name + "': bad value '" + text + "': must be " + checkDoc);
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }

    public static final class Builder<T> {
        private final String name;
        private final ConfigType<T> type;
        private String doc = "";
        private Function<TributaryConfig, T> defaultValue;
        private String defaultDoc;
        private Predicate<T> check = v -> true;
        private String checkDoc = "";

        private Builder(String name, ConfigType<T> type) {
            this.name = Objects.requireNonNull(name);
            this.type = Objects.requireNonNull(type);
        }

        public Builder<T> doc(String text) {
            this.doc = text;
            return this;
        }

        public Builder<T> defaultValue(T value) {
            this.defaultValue = c -> value;
            this.defaultDoc = type.write(value);
            return this;
        }

        /** A default computed from other keys; {@code description} says how, for the docs. */
        public Builder<T> derivedDefault(Function<TributaryConfig, T> derive, String description) {
            this.defaultValue = derive;
            this.defaultDoc = description;
            return this;
        }

        public Builder<T> validate(Predicate<T> rule, String description) {
            this.check = rule;
            this.checkDoc = description;
            return this;
        }

        public ConfigKey<T> build() {
            if (defaultValue == null) {
                throw new IllegalStateException("configuration key " + name + " needs a default");
            }
            return new ConfigKey<>(this);
        }
    }
}
