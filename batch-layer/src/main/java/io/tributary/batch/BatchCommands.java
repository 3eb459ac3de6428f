package io.tributary.batch;

import io.tributary.batch.curate.CurateCommand;
import io.tributary.batch.curate.VerifyCommand;
import io.tributary.batch.views.PublishViewsCommand;
import io.tributary.cli.CommandGroup;
import io.tributary.cli.NotImplementedCommand;
import picocli.CommandLine.Command;

/** {@code tributary batch curate | customers}. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Batch layer jobs (curate, customers).",
    subcommands = {CurateCommand.class, BatchCommands.Customers.class, VerifyCommand.class,
        PublishViewsCommand.class})
public final class BatchCommands extends CommandGroup {

    @Command(name = "customers", description = "Apply customer changes (CDC files) to the Hudi customer dimension.")
    public static final class Customers extends NotImplementedCommand {
    }
}
