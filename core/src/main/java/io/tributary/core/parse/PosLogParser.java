package io.tributary.core.parse;

import static io.tributary.core.parse.TxnField.AMOUNT;
import static io.tributary.core.parse.TxnField.CHANNEL;
import static io.tributary.core.parse.TxnField.COUNTRY;
import static io.tributary.core.parse.TxnField.CURRENCY;
import static io.tributary.core.parse.TxnField.CUSTOMER_ID;
import static io.tributary.core.parse.TxnField.EVENT_ID;
import static io.tributary.core.parse.TxnField.EVENT_TIME;
import static io.tributary.core.parse.TxnField.MERCHANT_ID;
import static io.tributary.core.parse.TxnField.STATUS;

/**
 * POS terminal log lines (contract section 1.3):
 * {@code <event_time> <channel> txn=<id> cust=<id> [merch=<id>] amt=<amount> <currency> status=<status> [country=<cc>]}.
 *
 * <p>The tokens up to the currency are positional and must come in this order; the {@code key=value} pairs after
 * the currency ({@code status}, {@code country}) may come in any order. Tokens are separated by one or more
 * spaces or tabs; leading and trailing blanks are ignored. A value runs to the next blank and may be empty
 * ({@code merch=} means no merchant). A line whose shape does not match is {@code MALFORMED_RECORD}: a missing
 * positional token, an unknown or repeated key, a token without {@code =} after the currency. The values then
 * go through the same validator as JSON, so {@code txn=} (empty) is {@code MISSING_FIELD}, a bad time
 * {@code INVALID_EVENT_TIME} and so on; a line without {@code status=} is {@code MISSING_FIELD} (like a JSON
 * record without it). There is no schema version in this format: every line is version 1.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class PosLogParser extends TransactionRecordParser {

    private byte[] b;
    private int pos;
    private int end;
    private int tokenStart;
    private int tokenEnd;
    private int tokenNumber;

    public PosLogParser() {
        this(ValidationRules.DEFAULT);
    }

    public PosLogParser(ValidationRules rules) {
        super(rules);
    }

    @Override
    void readFields(byte[] bytes, int off, int len) {
        slots.clear();
        this.b = bytes;
        this.pos = off;
        this.end = off + len;
        this.tokenNumber = 0;
        requireToken("<event_time>");
        slots.set(EVENT_TIME, ValueKind.STRING, b, tokenStart, tokenEnd - tokenStart);
        requireToken("<channel>");
        slots.set(CHANNEL, ValueKind.STRING, b, tokenStart, tokenEnd - tokenStart);
        requirePair("txn=", EVENT_ID);
        requirePair("cust=", CUSTOMER_ID);
        requireToken("amt=<amount> or merch=<merchant_id>");
        if (startsWith("merch=")) {
            setValue(MERCHANT_ID, "merch=".length());
            requireToken("amt=<amount>");
        }
        if (!startsWith("amt=")) {
            throw unexpected("amt=<amount>");
        }
        setValue(AMOUNT, "amt=".length());
        requireToken("<currency> after the amount");
        if (indexOfEquals() >= 0) {
            throw unexpected("<currency> after the amount");
        }
        slots.set(CURRENCY, ValueKind.STRING, b, tokenStart, tokenEnd - tokenStart);
        while (nextToken()) {
            int eq = indexOfEquals();
            if (eq < 0) {
                throw new Malformed("token " + tokenNumber + " " + quotedToken() + " is not a key=value pair");
            }
            int field;
            if (startsWith("status=")) {
                field = STATUS;
            } else if (startsWith("country=")) {
                field = COUNTRY;
            } else {
                throw new Malformed("unknown key in token " + tokenNumber + " " + quotedToken());
            }
            if (slots.kind(field) != ValueKind.ABSENT) {
                throw new Malformed("key " + TxnField.NAMES[field] + " appears twice");
            }
            setValue(field, eq - tokenStart + 1);
        }
    }

    private void requirePair(String key, int field) {
        requireToken(key + "<" + TxnField.NAMES[field] + ">");
        if (!startsWith(key)) {
            throw unexpected(key + "<" + TxnField.NAMES[field] + ">");
        }
        setValue(field, key.length());
    }

    private void setValue(int field, int keyLength) {
        int valueStart = tokenStart + keyLength;
        slots.set(field, ValueKind.STRING, b, valueStart, tokenEnd - valueStart);
    }

    private void requireToken(String expected) {
        if (!nextToken()) {
            throw new Malformed("line ends where token " + (tokenNumber + 1) + " " + expected + " was expected");
        }
    }

    /** Moves to the next blank-separated token; false at the end of the line. */
    private boolean nextToken() {
        while (pos < end && isBlank(b[pos])) {
            pos++;
        }
        if (pos >= end) {
            return false;
        }
        tokenStart = pos;
        while (pos < end && !isBlank(b[pos])) {
            pos++;
        }
        tokenEnd = pos;
        tokenNumber++;
        return true;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }

    private boolean startsWith(String prefix) {
        return tokenEnd - tokenStart >= prefix.length() && CodeTables.asciiEquals(prefix, b, tokenStart);
    }

    private int indexOfEquals() {
        for (int i = tokenStart; i < tokenEnd; i++) {
            if (b[i] == '=') {
                return i;
            }
        }
        return -1;
    }

    private Malformed unexpected(String expected) {
        return new Malformed("expected " + expected + " as token " + tokenNumber + ", found " + quotedToken());
    }

    private String quotedToken() {
        return Texts.quote(b, tokenStart, tokenEnd - tokenStart);
    }
}
