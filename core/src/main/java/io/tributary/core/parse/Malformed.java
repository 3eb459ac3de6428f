package io.tributary.core.parse;

/**
 * Thrown by the format readers on the first structural error of a record and turned into a
 * {@code MALFORMED_RECORD} rejection by the parser. No stack trace: malformed records are routine, not bugs.
 */
final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
        super(message, null, false, false);
    }
}
