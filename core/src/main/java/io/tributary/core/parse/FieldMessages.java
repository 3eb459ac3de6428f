package io.tributary.core.parse;

import java.util.Locale;

/** Wording of field rejection messages, shared by the transaction and customer validators. */
final class FieldMessages {

    private FieldMessages() {
    }

    static String missing(String field) {
        return "required field " + field + " is missing";
    }

    /** The value as the message shows it: quoted text for a string, the JSON value otherwise. */
    static String describe(FieldSlots f, int field) {
        switch (f.kind(field)) {
            case STRING:
                return Texts.quote(f.buffer(field), f.offset(field), f.length(field));
            case NUMBER:
                return unquoted(f, field);
            case OTHER:
                return "JSON " + unquoted(f, field);
            default:
                return f.kind(field).name().toLowerCase(Locale.ROOT);
        }
    }

    private static String unquoted(FieldSlots f, int field) {
        String quoted = Texts.quote(f.buffer(field), f.offset(field), f.length(field));
        return quoted.substring(1, quoted.length() - 1);
    }
}
