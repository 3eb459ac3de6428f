package io.tributary.batch;

import io.tributary.batch.archive.ArchiveCommand;
import io.tributary.batch.ingest.IngestCommand;
import io.tributary.batch.nightly.BackfillCommand;
import io.tributary.batch.nightly.NightlyCommand;
import io.tributary.batch.nightly.NightlyStepCommand;
import io.tributary.batch.run.RunsCommand;
import io.tributary.batch.show.ShowCommand;
import io.tributary.cli.CommandGroup;
import io.tributary.cli.CommandRunner;
import picocli.CommandLine.Command;

/**
 * The batch layer's own process: the launcher routes {@code ingest}, {@code archive}, {@code batch}, {@code runs},
 * {@code show}, {@code nightly}, {@code nightly-step} and {@code backfill} here, so they run with the batch layer's
 * classpath (Hadoop, ORC, metastore client).
 */
@Command(name = "tributary", mixinStandardHelpOptions = true,
    description = "Batch layer commands of Tributary.",
    subcommands = {IngestCommand.class, ArchiveCommand.class, BatchCommands.class, RunsCommand.class, ShowCommand.class,
        NightlyCommand.class, BackfillCommand.class, NightlyStepCommand.class})
public final class BatchCli extends CommandGroup {

    public static void main(String[] args) {
        System.exit(CommandRunner.run(new BatchCli(), args));
    }
}
