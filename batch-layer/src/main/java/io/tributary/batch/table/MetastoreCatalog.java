package io.tributary.batch.table;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.IMetaStoreClient;
import org.apache.hadoop.hive.metastore.PartitionDropOptions;
import org.apache.hadoop.hive.metastore.api.AlreadyExistsException;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.GetTableRequest;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Partition;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.hadoop.hive.metastore.utils.MetaStoreUtils;
import org.apache.thrift.TException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch layer's view of the Hive Metastore: creates its databases and tables, publishes partitions and
 * lists them. One Thrift connection; not thread-safe (use one catalog per thread). Every metastore failure
 * surfaces as a {@link CatalogException} naming the metastore, the table and the operation.
 *
 * <p><b>Atomicity.</b> Each metastore call is one transaction of the metastore's database, so a reader sees
 * a call's effect completely or not at all. {@link #publishPartition} changes one partition with one call
 * ({@code add_partition} or {@code alter_partition}). {@link #publishPartitions} makes at most two calls:
 * {@code alter_partitions} for partitions that exist (all re-pointed at once), then {@code add_partitions}
 * for new ones (all added at once); between the two a reader may see the re-pointed partitions without the
 * new ones. {@link #dropPartitions} drops partitions one call each. Nothing here deletes files: the tables
 * are external and old run folders are removed by their owner after readers are done with them.
 */
public final class MetastoreCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetastoreCatalog.class);

    private final IMetaStoreClient client;
    private final String catalogName;
    private final String uris;
    private final LakePaths lake;

    MetastoreCatalog(IMetaStoreClient client, String catalogName, String uris, LakePaths lake) {
        this.client = client;
        this.catalogName = catalogName;
        this.uris = uris;
        this.lake = lake;
    }

    /** Connects to {@code metastore.uris}; table folders are below {@code storage.root} on {@code fs.uri}. */
    public static MetastoreCatalog connect(TributaryConfig config) {
        String uris = config.get(ConfigKeys.METASTORE_URIS);
        Configuration conf = HadoopSettings.from(config);
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, uris);
        // A metastore that is down should fail a run within seconds, not after minutes of retries.
        MetastoreConf.setLongVar(conf, ConfVars.THRIFT_CONNECTION_RETRIES, 3);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_CONNECT_RETRY_DELAY, 1, TimeUnit.SECONDS);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_SOCKET_TIMEOUT, 120, TimeUnit.SECONDS);
        try {
            return new MetastoreCatalog(new HiveMetaStoreClient(conf), MetaStoreUtils.getDefaultCatalog(conf), uris,
                LakePaths.from(config));
        } catch (TException | RuntimeException e) {
            throw new CatalogException("cannot connect to the Hive Metastore at " + uris + ": " + rootMessage(e), e);
        }
    }

    /**
     * Creates the databases and tables of {@link Tables#all()} that are missing; checks that the tables that
     * exist have the declared columns, partition columns and ORC storage (a {@link CatalogException} says
     * what differs). Idempotent; safe to call before every run.
     */
    public void ensureTables() {
        for (TableSpec spec : Tables.all()) {
            ensureTable(spec);
        }
    }

    /** {@link #ensureTables()} for one table. */
    public void ensureTable(TableSpec spec) {
        ensureDatabase(spec);
        Optional<Table> existing = table(spec.database(), spec.name());
        if (existing.isEmpty()) {
            Path location = spec.location(lake);
            try {
                client.createTable(MetastoreTables.table(spec, location));
                LOG.info("Created table {} at {}", spec.qualifiedName(), location);
                return;
            } catch (AlreadyExistsException raced) {
                existing = table(spec.database(), spec.name());
            } catch (TException e) {
                throw failure("create table " + spec.qualifiedName(), e);
            }
        }
        Table table = existing.orElseThrow(() -> new CatalogException("table " + spec.qualifiedName()
            + " vanished from the metastore at " + uris + " while it was being created"));
        verify(spec, addAppendedColumns(spec, table));
    }

    /**
     * Schema evolution by appending: when the registered columns are the declared ones minus some at the end (a
     * release added columns), they are added to the table. Partitions keep their own schema, so readers see NULL in
     * the new columns of older partitions. Any other difference is left for {@link #verify} to report.
     */
    private Table addAppendedColumns(TableSpec spec, Table table) {
        List<FieldSchema> declared = MetastoreTables.table(spec, spec.location(lake)).getSd().getCols();
        List<FieldSchema> registered = table.getSd().getCols();
        if (registered == null || registered.size() >= declared.size()
            || !sameColumns(registered, declared.subList(0, registered.size()))) {
            return table;
        }
        Table evolved = table.deepCopy();
        evolved.getSd().setCols(new ArrayList<>(declared));
        try {
            client.alter_table(spec.database(), spec.name(), evolved);
        } catch (TException e) {
            throw failure("add the columns " + declared.subList(registered.size(), declared.size())
                + " to " + spec.qualifiedName(), e);
        }
        LOG.info("Added {} column(s) to {}: {}", declared.size() - registered.size(), spec.qualifiedName(),
            declared.subList(registered.size(), declared.size()).stream().map(FieldSchema::getName).toList());
        return evolved;
    }

    private static boolean sameColumns(List<FieldSchema> a, List<FieldSchema> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).getName().equalsIgnoreCase(b.get(i).getName())
                || !a.get(i).getType().equalsIgnoreCase(b.get(i).getType())) {
                return false;
            }
        }
        return true;
    }

    private void verify(TableSpec spec, Table table) {
        List<String> differences = MetastoreTables.differences(spec, table);
        if (!differences.isEmpty()) {
            throw new CatalogException("table " + spec.qualifiedName() + " in the metastore at " + uris
                + " does not match its declaration: " + String.join("; ", differences)
                + ". It is external: drop it (the data stays) and run again to re-create it.");
        }
        String expected = spec.location(lake).toString();
        String actual = table.getSd().getLocation();
        if (!expected.equals(actual)) {
            // Partitions carry their own locations, so this is harmless for reading; worth a look all the same.
            LOG.warn("Table {} is registered at {}, the configured lake has it at {}", spec.qualifiedName(), actual, expected);
        }
    }

    private void ensureDatabase(TableSpec spec) {
        try {
            client.getDatabase(spec.database());
        } catch (NoSuchObjectException missing) {
            Path location = spec.databaseLocation(lake);
            try {
                client.createDatabase(MetastoreTables.database(spec, location));
                LOG.info("Created database {} at {}", spec.database(), location);
            } catch (AlreadyExistsException raced) {
                LOG.debug("Database {} created concurrently", spec.database());
            } catch (TException e) {
                throw failure("create database " + spec.database(), e);
            }
        } catch (TException e) {
            throw failure("look up database " + spec.database(), e);
        }
    }

    /** The registered table {@code database.name}, whoever created it; empty when there is none. */
    public Optional<RegisteredTable> findTable(String database, String name) {
        return table(database, name).map(MetastoreTables::registered);
    }

    private Optional<Table> table(String database, String name) {
        try {
            GetTableRequest request = new GetTableRequest(database, name);
            request.setCatName(catalogName);
            return Optional.of(client.getTable(request));
        } catch (NoSuchObjectException missing) {
            return Optional.empty();
        } catch (TException e) {
            throw failure("look up table " + database + "." + name, e);
        }
    }

    /**
     * Points partition {@code values} of {@code spec} at {@code location}: adds it, or re-points it if it
     * exists, with one metastore call, so a reader sees either the old folder or the new one, never a mix.
     *
     * @return the folder readers saw before, empty when the partition is new
     */
    public Optional<String> publishPartition(TableSpec spec, PartitionValues values, Path location) {
        Partition wanted = MetastoreTables.partition(spec, values, location);
        Optional<Partition> existing = partitionObject(spec, values);
        if (existing.isEmpty()) {
            try {
                client.add_partition(wanted);
                LOG.info("Published {} {}: {}", spec.qualifiedName(), values.name(spec.partitionColumns()), location);
                return Optional.empty();
            } catch (AlreadyExistsException raced) {
                existing = partitionObject(spec, values);
            } catch (TException e) {
                throw failure("add partition " + values.name(spec.partitionColumns()) + " of " + spec.qualifiedName(), e);
            }
        }
        Partition old = existing.orElseThrow(() -> new CatalogException("partition " + values
            + " of " + spec.qualifiedName() + " vanished while it was being published"));
        wanted.setCreateTime(old.getCreateTime());
        try {
            client.alter_partition(spec.database(), spec.name(), wanted);
        } catch (TException e) {
            throw failure("re-point partition " + values.name(spec.partitionColumns()) + " of " + spec.qualifiedName(), e);
        }
        LOG.info("Re-pointed {} {}: {} (was {})", spec.qualifiedName(), values.name(spec.partitionColumns()),
            location, old.getSd().getLocation());
        return Optional.of(old.getSd().getLocation());
    }

    /**
     * Publishes several partitions of one table: one {@code alter_partitions} call re-points those that
     * exist, then one {@code add_partitions} call adds the others (see the class comment on atomicity).
     *
     * @return for each partition that existed, the folder readers saw before
     */
    public Map<PartitionValues, String> publishPartitions(TableSpec spec, Map<PartitionValues, Path> locations) {
        Map<PartitionValues, Partition> existing = new HashMap<>();
        for (Partition p : listPartitionObjects(spec)) {
            existing.put(PartitionValues.fromMetastore(p.getValues()), p);
        }
        List<Partition> toAlter = new ArrayList<>();
        List<Partition> toAdd = new ArrayList<>();
        Map<PartitionValues, String> previous = new LinkedHashMap<>();
        for (Map.Entry<PartitionValues, Path> e : locations.entrySet()) {
            Partition wanted = MetastoreTables.partition(spec, e.getKey(), e.getValue());
            Partition old = existing.get(e.getKey());
            if (old == null) {
                toAdd.add(wanted);
            } else {
                wanted.setCreateTime(old.getCreateTime());
                toAlter.add(wanted);
                previous.put(e.getKey(), old.getSd().getLocation());
            }
        }
        try {
            if (!toAlter.isEmpty()) {
                // No transactional write id: these are external, non-ACID tables.
                client.alter_partitions(catalogName, spec.database(), spec.name(), toAlter, null, null, -1);
            }
            if (!toAdd.isEmpty()) {
                client.add_partitions(toAdd);
            }
        } catch (TException e) {
            throw failure("publish " + locations.size() + " partitions of " + spec.qualifiedName(), e);
        }
        LOG.info("Published {} partitions of {} ({} re-pointed, {} added)", locations.size(), spec.qualifiedName(),
            toAlter.size(), toAdd.size());
        return previous;
    }

    /**
     * Drops the partitions whose values match {@code which} (e.g. dates a recompute no longer produces); one
     * call per partition. The files stay where they are.
     *
     * @return the dropped partitions with the folders they pointed at
     */
    public List<PublishedPartition> dropPartitions(TableSpec spec, Predicate<PartitionValues> which) {
        List<PublishedPartition> dropped = new ArrayList<>();
        for (PublishedPartition p : partitions(spec)) {
            if (!which.test(p.values())) {
                continue;
            }
            try {
                client.dropPartition(spec.database(), spec.name(), p.values().metastoreValues(),
                    PartitionDropOptions.instance().deleteData(false).ifExists(true));
            } catch (TException e) {
                throw failure("drop partition " + p.values() + " of " + spec.qualifiedName(), e);
            }
            LOG.info("Dropped {} {} (was {})", spec.qualifiedName(), p.values(), p.location());
            dropped.add(p);
        }
        return dropped;
    }

    /** Every partition of the table with the folder it points at, in partition-value order (NULL last). */
    public List<PublishedPartition> partitions(TableSpec spec) {
        List<PublishedPartition> out = new ArrayList<>();
        for (Partition p : listPartitionObjects(spec)) {
            out.add(published(p));
        }
        out.sort(null);
        return out;
    }

    /** One partition, if it is registered. */
    public Optional<PublishedPartition> partition(TableSpec spec, PartitionValues values) {
        return partitionObject(spec, values).map(MetastoreCatalog::published);
    }

    private static PublishedPartition published(Partition p) {
        return new PublishedPartition(PartitionValues.fromMetastore(p.getValues()), p.getSd().getLocation());
    }

    private List<Partition> listPartitionObjects(TableSpec spec) {
        try {
            return client.listPartitions(spec.database(), spec.name(), (short) -1);
        } catch (TException e) {
            throw failure("list partitions of " + spec.qualifiedName(), e);
        }
    }

    private Optional<Partition> partitionObject(TableSpec spec, PartitionValues values) {
        try {
            return Optional.of(client.getPartition(spec.database(), spec.name(), values.metastoreValues()));
        } catch (NoSuchObjectException missing) {
            return Optional.empty();
        } catch (TException e) {
            throw failure("look up partition " + values + " of " + spec.qualifiedName(), e);
        }
    }

    private CatalogException failure(String action, Exception e) {
        return new CatalogException("Hive Metastore at " + uris + ": cannot " + action + ": " + rootMessage(e), e);
    }

    /** The first line of the most specific message (Thrift errors often carry a remote stack trace). */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    @Override
    public void close() {
        client.close();
    }
}
