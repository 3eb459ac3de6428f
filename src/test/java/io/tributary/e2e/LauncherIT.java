package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher as a user runs it: the real `./tributary` script at the repository root, which
 * finds the jars this build just packaged, so nothing is rebuilt here. Checks the exit-code
 * contract (0 success, 2 usage or configuration error, one line naming what was wrong).
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int exitCode, String out, String err) {
    }

    static Result tributary(String... args) throws IOException, InterruptedException {
        return tributary(Duration.ofSeconds(120), args);
    }

    static Result tributary(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("tributary").toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("tributary-out", ".txt");
        Path err = Files.createTempFile("tributary-err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tributary " + String.join(" ", args) + " did not finish within " + timeout);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsOfTheContract() throws Exception {
        Result r = tributary("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("local", "demo", "generate", "ingest", "batch", "nightly", "speed", "serve", "produce", "config");
    }

    @Test
    void aBadNightIsAUsageErrorOfTheBatchLayersProcess() throws Exception {
        Result r = tributary("nightly", "--date", "2026-11-31");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--date '2026-11-31' is not a date");
    }

    @Test
    void anUnknownConfigurationKeyIsAUsageErrorNamingTheKey() throws Exception {
        Result r = tributary("config", "show", "--set", "kafka.bootstrap.server=x:1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("kafka.bootstrap.server");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Result r = tributary("generate", "--out", "var/unused", "--no-such-option");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option");
    }

    @Test
    void configDescribeDocumentsEveryKey() throws Exception {
        Result r = tributary("config", "describe");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("fs.uri", "metastore.uris", "kafka.bootstrap.servers", "speed.grace");
    }
}
