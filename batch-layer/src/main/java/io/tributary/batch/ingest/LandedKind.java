package io.tributary.batch.ingest;

import java.util.Locale;

/** What a landed file holds; decides its folder in the raw zone and which job reads it. */
public enum LandedKind {
    /** Transaction records (JSON lines, CSV, POS log): indexed into staging. */
    TRANSACTIONS,
    /** Customer change rows (CDC CSV): read by the customer dimension job. */
    CUSTOMERS;

    /** The name in landing records: {@code transactions} or {@code customers}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LandedKind ofLabel(String label) {
        for (LandedKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind of landed file: '" + label + "'");
    }
}
