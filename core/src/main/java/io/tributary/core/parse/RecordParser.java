package io.tributary.core.parse;

import io.tributary.core.model.SourcePosition;

/**
 * Parses and validates one record of one format. Never throws on bad input: every record gives exactly one
 * {@link ParseResult}. Implementations are not thread-safe (they reuse buffers); use one per thread.
 *
 * @param <T> the record type
 */
public interface RecordParser<T> {

    /**
     * The contract's record size limit, 64 KiB. A longer record is {@code RECORD_TOO_LARGE} whether it comes from a
     * file (the framing cuts it) or from Kafka (the parser checks it), so both layers agree.
     */
    int MAX_RECORD_BYTES = 64 * 1024;

    /**
     * Parses {@code bytes[offset, offset+length)}, one record without its line terminator. The result's raw
     * payload is a copy, so the caller may reuse the buffer.
     */
    ParseResult<T> parse(byte[] bytes, int offset, int length, SourcePosition position);

    /** Parses a whole array (e.g. a Kafka message value), which becomes the raw payload as is, not copied. */
    ParseResult<T> parse(byte[] record, SourcePosition position);
}
