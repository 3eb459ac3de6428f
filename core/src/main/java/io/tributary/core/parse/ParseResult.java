package io.tributary.core.parse;

import io.tributary.core.model.SourcePosition;
import java.util.Objects;

/**
 * What parsing and validating one record gives: either a {@link Valid} record or a {@link Rejection}.
 * Parsers never throw on bad input; every record read ends as exactly one result.
 *
 * <pre>{@code
 * if (result instanceof Valid<Transaction> valid) { ... } else { errors.write(result.rejection()); }
 * }</pre>
 *
 * @param <T> the record type
 */
public sealed interface ParseResult<T> permits Valid, ParseResult.Rejected {

    /** Where the record was read. */
    SourcePosition position();

    /** The record's original bytes (see {@link Valid#rawPayload()} and {@link Rejection#rawPayload()}). */
    byte[] rawPayload();

    boolean isValid();

    /** The valid record; throws {@link IllegalStateException} for a rejection. */
    Valid<T> valid();

    /** The rejection; throws {@link IllegalStateException} for a valid record. */
    Rejection rejection();

    /** A rejection as the result of a parser of any record type. */
    static <T> ParseResult<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    /** The rejected case. A rejection holds no record, so one {@link Rejection} type serves every record type. */
    record Rejected<T>(Rejection rejection) implements ParseResult<T> {

        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public SourcePosition position() {
            return rejection.position();
        }

        @Override
        public byte[] rawPayload() {
            return rejection.rawPayload();
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Valid<T> valid() {
            throw new IllegalStateException("not valid: " + rejection);
        }

        @Override
        public String toString() {
            return rejection.toString();
        }
    }
}
