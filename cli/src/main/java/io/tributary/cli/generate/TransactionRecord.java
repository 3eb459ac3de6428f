package io.tributary.cli.generate;

/**
 * One generated transaction record: the field texts exactly as they will be written (a null text is
 * an absent field), how the line is to be shaped, and what the generator knows about it for the
 * manifest. Mutable so that a {@link Defect} can break one thing in an otherwise valid record.
 */
final class TransactionRecord {
    /** How the line is deliberately broken beyond its field values. */
    enum Shape { NORMAL, NOT_JSON, TRUNCATED_JSON, JSON_ARRAY, CSV_MISSING_COLUMN, CSV_EXTRA_COLUMN, POS_NOT_A_TXN, POS_NO_TXN_KEY }

    // ---- field texts ----
    String eventId;
    String customerId;
    String merchantId;
    String amount;
    /** JSON only: write the amount as a number rather than a string. */
    boolean amountAsNumber;
    String currency;
    String eventTime;
    String channel;
    String status;
    String country;
    /** JSON only; null = absent (version 1 by default). */
    String schemaVersion;
    /** JSON only: one unknown extra field, ignored by the rules. */
    String extraName;
    String extraValue;

    // ---- shape ----
    Shape shape = Shape.NORMAL;
    /** CSV: quote every field, not only those that need it. */
    boolean quoteAll;
    /** POS: write country= before status= (key=value pairs after the amount come in any order). */
    boolean countryBeforeStatus;
    /** JSON raw text for shapes that are not an object at all. */
    String rawText;

    // ---- what the generator knows ----
    int customerIndex;
    long eventMillis;
    long cents;
    int day;
    Destination destination;

    TransactionRecord copy() {
        TransactionRecord c = new TransactionRecord();
        c.eventId = eventId;
        c.customerId = customerId;
        c.merchantId = merchantId;
        c.amount = amount;
        c.amountAsNumber = amountAsNumber;
        c.currency = currency;
        c.eventTime = eventTime;
        c.channel = channel;
        c.status = status;
        c.country = country;
        c.schemaVersion = schemaVersion;
        c.extraName = extraName;
        c.extraValue = extraValue;
        c.shape = shape;
        c.quoteAll = quoteAll;
        c.countryBeforeStatus = countryBeforeStatus;
        c.rawText = rawText;
        c.customerIndex = customerIndex;
        c.eventMillis = eventMillis;
        c.cents = cents;
        c.day = day;
        c.destination = destination;
        return c;
    }

    boolean isApproved() {
        return "APPROVED".equals(status);
    }
}
