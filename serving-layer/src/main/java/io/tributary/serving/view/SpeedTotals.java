package io.tributary.serving.view;

/**
 * What the speed layer's durable state says about its totals: late events routed so far (the sum of its hourly late
 * counters). Consumer lag and rejected totals live in its Prometheus metrics ({@code /metrics} of the speed
 * process), not in HBase, so the API reports them as unknown (null) rather than a per-process number that a restart
 * would reset.
 */
public record SpeedTotals(long late) {
}
