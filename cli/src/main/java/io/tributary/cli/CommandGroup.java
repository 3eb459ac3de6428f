package io.tributary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code batch}, {@code runs}, {@code config}, the root).
 * Called without one, it is a usage error naming the choices, so a script that forgets the
 * subcommand fails with exit 2 instead of silently doing nothing.
 */
public abstract class CommandGroup implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    @Override
    public Integer call() {
        String choices = String.join(", ", spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(), "missing command: one of " + choices);
    }
}
