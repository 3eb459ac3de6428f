package io.tributary.core.io;

/** How the records of a file are written. */
public enum RecordFormat {
    /** One JSON object per line ({@code .jsonl}, {@code .json}). */
    JSON_LINES,
    /** RFC 4180 CSV with a header line; a record may span lines inside quotes ({@code .csv}). */
    CSV,
    /** POS terminal log lines ({@code .log}). */
    POS_LOG
}
