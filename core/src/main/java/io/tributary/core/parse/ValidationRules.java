package io.tributary.core.parse;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable part of validation. Everything else is fixed by the contract.
 *
 * @param maxFutureSkew how far an event time may lie after the record's ingest time (contract: 5 minutes);
 *                      exactly this much is still accepted
 */
public record ValidationRules(Duration maxFutureSkew) {

    /** The contract's rules. */
    public static final ValidationRules DEFAULT = new ValidationRules(Duration.ofMinutes(5));

    public ValidationRules {
        Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative: " + maxFutureSkew);
        }
    }
}
