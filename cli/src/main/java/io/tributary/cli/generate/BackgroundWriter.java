package io.tributary.cli.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Compresses and writes on a second thread, so that making records (one core) and gzip plus file
 * writes (the other) overlap. One thread for all files keeps each file's chunks in order, and the
 * chunk boundaries depend only on the data, so the output is the same bytes as a single-threaded
 * write. A fixed pool of chunks bounds the memory: a producer that runs ahead waits for a free one.
 */
final class BackgroundWriter implements AutoCloseable {
    static final int CHUNK_SIZE = 256 * 1024;
    private static final int CHUNKS = 24;

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "generate-writer");
        t.setDaemon(true);
        return t;
    });
    private volatile IOException failure;

    BackgroundWriter() {
        for (int i = 0; i < CHUNKS; i++) {
            free.add(new byte[CHUNK_SIZE]);
        }
    }

    /** A free chunk to fill; waits while all are queued for writing. */
    byte[] takeChunk() throws IOException {
        check();
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the writer", e);
        }
    }

    /** Queues {@code chunk[0, length)} for {@code out}; the chunk comes back to the pool once written. */
    void write(OutputStream out, byte[] chunk, int length) throws IOException {
        check();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    out.write(chunk, 0, length);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                free.add(chunk);
            }
        });
    }

    /** Queues the closing of {@code out}, after everything queued for it before. */
    void close(OutputStream out) throws IOException {
        check();
        thread.execute(() -> {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        });
    }

    /** Waits until everything queued is written and closed; throws the first write failure. */
    @Override
    public void close() throws IOException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk: keep waiting, the data must be complete
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while finishing the writes", e);
        }
        check();
    }

    private void check() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException("writing failed: " + e.getMessage(), e);
        }
    }
}
