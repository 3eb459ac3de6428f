package io.tributary.core.customer;

import io.tributary.core.model.CustomerChange;
import io.tributary.core.parse.Valid;
import java.util.Collection;
import java.util.Comparator;

/**
 * The customer survivor rule (contract section 1.4): for one customer the change with the greatest
 * {@code updated_at} wins, whatever the order of files or lines; on a tie the later position wins (the later file,
 * then the later line: {@link io.tributary.core.model.SourcePosition} order). Being a maximum over a total order,
 * the result does not depend on the order in which changes are seen, so a reducer, a Hudi precombine and a replay
 * agree.
 */
public final class LatestChangeWins {

    /** Ascending order of precedence: the last element wins. */
    public static final Comparator<Valid<CustomerChange>> ORDER = Comparator
        .comparing((Valid<CustomerChange> v) -> v.value().updatedAt())
        .thenComparing(Valid::position);

    private LatestChangeWins() {
    }

    /** The winner of two changes of the same customer. */
    public static Valid<CustomerChange> newer(Valid<CustomerChange> a, Valid<CustomerChange> b) {
        requireSameCustomer(a, b);
        return ORDER.compare(a, b) >= 0 ? a : b;
    }

    /**
     * The winning change among all changes of one customer.
     *
     * @throws IllegalArgumentException when empty or holding several customers
     */
    public static Valid<CustomerChange> winner(Collection<Valid<CustomerChange>> changes) {
        Valid<CustomerChange> best = null;
        for (Valid<CustomerChange> c : changes) {
            best = best == null ? c : newer(best, c);
        }
        if (best == null) {
            throw new IllegalArgumentException("no changes");
        }
        return best;
    }

    private static void requireSameCustomer(Valid<CustomerChange> a, Valid<CustomerChange> b) {
        if (!a.value().customerId().equals(b.value().customerId())) {
            throw new IllegalArgumentException("changes of different customers: " + a.value().customerId() + ", "
                + b.value().customerId());
        }
    }
}
