package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TributaryCliTest {

    @Test
    void helpListsEveryCommandOfTheContract() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        for (String command : new String[] {"local", "demo", "generate", "ingest", "archive", "batch", "nightly", "backfill", "runs", "show",
            "speed", "serve", "produce", "config"}) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " +\\S");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "demo", "generate", "ingest", "archive", "batch", "batch curate", "batch customers", "batch verify",
        "nightly", "backfill",
        "runs", "runs list", "runs show", "show", "speed", "serve", "produce", "config", "config describe", "config show"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of((command + " --help").split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: tributary " + command);
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("tributary ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--bogus");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tributary: Unknown option: '--bogus'");
        assertThat(CliRun.of("generate", "--out", "x", "--bogus").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnknownConfigurationKeyIsAUsageErrorThatNamesIt() {
        CliRun run = CliRun.of("config", "show", "--set", "no.such.key=1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'no.such.key'").hasLineCount(1);
    }

    @Test
    void aBadConfigurationValueIsAUsageErrorThatNamesTheKey() {
        CliRun run = CliRun.of("config", "show", "--set", "serving.port=0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'serving.port'").contains("TCP port");
    }

    @Test
    void aConfigurationFileIsReadAndShown(@TempDir Path tmp) throws Exception {
        Path conf = tmp.resolve("cluster.properties");
        Files.writeString(conf, "kafka.bootstrap.servers=broker1:9092,broker2:9092\n");
        CliRun run = CliRun.of("config", "show", "--conf", conf.toString(), "--set", "speed.grace=5m");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("kafka.bootstrap.servers +set +broker1:9092,broker2:9092")
            .containsPattern("speed.grace +set +5m")
            .containsPattern("metastore.uris +default +thrift://127.0.0.1:19083");
        CliRun properties = CliRun.of("config", "show", "--conf", conf.toString(), "--format", "properties");
        assertThat(properties.out()).contains("\nkafka.bootstrap.servers=broker1:9092,broker2:9092\n");
    }

    @Test
    void aMissingConfigurationFileIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("config", "show", "--conf", tmp.resolve("nope.properties").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nope.properties");
    }

    @Test
    void batchLayerCommandsPointToTheLauncherWhichRunsThemInTheBatchProcess() {
        CliRun run = CliRun.of("batch", "curate", "--dates", "2026-11-20");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("tributary batch curate: run it through ./tributary");
        assertThat(CliRun.of("ingest", "--from", "somewhere").err()).contains("tributary ingest: run it through ./tributary");
        assertThat(CliRun.of("nightly", "--date", "2026-11-20").err()).contains("tributary nightly: run it through ./tributary");
        assertThat(CliRun.of("batch", "customers", "--input", "x").err()).contains("tributary batch customers: run it through ./tributary");
        assertThat(CliRun.of("runs", "show", "r-1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void launcherCommandsPointToTheLauncher() {
        CliRun run = CliRun.of("local", "start");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("tributary local: run it through ./tributary");
        assertThat(CliRun.of("demo").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aGroupWithoutItsSubcommandIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("batch");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tributary batch: missing command: one of curate, customers");
        assertThat(CliRun.of().exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
