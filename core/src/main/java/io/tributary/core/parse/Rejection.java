package io.tributary.core.parse;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A record that goes to the error table: reason code, a message for humans, the raw payload and where it was read.
 *
 * @param reason     the contract's reason code
 * @param message    one line saying what exactly is wrong (names the field, quotes a shortened value)
 * @param rawPayload the exact original bytes of the record without its line terminator; cut to the first
 *                   64 KiB for {@link ReasonCode#RECORD_TOO_LARGE}, the unread tail of the file (at most 64 KiB)
 *                   for {@link ReasonCode#CORRUPT_FILE}; not copied, do not modify
 * @param position   where the record was read
 */
public record Rejection(ReasonCode reason, String message, byte[] rawPayload, SourcePosition position) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rawPayload, "rawPayload");
        Objects.requireNonNull(position, "position");
    }

    /** This rejection as the result of a parser of any record type. */
    public <T> ParseResult<T> asResult() {
        return ParseResult.rejected(this);
    }

    /** The raw payload decoded as UTF-8 (invalid bytes replaced), for display only. */
    public String rawText() {
        return new String(rawPayload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejection r && reason == r.reason && message.equals(r.message)
            && Arrays.equals(rawPayload, r.rawPayload) && position.equals(r.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, message, Arrays.hashCode(rawPayload), position);
    }

    @Override
    public String toString() {
        return "Rejection[" + reason + ": " + message + " at " + position.describe() + "]";
    }
}
