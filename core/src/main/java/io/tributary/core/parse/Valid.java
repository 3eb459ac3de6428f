package io.tributary.core.parse;

import io.tributary.core.model.SourcePosition;
import java.util.Arrays;
import java.util.Objects;

/**
 * A record that passed validation, with where it was read and its original bytes. The bytes travel along
 * because a valid record can still be rejected later (a dedup conflict), and the error table keeps the
 * original payload.
 *
 * @param value      the record
 * @param position   where it was read
 * @param rawPayload the exact original bytes of the record, without the line terminator; not copied, do not modify
 * @param <T>        the record type
 */
public record Valid<T>(T value, SourcePosition position, byte[] rawPayload) implements ParseResult<T> {

    public Valid {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(rawPayload, "rawPayload");
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public Valid<T> valid() {
        return this;
    }

    @Override
    public Rejection rejection() {
        throw new IllegalStateException("not a rejection: " + this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Valid<?> v && value.equals(v.value) && position.equals(v.position)
            && Arrays.equals(rawPayload, v.rawPayload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, position, Arrays.hashCode(rawPayload));
    }

    @Override
    public String toString() {
        return "Valid[" + value + " at " + position.describe() + "]";
    }
}
