package io.tributary.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spawns the background platform JVM: the same java, the same classpath, the Java 17 module flags
 * HBase and Hadoop need, output to the log folder, detached from the terminal.
 */
public final class ServerLauncher {
    /** Overrides the classpath of the server JVM (tests whose own classpath is a surefire booter jar). */
    public static final String CLASSPATH_PROPERTY = "tributary.platform.classpath";
    /** Heap of the platform JVM: enough for all four services with data, well under the RSS budget. */
    static final String HEAP = "-Xmx1536m";
    /** The collector unless {@link #EXTRA_OPTIONS_ENV} names one (the JVM refuses two). */
    static final String DEFAULT_COLLECTOR = "-XX:+UseG1GC";
    /**
     * Extra options for the platform JVM, after the launcher's own so they win (heap, collector, diagnostics); the
     * options of the CLI JVM that runs 'start' are not passed on, they are for that short-lived process.
     */
    public static final String EXTRA_OPTIONS_ENV = "TRIBUTARY_PLATFORM_JAVA_OPTS";
    private static final String JVM_OPTIONS_RESOURCE = "tributary-jvm.options";
    private static final String SETSID = "/usr/bin/setsid";

    private ServerLauncher() {
    }

    /** The full command line of the server JVM. */
    static List<String> command(PlatformSettings settings, List<String> currentJvmArgs, String classpath, String optionsFile) {
        return command(settings, currentJvmArgs, classpath, optionsFile, "");
    }

    /** The full command line of the server JVM, with {@code extraOptions} (space-separated) after the defaults. */
    static List<String> command(PlatformSettings settings, List<String> currentJvmArgs, String classpath, String optionsFile,
                                String extraOptions) {
        List<String> extra = extraOptions == null || extraOptions.isBlank() ? List.of()
            : List.of(extraOptions.trim().split("\\s+"));
        List<String> cmd = new ArrayList<>();
        // setsid puts the server in its own session: a Ctrl-C in the terminal that ran 'start' never reaches it.
        if (new File(SETSID).canExecute()) {
            cmd.add(SETSID);
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // First, so it is within what the OS shows of a long command line (Linux: 4096 bytes).
        cmd.add(PlatformProcess.SERVER_MARKER);
        cmd.add(HEAP);
        cmd.add("-XX:MaxDirectMemorySize=512m");
        if (extra.stream().noneMatch(ServerLauncher::choosesCollector)) {
            cmd.add(DEFAULT_COLLECTOR);
        }
        // Every service of the platform shares this JVM, so one of its pauses stalls HBase, Kafka and HDFS at once:
        // the log says when and for how long (rotated, a few MB at most).
        cmd.add("-Xlog:gc,safepoint:file=" + settings.logDir().resolve("gc-platform.log") + ":uptime:filecount=3,filesize=10m");
        cmd.add("-Djava.net.preferIPv4Stack=true");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(moduleFlags(currentJvmArgs, optionsFile));
        cmd.addAll(extra);
        cmd.add("-Dlog4j2.configurationFile=" + LogSetup.CONFIG_RESOURCE);
        cmd.add("-D" + LogSetup.LOG_FILE_PROPERTY + "=" + settings.logDir().resolve("platform.log"));
        cmd.add("-D" + LogSetup.LOG_LEVEL_PROPERTY + "=INFO");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(PlatformProcess.SERVER_MAIN);
        for (Map.Entry<String, String> e : settings.asServerValues().entrySet()) {
            cmd.add(e.getKey() + "=" + e.getValue());
        }
        return cmd;
    }

    /** True for a flag that selects a garbage collector, such as {@code -XX:+UseZGC}. */
    static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /**
     * The --add-opens/--add-exports flags: those this JVM was started with (the launcher and the test
     * forks pass them) plus those the build wrote into the options resource, without duplicates.
     */
    static List<String> moduleFlags(List<String> currentJvmArgs, String optionsFile) {
        Set<String> flags = new LinkedHashSet<>();
        for (String arg : currentJvmArgs) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
                flags.add(arg.contains("=") ? arg : arg.replaceFirst(" ", "="));
            }
        }
        if (optionsFile != null) {
            for (String token : optionsFile.trim().split("\\s+")) {
                if (token.startsWith("--add-opens=") || token.startsWith("--add-exports=")) {
                    flags.add(token);
                }
            }
        }
        return new ArrayList<>(flags);
    }

    /** Starts the server detached; its pid is in the returned handle and, soon, in the state file. */
    public static Process launch(PlatformSettings settings) throws IOException {
        Files.createDirectories(settings.logDir());
        String classpath = absoluteClasspath(System.getProperty(CLASSPATH_PROPERTY, System.getProperty("java.class.path")));
        List<String> cmd = command(settings, ManagementFactory.getRuntimeMXBean().getInputArguments(), classpath,
            readOptionsResource(), System.getenv(EXTRA_OPTIONS_ENV));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.directory(settings.dataDir().toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        File out = settings.logDir().resolve("platform.out").toFile();
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(out));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(out));
        return pb.start();
    }

    /** The server runs in the data folder, so relative classpath entries must be resolved here first. */
    static String absoluteClasspath(String classpath) {
        StringBuilder out = new StringBuilder();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(File.pathSeparatorChar);
            }
            out.append(Path.of(entry).toAbsolutePath().normalize());
        }
        return out.toString();
    }

    private static String readOptionsResource() throws IOException {
        try (InputStream in = ServerLauncher.class.getClassLoader().getResourceAsStream(JVM_OPTIONS_RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
