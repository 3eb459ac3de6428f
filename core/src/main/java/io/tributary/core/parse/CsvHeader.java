package io.tributary.core.parse;

import java.util.List;

/** Recognizes a CSV file's header line. */
public final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * True when the record is exactly the expected header: same columns in the same order, names compared
     * case-sensitively, each either plain or quoted. Anything else (another order, an extra column, spaces) is a
     * different header.
     */
    public static boolean matches(byte[] bytes, int offset, int length, List<String> columns) {
        return CsvRecordSplitter.isHeader(bytes, offset, length, columns.toArray(new String[0]));
    }
}
