package io.tributary.core.parse;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import java.time.Instant;
import java.util.Arrays;

/**
 * The steps every format shares: size limit, UTF-8 check, the format's own reading of the fields (which throws
 * {@link Malformed}), then validation, and the wrapping of the outcome with the raw payload.
 *
 * @param <T> the record type
 */
abstract class FieldRecordParser<T> implements RecordParser<T> {

    /** Reads the record's fields into the parser's slots; throws {@link Malformed} on a structural error. */
    abstract void readFields(byte[] b, int off, int len);

    /** The valid record built from the slots, or null with {@link #reason()} and {@link #message()} set. */
    abstract T validateFields(Instant ingestTime);

    abstract ReasonCode reason();

    abstract String message();

    @Override
    public final ParseResult<T> parse(byte[] bytes, int offset, int length, SourcePosition position) {
        return parse(bytes, offset, length, position, null);
    }

    @Override
    public final ParseResult<T> parse(byte[] record, SourcePosition position) {
        return parse(record, 0, record.length, position, record);
    }

    private ParseResult<T> parse(byte[] b, int off, int len, SourcePosition position, byte[] whole) {
        if (len > MAX_RECORD_BYTES) {
            return ParseResult.rejected(new Rejection(ReasonCode.RECORD_TOO_LARGE, "record of " + len
                + " bytes is larger than " + MAX_RECORD_BYTES + " bytes", Arrays.copyOfRange(b, off, off + MAX_RECORD_BYTES),
                position));
        }
        int bad = Utf8.firstInvalid(b, off, len);
        if (bad >= 0) {
            return reject(ReasonCode.MALFORMED_RECORD, "not valid UTF-8 at byte " + (bad - off), b, off, len, position, whole);
        }
        try {
            readFields(b, off, len);
        } catch (Malformed e) {
            return reject(ReasonCode.MALFORMED_RECORD, e.getMessage(), b, off, len, position, whole);
        }
        T value = validateFields(position.ingestTime());
        if (value == null) {
            return reject(reason(), message(), b, off, len, position, whole);
        }
        return new Valid<>(value, position, whole != null ? whole : Arrays.copyOfRange(b, off, off + len));
    }

    private ParseResult<T> reject(ReasonCode reason, String message, byte[] b, int off, int len,
                                  SourcePosition position, byte[] whole) {
        byte[] raw = whole != null ? whole : Arrays.copyOfRange(b, off, off + len);
        return ParseResult.rejected(new Rejection(reason, message, raw, position));
    }
}
