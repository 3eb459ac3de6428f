package io.tributary.serving.hbase;

import io.tributary.serving.view.Watermarks;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pointer row and {@code Ws}, read at most every {@code maxAge} and reused in between. A value is never handed
 * out once it is {@code maxAge} old (counted from when its read began), so an answer is as consistent as one from a
 * fresh read, only up to that much older: the generation it names stays readable for the grace period after it is
 * replaced.
 *
 * <p>With {@link #refreshAhead()} a background thread reads again every half {@code maxAge}, so requests find a
 * young value and never wait for the two meta gets themselves; a request reads in line only when the background
 * reads have not kept up (HBase slow or down: it then gets the same error a fresh read would).
 */
final class WatermarkCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WatermarkCache.class);

    private final Supplier<Watermarks> read;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private volatile Cached cached;
    private ScheduledExecutorService refresher;

    private record Cached(Watermarks value, long readAt) {
    }

    WatermarkCache(Supplier<Watermarks> read, Duration maxAge) {
        this(read, maxAge, System::nanoTime);
    }

    WatermarkCache(Supplier<Watermarks> read, Duration maxAge, LongSupplier clock) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
    }

    Watermarks get() {
        Cached c = cached;
        if (c != null && clock.getAsLong() - c.readAt() < maxAgeNanos) {
            return c.value();
        }
        return load();
    }

    /** Reads now and keeps the value unless a read that began later has been kept meanwhile. */
    Watermarks load() {
        long startedAt = clock.getAsLong();
        Watermarks fresh = read.get();
        Cached c = cached;
        if (c == null || c.readAt() - startedAt <= 0) {
            cached = new Cached(fresh, startedAt);
        }
        return fresh;
    }

    /** Starts the background reads (a no-op when values are not reused at all). */
    synchronized void refreshAhead() {
        if (maxAgeNanos <= 0 || refresher != null) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watermark-refresh");
            t.setDaemon(true);
            return t;
        });
        long periodNanos = Math.max(1, maxAgeNanos / 2);
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void refreshQuietly() {
        try {
            load();
        } catch (RuntimeException e) {
            // requests read in line once the value is too old, and report the failure themselves
            LOG.debug("background read of the watermarks failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }
}
