package io.tributary.customers.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.UsageException;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.customers.run.CustomerLake;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary show curated.customers [--as-of COMMIT] | --commits} and {@code tributary show errors.customers}:
 * rows of the customer dimension's tables (the launcher routes these two tables here, every other table to the
 * batch layer).
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Print rows of curated.customers (latest, or as of a past Hudi commit) or errors.customers.")
public final class ShowCustomersCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Parameters(index = "0", paramLabel = "TABLE", description = "curated.customers or errors.customers")
    String tableName;

    @Option(names = "--as-of", paramLabel = "COMMIT", description = "curated.customers as of this Hudi commit (time travel).")
    String asOf;

    @Option(names = "--commits", description = "List the table's commits (instant, run id) instead of rows.")
    boolean commits;

    @Option(names = "--include-deleted", description = "Also show tombstones of deleted customers.")
    boolean includeDeleted;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N rows (default ${DEFAULT-VALUE}; 0: all).")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var config = configOptions.config();
        Configuration hadoop = CustomerSettings.hadoop(config);
        CustomerLake lake = CustomerLake.from(config);
        switch (tableName) {
            case "curated.customers" -> showCustomers(out, hadoop, lake);
            case "errors.customers" -> showErrors(out, hadoop, lake);
            default -> throw new UsageException("this command shows curated.customers or errors.customers, not " + tableName);
        }
        out.flush();
        return 0;
    }

    private void showCustomers(PrintWriter out, Configuration hadoop, CustomerLake lake) throws IOException {
        CustomerTable table = new CustomerTable(hadoop, lake.customersTable(), HudiTableSettings.DEFAULT);
        if (!table.exists()) {
            throw new UsageException("there is no customer dimension at " + lake.customersTable() + " yet");
        }
        if (commits) {
            for (String c : table.completedCommits()) {
                out.println(JSON.createObjectNode().put("commit", c)
                    .put("run_id", table.commitMetadata(c).getOrDefault(CustomerTable.RUN_ID_METADATA, "")));
            }
            return;
        }
        List<StoredCustomer> rows = new ArrayList<>();
        SnapshotReader reader = new SnapshotReader(table);
        if (asOf == null) {
            reader.readLatest(rows::add);
        } else {
            reader.readAsOf(asOf, rows::add);
        }
        rows.sort(Comparator.comparing(StoredCustomer::customerId));
        int shown = 0;
        for (StoredCustomer c : rows) {
            if (c.deleted() && !includeDeleted) {
                continue;
            }
            if (limit > 0 && shown++ >= limit) {
                break;
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("customer_id", c.customerId()).put("name", c.name()).put("email", c.email()).put("country", c.country())
                .put("segment", c.segment()).put("updated_at", c.updatedAt().toString()).put("deleted", c.deleted())
                .put("run_id", c.runId());
            out.println(n);
        }
    }

    private void showErrors(PrintWriter out, Configuration hadoop, CustomerLake lake) throws IOException {
        FileSystem fs = lake.root().getFileSystem(hadoop);
        if (!fs.exists(lake.errors())) {
            return;
        }
        int shown = 0;
        List<FileStatus> parts = new ArrayList<>(List.of(fs.listStatus(lake.errors())));
        parts.sort(Comparator.comparing(FileStatus::getPath));
        for (FileStatus part : parts) {
            String runId = part.getPath().getName().replaceFirst("^run_id=", "");
            for (FileStatus f : fs.listStatus(part.getPath(), p -> p.getName().endsWith(".parquet") && !p.getName().startsWith("_"))) {
                try (ParquetReader<GenericRecord> r = AvroParquetReader.<GenericRecord>builder(
                    HadoopInputFile.fromPath(f.getPath(), hadoop)).build()) {
                    for (GenericRecord g = r.read(); g != null; g = r.read()) {
                        if (limit > 0 && shown++ >= limit) {
                            return;
                        }
                        out.println(JSON.valueToTree(errorRow(g, runId)).toString());
                    }
                }
            }
        }
    }

    private static Map<String, Object> errorRow(GenericRecord g, String runId) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (var field : g.getSchema().getFields()) {
            Object v = g.get(field.name());
            if (v instanceof ByteBuffer) {
                continue;
            }
            if ("ingest_time".equals(field.name()) && v instanceof Long micros) {
                m.put(field.name(), io.tributary.customers.hudi.CustomerSchema.instant(micros).toString());
            } else {
                m.put(field.name(), v == null ? null : v instanceof Long || v instanceof Boolean ? v : v.toString());
            }
        }
        m.put("run_id", runId);
        return m;
    }
}
