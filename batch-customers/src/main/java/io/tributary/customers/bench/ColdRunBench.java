package io.tributary.customers.bench;

import io.tributary.customers.cli.JvmSettings;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * One step of the cold comparison (scripts/bench-customers-cold.sh), each in a JVM of its own as a run is: {@code load}
 * writes the first N customers into a new table; {@code upsert} applies the first change batch (M rows, 10 % updates)
 * to a copy of that table as a run does; {@code plain} writes the dimension that results, N + 0.9 M rows, as one plain
 * Parquet file. Rows are rebuilt in memory from the same seed before the clock starts, so every JVM sees the same rows
 * and only the write is timed, compiling its code paths included.
 *
 * <p>Arguments: {@code load|upsert|plain TABLE_DIR [customers] [upsert rows]}.
 */
public final class ColdRunBench {
    private ColdRunBench() {
    }

    public static void main(String[] args) throws IOException {
        JvmSettings.apply();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String step = args[0];
        Path dir = new Path(new java.io.File(args[1]).getAbsoluteFile().toURI());
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int upserts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", "file:///");
        CustomerTable table = new CustomerTable(conf, dir, HudiTableSettings.DEFAULT);
        BenchRows rows = new BenchRows();
        List<GenericRecord> whole = rows.load(customers);
        switch (step) {
            case "load" -> {
                Phase p = Phase.start();
                CustomerTable.CommitResult r = table.upsertLocated(whole, Map.of(),
                    Map.of(CustomerTable.RUN_ID_METADATA, "bench-load"), i -> { });
                out.printf("load: %d customers in %s, %d files%n", customers, p.stop(), r.filesWritten());
            }
            case "upsert" -> {
                List<GenericRecord> batch = rows.changes(upserts, 1);
                Phase p = Phase.start();
                CustomerTable.CommitResult r = CustomerDimensionBench.upsertAsARun(table, batch,
                    Map.of(CustomerTable.RUN_ID_METADATA, "bench-upsert-1"), out, "upsert");
                out.printf("cold upsert: %d rows in %s, %d files written, %d updates, %d inserts%n", batch.size(),
                    p.stop(), r.filesWritten(), r.updates(), r.inserts());
            }
            case "plain" -> {
                BenchRows.applyTo(whole, rows.changes(upserts, 1));
                Phase p = Phase.start();
                PlainParquet.write(conf, new Path(dir, "plain.parquet"), whole);
                out.printf("cold plain: %d rows in %s%n", whole.size(), p.stop());
            }
            default -> throw new IllegalArgumentException("step must be load, upsert or plain: " + step);
        }
    }
}
