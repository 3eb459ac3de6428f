package io.tributary.customers.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.IMetaStoreClient;
import org.apache.hadoop.hive.metastore.api.AlreadyExistsException;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Partition;
import org.apache.hadoop.hive.metastore.api.SerDeInfo;
import org.apache.hadoop.hive.metastore.api.StorageDescriptor;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.thrift.TException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the customer dimension's tables in the Hive Metastore with the metastore's own 4.0.1 Thrift client
 * (not Hudi's hive sync, see docs/CUSTOMERS.md): {@code curated.customers} as an external table over the Hudi
 * base path read through {@code HoodieParquetInputFormat}, and {@code errors.customers} as an external Parquet
 * table with one partition per run.
 */
public final class CustomersCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CustomersCatalog.class);

    private final IMetaStoreClient client;
    private final String uris;
    private final Path lakeRoot;

    private CustomersCatalog(IMetaStoreClient client, String uris, Path lakeRoot) {
        this.client = client;
        this.uris = uris;
        this.lakeRoot = lakeRoot;
    }

    public static CustomersCatalog connect(String uris, Configuration hadoop, Path lakeRoot) {
        Configuration conf = new Configuration(hadoop);
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, uris);
        MetastoreConf.setLongVar(conf, ConfVars.THRIFT_CONNECTION_RETRIES, 3);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_CONNECT_RETRY_DELAY, 1, TimeUnit.SECONDS);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_SOCKET_TIMEOUT, 120, TimeUnit.SECONDS);
        try {
            return new CustomersCatalog(new HiveMetaStoreClient(conf), uris, lakeRoot);
        } catch (TException | RuntimeException e) {
            throw new IllegalStateException("cannot connect to the Hive Metastore at " + uris + ": " + e.getMessage(), e);
        }
    }

    public Path location(TableSpec spec) {
        return new Path(lakeRoot, spec.relativeLocation());
    }

    /** Creates the databases and tables that are missing; checks the ones that exist. Idempotent. */
    public void ensureTables() {
        for (TableSpec spec : CustomerTables.all()) {
            ensureTable(spec);
        }
    }

    public void ensureTable(TableSpec spec) {
        ensureDatabase(spec);
        Optional<Table> existing = table(spec);
        if (existing.isEmpty()) {
            try {
                client.createTable(table(spec, location(spec)));
                LOG.info("Created table {} at {}", spec.qualifiedName(), location(spec));
                return;
            } catch (AlreadyExistsException raced) {
                existing = table(spec);
            } catch (TException e) {
                throw failure("create table " + spec.qualifiedName(), e);
            }
        }
        Table registered = existing.orElseThrow();
        if (isEarlierMetaColumnLayout(spec, registered)) {
            registerAgain(spec);
            return;
        }
        List<String> differences = differences(spec, registered);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("table " + spec.qualifiedName() + " in the metastore at " + uris
                + " does not match its declaration: " + String.join("; ", differences)
                + ". It is external: drop it (the data stays) and run again to re-create it.");
        }
    }

    /**
     * True when the registered table differs from its declaration only by Hudi's {@code _hoodie_*} meta columns in
     * front of the declared ones: how earlier versions registered {@code curated.customers}, before its files
     * stopped carrying them.
     */
    static boolean isEarlierMetaColumnLayout(TableSpec spec, Table table) {
        List<FieldSchema> cols = table.getSd().getCols();
        if (cols == null) {
            return false;
        }
        List<FieldSchema> data = cols.stream().filter(f -> !f.getName().startsWith("_hoodie_")).toList();
        if (data.size() == cols.size()) {
            return false;
        }
        Table withoutMeta = table.deepCopy();
        withoutMeta.getSd().setCols(new ArrayList<>(data));
        return differences(spec, withoutMeta).isEmpty();
    }

    // The table is external, so its columns are only a description of the files (Hive reads Parquet columns by
    // name): dropping the registration keeps the data, and it is registered again as declared. Dropped and created,
    // not altered: the metastore's alter path fails on the local platform's classpath (a hive-common method it calls
    // is missing there), and for a one-time upgrade the short gap without the table is acceptable.
    private void registerAgain(TableSpec spec) {
        try {
            client.dropTable(spec.database(), spec.name(), false, true);
            client.createTable(table(spec, location(spec)));
            LOG.info("Table {}: registered again without the _hoodie_* meta columns an earlier version declared",
                spec.qualifiedName());
        } catch (TException e) {
            throw failure("re-register table " + spec.qualifiedName(), e);
        }
    }

    /** Adds (or re-points) one partition of a partitioned table. */
    public void publishPartition(TableSpec spec, List<String> values, Path location) {
        Partition p = new Partition();
        p.setDbName(spec.database());
        p.setTableName(spec.name());
        p.setValues(values);
        p.setSd(storage(spec, location));
        p.setParameters(new HashMap<>());
        try {
            try {
                client.add_partition(p);
            } catch (AlreadyExistsException exists) {
                client.alter_partition(spec.database(), spec.name(), p);
            }
        } catch (TException e) {
            throw failure("publish partition " + values + " of " + spec.qualifiedName(), e);
        }
    }

    /** The registered table, if any. */
    public Optional<Table> table(TableSpec spec) {
        try {
            return Optional.of(client.getTable(spec.database(), spec.name()));
        } catch (NoSuchObjectException missing) {
            return Optional.empty();
        } catch (TException e) {
            throw failure("look up table " + spec.qualifiedName(), e);
        }
    }

    /** Partition values of a table, e.g. run ids of errors.customers. */
    public List<Partition> partitions(TableSpec spec) {
        try {
            return client.listPartitions(spec.database(), spec.name(), (short) -1);
        } catch (TException e) {
            throw failure("list partitions of " + spec.qualifiedName(), e);
        }
    }

    private void ensureDatabase(TableSpec spec) {
        try {
            client.getDatabase(spec.database());
        } catch (NoSuchObjectException missing) {
            Database db = new Database();
            db.setName(spec.database());
            db.setDescription(spec.databaseComment());
            db.setLocationUri(new Path(lakeRoot, spec.relativeDatabaseLocation()).toString());
            db.setParameters(new HashMap<>());
            try {
                client.createDatabase(db);
            } catch (AlreadyExistsException raced) {
                LOG.debug("Database {} created concurrently", spec.database());
            } catch (TException e) {
                throw failure("create database " + spec.database(), e);
            }
        } catch (TException e) {
            throw failure("look up database " + spec.database(), e);
        }
    }

    /** The Thrift table that {@code CREATE EXTERNAL TABLE} of {@link CustomersHiveDdl#render} registers. */
    public static Table table(TableSpec spec, Path location) {
        Table t = new Table();
        t.setDbName(spec.database());
        t.setTableName(spec.name());
        t.setTableType("EXTERNAL_TABLE");
        t.setPartitionKeys(fields(spec.partitionColumns()));
        t.setSd(storage(spec, location));
        Map<String, String> params = new HashMap<>(spec.properties());
        params.put("EXTERNAL", "TRUE");
        params.put("comment", spec.comment());
        t.setParameters(params);
        return t;
    }

    static StorageDescriptor storage(TableSpec spec, Path location) {
        SerDeInfo serde = new SerDeInfo();
        serde.setSerializationLib(spec.serde());
        serde.setParameters(new HashMap<>(Map.of("serialization.format", "1")));
        StorageDescriptor sd = new StorageDescriptor();
        sd.setCols(fields(spec.columns()));
        sd.setLocation(location.toString());
        sd.setInputFormat(spec.inputFormat());
        sd.setOutputFormat(spec.outputFormat());
        sd.setSerdeInfo(serde);
        sd.setCompressed(false);
        sd.setNumBuckets(-1);
        sd.setBucketCols(new ArrayList<>());
        sd.setSortCols(new ArrayList<>());
        sd.setParameters(new HashMap<>());
        return sd;
    }

    static List<FieldSchema> fields(List<Column> columns) {
        List<FieldSchema> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(new FieldSchema(c.name(), c.hiveType(), c.comment()));
        }
        return out;
    }

    /** What differs between a registered table and its declaration (columns, partitioning, formats, type). */
    public static List<String> differences(TableSpec spec, Table table) {
        List<String> out = new ArrayList<>();
        if (!"EXTERNAL_TABLE".equals(table.getTableType())) {
            out.add("table type is " + table.getTableType() + ", expected EXTERNAL_TABLE");
        }
        compare("columns", spec.columns(), table.getSd().getCols(), out);
        compare("partition columns", spec.partitionColumns(), table.getPartitionKeys(), out);
        if (!spec.inputFormat().equals(table.getSd().getInputFormat())) {
            out.add("input format is " + table.getSd().getInputFormat() + ", expected " + spec.inputFormat());
        }
        if (!spec.outputFormat().equals(table.getSd().getOutputFormat())) {
            out.add("output format is " + table.getSd().getOutputFormat() + ", expected " + spec.outputFormat());
        }
        String serde = table.getSd().getSerdeInfo() == null ? null : table.getSd().getSerdeInfo().getSerializationLib();
        if (!spec.serde().equals(serde)) {
            out.add("serde is " + serde + ", expected " + spec.serde());
        }
        return out;
    }

    private static void compare(String what, List<Column> expected, List<FieldSchema> actual, List<String> out) {
        // Comments are not compared: they may be edited by hand without harm.
        List<String> want = expected.stream().map(c -> c.name() + " " + c.hiveType()).toList();
        List<String> have = actual == null ? List.of() : actual.stream()
            .map(f -> f.getName().toLowerCase(Locale.ROOT) + " " + f.getType().toLowerCase(Locale.ROOT)).toList();
        if (!want.equals(have)) {
            out.add(what + " are " + have + ", expected " + want);
        }
    }

    private IllegalStateException failure(String what, Exception e) {
        return new IllegalStateException("Hive Metastore at " + uris + ": cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        client.close();
    }
}
