package io.tributary.core.io;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.RecordParser;
import io.tributary.core.parse.Rejection;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the framed lines of one Kafka archive ({@link KafkaArchiveFormat}) into parse results: the header line
 * first (not a record), then one result per message line, each parsed as the speed layer parses the message, with
 * the message's Kafka position.
 *
 * <p>A line that is not a message (damaged, edited by hand) is {@code MALFORMED_RECORD} with the line's bytes and its
 * file position: its Kafka position is not known. When the first line is not a header, the file cannot be trusted,
 * so every line, the first included, is {@code MALFORMED_RECORD} the same way: nothing is lost.
 */
final class ArchiveLines<T> {

    private final RecordParser<T> valueParser;
    private boolean headerPending = true;
    private String topic;

    ArchiveLines(RecordParser<T> valueParser) {
        this.valueParser = valueParser;
    }

    /** The result of the framer's current line, or null for the header; {@code filePosition} is the line's. */
    ParseResult<T> read(RecordFramer framer, SourcePosition filePosition) {
        byte[] b = framer.buffer();
        int off = framer.recordOffset();
        int len = framer.recordLength();
        if (headerPending) {
            headerPending = false;
            Optional<String> named = framer.isTooLarge() ? Optional.empty() : KafkaArchiveFormat.parseHeader(b, off, len);
            if (named.isPresent()) {
                topic = named.get();
                return null;
            }
        }
        if (topic == null) {
            return malformed("the file's first line is not a '" + KafkaArchiveFormat.MAGIC + "\t"
                + KafkaArchiveFormat.VERSION + "\t<topic>' header: every line of the file is rejected", b, off, len,
                filePosition);
        }
        KafkaArchiveFormat.Message m;
        try {
            m = framer.isTooLarge()
                ? KafkaArchiveFormat.parsePrefix(b, off, len, RecordParser.MAX_RECORD_BYTES)
                : KafkaArchiveFormat.parseLine(b, off, len);
        } catch (KafkaArchiveFormat.BadLine e) {
            return malformed("not an archived Kafka message: " + e.getMessage(), b, off, len, filePosition);
        }
        SourcePosition position = SourcePosition.ofKafka(topic, m.partition(), m.offset(),
            java.time.Instant.ofEpochMilli(m.timestampMillis()));
        if (framer.isTooLarge()) {
            return new Rejection(ReasonCode.RECORD_TOO_LARGE, "message value of about " + framer.fullLength() / 4 * 3
                + " bytes is larger than " + RecordParser.MAX_RECORD_BYTES + " bytes", m.value(), position).asResult();
        }
        return valueParser.parse(m.value(), position);
    }

    private static <T> ParseResult<T> malformed(String message, byte[] b, int off, int len, SourcePosition position) {
        return new Rejection(ReasonCode.MALFORMED_RECORD, message, Arrays.copyOfRange(b, off, off + len), position)
            .asResult();
    }
}
