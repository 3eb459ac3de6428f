package io.tributary.cli;

import io.tributary.core.config.ConfigException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs a picocli command tree with Tributary's exit-code rules: usage and configuration errors are
 * one line on stderr and exit 2, a failed job is one line and exit 1. The stack trace goes to the
 * log, never to the user's terminal as the only explanation.
 */
public final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private CommandRunner() {
    }

    /** Builds the command line for {@code command} with Tributary's handlers. */
    public static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setParameterExceptionHandler(usageHandler());
        cl.setExecutionExceptionHandler(executionHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        return cl;
    }

    /** Runs and returns the exit code; {@code main} methods pass it to System.exit. */
    public static int run(Object command, String... args) {
        return commandLine(command).execute(args);
    }

    private static IParameterExceptionHandler usageHandler() {
        return (ParameterException e, String[] args) -> {
            CommandLine cl = e.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println(commandName(cl) + ": " + e.getMessage());
            err.println("Try '" + commandName(cl) + " --help'.");
            err.flush();
            return ExitCode.USAGE;
        };
    }

    private static IExecutionExceptionHandler executionHandler() {
        return (Exception e, CommandLine cl, ParseResult parsed) -> {
            PrintWriter err = cl.getErr();
            String where = commandName(cl) + ": ";
            if (e instanceof ConfigException || e instanceof UsageException) {
                err.println(where + e.getMessage());
                err.flush();
                return ExitCode.USAGE;
            }
            if (e instanceof JobFailedException) {
                LOG.error("{}failed", where, e);
                err.println(where + "failed: " + e.getMessage());
                err.flush();
                return ExitCode.FAILED;
            }
            LOG.error("{}failed unexpectedly", where, e);
            err.println(where + "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            err.flush();
            return ExitCode.FAILED;
        };
    }

    /** "tributary local start": the name as the user typed it, whether the tree's root is "tributary" or a layer's own. */
    static String commandName(CommandLine cl) {
        String full = cl.getCommandSpec().qualifiedName(" ");
        return full.equals("tributary") || full.startsWith("tributary ") ? full : "tributary " + full;
    }
}
