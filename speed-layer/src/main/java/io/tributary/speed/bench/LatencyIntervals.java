package io.tributary.speed.bench;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's view of the sink's event -> visible timer: over the whole phase and per interval.
 *
 * <p>Micrometer's client-side percentiles decay by default (a ring of 3 histograms over 2 minutes), so a snapshot at
 * the end of a 5-minute phase describes only its last minutes. {@link #wholePhase()} configures the timer to keep
 * every sample of the phase, and adds fixed buckets; {@link #interval()} reads how many samples fell into each
 * bucket since the previous call, which shows whether a tail belongs to the start of the phase or to all of it.
 * Percentiles from buckets are upper bounds (the bucket's limit).
 */
final class LatencyIntervals {
    static final String TIMER = "tributary.speed.event.visible.latency";
    /** The benchmark's own timer: input message timestamp -> the update readable (committed) on the updates topic. */
    static final String COMMITTED_TIMER = "bench.update.committed.latency";
    private static final long[] BUCKETS_MS = {25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 600, 700, 800, 900, 1000,
        1250, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000, 10_000, 15_000, 20_000, 30_000, 60_000,
        Long.MAX_VALUE / 1_000_000}; // the last: every sample, so counts never mix two structures of the timer

    private final Timer timer;
    private final long[] previous = new long[BUCKETS_MS.length];
    private long[] phaseStart = new long[BUCKETS_MS.length];
    private long[] mark;

    LatencyIntervals(Timer timer) {
        this.timer = timer;
    }

    /** Applied to a registry before the sink registers its timer: no decay within a phase, fixed buckets. */
    static MeterFilter wholePhase() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(TIMER) && !id.getName().equals(COMMITTED_TIMER)) {
                    return config;
                }
                double[] slos = new double[BUCKETS_MS.length];
                for (int i = 0; i < slos.length; i++) {
                    slos[i] = TimeUnit.MILLISECONDS.toNanos(BUCKETS_MS[i]);
                }
                return DistributionStatisticConfig.builder().expiry(Duration.ofDays(1)).bufferLength(1)
                    .serviceLevelObjectives(slos).build().merge(config);
            }
        };
    }

    /** Samples per bucket since the phase began. */
    private long[] cumulative() {
        HistogramSnapshot s = timer.takeSnapshot();
        long[] counts = new long[BUCKETS_MS.length];
        CountAtBucket[] buckets = s.histogramCounts();
        long below = 0;
        for (int i = 0; i < BUCKETS_MS.length; i++) {
            long upTo = (long) buckets[i].count();
            counts[i] = upTo - below;
            below = upTo;
        }
        return counts;
    }

    /** "n=… p50<=… p99<=… >1s=…%" for the samples recorded since the previous call. */
    String interval() {
        long[] now = cumulative();
        long[] delta = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            delta[i] = now[i] - previous[i];
            previous[i] = now[i];
        }
        return describe(delta);
    }

    /** Begins the measured phase now: {@link #sinceStart()} and the next {@link #interval()} count from here. */
    void startPhase() {
        phaseStart = cumulative();
        System.arraycopy(phaseStart, 0, previous, 0, previous.length);
    }

    /** Remembers the counts so far, for {@link #sinceMark()}. */
    void mark() {
        mark = cumulative();
    }

    /** The same over the samples recorded after {@link #mark()}. */
    String sinceMark() {
        long[] now = cumulative();
        long[] from = mark != null ? mark : phaseStart;
        for (int i = 0; i < now.length; i++) {
            now[i] -= from[i];
        }
        return describe(now);
    }

    /** The same over the samples of the whole phase so far (from {@link #startPhase()}, if it was called). */
    String sinceStart() {
        long[] now = cumulative();
        for (int i = 0; i < now.length; i++) {
            now[i] -= phaseStart[i];
        }
        return describe(now);
    }

    private static String describe(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            return "n=0";
        }
        long overOneSecond = 0;
        for (int i = 0; i < counts.length; i++) {
            if (BUCKETS_MS[i] > 1000) {
                overOneSecond += counts[i];
            }
        }
        return String.format("n=%d p50<=%s p99<=%s >1s=%.1f%%", n, bound(counts, n, 0.50), bound(counts, n, 0.99),
            100.0 * overOneSecond / n);
    }

    private static String bound(long[] counts, long n, double q) {
        long seen = 0;
        for (int i = 0; i < BUCKETS_MS.length - 1; i++) {
            seen += counts[i];
            if (seen >= q * n) {
                return BUCKETS_MS[i] + "ms";
            }
        }
        return ">" + BUCKETS_MS[BUCKETS_MS.length - 2] + "ms";
    }
}
