package io.tributary.cli.generate;

/**
 * The customers of a generated data set, as pure functions of (seed, index): no table is kept, so
 * the event stream and the change files agree without sharing state.
 *
 * <p>Indexes {@code [0, customers)} make transactions. In every 100 consecutive indexes (rotated by
 * the seed) 2 are TEST customers, 2 are never in any change file (unknown), 5 arrive late (their
 * first change row is in a later day's file than their first transactions) and the rest are known
 * from the first day's file. Indexes {@code [customers, customers + churned)} make no transactions;
 * they exist to be deleted.
 */
final class CustomerUniverse {
    enum Kind { KNOWN, TEST, UNKNOWN, LATE_ARRIVING, CHURNED }

    /** Arrival day of a customer that no change file ever mentions. */
    static final int NEVER = Integer.MAX_VALUE;

    private static final int PURPOSE_ROTATION = 1;
    private static final int PURPOSE_ARRIVAL = 2;

    private final long seed;
    private final int customers;
    private final int churned;
    private final int days;
    private final int rotation;
    private final int idWidth;

    CustomerUniverse(long seed, int customers, int days) {
        this.seed = seed;
        this.customers = customers;
        this.churned = Math.max(4, customers / 50);
        this.days = days;
        this.rotation = Hashing.below(Hashing.hash(seed, PURPOSE_ROTATION, 0), 100);
        this.idWidth = Math.max(7, Integer.toString(customers + churned - 1).length());
    }

    int customers() {
        return customers;
    }

    /** Customers that transact plus those that only exist to be deleted. */
    int total() {
        return customers + churned;
    }

    long seed() {
        return seed;
    }

    int days() {
        return days;
    }

    Kind kind(int index) {
        if (index >= customers) {
            return Kind.CHURNED;
        }
        int slot = (index + rotation) % 100;
        if (slot < 2) {
            return Kind.TEST;
        }
        if (slot < 4) {
            return Kind.UNKNOWN;
        }
        if (slot < 9) {
            return Kind.LATE_ARRIVING;
        }
        return Kind.KNOWN;
    }

    /**
     * The ingest day (0-based) whose change file first holds the customer: 0 for known and test
     * customers, 1..days for late-arriving ones (day {@code days} is the change file after the last
     * transactions day), {@link #NEVER} for unknown ones.
     */
    int arrivalDay(int index) {
        switch (kind(index)) {
            case UNKNOWN:
                return NEVER;
            case LATE_ARRIVING:
                return 1 + Hashing.below(Hashing.hash(seed, PURPOSE_ARRIVAL, index), days);
            default:
                return 0;
        }
    }

    /** Whether a batch run that has applied the change files of days 0..day knows the customer. */
    boolean knownAfterDay(int index, int day) {
        return arrivalDay(index) <= day;
    }

    boolean isTest(int index) {
        return kind(index) == Kind.TEST;
    }

    String id(int index) {
        String digits = Integer.toString(index);
        StringBuilder b = new StringBuilder(idWidth + 1).append('C');
        for (int i = digits.length(); i < idWidth; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
