package io.tributary.core.io;

/**
 * What reading one file gave, besides the results handed to the sink.
 *
 * @param records           results handed to the sink: the file's {@code read} count
 * @param blankLinesSkipped empty or blank lines, not records (see {@link RecordFramer})
 * @param corrupt           true when the file could not be read to its end (one {@code CORRUPT_FILE} result among
 *                          the records)
 */
public record ReadSummary(long records, long blankLinesSkipped, boolean corrupt) {
}
