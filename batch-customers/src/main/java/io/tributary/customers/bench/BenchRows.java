package io.tributary.customers.bench;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.customers.hudi.CustomerSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.avro.generic.GenericRecord;

/** The benchmark's synthetic customer rows: a first load, then change batches of updates and new customers. */
final class BenchRows {
    private final SplittableRandom random = new SplittableRandom(42);
    private int customers;

    /** The first {@code count} customers, ids 0 to count - 1. */
    List<GenericRecord> load(int count) {
        return newCustomers(count, Instant.parse("2026-11-01T00:00:00Z"), "bench-load");
    }

    /**
     * One change batch of {@code size} rows: a tenth of them updates of distinct random existing customers (as a
     * run's plan holds each key once), the rest new customers.
     */
    List<GenericRecord> changes(int size, int round) {
        Instant at = Instant.parse("2026-11-02T00:00:00Z").plusSeconds(86_400L * round);
        String run = "bench-upsert-" + round;
        int updates = size / 10;
        List<GenericRecord> batch = new ArrayList<>(size);
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; picked.size() < updates; i++) {
            int id = random.nextInt(customers);
            if (picked.add(id)) {
                batch.add(row(id, at.plusSeconds(i), run, CustomerSegment.SMB));
            }
        }
        batch.addAll(newCustomers(size - updates, at, run));
        return batch;
    }

    private List<GenericRecord> newCustomers(int count, Instant at, String run) {
        List<GenericRecord> rows = new ArrayList<>(count);
        CustomerSegment[] segments = CustomerSegment.values();
        for (int i = customers; i < customers + count; i++) {
            rows.add(row(i, at, run, segments[i % segments.length]));
        }
        customers += count;
        return rows;
    }

    /** Applies a change batch to the whole dimension held in memory (ids are positions), as the table applies it. */
    static void applyTo(List<GenericRecord> whole, List<GenericRecord> batch) {
        for (GenericRecord r : batch) {
            int id = idOf(r);
            if (id < whole.size()) {
                whole.set(id, r);
            } else {
                whole.add(r);
            }
        }
    }

    /** The position of a row's customer in the dimension: ids are dense from 0, in load order. */
    private static int idOf(GenericRecord row) {
        return Integer.parseInt(row.get(CustomerSchema.RECORD_KEY).toString().substring(1));
    }

    private static GenericRecord row(int id, Instant at, String run, CustomerSegment segment) {
        String key = String.format("C%08d", id);
        return CustomerSchema.toRecord(new CustomerChange(ChangeOp.UPSERT, key, "Customer " + id,
            "c" + id + "@example.com", "DE", segment, at), run);
    }
}
