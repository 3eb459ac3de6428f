package io.tributary.core.hive;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the CREATE DATABASE and CREATE EXTERNAL TABLE statements of one table, as the {@code hive/} files hold
 * them. Every module that registers tables (the batch layer's ORC tables, the customer dimension's Hudi table)
 * describes its table as an {@link ExternalTable}; the text rules live here once. Locations are relative to the Hive
 * variable {@link #ROOT_VARIABLE} (the lake root).
 */
public final class HiveScript {
    /** The variable the DDL files expect: {@code --hivevar root=<fs.uri><storage.root>}. */
    public static final String ROOT_VARIABLE = "${hivevar:root}";

    /** A column: name, Hive type and the comment analysts see. */
    public record DdlColumn(String name, String hiveType, String comment) {
    }

    /**
     * One table and its database.
     *
     * @param databaseLocation database folder, relative to the lake root
     * @param storage          the storage clauses, one line each (e.g. {@code STORED AS ORC})
     * @param location         table folder, relative to the lake root
     */
    public record ExternalTable(String database, String databaseComment, String databaseLocation, String name,
                                String comment, List<DdlColumn> columns, List<DdlColumn> partitionColumns,
                                List<String> storage, String location, Map<String, String> properties) {
    }

    private HiveScript() {
    }

    /** The file name of a table's DDL in {@code hive/}, e.g. {@code curated_transactions.hql}. */
    public static String fileName(String database, String table) {
        return database + "_" + table + ".hql";
    }

    /** The header comment lines (each written as given, then a blank line), then both statements. */
    public static String render(List<String> header, ExternalTable t) {
        StringBuilder s = new StringBuilder(4096);
        header.forEach(line -> s.append(line).append('\n'));
        s.append('\n');
        s.append("CREATE DATABASE IF NOT EXISTS ").append(quote(t.database())).append('\n');
        s.append("  COMMENT ").append(literal(t.databaseComment())).append('\n');
        s.append("  LOCATION ").append(literal(ROOT_VARIABLE + "/" + t.databaseLocation())).append(";\n\n");
        s.append("CREATE EXTERNAL TABLE IF NOT EXISTS ").append(quote(t.database())).append('.')
            .append(quote(t.name())).append(" (\n");
        columns(s, t.columns());
        s.append(")\n");
        s.append("COMMENT ").append(literal(t.comment())).append('\n');
        if (!t.partitionColumns().isEmpty()) {
            s.append("PARTITIONED BY (\n");
            columns(s, t.partitionColumns());
            s.append(")\n");
        }
        t.storage().forEach(line -> s.append(line).append('\n'));
        s.append("LOCATION ").append(literal(ROOT_VARIABLE + "/" + t.location())).append('\n');
        s.append("TBLPROPERTIES (\n");
        int i = 0;
        for (Map.Entry<String, String> p : t.properties().entrySet()) {
            s.append("  ").append(literal(p.getKey())).append('=').append(literal(p.getValue()));
            s.append(++i < t.properties().size() ? ",\n" : "\n");
        }
        s.append(");\n");
        return s.toString();
    }

    /** Back-quoted identifier: some of Hive's keywords (e.g. views) are plausible names. */
    public static String quote(String identifier) {
        return "`" + identifier + "`";
    }

    /** A single-quoted HiveQL string literal. */
    public static String literal(String text) {
        if (text.indexOf(';') >= 0) {
            // The Hive CLI splits scripts at semicolons, in some versions even inside quotes.
            throw new IllegalArgumentException("a DDL text must not contain ';': " + text);
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void columns(StringBuilder s, List<DdlColumn> columns) {
        int nameWidth = columns.stream().mapToInt(c -> quote(c.name()).length()).max().orElse(0);
        int typeWidth = columns.stream().mapToInt(c -> c.hiveType().length()).max().orElse(0);
        for (int i = 0; i < columns.size(); i++) {
            DdlColumn c = columns.get(i);
            s.append("  ").append(pad(quote(c.name()), nameWidth)).append(' ')
                .append(pad(c.hiveType().toUpperCase(Locale.ROOT), typeWidth))
                .append(" COMMENT ").append(literal(c.comment()));
            s.append(i + 1 < columns.size() ? ",\n" : "\n");
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
