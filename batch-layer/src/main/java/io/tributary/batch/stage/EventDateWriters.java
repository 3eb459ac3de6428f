package io.tributary.batch.stage;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;

/**
 * The staging writers of valid records of one raw file, one per event date, opened on first use.
 *
 * <p>A file usually spans a few event dates (its ingest day and some late events), but nothing bounds it: a replay
 * of old data may span years, in any order. Each open writer holds a compression buffer (about 1 MB) and, on HDFS, a
 * write pipeline, so at most {@link #MAX_OPEN} are open at once. Records of further dates go, in file order, to an
 * overflow file; {@link #finish()} then replays the overflow with a fresh set of writers, as often as needed. Every
 * date thus gets exactly one staging file holding its records in file order, and the output does not depend on the
 * limit: only pathological files pay for the extra passes.
 */
final class EventDateWriters implements Closeable {

    /** Writers open at once. */
    static final int MAX_OPEN = 32;

    /** Opens the staging writer of an event date. */
    interface Opener {
        StagingFileWriter open(LocalDate eventDate) throws IOException;
    }

    /** Creates overflow files, numbered from 1. */
    interface OverflowFactory {
        OverflowFile create(int number) throws IOException;
    }

    private final Opener opener;
    private final OverflowFactory overflows;
    private final Map<LocalDate, StagingFileWriter> open = new HashMap<>();
    private final Text key = new Text();
    private OverflowFile overflow;
    private int overflowCount;

    EventDateWriters(Opener opener, OverflowFactory overflows) {
        this.opener = opener;
        this.overflows = overflows;
    }

    void append(LocalDate eventDate, String eventId, byte[] encodedRecord) throws IOException {
        StagingFileWriter writer = open.get(eventDate);
        if (writer == null && open.size() < MAX_OPEN) {
            writer = opener.open(eventDate);
            open.put(eventDate, writer);
        }
        if (writer == null) {
            if (overflow == null) {
                overflow = overflows.create(++overflowCount);
            }
            overflow.append(eventDate, eventId, encodedRecord);
            return;
        }
        key.set(eventId);
        writer.append(key, new BytesWritable(encodedRecord));
    }

    /** Closes the writers and stages what overflowed, pass after pass, until every record is in its date's file. */
    void finish() throws IOException {
        closeWriters();
        while (overflow != null) {
            OverflowFile replay = overflow;
            overflow = null;
            replay.finishWriting();
            replay.replay(this::append);
            replay.delete();
            closeWriters();
        }
    }

    private void closeWriters() throws IOException {
        IOException failure = null;
        for (StagingFileWriter writer : open.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Releases everything after a failure; the files written so far are abandoned in the work folder. */
    @Override
    public void close() throws IOException {
        try {
            closeWriters();
        } finally {
            if (overflow != null) {
                overflow.finishWriting();
            }
        }
    }
}
