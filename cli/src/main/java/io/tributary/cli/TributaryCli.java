package io.tributary.cli;

import io.tributary.cli.config.ConfigCommand;
import io.tributary.cli.generate.GenerateCommand;
import picocli.CommandLine.Command;

/**
 * The root of the {@code tributary} command tree. Each layer runs in its own JVM, so this module
 * only implements what needs no cluster client (config, generate); the launcher script routes
 * the other commands to their layer's main class, and the placeholders registered here exist so
 * that {@code tributary --help} lists the whole contract in one place.
 */
@Command(name = "tributary",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = VersionProvider.class,
    description = "Lambda-architecture ETL lakehouse for on-prem Hadoop: batch, speed and serving layers.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
        LauncherCommands.Local.class,
        LauncherCommands.Demo.class,
        GenerateCommand.class,
        BatchLayerCommands.Ingest.class,
        BatchLayerCommands.Archive.class,
        BatchLayerCommands.Batch.class,
        BatchLayerCommands.Nightly.class,
        BatchLayerCommands.Backfill.class,
        BatchLayerCommands.Runs.class,
        BatchLayerCommands.Show.class,
        SpeedLayerCommands.Speed.class,
        ServingLayerCommands.Serve.class,
        SpeedLayerCommands.Produce.class,
        ConfigCommand.class,
    },
    footer = {"", "Exit codes: 0 success, 1 a failed job, 2 a usage or configuration error.",
        "Run 'tributary COMMAND --help' for the options of one command."})
public final class TributaryCli extends CommandGroup {

    public static void main(String[] args) {
        System.exit(CommandRunner.run(new TributaryCli(), args));
    }
}
