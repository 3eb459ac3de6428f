package io.tributary.batch;

import io.tributary.batch.curate.CurateCommand;
import io.tributary.batch.curate.VerifyCommand;
import io.tributary.batch.views.PublishViewsCommand;
import io.tributary.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code tributary batch curate | verify | publish-views}. {@code batch customers} runs in the customer dimension's
 * own process (module batch-customers, Hudi's classpath): the launcher routes it there.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Batch layer jobs (curate, verify, publish-views).",
    subcommands = {CurateCommand.class, VerifyCommand.class, PublishViewsCommand.class})
public final class BatchCommands extends CommandGroup {
}
