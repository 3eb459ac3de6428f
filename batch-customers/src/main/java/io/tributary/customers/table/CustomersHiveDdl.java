package io.tributary.customers.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HiveQL that creates a table of the customer dimension exactly as {@link CustomersCatalog} registers it: the
 * files in {@code hive/} are this text, and a test keeps them equal. Locations are relative to the Hive variable
 * {@code root} (the lake root).
 */
public final class CustomersHiveDdl {
    public static final String ROOT_VARIABLE = "${hivevar:root}";

    private CustomersHiveDdl() {
    }

    /** The file name of a table's DDL in {@code hive/}, e.g. {@code curated_customers.hql}. */
    public static String fileName(TableSpec spec) {
        return spec.database() + "_" + spec.name() + ".hql";
    }

    public static String render(TableSpec spec) {
        StringBuilder s = new StringBuilder(4096);
        s.append("-- ").append(spec.qualifiedName()).append(": generated from the table declaration of the customer dimension\n");
        s.append("-- (batch-customers); a unit test fails when the two differ. The customer job registers the table itself;\n");
        s.append("-- run this file only to create the table by hand, e.g.\n");
        s.append("--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f ")
            .append(fileName(spec)).append('\n');
        if (spec.inputFormat().equals(CustomerTables.HUDI_INPUT_FORMAT)) {
            s.append("-- Hive needs hudi-hadoop-mr-bundle on its classpath (hive.aux.jars.path) to read it.\n");
        }
        s.append('\n');
        s.append("CREATE DATABASE IF NOT EXISTS ").append(quote(spec.database())).append('\n');
        s.append("  COMMENT ").append(literal(spec.databaseComment())).append('\n');
        s.append("  LOCATION ").append(literal(ROOT_VARIABLE + "/" + spec.relativeDatabaseLocation())).append(";\n\n");
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
        s.append("ROW FORMAT SERDE ").append(literal(spec.serde())).append('\n');
        s.append("STORED AS INPUTFORMAT ").append(literal(spec.inputFormat())).append('\n');
        s.append("  OUTPUTFORMAT ").append(literal(spec.outputFormat())).append('\n');
        s.append("LOCATION ").append(literal(ROOT_VARIABLE + "/" + spec.relativeLocation())).append('\n');
        s.append("TBLPROPERTIES (\n");
        int i = 0;
        for (Map.Entry<String, String> p : spec.properties().entrySet()) {
            s.append("  ").append(literal(p.getKey())).append('=').append(literal(p.getValue()));
            s.append(++i < spec.properties().size() ? ",\n" : "\n");
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

    static String quote(String identifier) {
        return "`" + identifier + "`";
    }

    static String literal(String text) {
        if (text.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a DDL text must not contain ';': " + text);
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
