package io.tributary.serving.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate whatever the answers do (open loop), and times each one from when it was due, not
 * from when it was sent: a stall therefore also charges the requests queued behind it (coordinated omission
 * accounted for). One pool of worker threads serves every phase, so a worker's connection (HTTP keep-alive, or the
 * HBase client's) carries over from a warm-up to the phase measured right after it.
 */
final class OpenLoop implements AutoCloseable {
    /** One request; true when it was answered as expected. */
    @FunctionalInterface
    interface Request {
        boolean call() throws Exception;
    }

    private final int workers;
    private final ExecutorService pool;
    private final Path traceDir;

    /** @param traceDir where to write one CSV line per request of each phase (due, queued, call time), or null */
    OpenLoop(int workers, Path traceDir) {
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers);
        this.traceDir = traceDir;
    }

    LatencyRecorder run(String phase, int rate, int seconds, Request request) throws InterruptedException {
        int total = rate * seconds;
        LatencyRecorder rec = new LatencyRecorder(total);
        long[] started = new long[total];
        long[] ended = new long[total];
        Semaphore done = new Semaphore(0);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            pool.execute(() -> {
                started[n] = System.nanoTime();
                try {
                    if (request.call()) {
                        ended[n] = System.nanoTime();
                        rec.record(ended[n] - due);
                    } else {
                        rec.error();
                    }
                } catch (Exception e) {
                    rec.error();
                } finally {
                    done.release();
                }
            });
        }
        done.acquire(total);
        if (traceDir != null) {
            trace(phase, start, interval, started, ended);
        }
        return rec;
    }

    int workers() {
        return workers;
    }

    private void trace(String phase, long start, long interval, long[] started, long[] ended) {
        Path file = traceDir.resolve(phase.replaceAll("[^A-Za-z0-9]+", "-") + ".csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("i,due_ms,wait_for_worker_us,call_us,total_us");
            for (int i = 0; i < started.length; i++) {
                long due = start + i * interval;
                // an error has no end: its call and total times are written as -1
                w.printf(Locale.ROOT, "%d,%.3f,%d,%d,%d%n", i, (due - start) / 1e6, (started[i] - due) / 1000,
                    ended[i] == 0 ? -1 : (ended[i] - started[i]) / 1000, ended[i] == 0 ? -1 : (ended[i] - due) / 1000);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
