package io.tributary.customers.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import io.tributary.core.model.ReasonCode;
import io.tributary.customers.cli.CustomerSettings;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.customers.table.CustomerTables;
import io.tributary.customers.table.CustomersCatalog;
import io.tributary.batch.testing.EmbeddedMetastore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.api.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch customers} end to end on the real Hudi client, a real metastore and the local file system. */
class ApplyCustomersRunIT {
    @TempDir
    Path dir;

    private TributaryConfig config() {
        return EmbeddedMetastore.shared().config(dir.resolve("lake"));
    }

    private CustomerRunManifest apply(Path input) throws IOException {
        TributaryConfig config = config();
        return new ApplyCustomersRun(config, CustomerSettings.hadoop(config), HudiTableSettings.DEFAULT,
            Clock.systemUTC(), line -> { }).run(CustomerSettings.inputPath(input.toString()));
    }

    private CustomerTable table() {
        TributaryConfig config = config();
        return new CustomerTable(CustomerSettings.hadoop(config), CustomerLake.from(config).customersTable(),
            HudiTableSettings.DEFAULT);
    }

    private Map<String, StoredCustomer> latest() throws IOException {
        Map<String, StoredCustomer> rows = new TreeMap<>();
        List<String> keys = new ArrayList<>();
        new SnapshotReader(table()).readLatest(r -> {
            keys.add(r.customerId());
            rows.put(r.customerId(), r);
        });
        assertThat(keys).as("each key once in the latest snapshot").doesNotHaveDuplicates();
        return rows;
    }

    @Test
    void theGreatestUpdatedAtWinsWhateverTheOrderOfFilesAndLines() throws IOException {
        Path in = dir.resolve("in");
        // File a holds the newest change of C1 first, then an older one; file b (read later) holds an older one.
        ChangeFiles.write(in.resolve("a.csv"),
            "U,C1,Ann,ann@x.de,DE,CORPORATE,2026-11-20T12:00:00Z",
            "U,C1,Ann,ann@x.de,DE,RETAIL,2026-11-20T09:00:00Z",
            "U,C2,Bob,,FR,SMB,2026-11-20T09:00:00Z");
        ChangeFiles.write(in.resolve("b.csv"),
            "U,C1,Ann,ann@x.de,DE,SMB,2026-11-20T10:00:00Z",
            "U,C2,Bob,,FR,RETAIL,2026-11-20T11:00:00Z");

        CustomerRunManifest m = apply(in);

        assertThat(latest().get("C1").segment()).isEqualTo("CORPORATE");
        assertThat(latest().get("C2").segment()).isEqualTo("RETAIL");
        assertThat(m.accounting().isBalanced()).isTrue();
        assertThat(m.accounting().total().read()).isEqualTo(5);
        assertThat(m.accounting().total().curated()).isEqualTo(2);
        assertThat(m.accounting().total().duplicates()).isEqualTo(3);
        assertThat(table().commitMetadata(m.hudiCommit())).containsEntry(CustomerTable.RUN_ID_METADATA, m.runId());

        // A later run with an older change of C1 (another file) does not overwrite the newer stored row.
        CustomerRunManifest older = apply(ChangeFiles.write(dir.resolve("in2/c.csv"),
            "U,C1,Ann,ann@x.de,DE,TEST,2026-11-19T00:00:00Z"));
        assertThat(older.hudiCommit()).isNull();
        assertThat(older.stale()).isEqualTo(1);
        assertThat(latest().get("C1").segment()).isEqualTo("CORPORATE");
    }

    @Test
    void reApplyingTheSameInputChangesNothing() throws IOException {
        Path in = ChangeFiles.write(dir.resolve("in/a.csv"),
            "U,C1,Ann,,DE,RETAIL,2026-11-20T12:00:00Z",
            "D,C2,,,,,2026-11-20T12:00:00Z",
            "U,C3,Cid,,DE,SMB,2026-11-20T12:00:00Z");
        CustomerRunManifest first = apply(in);
        Map<String, StoredCustomer> before = latest();
        List<String> commits = table().completedCommits();

        CustomerRunManifest again = apply(in);

        assertThat(first.hudiCommit()).isNotNull();
        assertThat(again.hudiCommit()).isNull();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(table().completedCommits()).isEqualTo(commits);
        assertThat(latest()).isEqualTo(before);
        assertThat(again.accounting().isBalanced()).isTrue();
    }

    @Test
    void deletesAndReInserts() throws IOException {
        apply(ChangeFiles.write(dir.resolve("1/a.csv"), "U,C1,Ann,,DE,RETAIL,2026-11-20T10:00:00Z",
            "U,C2,Bob,,DE,RETAIL,2026-11-20T10:00:00Z"));
        apply(ChangeFiles.write(dir.resolve("2/a.csv"), "D,C1,,,,,2026-11-21T10:00:00Z"));
        assertThat(latest().get("C1").deleted()).isTrue();
        // An update older than the delete, arriving later, does not bring the customer back...
        apply(ChangeFiles.write(dir.resolve("3/a.csv"), "U,C1,Ann,,DE,SMB,2026-11-20T23:00:00Z"));
        assertThat(latest().get("C1").deleted()).isTrue();
        // ...a newer one does (a re-insert).
        apply(ChangeFiles.write(dir.resolve("4/a.csv"), "U,C1,Ann,,DE,CORPORATE,2026-11-22T10:00:00Z"));
        assertThat(latest().get("C1").deleted()).isFalse();
        assertThat(latest().get("C1").segment()).isEqualTo("CORPORATE");
        // A delete of a customer never seen is kept as a tombstone too.
        apply(ChangeFiles.write(dir.resolve("5/a.csv"), "D,C9,,,,,2026-11-22T10:00:00Z"));
        assertThat(latest().get("C9").deleted()).isTrue();
        assertThat(latest()).hasSize(3);
    }

    @Test
    void brokenRowsGoToErrorsCustomersWithReasonAndPosition() throws IOException {
        Path in = ChangeFiles.write(dir.resolve("in/a.csv"),
            "U,C1,Ann,,DE,RETAIL,2026-11-20T12:00:00Z",
            "X,C2,Bob,,DE,RETAIL,2026-11-20T12:00:00Z",
            "U,C3,Cid,,DE,GOLD,2026-11-20T12:00:00Z",
            "U,C4,Dan,,DE,RETAIL,yesterday",
            "U,C5,too,few");
        CustomerRunManifest m = apply(in);

        assertThat(m.accounting().total().rejected()).isEqualTo(4);
        assertThat(m.accounting().total().errors(ReasonCode.INVALID_ENUM)).isEqualTo(2);
        assertThat(m.accounting().total().errors(ReasonCode.INVALID_EVENT_TIME)).isEqualTo(1);
        assertThat(m.accounting().total().errors(ReasonCode.MALFORMED_RECORD)).isEqualTo(1);
        assertThat(m.accounting().isBalanced()).isTrue();
        assertThat(latest()).containsOnlyKeys("C1");

        TributaryConfig config = config();
        CustomerLake lake = CustomerLake.from(config);
        try (CustomersCatalog catalog = CustomersCatalog.connect(config.get(io.tributary.core.config.ConfigKeys.METASTORE_URIS),
            new Configuration(), lake.root())) {
            assertThat(catalog.partitions(CustomerTables.ERRORS_CUSTOMERS))
                .anySatisfy(p -> assertThat(p.getValues()).containsExactly(m.runId()));
        }
        String manifest = Files.readString(Path.of(lake.runManifest(m.runId()).toUri()), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"kind\" : \"customers\"").contains("\"balanced\" : true");

        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = io.tributary.cli.CommandRunner.commandLine(new io.tributary.customers.cli.CustomersCli());
        cl.setOut(new java.io.PrintWriter(out));
        List<String> args = new ArrayList<>(List.of("show", "errors.customers", "--set", "fs.uri=file:///",
            "--set", "storage.root=" + dir.resolve("lake").toAbsolutePath(), "--set", "metastore.uris=" + EmbeddedMetastore.shared().uri()));
        assertThat(cl.execute(args.toArray(new String[0]))).isZero();
        assertThat(out.toString().lines()).hasSize(4)
            .anySatisfy(l -> assertThat(l).contains("\"reason_code\":\"INVALID_ENUM\"").contains("\"source_line\":4")
                .contains("GOLD").contains(m.runId()));
    }

    @Test
    void theRegisteredTablesAreTheDeclaredOnes() throws IOException {
        apply(ChangeFiles.write(dir.resolve("in/a.csv"), "U,C1,Ann,,DE,RETAIL,2026-11-20T12:00:00Z"));
        TributaryConfig config = config();
        CustomerLake lake = CustomerLake.from(config);
        try (CustomersCatalog catalog = CustomersCatalog.connect(config.get(io.tributary.core.config.ConfigKeys.METASTORE_URIS),
            new Configuration(), lake.root())) {
            for (var spec : CustomerTables.all()) {
                Table t = catalog.table(spec).orElseThrow();
                assertThat(CustomersCatalog.differences(spec, t)).isEmpty();
                assertThat(t.getSd().getCols()).extracting(f -> f.getName() + " " + f.getType() + " " + f.getComment())
                    .containsExactlyElementsOf(spec.columns().stream().map(c -> c.name() + " " + c.hiveType() + " " + c.comment()).toList());
                assertThat(t.getParameters()).containsAllEntriesOf(spec.properties());
            }
            Table customers = catalog.table(CustomerTables.CURATED_CUSTOMERS).orElseThrow();
            assertThat(customers.getSd().getInputFormat()).isEqualTo("org.apache.hudi.hadoop.HoodieParquetInputFormat");
            // The first test of this JVM registered the tables over its own lake: the folder below the root is what counts.
            assertThat(customers.getSd().getLocation()).endsWith("/lake/curated/customers");
        }
    }

    @Test
    void theSnapshotExportHoldsTheCurrentCustomersOfTheLatestCommit() throws IOException {
        apply(ChangeFiles.write(dir.resolve("1/a.csv"), "U,C2,Bob,,FR,SMB,2026-11-20T10:00:00Z",
            "U,C1,Ann,,DE,RETAIL,2026-11-20T10:00:00Z", "D,C3,,,,,2026-11-20T10:00:00Z"));
        TributaryConfig config = config();
        CustomerLake lake = CustomerLake.from(config);
        String commit = table().latestCommit().orElseThrow();
        Path export = Path.of(lake.snapshotExport(commit).toUri());
        assertThat(Files.readString(export)).isEqualTo(
            "C1\tRETAIL\tDE\t2026-11-20T10:00:00Z\nC2\tSMB\tFR\t2026-11-20T10:00:00Z\n");
    }
}
