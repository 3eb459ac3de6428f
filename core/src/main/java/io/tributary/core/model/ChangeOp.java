package io.tributary.core.model;

/** What a customer change row does to the customer dimension. */
public enum ChangeOp {
    /** {@code U}: insert the customer or replace its profile. */
    UPSERT('U'),
    /** {@code D}: remove the customer. */
    DELETE('D');

    private final char code;

    ChangeOp(char code) {
        this.code = code;
    }

    /** The one-letter code used in change files. */
    public char code() {
        return code;
    }

    /** The operation for a one-letter code, or null when the code is unknown (codes are case-sensitive). */
    public static ChangeOp fromCode(String code) {
        if ("U".equals(code)) {
            return UPSERT;
        }
        if ("D".equals(code)) {
            return DELETE;
        }
        return null;
    }
}
