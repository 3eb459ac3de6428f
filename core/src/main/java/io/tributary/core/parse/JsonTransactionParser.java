package io.tributary.core.parse;

/**
 * Transaction events as JSON objects (contract section 1.1): a line of a {@code .jsonl}/{@code .json} file or a
 * Kafka message value. Unknown fields are allowed and ignored (they stay in the raw zone).
 *
 * <p>Checks in order: UTF-8 well-formedness, JSON syntax (see {@link JsonObjectReader}; anything but one JSON
 * object is {@code MALFORMED_RECORD}), then the field rules of {@link TransactionValidator}. The size limit is the
 * framing's job ({@code RECORD_TOO_LARGE}); a Kafka message is bounded by the broker.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class JsonTransactionParser extends TransactionRecordParser {

    private final JsonObjectReader reader = new JsonObjectReader(slots);

    public JsonTransactionParser() {
        this(ValidationRules.DEFAULT);
    }

    public JsonTransactionParser(ValidationRules rules) {
        super(rules);
    }

    @Override
    void readFields(byte[] b, int off, int len) {
        reader.read(b, off, len);
    }
}
