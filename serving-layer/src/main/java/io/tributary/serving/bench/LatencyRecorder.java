package io.tributary.serving.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one phase (microseconds), kept whole so percentiles are exact; errors counted apart. */
final class LatencyRecorder {
    private final long[] micros;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong errors = new AtomicLong();

    LatencyRecorder(int capacity) {
        micros = new long[capacity];
    }

    void record(long nanos) {
        int i = count.getAndIncrement();
        if (i < micros.length) {
            micros[i] = nanos / 1000;
        }
    }

    void error() {
        errors.incrementAndGet();
    }

    long errors() {
        return errors.get();
    }

    int count() {
        return Math.min(count.get(), micros.length);
    }

    /** The q-quantile in milliseconds. */
    double percentileMs(double q) {
        int n = count();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.ceil(q * n) - 1)] / 1000.0;
    }
}
