package io.tributary.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that a test starts, with stdout and stderr appended to one log file. {@link #kill()} is {@code kill -9} (no
 * shutdown hook runs); {@link #stop(long)} is SIGTERM with a deadline.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param repoRoot  the repository root (for the Java 17 flags the build writes next to the cli classes)
     * @param heap      e.g. {@code 512m}
     */
    public static ChildJvm start(Path repoRoot, String classpath, String mainClass, List<String> args, String heap,
                                 Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-Djava.net.preferIPv4Stack=true");
        cmd.addAll(Arrays.asList(jvmFlags(repoRoot)));
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildJvm(p, log);
    }

    /** The module's jar and runtime classpath as the package build writes them (what the launcher runs). */
    public static String moduleClasspath(Path repoRoot, String module, String artifactId) throws IOException {
        Path target = repoRoot.resolve(module).resolve("target");
        Path jar = target.resolve(artifactId + "-0.1.0-SNAPSHOT.jar");
        Path cp = target.resolve("runtime-classpath.txt");
        if (!Files.exists(jar) || !Files.exists(cp)) {
            throw new IllegalStateException(module + " is not packaged yet (" + jar + "); build the reactor with "
                + "./mvnw verify, or ./mvnw -pl " + module + " -am package first");
        }
        return jar + java.io.File.pathSeparator + Files.readString(cp).trim();
    }

    private static String[] jvmFlags(Path repoRoot) throws IOException {
        Path flags = repoRoot.resolve("cli/target/classes/tributary-jvm.options");
        return Files.exists(flags) ? Files.readString(flags).trim().split("\\s+") : new String[0];
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL after the timeout; the exit code. */
    public int stop(long timeoutSeconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(60);
        }
    }
}
