package io.tributary.serving;

import io.tributary.cli.CommandGroup;
import io.tributary.cli.CommandRunner;
import picocli.CommandLine.Command;

/** The serving layer's own process: the launcher routes {@code serve} here (Javalin + shaded HBase client). */
@Command(name = "tributary", mixinStandardHelpOptions = true, description = "Serving layer of Tributary.",
    subcommands = {ServeCommand.class})
public final class ServingCli extends CommandGroup {

    public static void main(String[] args) {
        System.exit(CommandRunner.run(new ServingCli(), args));
    }
}
