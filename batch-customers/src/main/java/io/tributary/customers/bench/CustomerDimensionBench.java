package io.tributary.customers.bench;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.customers.hudi.CustomerSchema;
import io.tributary.customers.cli.JvmSettings;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hudi.common.model.HoodieRecordLocation;
import org.apache.hudi.index.HoodieIndex;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * Benchmark of the Hudi customer table (docs/BENCHMARKS.md): initial load of N customers, then one upsert of M
 * rows of which 10 % update existing customers and 90 % are new; in the same run, the time to write the same M rows,
 * and the whole resulting dimension, as plain Parquet (Snappy, as the table). Rows are built in memory (the CSV parser is measured by
 * core's benchmarks), so the numbers are the table's own cost.
 *
 * <p>Arguments: {@code DIR [customers] [upsert rows] [SIMPLE|BLOOM]}. Output: one line per measurement.
 */
public final class CustomerDimensionBench {
    private CustomerDimensionBench() {
    }

    public static void main(String[] args) throws IOException {
        JvmSettings.apply();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = new Path(new java.io.File(args[0]).getAbsoluteFile().toURI());
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int upserts = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        HoodieIndex.IndexType index = args.length > 3 ? HoodieIndex.IndexType.valueOf(args[3]) : HoodieIndex.IndexType.SIMPLE;
        // LOCATED (default): as a run writes, rows tagged with the file groups read from the snapshot; INDEX: Hudi's
        // index looks the keys up (how runs wrote before).
        boolean located = args.length <= 4 || !args[4].equals("INDEX");
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", "file:///");
        CustomerTable table = new CustomerTable(conf, new Path(dir, "customers"), HudiTableSettings.DEFAULT.withIndexType(index));

        List<GenericRecord> initial = rows(0, customers, Instant.parse("2026-11-01T00:00:00Z"), "bench-load");
        Phase loadPhase = Phase.start();
        CustomerTable.CommitResult load = table.upsert(initial, Map.of("tributary.run_id", "bench-load"), i -> { });
        Phase.Took loadTook = loadPhase.stop();
        out.printf("initial load: %d customers in %s, %d files, %d bytes (index %s)%n", customers, loadTook,
            load.filesWritten(), load.bytesWritten(), index);

        int updates = upserts / 10;
        List<GenericRecord> batch = new ArrayList<>(upserts);
        SplittableRandom random = new SplittableRandom(42);
        // Distinct customers, as a run's plan holds each key once.
        java.util.Set<Integer> picked = new java.util.HashSet<>();
        for (int i = 0; picked.size() < updates; i++) {
            int id = random.nextInt(customers);
            if (picked.add(id)) {
                batch.add(row(id, Instant.parse("2026-11-02T00:00:00Z").plusSeconds(i), "bench-upsert", CustomerSegment.SMB));
            }
        }
        batch.addAll(rows(customers, upserts - updates, Instant.parse("2026-11-02T00:00:00Z"), "bench-upsert"));
        List<GenericRecord> whole = new ArrayList<>(initial);
        whole.addAll(batch.subList(updates, batch.size()));

        // The plain baselines run before and after the upsert (same JVM, minutes apart); the median of the runs
        // counts, so one unlucky moment on a shared machine does not decide a ratio.
        List<Phase.Took> plainBatch = new ArrayList<>();
        List<Phase.Took> plainWhole = new ArrayList<>();
        for (int round = 0; round < PLAIN_ROUNDS; round++) {
            plainBatch.add(timed(() -> writeParquet(conf, new Path(dir, "plain/upsert-rows.parquet"), batch)));
            plainWhole.add(timed(() -> writeParquet(conf, new Path(dir, "plain/whole-dimension.parquet"), whole)));
        }

        Phase upsertPhase = Phase.start();
        CustomerTable.CommitResult up;
        if (located) {
            // Counted in the upsert: reading the stored keys' file groups (a run reads those rows anyway, to plan).
            java.util.Set<String> keys = new java.util.HashSet<>();
            batch.forEach(r -> keys.add(r.get(CustomerSchema.RECORD_KEY).toString()));
            Map<String, HoodieRecordLocation> locations = new java.util.HashMap<>();
            Phase.Took lookup = timed(() -> new SnapshotReader(table).readLatestLocated((row, at) -> {
                if (keys.contains(row.customerId())) {
                    locations.put(row.customerId(), at);
                }
            }));
            out.printf("stored keys' file groups read from the snapshot (%d found): %s%n", locations.size(), lookup);
            up = table.upsertLocated(batch, locations, Map.of("tributary.run_id", "bench-upsert"), i -> { });
        } else {
            up = table.upsert(batch, Map.of("tributary.run_id", "bench-upsert"), i -> { });
        }
        Phase.Took upsert = upsertPhase.stop();
        out.printf("upsert (%s): %d rows (%d updates of random existing customers, %d new) in %s, %d files written, %d bytes, %d updates, %d inserts%n",
            located ? "located" : "index lookup", upserts, updates, upserts - updates, upsert, up.filesWritten(),
            up.bytesWritten(), up.updates(), up.inserts());

        for (int round = 0; round < PLAIN_ROUNDS; round++) {
            plainBatch.add(timed(() -> writeParquet(conf, new Path(dir, "plain/upsert-rows.parquet"), batch)));
            plainWhole.add(timed(() -> writeParquet(conf, new Path(dir, "plain/whole-dimension.parquet"), whole)));
        }
        snapshotReads(out, table);
        report(out, "plain Parquet, the same " + upserts + " rows", plainBatch, upsert);
        report(out, "plain Parquet, the whole dimension after the upsert (" + whole.size() + " rows)", plainWhole, upsert);
    }

    private static final int PLAIN_ROUNDS = 3;

    /**
     * A run of {@code batch customers} reads the latest snapshot twice around its commit (the stored rows of the
     * changed keys before, the export after): one such read, timed as the run does it.
     */
    private static void snapshotReads(PrintStream out, CustomerTable table) throws IOException {
        SnapshotReader reader = new SnapshotReader(table);
        long[] rows = {0};
        Phase.Took read = timed(() -> reader.readLatest(r -> rows[0]++));
        out.printf("latest snapshot read as a run reads it (%d rows): %s%n", rows[0], read);
    }

    private interface Work {
        void run() throws IOException;
    }

    private static Phase.Took timed(Work work) throws IOException {
        Phase p = Phase.start();
        work.run();
        return p.stop();
    }

    private static void report(PrintStream out, String what, List<Phase.Took> runs, Phase.Took upsert) {
        List<Phase.Took> byWall = new ArrayList<>(runs);
        byWall.sort(java.util.Comparator.comparingLong(Phase.Took::wallMs));
        Phase.Took median = byWall.get(byWall.size() / 2);
        List<Long> walls = runs.stream().map(Phase.Took::wallMs).toList();
        out.printf("%s: median %s of %d runs (wall ms in order: %s); upsert / this = %.2fx wall, %.2fx CPU%n", what,
            median, runs.size(), walls, upsert.wallMs() / (double) Math.max(1, median.wallMs()),
            upsert.cpuMs() / (double) Math.max(1, median.cpuMs()));
    }

    private static List<GenericRecord> rows(int from, int count, Instant at, String run) {
        List<GenericRecord> rows = new ArrayList<>(count);
        CustomerSegment[] segments = CustomerSegment.values();
        for (int i = from; i < from + count; i++) {
            rows.add(row(i, at, run, segments[i % segments.length]));
        }
        return rows;
    }

    private static GenericRecord row(int id, Instant at, String run, CustomerSegment segment) {
        String key = String.format("C%08d", id);
        return CustomerSchema.toRecord(new CustomerChange(ChangeOp.UPSERT, key, "Customer " + id,
            "c" + id + "@example.com", "DE", segment, at), run);
    }

    private static void writeParquet(Configuration conf, Path file, List<GenericRecord> rows) throws IOException {
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(file, conf))
            .withSchema(CustomerSchema.SCHEMA).withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (GenericRecord r : rows) {
                w.write(r);
            }
        }
    }
}
