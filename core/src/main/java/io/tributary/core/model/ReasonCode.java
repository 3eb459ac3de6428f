package io.tributary.core.model;

/**
 * Why a record was rejected: the {@code reason_code} column of the error tables. The names are part of the
 * external contract (section 1); add codes, never rename them.
 */
public enum ReasonCode {
    MISSING_FIELD("A required field is absent, null or empty."),
    INVALID_EVENT_ID("event_id is not 1 to 64 characters of A-Z a-z 0-9 . _ : -."),
    INVALID_FIELD("An optional field (merchant_id, country; email of a customer) breaks its rule."),
    INVALID_AMOUNT("amount is not a plain decimal with at most 2 decimals and an absolute value below 10^12."),
    INVALID_CURRENCY("currency is not the ISO 4217 code of a known currency."),
    INVALID_EVENT_TIME("The event time (updated_at for customers) is not an ISO-8601 instant with offset or Z."),
    FUTURE_EVENT_TIME("The event time lies more than the allowed skew (5 minutes) after the record's ingest time."),
    INVALID_ENUM("channel, status (op, segment for customers) is not one of its allowed values."),
    UNSUPPORTED_SCHEMA_VERSION("schema_version is not a version this release understands (1)."),
    MALFORMED_RECORD("The record is not well formed: not a JSON object, bad CSV, no POS log match or not UTF-8."),
    RECORD_TOO_LARGE("The record is longer than 64 KiB; its raw payload is cut to the first 64 KiB."),
    DUPLICATE_CONFLICT("A duplicate event_id whose business fields differ from the survivor's."),
    CORRUPT_FILE("A whole file could not be read (e.g. a corrupt gzip stream); counted as one record.");

    private final String description;

    ReasonCode(String description) {
        this.description = description;
    }

    /** One line saying what the code means. */
    public String description() {
        return description;
    }
}
