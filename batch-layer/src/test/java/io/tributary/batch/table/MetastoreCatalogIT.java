package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.api.GetTableRequest;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetastoreCatalogIT {
    private static final EmbeddedMetastore HMS = EmbeddedMetastore.shared();
    private static final TributaryConfig CONFIG = HMS.config();
    private static final LakePaths LAKE = LakePaths.from(CONFIG);

    private MetastoreCatalog catalog;

    @BeforeAll
    static void startClean() {
        HMS.dropDatabases("curated", "errors", "views", "scratch");
    }

    /** Other test classes share the metastore: leave no partitions behind for them. */
    @AfterAll
    static void leaveClean() {
        HMS.dropDatabases("curated", "errors", "views", "scratch");
    }

    @BeforeEach
    void connect() {
        catalog = MetastoreCatalog.connect(CONFIG);
        catalog.ensureTables();
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void ensureTablesIsIdempotentAndRegistersExternalOrcTablesAsDeclared() throws Exception {
        catalog.ensureTables();
        catalog.ensureTables();

        for (TableSpec spec : Tables.all()) {
            RegisteredTable registered = catalog.findTable(spec.database(), spec.name()).orElseThrow();
            assertThat(registered.storedAsOrc()).isTrue();
            assertThat(registered.spec().allColumns()).isEqualTo(spec.allColumns());
            assertThat(new Path(registered.location())).isEqualTo(spec.location(LAKE));
        }
        HiveMetaStoreClient client = rawClient();
        try {
            Table curated = client.getTable(new GetTableRequest("curated", "transactions"));
            assertThat(curated.getTableType()).isEqualTo("EXTERNAL_TABLE");
            assertThat(curated.getParameters()).containsEntry("EXTERNAL", "TRUE").containsEntry("orc.compress", "ZSTD")
                .containsEntry("orc.bloom.filter.columns", "event_id,customer_id")
                .containsEntry("comment", Tables.CURATED_TRANSACTIONS.comment());
            assertThat(curated.getSd().getSerdeInfo().getSerializationLib()).isEqualTo(OrcStorage.SERDE);
            assertThat(client.getDatabase("views").getLocationUri())
                .isEqualTo(Tables.CUSTOMER_DAILY_SPEND.databaseLocation(LAKE).toString());
        } finally {
            client.close();
        }
        assertThat(catalog.findTable("curated", "nothing")).isEmpty();
        assertThat(catalog.findTable("nodb", "nothing")).isEmpty();
    }

    @Test
    void aRegisteredTableThatDiffersFromItsDeclarationFailsClearly() {
        TableSpec registered = scratch(b -> b.column("a", "string", "x").column("b", "bigint", "y"));
        TableSpec declared = scratch(b -> b.column("a", "string", "x").column("b", "int", "y"));
        catalog.ensureTable(registered);

        assertThatThrownBy(() -> catalog.ensureTable(declared)).isInstanceOf(CatalogException.class)
            .hasMessageContaining("scratch.mismatch").hasMessageContaining("does not match its declaration")
            .hasMessageContaining("[a string, b bigint], expected [a string, b int]");
    }

    @Test
    void publishingAgainRePointsThePartitionAndReadersSeeOldThenNew() {
        TableSpec spec = Tables.CURATED_TRANSACTIONS;
        PartitionValues day = PartitionValues.of(LocalDate.of(2026, 1, 10));
        Path first = spec.runFolder(LAKE, day, "run-1");
        Path second = spec.runFolder(LAKE, day, "run-2");

        assertThat(catalog.publishPartition(spec, day, first)).isEmpty();
        try (MetastoreCatalog reader = MetastoreCatalog.connect(CONFIG)) {
            assertThat(reader.partition(spec, day).map(PublishedPartition::location)).contains(first.toString());

            assertThat(catalog.publishPartition(spec, day, second)).contains(first.toString());

            assertThat(reader.partition(spec, day).map(PublishedPartition::location)).contains(second.toString());
            assertThat(reader.partitions(spec)).filteredOn(p -> p.values().equals(day))
                .extracting(PublishedPartition::location).containsExactly(second.toString());
        }
    }

    @Test
    void aNullPartitionValueIsHivesDefaultPartition() {
        TableSpec spec = Tables.ERRORS_TRANSACTIONS;
        PartitionValues rejects = PartitionValues.of(LocalDate.of(2026, 1, 11), null);
        PartitionValues conflicts = PartitionValues.of(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 9));
        Path folder = spec.runFolder(LAKE, rejects, "run-3");

        catalog.publishPartition(spec, rejects, folder);
        catalog.publishPartition(spec, conflicts, spec.runFolder(LAKE, conflicts, "run-3"));

        assertThat(folder.toString()).contains("/ingest_date=2026-01-11/event_date=__HIVE_DEFAULT_PARTITION__/run-3");
        PublishedPartition found = catalog.partition(spec, rejects).orElseThrow();
        assertThat(found.values().values()).containsExactly("2026-01-11", null);
        assertThat(found.location()).isEqualTo(folder.toString());
        // NULL sorts after every date, as Hive lists the default partition.
        assertThat(catalog.partitions(spec)).extracting(PublishedPartition::values)
            .containsSubsequence(conflicts, rejects);
    }

    @Test
    void publishingSeveralPartitionsAddsNewOnesAndRePointsExistingOnes() {
        TableSpec spec = Tables.CUSTOMER_DAILY_SPEND;
        PartitionValues d1 = PartitionValues.of(LocalDate.of(2026, 1, 20));
        PartitionValues d2 = PartitionValues.of(LocalDate.of(2026, 1, 21));
        PartitionValues d3 = PartitionValues.of(LocalDate.of(2026, 1, 22));
        catalog.publishPartition(spec, d1, spec.runFolder(LAKE, d1, "run-a"));
        catalog.publishPartition(spec, d2, spec.runFolder(LAKE, d2, "run-a"));

        Map<PartitionValues, Path> run = new LinkedHashMap<>();
        for (PartitionValues d : List.of(d1, d2, d3)) {
            run.put(d, spec.runFolder(LAKE, d, "run-b"));
        }
        Map<PartitionValues, String> previous = catalog.publishPartitions(spec, run);

        assertThat(previous).containsOnlyKeys(d1, d2);
        assertThat(previous.get(d1)).endsWith("event_date=2026-01-20/run-a");
        for (PartitionValues d : List.of(d1, d2, d3)) {
            assertThat(catalog.partition(spec, d).map(PublishedPartition::location))
                .contains(spec.runFolder(LAKE, d, "run-b").toString());
        }
    }

    @Test
    void droppingPartitionsKeepsTheirFiles() throws IOException {
        TableSpec spec = Tables.CUSTOMER_DAILY_SPEND;
        PartitionValues keep = PartitionValues.of(LocalDate.of(2026, 2, 1));
        PartitionValues gone = PartitionValues.of(LocalDate.of(2026, 2, 2));
        Path goneFolder = spec.runFolder(LAKE, gone, "run-c");
        catalog.publishPartition(spec, keep, spec.runFolder(LAKE, keep, "run-c"));
        catalog.publishPartition(spec, gone, goneFolder);
        java.nio.file.Path goneFile = java.nio.file.Path.of(goneFolder.toUri()).resolve("part-0.orc");
        Files.createDirectories(goneFile.getParent());
        Files.write(goneFile, new byte[] {1});

        List<PublishedPartition> dropped = catalog.dropPartitions(spec, v -> v.equals(gone));

        assertThat(dropped).extracting(PublishedPartition::values).containsExactly(gone);
        assertThat(catalog.partition(spec, gone)).isEmpty();
        assertThat(catalog.partition(spec, keep)).isPresent();
        assertThat(goneFile).exists();
        assertThat(catalog.dropPartitions(spec, v -> v.equals(gone))).isEmpty();
    }

    @Test
    void anUnreachableMetastoreIsOneClearError() throws IOException {
        int unused;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            unused = probe.getLocalPort();
        }
        TributaryConfig down = CONFIG.with(Map.of("metastore.uris", "thrift://127.0.0.1:" + unused));

        assertThatThrownBy(() -> MetastoreCatalog.connect(down)).isInstanceOf(CatalogException.class)
            .hasMessageStartingWith("cannot connect to the Hive Metastore at thrift://127.0.0.1:" + unused);
    }

    private static TableSpec scratch(java.util.function.UnaryOperator<TableSpec.Builder> columns) {
        return columns.apply(TableSpec.builder("scratch", "mismatch").databaseComment("tests").comment("test table")
            .location(lake -> new Path(lake.root(), "scratch/mismatch"))).build();
    }

    private static HiveMetaStoreClient rawClient() throws Exception {
        org.apache.hadoop.conf.Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, MetastoreConf.ConfVars.THRIFT_URIS, HMS.uri());
        return new HiveMetaStoreClient(conf);
    }

}
