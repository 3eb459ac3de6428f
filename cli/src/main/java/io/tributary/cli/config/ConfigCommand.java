package io.tributary.cli.config;

import io.tributary.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tributary config}: the configuration keys and the values a given configuration yields. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Configuration keys (describe) and effective values (show).",
    synopsisSubcommandLabel = "(describe | show)",
    subcommands = {ConfigDescribeCommand.class, ConfigShowCommand.class})
public final class ConfigCommand extends CommandGroup {
}
