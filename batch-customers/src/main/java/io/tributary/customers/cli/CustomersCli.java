package io.tributary.customers.cli;

import io.tributary.cli.CommandGroup;
import io.tributary.cli.CommandRunner;
import picocli.CommandLine.Command;

/**
 * The customer dimension's own process: the launcher routes {@code batch customers}, {@code batch customers-export}
 * and {@code show curated.customers|errors.customers} here, so they run with Hudi's classpath.
 */
@Command(name = "tributary", mixinStandardHelpOptions = true,
    description = "Customer dimension commands of Tributary (Apache Hudi).",
    subcommands = {CustomersCli.Batch.class, ShowCustomersCommand.class})
public final class CustomersCli extends CommandGroup {

    public static void main(String[] args) {
        JvmSettings.apply();
        System.exit(CommandRunner.run(new CustomersCli(), args));
    }

    /** {@code tributary batch customers | customers-export}. */
    @Command(name = "batch", mixinStandardHelpOptions = true, description = "Customer dimension jobs.",
        subcommands = {ApplyCustomersCommand.class, ExportCustomersCommand.class})
    public static final class Batch extends CommandGroup {
    }
}
