package io.tributary.batch.stage;

import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.CsvTransactionParser;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.PosLogParser;
import io.tributary.core.parse.RecordParser;
import io.tributary.core.parse.ValidationRules;
import java.util.EnumMap;
import java.util.Map;

/**
 * Parses staged records again with the core parser of their format, giving exactly the result the file reader gave
 * when the record was staged (same bytes, same position, same ingest time, same rules).
 *
 * <p>One parser per format, made on first use and reused. Not thread-safe: one instance per task or thread.
 */
public final class StagedRecordParser {

    private final ValidationRules rules;
    private final Map<RecordFormat, RecordParser<Transaction>> parsers = new EnumMap<>(RecordFormat.class);

    public StagedRecordParser(ValidationRules rules) {
        this.rules = rules;
    }

    public ParseResult<Transaction> parse(StagedRecord record) {
        byte[] payload = record.rawPayload();
        return parsers.computeIfAbsent(record.format().payloadFormat(), this::newParser)
            .parse(payload, 0, payload.length, record.position());
    }

    private RecordParser<Transaction> newParser(RecordFormat format) {
        return switch (format) {
            case JSON_LINES -> new JsonTransactionParser(rules);
            case CSV -> new CsvTransactionParser(rules);
            case POS_LOG -> new PosLogParser(rules);
            case KAFKA_ARCHIVE -> throw new IllegalStateException("never asked: payloadFormat() is not an archive");
        };
    }
}
