package io.tributary.customers.table;

import java.util.List;
import java.util.Map;

/**
 * A Parquet-backed table of the customer dimension as it is registered in the Hive Metastore and written in
 * {@code hive/}. Locations are relative to the lake root.
 */
public record TableSpec(String database, String databaseComment, String name, String comment, List<Column> columns,
                        List<Column> partitionColumns, String relativeLocation, String inputFormat,
                        String outputFormat, String serde, Map<String, String> properties) {

    public String qualifiedName() {
        return database + "." + name;
    }

    /** The database folder, relative to the lake root. */
    public String relativeDatabaseLocation() {
        return database;
    }
}
