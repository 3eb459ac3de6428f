package io.tributary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command of the contract that a later milestone delivers. It says so and exits 2; it never
 * pretends to work. Subclasses only carry the {@code @Command} annotation with name and description.
 */
@Command(mixinStandardHelpOptions = true)
public abstract class NotImplementedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    java.util.List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("tributary " + spec.qualifiedName(" ").replaceFirst("^tributary ", "")
            + ": not implemented yet");
        spec.commandLine().getErr().flush();
        return ExitCode.USAGE;
    }
}
