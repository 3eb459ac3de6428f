package io.tributary.batch.show;

import java.util.List;

/** Writes rows in one of {@code show}'s formats. */
interface RowPrinter {
    void row(List<Object> values);

    /** After the last row. */
    void finish();
}
