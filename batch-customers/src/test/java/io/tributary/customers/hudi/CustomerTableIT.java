package io.tributary.customers.hudi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hudi's own merge, without Tributary's pre-filter: an upsert whose {@code updated_at} is older than the stored
 * row's must leave the stored row alone (DefaultHoodieRecordPayload with the ordering field), a newer one replaces
 * it, and the latest snapshot read through the path filter holds each key once.
 */
class CustomerTableIT {
    @TempDir
    Path dir;

    private CustomerTable table() {
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", "file:///");
        return new CustomerTable(conf, new org.apache.hadoop.fs.Path(dir.resolve("customers").toUri()), HudiTableSettings.DEFAULT);
    }

    static GenericRecord row(ChangeOp op, String id, String segment, String updatedAt, String run) {
        return CustomerSchema.toRecord(new CustomerChange(op, id, "n-" + id, null, "DE",
            segment == null ? null : CustomerSegment.valueOf(segment), Instant.parse(updatedAt)), run);
    }

    private static Map<String, StoredCustomer> latest(CustomerTable t) throws IOException {
        Map<String, StoredCustomer> rows = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        new SnapshotReader(t).readLatest(c -> {
            seen.add(c.customerId());
            rows.put(c.customerId(), c);
        });
        assertThat(seen).doesNotHaveDuplicates();
        return rows;
    }

    @Test
    void anOlderUpdateNeverOverwritesANewerStoredRow() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1"),
            row(ChangeOp.UPSERT, "C2", "SMB", "2026-11-20T10:00:00Z", "r1")), Map.of("tributary.run_id", "r1"), i -> { });

        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "CORPORATE", "2026-11-19T10:00:00Z", "r2"),
            row(ChangeOp.UPSERT, "C2", "CORPORATE", "2026-11-21T10:00:00Z", "r2")), Map.of("tributary.run_id", "r2"), i -> { });

        Map<String, StoredCustomer> rows = latest(t);
        assertThat(rows.get("C1").segment()).isEqualTo("RETAIL");
        assertThat(rows.get("C1").runId()).isEqualTo("r1");
        assertThat(rows.get("C2").segment()).isEqualTo("CORPORATE");
        assertThat(t.completedCommits()).hasSize(2);
        assertThat(t.commitMetadata(t.latestCommit().orElseThrow())).containsEntry("tributary.run_id", "r2");
    }

    @Test
    void aTombstoneStopsAnOlderUpdateFromALaterRun() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1")), Map.of(), i -> { });
        t.upsert(List.of(row(ChangeOp.DELETE, "C1", null, "2026-11-22T10:00:00Z", "r2")), Map.of(), i -> { });
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "SMB", "2026-11-21T10:00:00Z", "r3")), Map.of(), i -> { });

        assertThat(latest(t).get("C1").deleted()).isTrue();

        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "SMB", "2026-11-23T10:00:00Z", "r4")), Map.of(), i -> { });
        assertThat(latest(t).get("C1").deleted()).isFalse();
        assertThat(latest(t).get("C1").segment()).isEqualTo("SMB");
    }

    @Test
    void timeTravelReadsTheSnapshotOfAPastCommit() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1")), Map.of(), i -> { });
        String first = t.latestCommit().orElseThrow();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "SMB", "2026-11-21T10:00:00Z", "r2"),
            row(ChangeOp.UPSERT, "C2", "SMB", "2026-11-21T10:00:00Z", "r2")), Map.of(), i -> { });

        List<StoredCustomer> then = new ArrayList<>();
        new SnapshotReader(t).readAsOf(first, then::add);
        assertThat(then).extracting(StoredCustomer::customerId, StoredCustomer::segment)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", "RETAIL"));
        assertThat(latest(t)).hasSize(2);
    }

    private static Map<String, org.apache.hudi.common.model.HoodieRecordLocation> locations(CustomerTable t) throws IOException {
        Map<String, org.apache.hudi.common.model.HoodieRecordLocation> at = new TreeMap<>();
        new SnapshotReader(t).readLatestLocated((row, location) -> at.put(row.customerId(), location));
        return at;
    }

    @Test
    void aLocatedUpsertMergesTaggedRowsByUpdatedAtAndInsertsTheRest() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1"),
            row(ChangeOp.UPSERT, "C2", "SMB", "2026-11-20T10:00:00Z", "r1")), Map.of(), i -> { });
        Map<String, org.apache.hudi.common.model.HoodieRecordLocation> at = locations(t);
        assertThat(at).containsOnlyKeys("C1", "C2");

        CustomerTable.CommitResult result = t.upsertLocated(List.of(
                row(ChangeOp.UPSERT, "C1", "CORPORATE", "2026-11-19T10:00:00Z", "r2"),
                row(ChangeOp.DELETE, "C2", null, "2026-11-21T10:00:00Z", "r2"),
                row(ChangeOp.UPSERT, "C3", "SMB", "2026-11-21T10:00:00Z", "r2")),
            at, Map.of("tributary.run_id", "r2"), i -> { });

        assertThat(result.inserts()).isEqualTo(1);
        Map<String, StoredCustomer> rows = latest(t);
        assertThat(rows).containsOnlyKeys("C1", "C2", "C3");
        assertThat(rows.get("C1").segment()).isEqualTo("RETAIL");
        assertThat(rows.get("C2").deleted()).isTrue();
        assertThat(rows.get("C3").segment()).isEqualTo("SMB");
        assertThat(t.completedCommits()).hasSize(2);
        assertThat(t.commitMetadata(t.latestCommit().orElseThrow())).containsEntry("tributary.run_id", "r2");
    }

    @Test
    void aLocatedUpsertRefusesAKeyTwice() throws IOException {
        CustomerTable t = table();
        List<GenericRecord> twice = List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1"),
            row(ChangeOp.UPSERT, "C1", "SMB", "2026-11-21T10:00:00Z", "r1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.upsertLocated(twice, Map.of(), Map.of(), i -> { }))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(t.completedCommits()).isEmpty();
    }

    @Test
    void theVersionReadFindsWhatTheWholeRowReadFindsForTheAskedKeys() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1"),
            row(ChangeOp.UPSERT, "C2", "SMB", "2026-11-20T11:00:00Z", "r1"),
            row(ChangeOp.DELETE, "C3", null, "2026-11-20T12:00:00Z", "r1")), Map.of(), i -> { });
        Map<String, org.apache.hudi.common.model.HoodieRecordLocation> at = locations(t);

        Map<String, StoredVersion> versions = new TreeMap<>();
        new SnapshotReader(t).readLatestVersions(java.util.Set.of("C1", "C3", "C9"), versions::put);
        assertThat(versions).containsOnlyKeys("C1", "C3");
        assertThat(versions.get("C1").updatedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(versions.get("C3").updatedAt()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(versions.get("C1").location()).isEqualTo(at.get("C1"));

        Map<String, StoredCustomer> rows = new TreeMap<>();
        new SnapshotReader(t).readLatestLocated(java.util.Set.of("C2", "C3"), (r, l) -> rows.put(r.customerId(), r));
        assertThat(rows).containsOnlyKeys("C2", "C3");
        assertThat(rows.get("C3").deleted()).isTrue();
        assertThat(rows.get("C2")).isEqualTo(latest(t).get("C2"));
    }

    @Test
    void aNewTableKeepsNoHudiMetaColumns() throws IOException {
        CustomerTable t = table();
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "RETAIL", "2026-11-20T10:00:00Z", "r1")), Map.of(), i -> { });
        assertThat(t.populatesMetaFields()).isFalse();
        assertThat(t.metaClient().getTableConfig().getRecordKeyFieldProp()).isEqualTo(CustomerSchema.RECORD_KEY);
        // A second commit merges through the key generator (no stored _hoodie_record_key to read the key from).
        t.upsert(List.of(row(ChangeOp.UPSERT, "C1", "SMB", "2026-11-21T10:00:00Z", "r2")), Map.of(), i -> { });
        assertThat(latest(t).get("C1").segment()).isEqualTo("SMB");
    }

    @Test
    void aLocatedUpsertMergesSeveralFileGroupsSideBySideInOneCommit() throws IOException {
        Configuration conf = new Configuration();
        conf.set("fs.defaultFS", "file:///");
        // 64 KiB files of ~16-byte rows: 20k customers make several file groups, merged on three threads.
        HudiTableSettings small = new HudiTableSettings(HudiTableSettings.DEFAULT.indexType(), 3, 64 * 1024, 32 * 1024,
            10, 20, 30);
        CustomerTable t = new CustomerTable(conf, new org.apache.hadoop.fs.Path(dir.resolve("groups").toUri()), small);
        List<GenericRecord> load = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            load.add(row(ChangeOp.UPSERT, String.format("C%05d", i), "RETAIL", "2026-11-20T10:00:00Z", "r1"));
        }
        CustomerTable.CommitResult first = t.upsertLocated(load, Map.of(), Map.of("tributary.run_id", "r1"), i -> { });
        assertThat(first.filesWritten()).isGreaterThanOrEqualTo(3);
        assertThat(first.inserts()).isEqualTo(20_000);
        Map<String, org.apache.hudi.common.model.HoodieRecordLocation> at = locations(t);
        assertThat(at.values().stream().map(org.apache.hudi.common.model.HoodieRecordLocation::getFileId).distinct())
            .hasSize((int) first.filesWritten());

        // Every 7th customer updated (so every file group is merged), 1 000 new ones.
        List<GenericRecord> changes = new ArrayList<>();
        for (int i = 0; i < 20_000; i += 7) {
            changes.add(row(ChangeOp.UPSERT, String.format("C%05d", i), "SMB", "2026-11-21T10:00:00Z", "r2"));
        }
        int updates = changes.size();
        for (int i = 20_000; i < 21_000; i++) {
            changes.add(row(ChangeOp.UPSERT, String.format("C%05d", i), "CORPORATE", "2026-11-21T10:00:00Z", "r2"));
        }
        CustomerTable.CommitResult second = t.upsertLocated(changes, at, Map.of("tributary.run_id", "r2"), i -> { });

        assertThat(second.updates()).isEqualTo(updates);
        assertThat(second.inserts()).isEqualTo(1_000);
        assertThat(second.filesWritten()).isGreaterThanOrEqualTo(first.filesWritten());
        assertThat(second.recordsWritten()).isEqualTo(21_000);
        Map<String, StoredCustomer> rows = latest(t);
        assertThat(rows).hasSize(21_000);
        for (int i = 0; i < 21_000; i++) {
            String expected = i >= 20_000 ? "CORPORATE" : i % 7 == 0 ? "SMB" : "RETAIL";
            assertThat(rows.get(String.format("C%05d", i)).segment()).as("customer %d", i).isEqualTo(expected);
        }
        assertThat(t.completedCommits()).hasSize(2);
    }
}
