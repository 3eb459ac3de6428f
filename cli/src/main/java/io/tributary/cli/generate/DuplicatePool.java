package io.tributary.cli.generate;

import java.util.SplittableRandom;

/**
 * A bounded random sample of valid records already written, from which re-sends are drawn. Each
 * record is drawn at most once, so a duplicate group is always the original plus one re-send and
 * the original, written earlier, is always the survivor: the expected counts then do not depend
 * on how a pipeline breaks ties. Memory stays constant however many events are generated.
 */
final class DuplicatePool {
    private final TransactionRecord[] entries;
    private int size;

    DuplicatePool(int capacity) {
        this.entries = new TransactionRecord[capacity];
    }

    /** Adds the record, replacing a random one when full. */
    void offer(TransactionRecord r, SplittableRandom rng) {
        if (size < entries.length) {
            entries[size++] = r;
        } else {
            entries[rng.nextInt(entries.length)] = r;
        }
    }

    /** Removes and returns a random record, or null when empty. */
    TransactionRecord take(SplittableRandom rng) {
        if (size == 0) {
            return null;
        }
        int i = rng.nextInt(size);
        TransactionRecord r = entries[i];
        entries[i] = entries[--size];
        entries[size] = null;
        return r;
    }

    /** Moves every record into {@code other} (at the end of an ingest day). */
    void drainInto(DuplicatePool other, SplittableRandom rng) {
        for (int i = 0; i < size; i++) {
            other.offer(entries[i], rng);
            entries[i] = null;
        }
        size = 0;
    }
}
