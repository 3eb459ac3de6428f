package io.tributary.core.parse;

import io.tributary.core.model.Channel;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static io.tributary.core.parse.TxnField.AMOUNT;
import static io.tributary.core.parse.TxnField.CHANNEL;
import static io.tributary.core.parse.TxnField.COUNTRY;
import static io.tributary.core.parse.TxnField.CURRENCY;
import static io.tributary.core.parse.TxnField.CUSTOMER_ID;
import static io.tributary.core.parse.TxnField.EVENT_ID;
import static io.tributary.core.parse.TxnField.EVENT_TIME;
import static io.tributary.core.parse.TxnField.MERCHANT_ID;
import static io.tributary.core.parse.TxnField.SCHEMA_VERSION;
import static io.tributary.core.parse.TxnField.STATUS;

/**
 * The contract's field rules (section 1.1), one implementation for JSON, CSV and POS log records, so the three
 * formats cannot drift apart.
 *
 * <p>Precedence when a record breaks several rules: the schema version first (it decides which rules apply at
 * all), then the fields in the order of the contract's table; within a field, absence ({@code MISSING_FIELD})
 * comes before the field's own code. The first broken rule is reported.
 *
 * <p>Missing means absent, JSON null or the empty string, for every field: the formats must agree and CSV
 * cannot tell the three apart. An optional field that is missing is simply null in the record.
 *
 * <p>Lengths are counted in Unicode code points. Enum values are case-sensitive ("pos" is not a channel), as are
 * currency and country codes. A value of the wrong JSON type gets the field's own code; for {@code customer_id},
 * whose only code in the contract is {@code MISSING_FIELD}, that is {@code MISSING_FIELD} for every problem.
 *
 * <p>Not thread-safe: one instance per parser, which is one per thread.
 */
final class TransactionValidator {

    static final int SUPPORTED_SCHEMA_VERSION = 1;
    private static final int MAX_ID_LENGTH = 64;
    private static final Channel[] CHANNELS = Channel.values();
    private static final TxnStatus[] STATUSES = TxnStatus.values();

    private final Duration maxFutureSkew;
    private final long maxFutureSkewSeconds;
    private final int maxFutureSkewNanos;
    private ReasonCode reason;
    private String message;

    TransactionValidator(ValidationRules rules) {
        this.maxFutureSkew = rules.maxFutureSkew();
        this.maxFutureSkewSeconds = rules.maxFutureSkew().getSeconds();
        this.maxFutureSkewNanos = rules.maxFutureSkew().getNano();
    }

    /** Why the last {@link #validate} returned null. */
    ReasonCode reason() {
        return reason;
    }

    String message() {
        return message;
    }

    /** The valid transaction, or null with {@link #reason()} and {@link #message()} set. */
    Transaction validate(FieldSlots f, Instant ingestTime) {
        int schemaVersion = schemaVersion(f);
        if (schemaVersion < 0) {
            return null;
        }
        String eventId = eventId(f);
        if (eventId == null) {
            return null;
        }
        String customerId = customerId(f);
        if (customerId == null) {
            return null;
        }
        String merchantId = null;
        if (!f.isMissing(MERCHANT_ID)) {
            merchantId = boundedString(f, MERCHANT_ID, ReasonCode.INVALID_FIELD);
            if (merchantId == null) {
                return null;
            }
        }
        long cents = amountCents(f);
        if (cents == AmountSyntax.INVALID) {
            return null;
        }
        String currency = currency(f);
        if (currency == null) {
            return null;
        }
        Instant eventTime = eventTime(f, ingestTime);
        if (eventTime == null) {
            return null;
        }
        Channel channel = enumValue(f, CHANNEL, CHANNELS);
        if (channel == null) {
            return null;
        }
        TxnStatus status = enumValue(f, STATUS, STATUSES);
        if (status == null) {
            return null;
        }
        String country = null;
        if (!f.isMissing(COUNTRY)) {
            country = f.isString(COUNTRY) ? CodeTables.country(f.buffer(COUNTRY), f.offset(COUNTRY), f.length(COUNTRY)) : null;
            if (country == null) {
                return fail(ReasonCode.INVALID_FIELD, "country " + describe(f, COUNTRY) + " is not an ISO 3166-1 alpha-2 code");
            }
        }
        return new Transaction(eventId, customerId, merchantId, cents, currency, eventTime, channel, status, country,
            schemaVersion);
    }

    private int schemaVersion(FieldSlots f) {
        ValueKind kind = f.kind(SCHEMA_VERSION);
        if (kind == ValueKind.ABSENT || kind == ValueKind.NULL) {
            return SUPPORTED_SCHEMA_VERSION;
        }
        byte[] b = f.buffer(SCHEMA_VERSION);
        int off = f.offset(SCHEMA_VERSION);
        if (kind == ValueKind.NUMBER && f.length(SCHEMA_VERSION) == 1 && b[off] == '0' + SUPPORTED_SCHEMA_VERSION) {
            return SUPPORTED_SCHEMA_VERSION;
        }
        String what = kind == ValueKind.NUMBER ? "schema_version " + describe(f, SCHEMA_VERSION) + " is not supported"
            : "schema_version must be an integer, found " + describe(f, SCHEMA_VERSION);
        fail(ReasonCode.UNSUPPORTED_SCHEMA_VERSION, what + " (supported: " + SUPPORTED_SCHEMA_VERSION + ")");
        return -1;
    }

    private String eventId(FieldSlots f) {
        if (f.isMissing(EVENT_ID)) {
            return missing(EVENT_ID);
        }
        if (!f.isString(EVENT_ID)) {
            return fail(ReasonCode.INVALID_EVENT_ID, "event_id must be a string, found " + describe(f, EVENT_ID));
        }
        byte[] b = f.buffer(EVENT_ID);
        int off = f.offset(EVENT_ID);
        int len = f.length(EVENT_ID);
        if (len > MAX_ID_LENGTH) {
            return fail(ReasonCode.INVALID_EVENT_ID, "event_id is longer than 64 characters: " + describe(f, EVENT_ID));
        }
        for (int i = off, end = off + len; i < end; i++) {
            if (!isEventIdByte(b[i])) {
                return fail(ReasonCode.INVALID_EVENT_ID,
                    "event_id " + describe(f, EVENT_ID) + " has a character outside A-Z a-z 0-9 . _ : -");
            }
        }
        // All ASCII: Latin-1 decoding is a plain copy.
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    private static boolean isEventIdByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private String customerId(FieldSlots f) {
        if (f.isMissing(CUSTOMER_ID)) {
            return missing(CUSTOMER_ID);
        }
        return boundedString(f, CUSTOMER_ID, ReasonCode.MISSING_FIELD);
    }

    /** A string field of at most 64 code points, or null after failing with {@code code}. */
    private String boundedString(FieldSlots f, int field, ReasonCode code) {
        if (!f.isString(field)) {
            return fail(code, f.name(field) + " must be a string, found " + describe(f, field));
        }
        byte[] b = f.buffer(field);
        int off = f.offset(field);
        int len = f.length(field);
        if (len > MAX_ID_LENGTH && Utf8.codePoints(b, off, len) > MAX_ID_LENGTH) {
            return fail(code, f.name(field) + " is longer than 64 characters: " + describe(f, field));
        }
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    private long amountCents(FieldSlots f) {
        if (f.isMissing(AMOUNT)) {
            missing(AMOUNT);
            return AmountSyntax.INVALID;
        }
        ValueKind kind = f.kind(AMOUNT);
        if (kind != ValueKind.STRING && kind != ValueKind.NUMBER) {
            fail(ReasonCode.INVALID_AMOUNT, "amount must be a decimal string or number, found " + describe(f, AMOUNT));
            return AmountSyntax.INVALID;
        }
        byte[] b = f.buffer(AMOUNT);
        int off = f.offset(AMOUNT);
        int len = f.length(AMOUNT);
        long cents = AmountSyntax.parseCents(b, off, len);
        if (cents == AmountSyntax.INVALID) {
            fail(ReasonCode.INVALID_AMOUNT, "amount " + describe(f, AMOUNT) + ": " + AmountSyntax.explain(b, off, len));
        }
        return cents;
    }

    private String currency(FieldSlots f) {
        if (f.isMissing(CURRENCY)) {
            return missing(CURRENCY);
        }
        String code = f.isString(CURRENCY) ? CodeTables.currency(f.buffer(CURRENCY), f.offset(CURRENCY), f.length(CURRENCY)) : null;
        if (code == null) {
            return fail(ReasonCode.INVALID_CURRENCY, "currency " + describe(f, CURRENCY) + " is not a known ISO 4217 code");
        }
        return code;
    }

    private Instant eventTime(FieldSlots f, Instant ingestTime) {
        if (f.isMissing(EVENT_TIME)) {
            return missing(EVENT_TIME);
        }
        Instant t = f.isString(EVENT_TIME) ? InstantSyntax.parse(f.buffer(EVENT_TIME), f.offset(EVENT_TIME), f.length(EVENT_TIME)) : null;
        if (t == null) {
            return fail(ReasonCode.INVALID_EVENT_TIME,
                "event_time " + describe(f, EVENT_TIME) + " is not an ISO-8601 instant with offset or Z");
        }
        if (isTooFarAhead(t, ingestTime)) {
            return fail(ReasonCode.FUTURE_EVENT_TIME, "event_time " + t + " is more than " + maxFutureSkew
                + " after the ingest time " + ingestTime);
        }
        return t;
    }

    /** event time > ingest time + skew, without allocating. */
    private boolean isTooFarAhead(Instant t, Instant ingestTime) {
        long limitSeconds = ingestTime.getEpochSecond() + maxFutureSkewSeconds;
        long limitNanos = ingestTime.getNano() + (long) maxFutureSkewNanos;
        if (limitNanos >= 1_000_000_000L) {
            limitSeconds++;
            limitNanos -= 1_000_000_000L;
        }
        return t.getEpochSecond() > limitSeconds || (t.getEpochSecond() == limitSeconds && t.getNano() > limitNanos);
    }

    private <E extends Enum<E>> E enumValue(FieldSlots f, int field, E[] values) {
        if (f.isMissing(field)) {
            return missing(field);
        }
        E e = f.isString(field) ? CodeTables.enumByName(values, f.buffer(field), f.offset(field), f.length(field)) : null;
        if (e == null) {
            return fail(ReasonCode.INVALID_ENUM, f.name(field) + " " + describe(f, field) + " is not one of "
                + Arrays.toString(values));
        }
        return e;
    }

    private <R> R missing(int field) {
        return fail(ReasonCode.MISSING_FIELD, FieldMessages.missing(TxnField.NAMES[field]));
    }

    private <R> R fail(ReasonCode code, String text) {
        this.reason = code;
        this.message = text;
        return null;
    }

    private static String describe(FieldSlots f, int field) {
        return FieldMessages.describe(f, field);
    }
}
