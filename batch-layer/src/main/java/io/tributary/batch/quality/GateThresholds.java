package io.tributary.batch.quality;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;

/**
 * The gate's bounds, both fractions from 0 to 1.
 *
 * @param maxRowDrop   how far a generation's row counts may fall below the published generation's
 * @param maxErrorRate the largest share of rejected records among those a run read
 */
public record GateThresholds(double maxRowDrop, double maxErrorRate) {
    public GateThresholds {
        if (!(maxRowDrop >= 0 && maxRowDrop <= 1) || !(maxErrorRate >= 0 && maxErrorRate <= 1)) {
            throw new IllegalArgumentException("gate thresholds are fractions from 0 to 1");
        }
    }

    public static GateThresholds from(TributaryConfig config) {
        return new GateThresholds(config.get(ConfigKeys.GATE_MAX_ROW_DROP), config.get(ConfigKeys.GATE_MAX_ERROR_RATE));
    }
}
