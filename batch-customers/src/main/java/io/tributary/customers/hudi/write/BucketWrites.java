package io.tributary.customers.hudi.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.hudi.client.WriteStatus;
import org.apache.hudi.exception.HoodieUpsertException;

/**
 * The buckets (file groups) of one commit, written side by side instead of one after another.
 *
 * <p>Hudi's Java engine hands each bucket to {@code handleUpsertPartition} in turn and only afterwards, in
 * {@code updateIndex}, looks at what was written. The executors of this package queue each bucket here when it is
 * handed over and write all of them, on up to {@code threads} threads, when {@code updateIndex} is reached. Each
 * bucket is a separate file group (its own merge or create handle and file), so the writes share nothing but the
 * table's file-system view and the file system.
 */
final class BucketWrites {
    private final int threads;
    private final List<Supplier<Iterator<List<WriteStatus>>>> queued = new ArrayList<>();
    private int written;

    BucketWrites(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /** Queues one bucket; {@code write} returns Hudi's (possibly lazy) statuses, drained when the bucket is written. */
    void queue(Supplier<Iterator<List<WriteStatus>>> write) {
        queued.add(write);
    }

    /** Buckets written so far. */
    int written() {
        return written;
    }

    /**
     * Fails when a queued bucket was never written: the executor relies on Hudi calling {@code updateIndex} after
     * the last bucket, and commits are completed by the caller (auto-commit is off), so a Hudi version that called
     * them in another order is stopped here, before any commit could leave rows out.
     */
    void requireAllWritten() {
        if (!queued.isEmpty()) {
            throw new IllegalStateException(queued.size() + " buckets of the commit were queued and never written");
        }
    }

    /**
     * Writes every queued bucket and returns their statuses in the order the buckets were queued. When one bucket
     * fails, the others are cancelled and the failure is thrown; the commit stays inflight and is rolled back by the
     * next writer, as after any failed write.
     */
    List<WriteStatus> writeAll() {
        List<Supplier<Iterator<List<WriteStatus>>>> buckets = new ArrayList<>(queued);
        queued.clear();
        List<WriteStatus> out = new ArrayList<>();
        if (buckets.size() <= 1 || threads == 1) {
            buckets.forEach(b -> drain(b, out));
            written += buckets.size();
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, buckets.size()), new Named());
        try {
            List<Future<List<WriteStatus>>> results = new ArrayList<>(buckets.size());
            for (Supplier<Iterator<List<WriteStatus>>> b : buckets) {
                results.add(pool.submit(() -> {
                    List<WriteStatus> statuses = new ArrayList<>();
                    drain(b, statuses);
                    return statuses;
                }));
            }
            for (Future<List<WriteStatus>> r : results) {
                out.addAll(r.get());
            }
            written += buckets.size();
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                : new HoodieUpsertException("a bucket of the commit could not be written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HoodieUpsertException("interrupted while writing the commit's buckets", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(Supplier<Iterator<List<WriteStatus>>> bucket, List<WriteStatus> into) {
        bucket.get().forEachRemaining(into::addAll);
    }

    private static final class Named implements ThreadFactory {
        private static final AtomicInteger NEXT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "hudi-bucket-writer-" + NEXT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
