package io.tributary.core.io;

/** How the records of a file are written. */
public enum RecordFormat {
    /** One JSON object per line ({@code .jsonl}, {@code .json}). */
    JSON_LINES,
    /** RFC 4180 CSV with a header line; a record may span lines inside quotes ({@code .csv}). */
    CSV,
    /** POS terminal log lines ({@code .log}). */
    POS_LOG,
    /**
     * Kafka messages archived into the raw zone ({@code .kafka}, see {@link KafkaArchiveFormat}): a framing around
     * each message's value, which is itself a JSON event, as the speed layer reads it.
     */
    KAFKA_ARCHIVE;

    /**
     * The format of one record's own bytes once the file's framing is taken off: the format to parse a staged raw
     * payload with. The same as this format except for archives, whose payloads are Kafka values (JSON).
     */
    public RecordFormat payloadFormat() {
        return this == KAFKA_ARCHIVE ? JSON_LINES : this;
    }
}
