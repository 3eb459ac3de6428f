package io.tributary.core.dedup;

import io.tributary.core.model.Transaction;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * What a streaming dedup store does with a newcomer, given the survivor it holds for the event id.
 *
 * @param verdict         what the newcomer turned out to be
 * @param survivor        the survivor to keep in the store from now on
 * @param survivorChanged true when the newcomer came earlier (in position order) than the stored survivor and
 *                        replaces it; the former survivor is then the {@link #duplicate()} and whatever the store
 *                        derived from it must be undone when it conflicts
 * @param duplicate       the record that is not the survivor (the newcomer, or the former survivor when
 *                        {@code survivorChanged}); null for {@link Verdict#FIRST} and {@link Verdict#REPLAY}
 * @param conflict        the {@code DUPLICATE_CONFLICT} rejection of the duplicate, for {@link Verdict#CONFLICT} only
 */
public record Admission(Verdict verdict, Valid<Transaction> survivor, boolean survivorChanged,
                        Valid<Transaction> duplicate, Rejection conflict) {

    /** What a newcomer is to the store. */
    public enum Verdict {
        /** First record of this event id: the newcomer is the survivor. */
        FIRST,
        /**
         * The very record the store holds, delivered again (same position, e.g. a Kafka redelivery after a
         * restart): neither new nor a duplicate; count nothing.
         */
        REPLAY,
        /** Another record with the same business fields: count one duplicate. */
        EXACT_DUPLICATE,
        /** Another record with different business fields: count one duplicate and write the conflict. */
        CONFLICT
    }

    public Admission {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(survivor, "survivor");
    }

    public Optional<Rejection> conflictRejection() {
        return Optional.ofNullable(conflict);
    }

    /** True for the verdicts that count a duplicate. */
    public boolean isDuplicate() {
        return verdict == Verdict.EXACT_DUPLICATE || verdict == Verdict.CONFLICT;
    }
}
