package io.tributary.batch.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.Partition;
import org.apache.hadoop.hive.metastore.api.SerDeInfo;
import org.apache.hadoop.hive.metastore.api.StorageDescriptor;
import org.apache.hadoop.hive.metastore.api.Table;

/**
 * A {@link TableSpec} as the metastore's Thrift objects: what {@code CREATE EXTERNAL TABLE ... STORED AS ORC}
 * would register. External, because the lake owns the files: dropping a table or partition must never
 * delete published data that a recompute or a reader may still need.
 */
public final class MetastoreTables {
    public static final String EXTERNAL_TABLE = "EXTERNAL_TABLE";

    private MetastoreTables() {
    }

    public static Database database(TableSpec spec, Path location) {
        Database db = new Database();
        db.setName(spec.database());
        db.setDescription(spec.databaseComment());
        db.setLocationUri(location.toString());
        db.setParameters(new HashMap<>());
        return db;
    }

    public static Table table(TableSpec spec, Path location) {
        Table t = new Table();
        t.setDbName(spec.database());
        t.setTableName(spec.name());
        t.setTableType(EXTERNAL_TABLE);
        t.setPartitionKeys(fields(spec.partitionColumns()));
        t.setSd(storage(spec, location));
        Map<String, String> params = new HashMap<>(OrcStorage.tableProperties(spec));
        params.put("EXTERNAL", "TRUE");
        params.put("comment", spec.comment());
        t.setParameters(params);
        return t;
    }

    /** A partition of {@code spec} whose files are in {@code location}. */
    public static Partition partition(TableSpec spec, PartitionValues values, Path location) {
        if (values.size() != spec.partitionColumns().size()) {
            throw new IllegalArgumentException(spec.qualifiedName() + " is partitioned by "
                + spec.partitionColumns().stream().map(Column::name).toList() + ", got values " + values);
        }
        Partition p = new Partition();
        p.setDbName(spec.database());
        p.setTableName(spec.name());
        p.setValues(values.metastoreValues());
        p.setSd(storage(spec, location));
        p.setParameters(new HashMap<>());
        return p;
    }

    /** The registered table as a spec (for reading any registered ORC table); types and names in lower case. */
    public static RegisteredTable registered(Table table) {
        String location = table.getSd() == null ? null : table.getSd().getLocation();
        TableSpec.Builder b = TableSpec.builder(table.getDbName(), table.getTableName())
            .comment(table.getParameters() == null ? "" : table.getParameters().getOrDefault("comment", ""))
            .location(lake -> new Path(location));
        for (FieldSchema f : table.getSd().getCols()) {
            b.column(f.getName().toLowerCase(Locale.ROOT), f.getType().toLowerCase(Locale.ROOT), commentOf(f));
        }
        if (table.getPartitionKeys() != null) {
            for (FieldSchema f : table.getPartitionKeys()) {
                b.partitionColumn(f.getName().toLowerCase(Locale.ROOT), f.getType().toLowerCase(Locale.ROOT), commentOf(f));
            }
        }
        return new RegisteredTable(b.build(), location, table.getSd().getInputFormat());
    }

    private static String commentOf(FieldSchema f) {
        return f.getComment() == null ? "" : f.getComment();
    }

    static StorageDescriptor storage(TableSpec spec, Path location) {
        SerDeInfo serde = new SerDeInfo();
        serde.setSerializationLib(OrcStorage.SERDE);
        Map<String, String> serdeParams = new HashMap<>();
        serdeParams.put("serialization.format", "1");
        serde.setParameters(serdeParams);

        StorageDescriptor sd = new StorageDescriptor();
        sd.setCols(fields(spec.columns()));
        sd.setLocation(location.toString());
        sd.setInputFormat(OrcStorage.INPUT_FORMAT);
        sd.setOutputFormat(OrcStorage.OUTPUT_FORMAT);
        sd.setSerdeInfo(serde);
        sd.setCompressed(false);
        sd.setNumBuckets(-1);
        sd.setBucketCols(new ArrayList<>());
        sd.setSortCols(new ArrayList<>());
        sd.setParameters(new HashMap<>());
        return sd;
    }

    static List<FieldSchema> fields(List<Column> columns) {
        List<FieldSchema> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(new FieldSchema(c.name(), c.hiveType(), c.comment()));
        }
        return out;
    }

    /**
     * Differences between the metastore's table and the spec that would make Tributary's files unreadable
     * through it (columns, their types and order, partition columns, storage format) or unsafe (a managed
     * table); empty when it fits.
     * Comments are not compared: they may be edited by hand without harm.
     */
    public static List<String> differences(TableSpec spec, Table table) {
        List<String> out = new ArrayList<>();
        if (!EXTERNAL_TABLE.equals(table.getTableType())) {
            // A managed table deletes its files when dropped: published data must not depend on that.
            out.add("table type is " + table.getTableType() + ", expected " + EXTERNAL_TABLE);
        }
        compare("columns", spec.columns(), table.getSd().getCols(), out);
        compare("partition columns", spec.partitionColumns(), table.getPartitionKeys(), out);
        if (!OrcStorage.INPUT_FORMAT.equals(table.getSd().getInputFormat())) {
            out.add("input format is " + table.getSd().getInputFormat() + ", expected " + OrcStorage.INPUT_FORMAT);
        }
        String serde = table.getSd().getSerdeInfo() == null ? null : table.getSd().getSerdeInfo().getSerializationLib();
        if (!OrcStorage.SERDE.equals(serde)) {
            out.add("serde is " + serde + ", expected " + OrcStorage.SERDE);
        }
        return out;
    }

    private static void compare(String what, List<Column> expected, List<FieldSchema> actual, List<String> out) {
        List<String> want = expected.stream().map(c -> c.name() + " " + c.hiveType()).toList();
        List<String> have = actual == null ? List.of() : actual.stream()
            .map(f -> f.getName().toLowerCase(Locale.ROOT) + " " + f.getType().toLowerCase(Locale.ROOT)).toList();
        if (!want.equals(have)) {
            out.add(what + " are " + have + ", expected " + want);
        }
    }
}
