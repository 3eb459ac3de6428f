package io.tributary.batch.table;

import io.tributary.batch.lake.LakePaths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * The HiveQL that creates a table exactly as {@link MetastoreCatalog} registers it: the files in
 * {@code hive/} are this text, and a test keeps them equal. Locations are relative to the Hive variable
 * {@code root} (the lake root, e.g. {@code hdfs://namenode:8020/tributary}).
 */
public final class HiveDdl {
    /** The variable the DDL files expect: {@code --hivevar root=<fs.uri><storage.root>}. */
    public static final String ROOT_VARIABLE = "${hivevar:root}";

    // Any root will do: only the part of a location below the root goes into the DDL.
    private static final LakePaths PROBE = new LakePaths(new Path("/lake-root"));

    private HiveDdl() {
    }

    /** The file name of a table's DDL in {@code hive/}, e.g. {@code curated_transactions.hql}. */
    public static String fileName(TableSpec spec) {
        return spec.database() + "_" + spec.name() + ".hql";
    }

    /** CREATE DATABASE and CREATE EXTERNAL TABLE statements, with a header saying how to run them. */
    public static String render(TableSpec spec) {
        StringBuilder s = new StringBuilder(4096);
        s.append("-- ").append(spec.qualifiedName()).append(": generated from the table declaration of the batch layer;\n");
        s.append("-- a unit test fails when the two differ. The batch layer registers the table itself;\n");
        s.append("-- run this file only to create the table by hand, e.g.\n");
        s.append("--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f ")
            .append(fileName(spec)).append('\n');
        s.append('\n');

        s.append("CREATE DATABASE IF NOT EXISTS ").append(quote(spec.database())).append('\n');
        s.append("  COMMENT ").append(literal(spec.databaseComment())).append('\n');
        s.append("  LOCATION ").append(literal(ROOT_VARIABLE + "/" + relative(spec.databaseLocation(PROBE)))).append(";\n");
        s.append('\n');

        s.append("CREATE EXTERNAL TABLE IF NOT EXISTS ").append(quote(spec.database())).append('.')
            .append(quote(spec.name())).append(" (\n");
        columns(s, spec.columns());
        s.append(")\n");
        s.append("COMMENT ").append(literal(spec.comment())).append('\n');
        if (!spec.partitionColumns().isEmpty()) {
            s.append("PARTITIONED BY (\n");
            columns(s, spec.partitionColumns());
            s.append(")\n");
        }
        s.append("STORED AS ORC\n");
        s.append("LOCATION ").append(literal(ROOT_VARIABLE + "/" + relative(spec.location(PROBE)))).append('\n');
        s.append("TBLPROPERTIES (\n");
        Map<String, String> props = OrcStorage.tableProperties(spec);
        int i = 0;
        for (Map.Entry<String, String> p : props.entrySet()) {
            s.append("  ").append(literal(p.getKey())).append('=').append(literal(p.getValue()));
            s.append(++i < props.size() ? ",\n" : "\n");
        }
        s.append(");\n");
        return s.toString();
    }

    private static void columns(StringBuilder s, List<Column> columns) {
        int nameWidth = columns.stream().mapToInt(c -> quote(c.name()).length()).max().orElse(0);
        int typeWidth = columns.stream().mapToInt(c -> c.hiveType().length()).max().orElse(0);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            s.append("  ").append(pad(quote(c.name()), nameWidth)).append(' ')
                .append(pad(c.hiveType().toUpperCase(Locale.ROOT), typeWidth))
                .append(" COMMENT ").append(literal(c.comment()));
            s.append(i + 1 < columns.size() ? ",\n" : "\n");
        }
    }

    private static String relative(Path location) {
        String root = PROBE.root().toUri().getPath();
        String path = location.toUri().getPath();
        if (!path.startsWith(root + "/")) {
            throw new IllegalStateException(location + " is not below the lake root");
        }
        return path.substring(root.length() + 1);
    }

    /** Back-quoted identifier: some of Hive's keywords (e.g. views) are plausible names. */
    static String quote(String identifier) {
        return "`" + identifier + "`";
    }

    /** A single-quoted HiveQL string literal. */
    static String literal(String text) {
        if (text.indexOf(';') >= 0) {
            // The Hive CLI splits scripts at semicolons, in some versions even inside quotes.
            throw new IllegalArgumentException("a DDL text must not contain ';': " + text);
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
