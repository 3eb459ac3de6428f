package io.tributary.customers.bench;

import io.tributary.customers.cli.JvmSettings;
import io.tributary.customers.hudi.CustomerSchema;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hudi.common.model.HoodieRecordLocation;
import org.apache.hudi.index.HoodieIndex;

/**
 * Benchmark of the Hudi customer table (docs/BENCHMARKS.md): initial load of N customers, then several upserts of M
 * rows each, of which 10 % update existing customers and 90 % are new; after each upsert, in the same JVM, the time
 * to write the same M rows, and the whole resulting dimension, as plain Parquet (Snappy, as the table). Rows are built
 * in memory (the CSV parser is measured by core's benchmarks), so the numbers are the table's own cost.
 *
 * <p>The first upsert of a JVM also compiles Hudi's merge path (the initial load only inserts), while the plain
 * rewrites it is compared with run warm (the load and the earlier rounds compiled them); later rounds compare warm
 * with warm. Every round is printed.
 *
 * <p>Arguments: {@code DIR [customers] [upsert rows] [SIMPLE|BLOOM] [LOCATED|INDEX] [rounds]}.
 */
public final class CustomerDimensionBench {
    private static final int PLAIN_RUNS = 3;

    private final PrintStream out;
    private final Configuration conf;
    private final Path dir;
    private final CustomerTable table;
    private final boolean located;

    private CustomerDimensionBench(PrintStream out, Path dir, HoodieIndex.IndexType index, boolean located) {
        this.out = out;
        this.dir = dir;
        this.located = located;
        conf = new Configuration();
        conf.set("fs.defaultFS", "file:///");
        table = new CustomerTable(conf, new Path(dir, "customers"), HudiTableSettings.DEFAULT.withIndexType(index));
    }

    public static void main(String[] args) throws IOException {
        JvmSettings.apply();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = new Path(new java.io.File(args[0]).getAbsoluteFile().toURI());
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int upserts = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        HoodieIndex.IndexType index = args.length > 3 ? HoodieIndex.IndexType.valueOf(args[3]) : HoodieIndex.IndexType.SIMPLE;
        // LOCATED (default): as a run writes, rows tagged with the file groups read from the snapshot; INDEX: Hudi's
        // index looks the keys up.
        boolean located = args.length <= 4 || !args[4].equals("INDEX");
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        new CustomerDimensionBench(out, dir, index, located).run(customers, upserts, rounds);
    }

    private void run(int customers, int upserts, int rounds) throws IOException {
        BenchRows rows = new BenchRows();
        List<GenericRecord> whole = rows.load(customers);
        Phase loadPhase = Phase.start();
        // As a run's first load: every row new, none tagged (LOCATED) or each key looked up (INDEX).
        Map<String, String> loadMeta = Map.of(CustomerTable.RUN_ID_METADATA, "bench-load");
        CustomerTable.CommitResult load = located ? table.upsertLocated(whole, Map.of(), loadMeta, i -> { })
            : table.upsert(whole, loadMeta, i -> { });
        out.printf("initial load: %d customers in %s, %d files, %d bytes%n", customers, loadPhase.stop(),
            load.filesWritten(), load.bytesWritten());
        // Warm the plain writer on rows of this shape before the first comparison.
        plainMedian(whole, "warm-up");

        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<GenericRecord> batch = rows.changes(upserts, round);
            BenchRows.applyTo(whole, batch);
            Phase.Took upsert = upsert(batch, round);
            Phase.Took plainBatch = plainMedian(batch, "upsert-rows");
            Phase.Took plainWhole = plainMedian(whole, "whole-dimension");
            double ratio = upsert.wallMs() / (double) Math.max(1, plainWhole.wallMs());
            ratios.add(ratio);
            out.printf("round %d: upsert %s; plain same %d rows: median %s; plain whole dimension (%d rows): median %s;"
                    + " upsert / whole = %.2fx wall, %.2fx CPU; upsert / same rows = %.1fx wall%n", round, upsert,
                batch.size(), plainBatch, whole.size(), plainWhole, ratio,
                upsert.cpuMs() / (double) Math.max(1, plainWhole.cpuMs()),
                upsert.wallMs() / (double) Math.max(1, plainBatch.wallMs()));
        }
        List<Double> sorted = new ArrayList<>(ratios);
        sorted.sort(null);
        out.printf("upsert / whole-dimension rewrite, wall: first round %.2fx, median of %d rounds %.2fx%n",
            ratios.get(0), ratios.size(), sorted.get(sorted.size() / 2));
        SnapshotReader reader = new SnapshotReader(table);
        long[] count = {0};
        Phase read = Phase.start();
        reader.readLatest(r -> count[0]++);
        out.printf("latest snapshot read as a run reads it (%d rows): %s%n", count[0], read.stop());
    }

    /** One upsert as a run makes it: the stored keys' file groups read from the snapshot, then the tagged write. */
    private Phase.Took upsert(List<GenericRecord> batch, int round) throws IOException {
        Map<String, String> meta = Map.of(CustomerTable.RUN_ID_METADATA, "bench-upsert-" + round);
        Phase phase = Phase.start();
        CustomerTable.CommitResult up;
        if (located) {
            up = upsertAsARun(table, batch, meta, out, "round " + round);
        } else {
            up = table.upsert(batch, meta, i -> { });
        }
        Phase.Took took = phase.stop();
        out.printf("round %d: upsert (%s) of %d rows in %s: %d files written, %d bytes, %d updates, %d inserts%n", round,
            located ? "located" : "index lookup", batch.size(), took, up.filesWritten(), up.bytesWritten(), up.updates(),
            up.inserts());
        return took;
    }

    /** A run's upsert: the stored keys' versions and file groups read from the snapshot, then the tagged write. */
    static CustomerTable.CommitResult upsertAsARun(CustomerTable table, List<GenericRecord> batch,
                                                   Map<String, String> meta, PrintStream out, String label)
        throws IOException {
        Set<String> keys = new HashSet<>();
        batch.forEach(r -> keys.add(r.get(CustomerSchema.RECORD_KEY).toString()));
        Map<String, HoodieRecordLocation> locations = new HashMap<>();
        Phase lookup = Phase.start();
        new SnapshotReader(table).readLatestVersions(keys, (key, version) -> locations.put(key, version.location()));
        out.printf("%s: stored keys' versions and file groups read from the snapshot (%d found): %s%n", label,
            locations.size(), lookup.stop());
        return table.upsertLocated(batch, locations, meta, i -> { });
    }

    private Phase.Took plainMedian(List<GenericRecord> rows, String name) throws IOException {
        List<Phase.Took> runs = new ArrayList<>();
        for (int i = 0; i < PLAIN_RUNS; i++) {
            Phase p = Phase.start();
            PlainParquet.write(conf, new Path(dir, "plain/" + name + ".parquet"), rows);
            runs.add(p.stop());
        }
        runs.sort(Comparator.comparingLong(Phase.Took::wallMs));
        return runs.get(runs.size() / 2);
    }
}
