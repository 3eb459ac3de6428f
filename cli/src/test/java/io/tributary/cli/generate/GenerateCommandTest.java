package io.tributary.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.CliRun;
import io.tributary.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void generatesWithProgressLinesAndASummary(@TempDir Path tmp) {
        Path out = tmp.resolve("data");
        CliRun run = CliRun.of("generate", "--out", out.toString(), "--events", "2000", "--seed", "3");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines()).hasSize(10).allMatch(l -> l.matches("generate: \\d+/2000 records \\(\\d+%\\), .*records/s.*"));
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).startsWith("generate: 2000/2000 records (100%)");
        assertThat(run.out()).startsWith("generated 2000 records in 20 files under " + out);
        assertThat(out.resolve("manifest.json")).exists();
    }

    @Test
    void aBadRateIsAUsageErrorNamingTheOption(@TempDir Path tmp) {
        CliRun run = CliRun.of("generate", "--out", tmp.toString(), "--invalid-rate", "1.5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tributary generate: --invalid-rate must be from 0 to 1");
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--start-date", "20-11-2026").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("generate").err()).contains("--out");
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("precious.txt"), "keep me");
        CliRun run = CliRun.of("generate", "--out", tmp.toString(), "--events", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is not empty");
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--events", "10", "--overwrite").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tmp.resolve("precious.txt")).exists();
    }

    @Test
    void overwriteReplacesAnEarlierDataSetOnly(@TempDir Path tmp) throws Exception {
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--events", "100", "--days", "5").exitCode()).isEqualTo(ExitCode.OK);
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("generate", "--out", tmp.toString(), "--events", "100", "--days", "1", "--overwrite");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(tmp.resolve("notes.txt")).exists();
        assertThat(tmp.resolve("transactions/ingest_date=2026-11-21")).doesNotExist();
    }
}
