package io.tributary.cli.generate;

/** Told about every tenth of the run, and at its end. */
@FunctionalInterface
public interface ProgressListener {
    void progress(long recordsWritten, long recordsTotal, long bytesWritten);

    ProgressListener NONE = (done, total, bytes) -> { };
}
