package io.tributary.core.dedup;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The dedup rule of the contract, in one place for both layers. Records with the same {@code event_id} are
 * duplicates; the survivor is the first by {@link io.tributary.core.model.SourcePosition} order (ingest time, then
 * source kind, then source name, then offset and line). Every other record is a duplicate: an exact one when its
 * business fields equal the survivor's ({@link Transaction#sameBusinessFields}), else a conflict, which is also
 * written to the error table with {@code DUPLICATE_CONFLICT}.
 *
 * <p>Because the survivor is a minimum over a total order, the outcome does not depend on the order in which
 * records arrive: a reducer given all records of a key and a streaming store given them one by one elect the
 * same survivor and classify every other record the same way.
 */
public final class Deduplicator {

    private static final Comparator<Valid<Transaction>> BY_POSITION = Comparator.comparing(Valid::position);

    private Deduplicator() {
    }

    /**
     * Deduplicates all records of one event id, in any order (for a reducer). Records at equal positions (the same
     * record read twice) are duplicates of each other here: each was read, so each must be accounted for.
     *
     * @throws IllegalArgumentException when the collection is empty or holds more than one event id
     */
    public static DedupGroup resolve(Collection<Valid<Transaction>> sameEventId) {
        if (sameEventId.isEmpty()) {
            throw new IllegalArgumentException("no records to deduplicate");
        }
        List<Valid<Transaction>> sorted = new ArrayList<>(sameEventId);
        sorted.sort(BY_POSITION); // stable: equal positions keep their given order
        Valid<Transaction> survivor = sorted.get(0);
        String eventId = survivor.value().eventId();
        List<Valid<Transaction>> exact = new ArrayList<>();
        List<Rejection> conflicts = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Valid<Transaction> other = sorted.get(i);
            if (!other.value().eventId().equals(eventId)) {
                throw new IllegalArgumentException("records of different event ids: " + eventId + ", "
                    + other.value().eventId());
            }
            if (other.value().sameBusinessFields(survivor.value())) {
                exact.add(other);
            } else {
                conflicts.add(conflict(other, survivor));
            }
        }
        return new DedupGroup(survivor, exact, conflicts);
    }

    /**
     * Admits a newcomer into a streaming store (for the speed layer).
     *
     * @param stored   the survivor the store holds for the newcomer's event id, or null when it holds none
     * @param newcomer the record just read
     * @throws IllegalArgumentException when the two records have different event ids
     */
    public static Admission admit(Valid<Transaction> stored, Valid<Transaction> newcomer) {
        if (stored == null) {
            return new Admission(Admission.Verdict.FIRST, newcomer, false, null, null);
        }
        if (!stored.value().eventId().equals(newcomer.value().eventId())) {
            throw new IllegalArgumentException("records of different event ids: " + stored.value().eventId() + ", "
                + newcomer.value().eventId());
        }
        int order = newcomer.position().compareTo(stored.position());
        if (order == 0) {
            return new Admission(Admission.Verdict.REPLAY, stored, false, null, null);
        }
        boolean replaces = order < 0;
        Valid<Transaction> survivor = replaces ? newcomer : stored;
        Valid<Transaction> duplicate = replaces ? stored : newcomer;
        if (duplicate.value().sameBusinessFields(survivor.value())) {
            return new Admission(Admission.Verdict.EXACT_DUPLICATE, survivor, replaces, duplicate, null);
        }
        return new Admission(Admission.Verdict.CONFLICT, survivor, replaces, duplicate, conflict(duplicate, survivor));
    }

    /** The error-table row for a duplicate whose business fields differ from the survivor's. */
    public static Rejection conflict(Valid<Transaction> duplicate, Valid<Transaction> survivor) {
        List<String> fields = duplicate.value().differingBusinessFields(survivor.value());
        String message = "event_id " + survivor.value().eventId() + " was first read at "
            + survivor.position().describe() + " with different " + String.join(", ", fields);
        return new Rejection(ReasonCode.DUPLICATE_CONFLICT, message, duplicate.rawPayload(), duplicate.position());
    }
}
