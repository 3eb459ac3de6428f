package io.tributary.batch.table;

import io.tributary.core.model.SourcePosition;
import java.util.Locale;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;

/** The source-position columns that the curated and error tables share. */
final class Sources {
    private Sources() {
    }

    /** {@code kafka} or {@code files}: the spelling of the raw zone's {@code source=} folders. */
    static String name(SourcePosition position) {
        return position.kind().name().toLowerCase(Locale.ROOT);
    }

    static void set(ColumnVector source, ColumnVector sourceName, ColumnVector offset, ColumnVector line,
                    ColumnVector ingestTime, int row, SourcePosition position) {
        Cells.text(source, row, name(position));
        Cells.text(sourceName, row, position.sourceName());
        Cells.whole(offset, row, position.offset());
        Cells.whole(line, row, position.line());
        Cells.instant(ingestTime, row, position.ingestTime());
    }
}
