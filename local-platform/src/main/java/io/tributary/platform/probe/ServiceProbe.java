package io.tributary.platform.probe;

/** A health check made with a service's real client. */
public interface ServiceProbe {
    /** Returns a short detail such as "2 databases" when the service answers; throws when it does not. */
    String check() throws Exception;
}
