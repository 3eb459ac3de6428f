package io.tributary.customers.table;

import io.tributary.core.hive.HiveScript;
import java.util.ArrayList;
import java.util.List;

/**
 * The HiveQL that creates a table of the customer dimension exactly as {@link CustomersCatalog} registers it: the
 * files in {@code hive/} are this text, and a test keeps them equal. Locations are relative to the Hive variable
 * {@code root} (the lake root).
 */
public final class CustomersHiveDdl {
    public static final String ROOT_VARIABLE = HiveScript.ROOT_VARIABLE;

    private CustomersHiveDdl() {
    }

    /** The file name of a table's DDL in {@code hive/}, e.g. {@code curated_customers.hql}. */
    public static String fileName(TableSpec spec) {
        return HiveScript.fileName(spec.database(), spec.name());
    }

    public static String render(TableSpec spec) {
        List<String> header = new ArrayList<>(List.of(
            "-- " + spec.qualifiedName() + ": generated from the table declaration of the customer dimension",
            "-- (batch-customers); a unit test fails when the two differ. The customer job registers the table itself;",
            "-- run this file only to create the table by hand, e.g.",
            "--   beeline -u jdbc:hive2://HOST:10000 --hivevar root=hdfs://NAMENODE:8020/tributary -f " + fileName(spec)));
        if (spec.inputFormat().equals(CustomerTables.HUDI_INPUT_FORMAT)) {
            header.add("-- Hive needs hudi-hadoop-mr-bundle on its classpath (hive.aux.jars.path) to read it.");
        }
        List<String> storage = List.of("ROW FORMAT SERDE " + HiveScript.literal(spec.serde()),
            "STORED AS INPUTFORMAT " + HiveScript.literal(spec.inputFormat()),
            "  OUTPUTFORMAT " + HiveScript.literal(spec.outputFormat()));
        return HiveScript.render(header, new HiveScript.ExternalTable(spec.database(), spec.databaseComment(),
            spec.relativeDatabaseLocation(), spec.name(), spec.comment(), ddl(spec.columns()),
            ddl(spec.partitionColumns()), storage, spec.relativeLocation(), spec.properties()));
    }

    private static List<HiveScript.DdlColumn> ddl(List<Column> columns) {
        return columns.stream().map(c -> new HiveScript.DdlColumn(c.name(), c.hiveType(), c.comment())).toList();
    }
}
