package io.tributary.serving.hbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.serving.view.BackendUnavailableException;
import io.tributary.serving.view.Watermarks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WatermarkCacheTest {
    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final AtomicLong generation = new AtomicLong(1);

    private Watermarks read() {
        return new Watermarks(Instant.parse("2026-10-30T00:00:00Z"), generation.get(), null, null);
    }

    @Test
    void aValueIsReusedUntilItIsMaxAgeOldCountedFromWhenItsReadBegan() {
        AtomicLong reads = new AtomicLong();
        WatermarkCache cache = new WatermarkCache(() -> {
            reads.incrementAndGet();
            Watermarks w = read();
            now.addAndGet(100 * MS); // a slow read: its age counts from before it
            return w;
        }, Duration.ofMillis(500), now::get);

        assertThat(cache.get().generation()).isEqualTo(1);
        generation.set(2);
        now.addAndGet(399 * MS); // 499 ms after the read began
        assertThat(cache.get().generation()).isEqualTo(1);
        now.addAndGet(MS); // 500 ms: too old, read again
        assertThat(cache.get().generation()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aZeroMaxAgeReadsEveryTimeAndStartsNoBackgroundReads() {
        AtomicLong reads = new AtomicLong();
        try (WatermarkCache cache = new WatermarkCache(() -> {
            reads.incrementAndGet();
            return read();
        }, Duration.ZERO, now::get)) {
            cache.refreshAhead();
            cache.get();
            cache.get();
            assertThat(reads).hasValue(2);
        }
    }

    @Test
    void aFailedReadReachesTheRequestOnceTheValueIsTooOld() {
        WatermarkCache cache = new WatermarkCache(() -> {
            if (generation.get() > 1) {
                throw new BackendUnavailableException("down", null);
            }
            return read();
        }, Duration.ofMillis(500), now::get);
        cache.get();
        generation.set(2);
        now.addAndGet(200 * MS);
        assertThat(cache.get().generation()).isEqualTo(1);
        now.addAndGet(300 * MS);
        assertThatThrownBy(cache::get).isInstanceOf(BackendUnavailableException.class);
    }

    @Test
    void backgroundReadsKeepTheValueCurrentSoRequestsDoNotRead() throws Exception {
        CountDownLatch twoBackgroundReads = new CountDownLatch(2);
        AtomicLong inRequestThread = new AtomicLong();
        Thread test = Thread.currentThread();
        // the clock stands still: a request never finds the value too old, so only background reads can renew it
        try (WatermarkCache cache = new WatermarkCache(() -> {
            if (Thread.currentThread() == test) {
                inRequestThread.incrementAndGet();
            }
            twoBackgroundReads.countDown();
            return read();
        }, Duration.ofMillis(40), now::get)) {
            cache.refreshAhead();
            assertThat(twoBackgroundReads.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cache.get().generation()).isEqualTo(1);
            generation.set(7);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (cache.get().generation() != 7 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(cache.get().generation()).isEqualTo(7);
        }
        assertThat(inRequestThread).hasValue(0);
    }
}
