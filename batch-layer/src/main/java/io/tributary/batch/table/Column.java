package io.tributary.batch.table;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.orc.TypeDescription;

/**
 * One column of a table: its name, its Hive type as Hive spells it in the metastore (lower case, e.g.
 * {@code decimal(14,2)}) and a comment for analysts. The same type string gives the ORC type, so the
 * files and the metastore cannot disagree.
 *
 * @param name     lower-case column name
 * @param hiveType Hive type in the metastore's spelling
 * @param comment  what the column holds, for analysts (shown by DESCRIBE)
 */
public record Column(String name, String hiveType, String comment) {
    /** The metastore stores column comments in a VARCHAR(256). */
    static final int MAX_COMMENT = 256;
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hiveType, "hiveType");
        Objects.requireNonNull(comment, "comment");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name must be lower-case letters, digits and underscores: " + name);
        }
        if (!hiveType.equals(hiveType.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Hive type must be spelled in lower case as the metastore does: " + hiveType);
        }
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment of column " + name + " is longer than the metastore keeps ("
                + MAX_COMMENT + " characters)");
        }
    }

    public static Column of(String name, String hiveType, String comment) {
        return new Column(name, hiveType, comment);
    }

    /** The ORC type of this column; throws IllegalArgumentException for a Hive type ORC cannot store. */
    public TypeDescription orcType() {
        return TypeDescription.fromString(hiveType);
    }
}
