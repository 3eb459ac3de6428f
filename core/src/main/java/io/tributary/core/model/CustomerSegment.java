package io.tributary.core.model;

/**
 * Segment of a customer. Events of {@link #TEST} customers are filtered out of curated tables and views.
 * Spelled exactly as on the wire (upper case).
 */
public enum CustomerSegment {
    RETAIL,
    SMB,
    CORPORATE,
    TEST;

    /** True for customers whose events are counted as {@code filtered} instead of curated. */
    public boolean isFiltered() {
        return this == TEST;
    }
}
