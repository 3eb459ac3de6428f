package io.tributary.core.parse;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.ReasonCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a customer change file (contract section 1.4): RFC 4180 CSV with the columns of {@link #HEADER}.
 *
 * <p>Rules and reason codes, checked in column order (the first broken rule is reported):
 * <ul>
 *   <li>{@code op}: required ({@code MISSING_FIELD}), {@code U} or {@code D} ({@code INVALID_ENUM});</li>
 *   <li>{@code customer_id}: required, 1..64 characters, the transaction rule ({@code MISSING_FIELD});</li>
 *   <li>{@code name}: optional, any text;</li>
 *   <li>{@code email}: optional; at most 254 characters, one {@code @} with text on both sides, no blanks
 *       ({@code INVALID_FIELD});</li>
 *   <li>{@code country}: optional ISO 3166-1 alpha-2 ({@code INVALID_FIELD});</li>
 *   <li>{@code segment}: required for {@code U} ({@code MISSING_FIELD}), optional for {@code D}; one of
 *       {@code RETAIL SMB CORPORATE TEST} ({@code INVALID_ENUM});</li>
 *   <li>{@code updated_at}: required ({@code MISSING_FIELD}); an ISO-8601 instant with offset or {@code Z}
 *       ({@code INVALID_EVENT_TIME}, the code for a broken event time: it is the change's event time); not more
 *       than the allowed skew after the ingest time ({@code FUTURE_EVENT_TIME}), because a change from the future
 *       would win the survivor rule for ever.</li>
 * </ul>
 * Wrong column count or broken CSV: {@code MALFORMED_RECORD}. Enum values are case-sensitive.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class CustomerChangeCsvParser extends FieldRecordParser<CustomerChange> {

    /** The header line every customer change file starts with. */
    public static final List<String> HEADER = List.of(
        "op", "customer_id", "name", "email", "country", "segment", "updated_at");

    private static final int OP = 0;
    private static final int CUSTOMER_ID = 1;
    private static final int NAME = 2;
    private static final int EMAIL = 3;
    private static final int COUNTRY = 4;
    private static final int SEGMENT = 5;
    private static final int UPDATED_AT = 6;
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final CustomerSegment[] SEGMENTS = CustomerSegment.values();

    private final FieldSlots slots = new FieldSlots(HEADER.toArray(new String[0]));
    private final ValidationRules rules;
    private ReasonCode reason;
    private String message;

    public CustomerChangeCsvParser() {
        this(ValidationRules.DEFAULT);
    }

    public CustomerChangeCsvParser(ValidationRules rules) {
        this.rules = rules;
    }

    @Override
    void readFields(byte[] b, int off, int len) {
        int columns = CsvRecordSplitter.split(b, off, len, slots, HEADER.size());
        if (columns != HEADER.size()) {
            throw new Malformed("expected " + HEADER.size() + " columns, found " + columns);
        }
    }

    @Override
    ReasonCode reason() {
        return reason;
    }

    @Override
    String message() {
        return message;
    }

    @Override
    CustomerChange validateFields(Instant ingestTime) {
        if (slots.isMissing(OP)) {
            return missing(OP);
        }
        ChangeOp op = ChangeOp.fromCode(text(OP));
        if (op == null) {
            return fail(ReasonCode.INVALID_ENUM, "op " + describe(OP) + " is not U or D");
        }
        if (slots.isMissing(CUSTOMER_ID)) {
            return missing(CUSTOMER_ID);
        }
        String customerId = text(CUSTOMER_ID);
        if (customerId.codePointCount(0, customerId.length()) > MAX_ID_LENGTH) {
            return fail(ReasonCode.MISSING_FIELD, "customer_id is longer than 64 characters: " + describe(CUSTOMER_ID));
        }
        String name = slots.isMissing(NAME) ? null : text(NAME);
        String email = slots.isMissing(EMAIL) ? null : text(EMAIL);
        if (email != null && !isPlausibleEmail(email)) {
            return fail(ReasonCode.INVALID_FIELD, "email " + describe(EMAIL) + " is not an address like name@domain");
        }
        String country = slots.isMissing(COUNTRY) ? null : text(COUNTRY);
        if (country != null && !CodeTables.isCountry(country)) {
            return fail(ReasonCode.INVALID_FIELD, "country " + describe(COUNTRY) + " is not an ISO 3166-1 alpha-2 code");
        }
        CustomerSegment segment = null;
        if (slots.isMissing(SEGMENT)) {
            if (op == ChangeOp.UPSERT) {
                return missing(SEGMENT);
            }
        } else {
            segment = CodeTables.enumByName(SEGMENTS, slots.buffer(SEGMENT), slots.offset(SEGMENT), slots.length(SEGMENT));
            if (segment == null) {
                return fail(ReasonCode.INVALID_ENUM, "segment " + describe(SEGMENT) + " is not one of "
                    + Arrays.toString(SEGMENTS));
            }
        }
        if (slots.isMissing(UPDATED_AT)) {
            return missing(UPDATED_AT);
        }
        Instant updatedAt = InstantSyntax.parse(slots.buffer(UPDATED_AT), slots.offset(UPDATED_AT), slots.length(UPDATED_AT));
        if (updatedAt == null) {
            return fail(ReasonCode.INVALID_EVENT_TIME,
                "updated_at " + describe(UPDATED_AT) + " is not an ISO-8601 instant with offset or Z");
        }
        if (updatedAt.isAfter(ingestTime.plus(rules.maxFutureSkew()))) {
            return fail(ReasonCode.FUTURE_EVENT_TIME, "updated_at " + updatedAt + " is more than "
                + rules.maxFutureSkew() + " after the ingest time " + ingestTime);
        }
        return new CustomerChange(op, customerId, name, email, country, segment, updatedAt);
    }

    private static boolean isPlausibleEmail(String email) {
        int at = email.indexOf('@');
        if (email.length() > MAX_EMAIL_LENGTH || at <= 0 || at == email.length() - 1 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            if (Character.isWhitespace(email.charAt(i)) || Character.isISOControl(email.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String text(int field) {
        return new String(slots.buffer(field), slots.offset(field), slots.length(field), StandardCharsets.UTF_8);
    }

    private String describe(int field) {
        return FieldMessages.describe(slots, field);
    }

    private <R> R missing(int field) {
        return fail(ReasonCode.MISSING_FIELD, FieldMessages.missing(slots.name(field)));
    }

    private <R> R fail(ReasonCode code, String text) {
        this.reason = code;
        this.message = text;
        return null;
    }
}
