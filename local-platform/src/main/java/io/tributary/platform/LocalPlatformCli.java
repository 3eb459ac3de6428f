package io.tributary.platform;

import io.tributary.cli.CommandRunner;
import io.tributary.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tributary local start | stop | status}: the local platform from the command line. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = "Run HDFS, Hive Metastore, HBase and Kafka on 127.0.0.1 in one background process, data under local.data.dir.",
    subcommands = {StartCommand.class, StopCommand.class, StatusCommand.class, SmokeCommand.class})
public final class LocalPlatformCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // Before anything creates a logger: logs go to a file, the terminal shows only our lines.
        LogSetup.useDefaultConfig();
        System.exit(CommandRunner.run(new LocalPlatformCli(), args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
