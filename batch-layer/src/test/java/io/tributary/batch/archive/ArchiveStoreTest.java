package io.tributary.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.lake.LakePaths;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {

    @TempDir
    Path tmp;

    @Test
    void anIntentIsReplacedByItsCommittedManifestAndOnlyOneRunIsInProgress() throws IOException {
        LakePaths lake = new LakePaths(new org.apache.hadoop.fs.Path(tmp.resolve("lake").toUri()));
        FileSystem fs = FileSystem.getLocal(new Configuration());
        ArchiveStore store = new ArchiveStore(fs, lake);
        OffsetRange range = new OffsetRange("transactions", 0, 0, 10);
        ArchiveManifest intent = ArchiveManifest.intent("archive-20261127T200000Z", Instant.parse("2026-11-27T20:00:00Z"),
            List.of(range));

        assertThat(store.intent()).isEmpty();
        assertThat(store.committed()).isEmpty();
        store.writeIntent(intent);
        assertThat(store.intent()).contains(intent);
        assertThat(store.isCommitted(intent.runId())).isFalse();
        assertThatThrownBy(() -> store.writeIntent(intent)).hasMessageContaining("in progress");

        ArchiveManifest committed = intent.committed(List.of(new ArchivedFile(range, 10, "d".repeat(64), "/raw/f", 99)));
        store.commit(committed);
        assertThat(store.intent()).isEmpty();
        assertThat(store.committed()).containsExactly(committed);
        // committing again (a run stopped between commit and dropping the intent) changes nothing
        store.commit(intent);
        assertThat(store.committed()).containsExactly(committed);
        assertThat(ArchivePlanner.committedEnds(store.committed())).containsEntry(range.partition(), 10L);
    }
}
