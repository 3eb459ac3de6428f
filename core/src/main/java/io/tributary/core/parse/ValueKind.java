package io.tributary.core.parse;

/** What a format parser found for one field, before validation. */
enum ValueKind {
    /** The field does not occur in the record. */
    ABSENT,
    /** JSON {@code null}. */
    NULL,
    /** A string (a JSON string's decoded content, a CSV field, a POS log value). */
    STRING,
    /** A JSON number, as written. */
    NUMBER,
    /** Anything else: JSON {@code true}, {@code false}, an object or an array. */
    OTHER
}
