package io.tributary.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.ReasonCode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    private static RunManifest manifest(String runId, Instant start) {
        RunAccounting.Builder acc = RunAccounting.builder();
        acc.source("raw/a.jsonl").read().read().read().curated().rejected(ReasonCode.INVALID_AMOUNT).duplicateConflict();
        acc.source("raw/b.csv").read().filtered();
        return new RunManifest(runId, "curate", RunManifest.Status.SUCCEEDED, start, start.plusSeconds(42),
            List.of(LocalDate.parse("2026-11-20")), List.of("raw/a.jsonl"), acc.build(),
            List.of(new RunManifest.Output("curated.transactions", "event_date=2026-11-20", "/x/" + runId, 1)), null);
    }

    @Test
    void manifestsRoundTripThroughJsonAndListInStartOrder(@TempDir Path dir) throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        RunStore store = new RunStore(fs, new LakePaths(new org.apache.hadoop.fs.Path(dir.toUri())));
        Instant t0 = Instant.parse("2026-11-27T10:00:00Z");
        String late = RunId.next("curate", t0.plusSeconds(60));
        String early = RunId.next("curate", t0);
        store.write(manifest(late, t0.plusSeconds(60)));
        store.write(manifest(early, t0));

        RunManifest back = store.read(early).orElseThrow();
        assertThat(back).isEqualTo(manifest(early, t0));
        assertThat(back.balanced()).isTrue();
        assertThat(back.accounting().total().read()).isEqualTo(4);
        assertThat(back.accounting().total().errors(ReasonCode.DUPLICATE_CONFLICT)).isEqualTo(1);
        assertThat(store.list()).extracting(RunManifest::runId).containsExactly(early, late);
        assertThat(store.read("curate-20260101T000000Z-0000")).isEmpty();
    }

    @Test
    void runIdsSayKindAndTime() {
        String id = RunId.next("curate", Instant.parse("2026-11-27T14:30:12Z"));
        assertThat(id).startsWith("curate-20261127T143012Z-").hasSize("curate-20261127T143012Z-0000".length());
        assertThat(RunId.isRunId(id)).isTrue();
        assertThat(RunId.isRunId("_scratch")).isFalse();
    }
}
