package io.tributary.customers.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.accounting.Counts;
import io.tributary.core.accounting.RunAccounting;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The manifest of a customer run, {@code _runs/<run-id>/manifest.json}, in the batch layer's manifest format
 * (so {@code tributary runs list|show} lists it too) plus a {@code customers} section with the Hudi commit.
 */
public record CustomerRunManifest(String runId, boolean succeeded, Instant startedAt, Instant finishedAt,
                                  List<String> inputFiles, RunAccounting accounting, List<Output> outputs,
                                  String hudiCommit, long stale, long unchanged, String failure) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One output: table, partition (empty for the Hudi table), location and rows written. */
    public record Output(String table, String partition, String location, long rows) {
    }

    public byte[] toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("run_id", runId);
        root.put("kind", "customers");
        root.put("status", succeeded ? "succeeded" : "failed");
        root.put("started_at", startedAt.toString());
        root.put("finished_at", finishedAt.toString());
        root.putArray("event_dates");
        ArrayNode indexed = root.putArray("indexed_files");
        inputFiles.forEach(indexed::add);
        ObjectNode acc = root.putObject("accounting");
        acc.put("balanced", accounting.isBalanced());
        accounting.describeImbalance().ifPresent(s -> acc.put("imbalance", s));
        acc.set("total", counts(accounting.total()));
        ObjectNode sources = acc.putObject("by_source");
        accounting.bySource().forEach((name, c) -> sources.set(name, counts(c)));
        ArrayNode out = root.putArray("outputs");
        for (Output o : outputs) {
            out.addObject().put("table", o.table()).put("partition", o.partition()).put("location", o.location())
                .put("rows", o.rows());
        }
        ObjectNode customers = root.putObject("customers");
        if (hudiCommit == null) {
            customers.putNull("hudi_commit");
        } else {
            customers.put("hudi_commit", hudiCommit);
        }
        customers.put("stale_changes", stale).put("unchanged_changes", unchanged);
        if (failure != null) {
            root.put("failure", failure);
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("read", c.read()).put("curated", c.curated()).put("rejected", c.rejected())
            .put("duplicates", c.duplicates()).put("filtered", c.filtered())
            .put("unmatched_customer", c.unmatchedCustomer());
        ObjectNode reasons = n.putObject("errors_by_reason");
        c.errorsByReason().forEach((code, count) -> reasons.put(code.name(), count));
        return n;
    }

    /** Writes the manifest whole: temporary name, then rename. */
    public void write(FileSystem fs, CustomerLake lake) throws IOException {
        Path target = lake.runManifest(runId);
        Path tmp = new Path(target.getParent(), "_manifest.json.tmp");
        fs.mkdirs(target.getParent());
        try (OutputStream o = fs.create(tmp, true)) {
            o.write(toJson());
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }
}
