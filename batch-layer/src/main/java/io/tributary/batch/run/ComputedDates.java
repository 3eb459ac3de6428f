package io.tributary.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.batch.lake.LakePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The ledger of computed event dates: for each date, what its last successful curate run read (the staged files,
 * named by their raw file's hash) and with which customer dimension. The nightly plan compares it with what is
 * staged now to find the dates that gained raw data since they were last computed (docs/NIGHTLY.md).
 *
 * <p>One small JSON file per date ({@code _computed/event_date=D.json}), written whole after the run published.
 */
public final class ComputedDates {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param stagedHashes       the raw files (by hash) whose records of this date the run read
     * @param customersOrigin    where the run's customer snapshot came from (a Hudi commit's export, say)
     * @param unmatchedCustomers curated rows of the run (all its dates) whose customer was not known
     */
    public record Entry(LocalDate eventDate, String runId, Instant computedAt, SortedSet<String> stagedHashes,
                        String customersOrigin, long unmatchedCustomers) {
        public Entry {
            stagedHashes = new TreeSet<>(stagedHashes);
        }
    }

    private final FileSystem fs;
    private final LakePaths lake;

    public ComputedDates(FileSystem fs, LakePaths lake) {
        this.fs = fs;
        this.lake = lake;
    }

    public Optional<Entry> read(LocalDate date) throws IOException {
        Path file = file(date);
        if (!fs.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(file)) {
            JsonNode n = JSON.readTree(in);
            SortedSet<String> hashes = new TreeSet<>();
            n.path("staged").forEach(h -> hashes.add(h.asText()));
            return Optional.of(new Entry(LocalDate.parse(n.path("event_date").asText()), n.path("run_id").asText(),
                Instant.parse(n.path("computed_at").asText()), hashes, n.path("customers").asText(),
                n.path("unmatched_customers").asLong()));
        }
    }

    public void write(Entry e) throws IOException {
        ObjectNode n = JSON.createObjectNode()
            .put("event_date", e.eventDate().toString())
            .put("run_id", e.runId())
            .put("computed_at", e.computedAt().toString())
            .put("customers", e.customersOrigin())
            .put("unmatched_customers", e.unmatchedCustomers());
        ArrayNode staged = n.putArray("staged");
        e.stagedHashes().forEach(staged::add);
        Path target = file(e.eventDate());
        Path tmp = new Path(target.getParent(), "_" + target.getName() + ".tmp");
        fs.mkdirs(target.getParent());
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    private Path file(LocalDate date) {
        return new Path(lake.computedDates(), "event_date=" + date + ".json");
    }
}
