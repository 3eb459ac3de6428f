package io.tributary.speed.cli;

import io.tributary.cli.CommandGroup;
import io.tributary.cli.CommandRunner;
import picocli.CommandLine.Command;

/** The speed layer's own process: the launcher routes {@code speed} and {@code produce} here. */
@Command(name = "tributary", mixinStandardHelpOptions = true,
    description = "Speed layer commands of Tributary.",
    subcommands = {SpeedCommand.class, ProduceCommand.class})
public final class SpeedCli extends CommandGroup {

    public static void main(String[] args) {
        System.exit(CommandRunner.run(new SpeedCli(), args));
    }
}
