package io.tributary.batch.table;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.hive.HiveScript;
import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * The HiveQL that creates a table exactly as {@link MetastoreCatalog} registers it: the files in
 * {@code hive/} are this text, and a test keeps them equal. Locations are relative to the Hive variable
 * {@code root} (the lake root, e.g. {@code hdfs://namenode:8020/tributary}).
 */
public final class HiveDdl {
    /** The variable the DDL files expect: {@code --hivevar root=<fs.uri><storage.root>}. */
    public static final String ROOT_VARIABLE = HiveScript.ROOT_VARIABLE;

    // Any root will do: only the part of a location below the root goes into the DDL.
    private static final LakePaths PROBE = new LakePaths(new Path("/lake-root"));

    private HiveDdl() {
    }

    /** The file name of a table's DDL in {@code hive/}, e.g. {@code curated_transactions.hql}. */
    public static String fileName(TableSpec spec) {
        return HiveScript.fileName(spec.database(), spec.name());
    }

    /** CREATE DATABASE and CREATE EXTERNAL TABLE statements, with a header saying how to run them. */
    public static String render(TableSpec spec) {
        List<String> header = List.of(
            "-- " + spec.qualifiedName() + ": generated from the table declaration of the batch layer;",
            "-- a unit test fails when the two differ. The batch layer registers the table itself;",
            "-- run this file only to create the table by hand, e.g.",
            "--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f " + fileName(spec));
        return HiveScript.render(header, new HiveScript.ExternalTable(spec.database(), spec.databaseComment(),
            relative(spec.databaseLocation(PROBE)), spec.name(), spec.comment(), ddl(spec.columns()),
            ddl(spec.partitionColumns()), List.of("STORED AS ORC"), relative(spec.location(PROBE)),
            OrcStorage.tableProperties(spec)));
    }

    private static List<HiveScript.DdlColumn> ddl(List<Column> columns) {
        return columns.stream().map(c -> new HiveScript.DdlColumn(c.name(), c.hiveType(), c.comment())).toList();
    }

    private static String relative(Path location) {
        String root = PROBE.root().toUri().getPath();
        String path = location.toUri().getPath();
        if (!path.startsWith(root + "/")) {
            throw new IllegalStateException(location + " is not below the lake root");
        }
        return path.substring(root.length() + 1);
    }

    /** A single-quoted HiveQL string literal (see {@link HiveScript#literal}). */
    static String literal(String text) {
        return HiveScript.literal(text);
    }
}
