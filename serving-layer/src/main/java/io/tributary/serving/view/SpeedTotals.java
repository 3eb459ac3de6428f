package io.tributary.serving.view;

/** The speed layer's running totals as it last published them, with its consumer lag in records. */
public record SpeedTotals(long consumerLag, long late, long rejected, long duplicates) {
}
