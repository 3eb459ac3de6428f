package io.tributary.speed.topology;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.parse.ValidationRules;
import java.time.Duration;
import java.util.Objects;

/**
 * The processing rules of the speed layer.
 *
 * @param grace     Ws = max event time seen - grace ({@code speed.grace})
 * @param retention how far behind Ws dedup entries and bucket counts are kept ({@code speed.retention})
 * @param rules     validation rules shared with the batch layer
 */
public record SpeedSettings(Duration grace, Duration retention, ValidationRules rules) {

    public SpeedSettings {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(rules, "rules");
    }

    public static SpeedSettings from(TributaryConfig config) {
        return new SpeedSettings(config.get(ConfigKeys.SPEED_GRACE), config.get(ConfigKeys.SPEED_RETENTION),
            new ValidationRules(config.get(ConfigKeys.MAX_FUTURE_SKEW)));
    }
}
