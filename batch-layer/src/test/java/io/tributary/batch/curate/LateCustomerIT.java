package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.BatchCli;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.batch.testing.PublishedRows;
import io.tributary.cli.CommandRunner;
import io.tributary.core.config.TributaryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer who arrives after their transactions: curated as UNKNOWN (counted), then, once the customer
 * dimension's export names them, the recompute of the same date enriches them. The export is the file the Hudi
 * customer job writes after a commit (module batch-customers), here written by hand in its format.
 */
class LateCustomerIT {
    private static final LocalDate D = LocalDate.parse("2026-11-20");

    @TempDir
    Path work;

    @Test
    void aCustomerArrivingAfterTheirTransactionsIsPickedUpByTheRecompute() throws Exception {
        EmbeddedMetastore hms = EmbeddedMetastore.shared();
        hms.dropDatabases("curated", "errors", "views");
        Path lake = work.resolve("lake");
        TributaryConfig config = hms.config(lake);
        List<String> lakeArgs = List.of("--set", "fs.uri=file:///", "--set", "storage.root=" + lake,
            "--set", "metastore.uris=" + hms.uri());
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"event_id\":\"e-1\",\"customer_id\":\"C77\",\"amount\":\"10.00\","
            + "\"currency\":\"EUR\",\"event_time\":\"2026-11-20T10:00:00Z\",\"channel\":\"WEB\",\"status\":\"APPROVED\"}\n");
        assertThat(run(lakeArgs, "ingest", "--from", in.toString(), "--ingest-time", "2026-11-21T01:00:00Z")).isZero();

        assertThat(run(lakeArgs, "batch", "curate", "--skip-views", "--dates", D.toString())).isZero();
        assertThat(lastRun(config).accounting().total().unmatchedCustomer()).isEqualTo(1);
        assertThat(segmentOfTheRow(config)).isEqualTo("UNKNOWN");

        Path export = lake.resolve("curated/_customers_snapshot/20261121090000000.tsv");
        Files.createDirectories(export.getParent());
        Files.writeString(export, "C77\tSMB\tDE\t2026-11-21T08:00:00Z\n");

        assertThat(run(lakeArgs, "batch", "curate", "--skip-views", "--dates", D.toString())).isZero();
        assertThat(lastRun(config).accounting().total().unmatchedCustomer()).isZero();
        assertThat(segmentOfTheRow(config)).isEqualTo("SMB");
    }

    private static int run(List<String> lakeArgs, String... command) {
        List<String> args = new ArrayList<>();
        int split = command[0].equals("batch") ? 2 : 1;
        args.addAll(List.of(command).subList(0, split));
        args.addAll(lakeArgs);
        args.addAll(List.of(command).subList(split, command.length));
        return CommandRunner.run(new BatchCli(), args.toArray(String[]::new));
    }

    private static RunManifest lastRun(TributaryConfig config) throws Exception {
        List<RunManifest> runs = new RunStore(FileSystem.getLocal(new Configuration()), LakePaths.from(config)).list();
        return runs.get(runs.size() - 1);
    }

    private static String segmentOfTheRow(TributaryConfig config) throws Exception {
        List<Map<String, Object>> rows = new PublishedRows(config).partition(Tables.CURATED_TRANSACTIONS, PartitionValues.of(D));
        assertThat(rows).hasSize(1);
        return String.valueOf(rows.get(0).get("customer_segment"));
    }
}
