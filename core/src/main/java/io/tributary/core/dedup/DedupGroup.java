package io.tributary.core.dedup;

import io.tributary.core.model.Transaction;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of deduplicating all records of one event id.
 *
 * @param survivor        the record that goes on (curated, filtered); the first by position
 * @param exactDuplicates the other records whose business fields equal the survivor's: counted as duplicates
 * @param conflicts       the other records whose business fields differ: counted as duplicates too, and written
 *                        to the error table as {@code DUPLICATE_CONFLICT}; each rejection carries the duplicate's
 *                        own raw payload and position
 */
public record DedupGroup(Valid<Transaction> survivor, List<Valid<Transaction>> exactDuplicates,
                         List<Rejection> conflicts) {

    public DedupGroup {
        Objects.requireNonNull(survivor, "survivor");
        exactDuplicates = List.copyOf(exactDuplicates);
        conflicts = List.copyOf(conflicts);
    }

    /** Records of the group that are not the survivor: exact duplicates plus conflicts. */
    public int duplicateCount() {
        return exactDuplicates.size() + conflicts.size();
    }
}
