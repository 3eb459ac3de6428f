package io.tributary.platform.server;

import io.tributary.platform.ServiceKind;

/** One service of the platform as the server drives it: start until ready, then stop. */
interface ManagedService {
    ServiceKind kind();

    /** Starts and returns once the service answers a real client; may be interrupted by the start timeout. */
    void startAndAwaitReady() throws Exception;

    /** Stops what {@link #startAndAwaitReady} started, also when it started only part of it. */
    void stop() throws Exception;
}
