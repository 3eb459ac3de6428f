package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curation job's choice of customer snapshot: a configured export, else the newest Hudi export, else raw files. */
class CustomerDimensionTest {
    @TempDir
    Path root;

    private CustomerDimension.Loaded load(Map<String, String> settings) throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        TributaryConfig config = TributaryConfig.of(Map.of("fs.uri", "file:///", "storage.root", root.toString())).with(settings);
        return CustomerDimension.load(fs, LakePaths.from(config), config, ValidationRules.DEFAULT);
    }

    private Path export(String commit, String... lines) throws IOException {
        Path file = root.resolve("curated/_customers_snapshot/" + commit + ".tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("", lines));
        return file;
    }

    @Test
    void theNewestExportOfTheHudiTableWins() throws IOException {
        export("20261120100000000", "C1\tRETAIL\tDE\t2026-11-20T10:00:00Z\n");
        export("20261121100000000", "C1\tSMB\tDE\t2026-11-21T10:00:00Z\n", "C2\tTEST\t\t2026-11-21T10:00:00Z\n");
        Files.writeString(root.resolve("curated/_customers_snapshot/_20261122100000000.tsv.tmp"), "half written");

        CustomerDimension.Loaded loaded = load(Map.of());

        assertThat(loaded.origin()).contains("Hudi commit 20261121100000000");
        assertThat(loaded.snapshot().size()).isEqualTo(2);
        assertThat(loaded.snapshot().find("C1").orElseThrow().segment()).isEqualTo(CustomerSegment.SMB);
    }

    @Test
    void aBackfillNamesAnExportOfAPastCommit() throws IOException {
        Path old = export("20261120100000000", "C1\tRETAIL\tDE\t2026-11-20T10:00:00Z\n");
        export("20261121100000000", "C1\tSMB\tDE\t2026-11-21T10:00:00Z\n");

        CustomerDimension.Loaded loaded = load(Map.of("batch.customers.snapshot", old.toUri().toString()));

        assertThat(loaded.snapshot().find("C1").orElseThrow().segment()).isEqualTo(CustomerSegment.RETAIL);
        assertThat(loaded.origin()).contains("batch.customers.snapshot");
    }

    @Test
    void withoutAHudiDimensionTheLandedChangeFilesAreFolded() throws IOException {
        CustomerDimension.Loaded loaded = load(Map.of());

        assertThat(loaded.snapshot().size()).isZero();
        assertThat(loaded.origin()).contains("no Hudi customer dimension yet");
    }
}
