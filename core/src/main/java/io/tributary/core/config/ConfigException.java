package io.tributary.core.config;

/** A configuration that cannot be used: an unknown key, or a value its key does not accept. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
