package io.tributary.cli.generate;

/**
 * The reason codes of CONTRACT §1 that the generator produces on purpose. Kept here rather than
 * taken from the domain module so that the generator is an independent statement of the contract:
 * tests compare what the parsers decide with what the generator meant.
 */
public enum RejectReason {
    MISSING_FIELD,
    INVALID_EVENT_ID,
    INVALID_FIELD,
    INVALID_AMOUNT,
    INVALID_CURRENCY,
    INVALID_EVENT_TIME,
    FUTURE_EVENT_TIME,
    INVALID_ENUM,
    UNSUPPORTED_SCHEMA_VERSION,
    MALFORMED_RECORD,
    RECORD_TOO_LARGE
}
