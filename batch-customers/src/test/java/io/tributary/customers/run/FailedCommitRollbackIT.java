package io.tributary.customers.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import io.tributary.customers.cli.CustomerSettings;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.batch.testing.EmbeddedMetastore;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed between writing its data files and completing its commit leaves an inflight Hudi instant and
 * files no completed commit names. Readers never see them, and the next run rolls the failed commit back before
 * its own: the table then holds each customer once, with the rerun's changes.
 */
class FailedCommitRollbackIT {
    @TempDir
    Path dir;

    @Test
    void aWriterKilledMidCommitIsRolledBackByTheNextRunWithoutDuplicates() throws Exception {
        Path lakeRoot = dir.resolve("lake");
        TributaryConfig config = EmbeddedMetastore.shared().config(lakeRoot);
        CustomerTable table = new CustomerTable(CustomerSettings.hadoop(config), CustomerLake.from(config).customersTable(),
            HudiTableSettings.DEFAULT);
        String[] first = new String[50];
        String[] second = new String[50];
        for (int i = 0; i < 50; i++) {
            first[i] = "U,C" + i + ",n,,DE,RETAIL,2026-11-20T10:00:00Z";
            second[i] = "U,C" + (i + 25) + ",n,,DE,SMB,2026-11-21T10:00:00Z";
        }
        apply(config, ChangeFiles.write(dir.resolve("1/a.csv"), first));
        Path changes = ChangeFiles.write(dir.resolve("2/b.csv"), second);

        String inflight = runAndKillBeforeCommit(lakeRoot, changes);

        assertThat(table.completedCommits()).hasSize(1).doesNotContain(inflight);
        assertThat(table.metaClient().getActiveTimeline().filterInflightsAndRequested().getInstants())
            .extracting(i -> i.getTimestamp()).contains(inflight);
        assertThat(latest(table)).hasSize(50).allSatisfy(c -> assertThat(c.segment()).isEqualTo("RETAIL"));

        CustomerRunManifest rerun = apply(config, changes);

        assertThat(table.metaClient().getActiveTimeline().filterInflightsAndRequested().getInstants()).isEmpty();
        assertThat(table.completedCommits()).hasSize(2).contains(rerun.hudiCommit());
        List<StoredCustomer> rows = latest(table);
        assertThat(rows).hasSize(75);
        assertThat(rows.stream().filter(c -> c.segment().equals("SMB")).count()).isEqualTo(50);
    }

    private static CustomerRunManifest apply(TributaryConfig config, Path input) throws IOException {
        return new ApplyCustomersRun(config, CustomerSettings.hadoop(config), HudiTableSettings.DEFAULT, Clock.systemUTC(),
            line -> { }).run(CustomerSettings.inputPath(input.toString()));
    }

    private static List<StoredCustomer> latest(CustomerTable table) throws IOException {
        List<StoredCustomer> rows = new ArrayList<>();
        new SnapshotReader(table).readLatest(rows::add);
        assertThat(rows).extracting(StoredCustomer::customerId).doesNotHaveDuplicates();
        return rows;
    }

    /** Runs the writer in a child JVM, waits until its data files are written, kills it; returns its instant. */
    private static String runAndKillBeforeCommit(Path lakeRoot, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            KillableCustomerWriter.class.getName(), lakeRoot.toString(), EmbeddedMetastore.shared().uri(), input.toString()));
        Process child = new ProcessBuilder(cmd).redirectError(new File(lakeRoot.getParent().toFile(), "child.err")).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.currentTimeMillis() + 120_000;
            for (String line = out.readLine(); line != null && System.currentTimeMillis() < deadline; line = out.readLine()) {
                if (line.startsWith(KillableCustomerWriter.READY)) {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                    return line.substring(KillableCustomerWriter.READY.length()).trim();
                }
            }
            throw new AssertionError("the child writer never reached its commit (see " + lakeRoot.getParent() + "/child.err)");
        } finally {
            child.destroyForcibly();
        }
    }
}
