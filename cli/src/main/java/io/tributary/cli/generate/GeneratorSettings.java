package io.tributary.cli.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything that determines a generated data set. Two runs with equal settings write byte-identical
 * files: nothing else (no clock, no environment) goes into the output.
 */
public record GeneratorSettings(
    Path out,
    long events,
    int customers,
    int days,
    long seed,
    double duplicateRate,
    double invalidRate,
    double lateRate,
    double kafkaShare,
    LocalDate startDate) {

    public static final long DEFAULT_EVENTS = 100_000;
    public static final int DEFAULT_CUSTOMERS = 1_000;
    public static final int DEFAULT_DAYS = 3;
    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_DUPLICATE_RATE = 0.02;
    public static final double DEFAULT_INVALID_RATE = 0.02;
    public static final double DEFAULT_LATE_RATE = 0.02;
    public static final double DEFAULT_KAFKA_SHARE = 0.2;
    public static final String DEFAULT_START_DATE = "2026-11-20";
    static final int MAX_DAYS = 366;

    /** Checks the values; the message names the option and what it must be. */
    public void validate() {
        require(events >= 1, "--events must be at least 1, was " + events);
        require(customers >= 1 && customers <= 10_000_000, "--customers must be from 1 to 10000000, was " + customers);
        require(days >= 1 && days <= MAX_DAYS, "--days must be from 1 to " + MAX_DAYS + ", was " + days);
        rate("--duplicate-rate", duplicateRate);
        rate("--invalid-rate", invalidRate);
        rate("--late-rate", lateRate);
        rate("--kafka-share", kafkaShare);
        require(duplicateRate + invalidRate <= 1.0,
            "--duplicate-rate plus --invalid-rate must be at most 1, was " + (duplicateRate + invalidRate));
        require(startDate.getYear() >= 1971 && startDate.getYear() <= 9999 - Defect.FUTURE_YEARS - 1,
            "--start-date must be between 1971 and " + (9999 - Defect.FUTURE_YEARS - 1) + ", was " + startDate);
    }

    private static void rate(String option, double value) {
        require(value >= 0.0 && value <= 1.0, option + " must be from 0 to 1, was " + value);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
