package io.tributary.batch.nightly;

import io.tributary.batch.BatchCli;
import io.tributary.cli.CommandRunner;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a workflow's steps in order, as Oozie would, and stops at the first that fails: batch-layer steps through
 * the batch layer's own command line (in this process: the same arguments an Oozie action passes), the customer
 * dimension's step in its own process through the launcher (Hudi has its own classpath).
 */
final class WorkflowRunner {
    private final PrintWriter out;
    private final List<String> configArguments;

    WorkflowRunner(PrintWriter out, List<String> configArguments) {
        this.out = out;
        this.configArguments = List.copyOf(configArguments);
    }

    /** @return 0 when every step succeeded, else the exit code of the step that failed */
    int run(String what, List<WorkflowStep> steps, Map<String, String> parameters) {
        long start = System.nanoTime();
        int n = 0;
        for (WorkflowStep step : steps) {
            n++;
            List<String> args = new ArrayList<>(step.arguments(parameters));
            args.addAll(configArguments);
            say(what + ": step " + n + "/" + steps.size() + " " + step.name());
            long t0 = System.nanoTime();
            int code = Workflows.BATCH_MAIN.equals(step.mainClass())
                ? CommandRunner.run(new BatchCli(), args.toArray(String[]::new))
                : inOwnProcess(args);
            say(String.format(java.util.Locale.ROOT, "%s: step %s %s in %.1f s", what, step.name(),
                code == ExitCode.OK ? "done" : "FAILED (exit " + code + ")", (System.nanoTime() - t0) / 1e9));
            if (code != ExitCode.OK) {
                say(what + ": stopped at step " + step.name() + "; later steps did not run (a rerun starts over"
                    + " and skips what is already done)");
                return code;
            }
        }
        say(String.format(java.util.Locale.ROOT, "%s: all %d steps done in %.1f s", what, steps.size(),
            (System.nanoTime() - start) / 1e9));
        return ExitCode.OK;
    }

    /** The customer dimension's step: {@code tributary ARGS} in a child process, through the launcher. */
    private int inOwnProcess(List<String> args) {
        String home = System.getProperty("tributary.home");
        if (home == null || !Files.isExecutable(Path.of(home, "tributary"))) {
            throw new JobFailedException("cannot run the customer dimension's step: the launcher is not known "
                + "(tributary.home is set by ./tributary)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(home, "tributary").toString());
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            throw new JobFailedException("cannot start " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("interrupted while " + command + " ran", e);
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
