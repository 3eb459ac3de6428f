package io.tributary.cli.generate;

import io.tributary.cli.NotImplementedCommand;
import picocli.CommandLine.Command;

@Command(name = "generate", description = "Deterministic synthetic inputs in every format, plus a manifest of the expected counts.")
public final class GenerateCommand extends NotImplementedCommand {
}
