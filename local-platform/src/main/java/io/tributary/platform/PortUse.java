package io.tributary.platform;

/** One port the platform listens on: who uses it and which configuration key moves it. */
public record PortUse(String service, String configKey, int port) {
}
