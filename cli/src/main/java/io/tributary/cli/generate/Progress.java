package io.tributary.cli.generate;

/** Counts records and bytes as they are written and tells the listener at every tenth of the run. */
final class Progress {
    private final long total;
    private final ProgressListener listener;
    private long records;
    private long bytes;
    private int tenths;
    private long nextReport;

    Progress(long total, ProgressListener listener) {
        this.total = total;
        this.listener = listener;
        advance();
    }

    void addBytes(long n) {
        bytes += n;
    }

    void recordWritten() {
        records++;
        if (records >= nextReport) {
            listener.progress(records, total, bytes);
            advance();
        }
    }

    /** Moves the next report to the first tenth boundary after the records written so far. */
    private void advance() {
        while (tenths < 10 && total * (tenths + 1) / 10 <= records) {
            tenths++;
        }
        nextReport = tenths < 10 ? total * (tenths + 1) / 10 : Long.MAX_VALUE;
    }
}
