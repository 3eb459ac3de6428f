package io.tributary.batch.ingest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Counts of one ingest run as files go by: for progress lines and the final summary. */
final class IngestTotals {

    private final int files;
    private final long startedNanos;
    private final Map<LandingOutcome.Status, Integer> byStatus = new EnumMap<>(LandingOutcome.Status.class);
    private int done;
    private long bytesRead;
    private long bytesLanded;
    private int tenthsReported;

    IngestTotals(int files, long startedNanos) {
        this.files = files;
        this.startedNanos = startedNanos;
    }

    void add(LandingOutcome outcome) {
        done++;
        byStatus.merge(outcome.status(), 1, Integer::sum);
        if (outcome.status() == LandingOutcome.Status.LANDED || outcome.status() == LandingOutcome.Status.ALREADY_LANDED) {
            bytesRead += outcome.bytes();
        }
        if (outcome.status() == LandingOutcome.Status.LANDED) {
            bytesLanded += outcome.bytes();
        }
    }

    int landed() {
        return count(LandingOutcome.Status.LANDED);
    }

    private int count(LandingOutcome.Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** A line at every tenth of the files: done, share, bytes, rate, time left. */
    Optional<String> progressLine() {
        int tenths = files == 0 ? 10 : (int) (10L * done / files);
        if (tenths <= tenthsReported) {
            return Optional.empty();
        }
        tenthsReported = tenths;
        double seconds = seconds();
        double eta = done == 0 ? 0 : seconds * (files - done) / done;
        return Optional.of(String.format(Locale.ROOT, "%d/%d files (%d%%), %.1f MB, %.1f MB/s, ETA %.0f s",
            done, files, 100L * done / Math.max(1, files), bytesRead / 1e6, bytesRead / 1e6 / seconds, eta));
    }

    String summary() {
        double seconds = seconds();
        return String.format(Locale.ROOT, "%d file(s): %d landed (%.1f MB), %d already landed, %d not input files, "
                + "%d hidden; read %.1f MB in %.1f s (%.1f MB/s)",
            done, landed(), bytesLanded / 1e6, count(LandingOutcome.Status.ALREADY_LANDED),
            count(LandingOutcome.Status.NOT_AN_INPUT_FILE), count(LandingOutcome.Status.HIDDEN), bytesRead / 1e6,
            seconds, bytesRead / 1e6 / seconds);
    }

    private double seconds() {
        return Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
    }
}
