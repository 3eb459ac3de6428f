package io.tributary.core.parse;

import java.util.List;

/**
 * Records of the legacy CSV transaction log (contract section 1.2): RFC 4180 (see {@link CsvRecordSplitter}),
 * nine columns in the order of {@link #HEADER}, the same field rules as JSON. There is no schema_version column:
 * every CSV record is version 1. An empty field is a missing value. A record with another number of columns is
 * {@code MALFORMED_RECORD}. The header line is the file reader's business, not this parser's.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class CsvTransactionParser extends TransactionRecordParser {

    /** The header line every transaction CSV file starts with. */
    public static final List<String> HEADER = List.of(
        "event_id", "customer_id", "merchant_id", "amount", "currency", "event_time", "channel", "status", "country");

    private static final int COLUMNS = HEADER.size();

    public CsvTransactionParser() {
        this(ValidationRules.DEFAULT);
    }

    public CsvTransactionParser(ValidationRules rules) {
        super(rules);
    }

    @Override
    void readFields(byte[] b, int off, int len) {
        // Columns 0..8 fill the slots of the same number (header order = contract order); schema_version stays absent.
        int columns = CsvRecordSplitter.split(b, off, len, slots, COLUMNS);
        if (columns != COLUMNS) {
            throw new Malformed("expected " + COLUMNS + " columns, found " + columns);
        }
    }
}
