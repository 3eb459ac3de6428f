package io.tributary.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Commands that the {@code ./tributary} launcher runs itself, each in its own process (the local
 * platform has its own JVM and classpath; the demo is a script that drives the others). They are
 * registered here only so that the help lists them; reached through this main, they say where to go.
 */
public final class LauncherCommands {
    private LauncherCommands() {
    }

    /** Base: accepts any arguments, explains, exits 2. */
    @Command(mixinStandardHelpOptions = true)
    abstract static class LauncherOnly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> arguments;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("tributary " + spec.qualifiedName(" ").replaceFirst("^tributary ", "")
                + ": run it through ./tributary, which starts it in its own process");
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE;
        }
    }

    @Command(name = "local",
        description = {"start|stop|status|smoke the local platform: HDFS, Hive Metastore, HBase and Kafka on 127.0.0.1, data under var/ (run by the launcher script).",
            "", "The launcher runs it in the local platform's own JVM; this process only lists it."},
        customSynopsis = "tributary local start|stop|status|smoke")
    public static final class Local extends LauncherOnly {
    }

    @Command(name = "demo",
        description = {"The whole story on the local platform: generate, batch, speed, serving, verification summary (run by the launcher script).",
            "", "The launcher runs it as a script that drives the other commands; this process only lists it."},
        customSynopsis = "tributary demo [--events N] [--seed S]")
    public static final class Demo extends LauncherOnly {
    }
}
