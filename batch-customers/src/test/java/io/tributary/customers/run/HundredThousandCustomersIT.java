package io.tributary.customers.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import io.tributary.customers.cli.CustomerSettings;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.batch.testing.EmbeddedMetastore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100k customers, then one run with 10k newer updates and 1k deletes in shuffled order, plus older updates of the
 * same customers in a file read after them: the newest change of each customer wins, each key is stored once, and
 * the export holds exactly the current customers.
 */
class HundredThousandCustomersIT {
    private static final int CUSTOMERS = 100_000;
    private static final int UPDATES = 10_000;
    private static final int DELETES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandCustomersThenOutOfOrderUpdatesAndDeletes() throws IOException {
        TributaryConfig config = EmbeddedMetastore.shared().config(dir.resolve("lake"));
        List<String> initial = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            initial.add("U," + id(i) + ",Customer " + i + ",c" + i + "@example.com,DE,RETAIL,2026-11-20T10:00:00Z");
        }
        write(dir.resolve("1/customers.csv"), initial);
        CustomerRunManifest load = apply(config, dir.resolve("1"));
        assertThat(load.accounting().total().curated()).isEqualTo(CUSTOMERS);

        Random random = new Random(7);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            ids.add(i);
        }
        Collections.shuffle(ids, random);
        List<String> newer = new ArrayList<>();
        List<String> older = new ArrayList<>();
        Map<String, String> expectedSegment = new HashMap<>();
        for (int k = 0; k < UPDATES + DELETES; k++) {
            String id = id(ids.get(k));
            if (k < UPDATES) {
                newer.add("U," + id + ",Renamed,,FR,CORPORATE,2026-11-22T10:00:00Z");
                expectedSegment.put(id, "CORPORATE");
            } else {
                newer.add("D," + id + ",,,,,2026-11-22T10:00:00Z");
                expectedSegment.put(id, null);
            }
            older.add("U," + id + ",Older,,PL,SMB,2026-11-21T10:00:00Z");
        }
        Collections.shuffle(newer, random);
        write(dir.resolve("2/a-newer.csv"), newer);
        write(dir.resolve("2/b-older.csv"), older);

        CustomerRunManifest run = apply(config, dir.resolve("2"));

        assertThat(run.accounting().isBalanced()).isTrue();
        assertThat(run.accounting().total().read()).isEqualTo(2L * (UPDATES + DELETES));
        assertThat(run.accounting().total().curated()).isEqualTo(UPDATES + DELETES);
        assertThat(run.accounting().total().duplicates()).isEqualTo(UPDATES + DELETES);

        CustomerTable table = new CustomerTable(CustomerSettings.hadoop(config), CustomerLake.from(config).customersTable(),
            HudiTableSettings.DEFAULT);
        Map<String, StoredCustomer> rows = new HashMap<>();
        new SnapshotReader(table).readLatest(r -> assertThat(rows.put(r.customerId(), r)).as("key %s once", r.customerId()).isNull());
        assertThat(rows).hasSize(CUSTOMERS);
        expectedSegment.forEach((id, segment) -> {
            StoredCustomer c = rows.get(id);
            if (segment == null) {
                assertThat(c.deleted()).as(id).isTrue();
            } else {
                assertThat(c.segment()).as(id).isEqualTo(segment);
                assertThat(c.country()).as(id).isEqualTo("FR");
            }
        });
        assertThat(rows.values().stream().filter(StoredCustomer::deleted).count()).isEqualTo(DELETES);
        Path export = Path.of(CustomerLake.from(config).snapshotExport(run.hudiCommit()).toUri());
        try (var lines = Files.lines(export)) {
            assertThat(lines.count()).isEqualTo(CUSTOMERS - DELETES);
        }
    }

    private static String id(int i) {
        return String.format("C%07d", i);
    }

    private static void write(Path file, List<String> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(ChangeFiles.HEADER);
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        }
    }

    private static CustomerRunManifest apply(TributaryConfig config, Path input) throws IOException {
        return new ApplyCustomersRun(config, CustomerSettings.hadoop(config), HudiTableSettings.DEFAULT, Clock.systemUTC(),
            line -> { }).run(CustomerSettings.inputPath(input.toString()));
    }
}
