package io.tributary.batch.nightly;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One step of a reconciliation workflow: the process that runs it (its main class) and its arguments, written as
 * the Oozie workflow writes them, with {@code ${parameter}} placeholders for the workflow's parameters. Both
 * runners, {@code tributary nightly} and Oozie, append the configuration options ({@code --conf FILE}) after them.
 *
 * @param name             the Oozie action's name; for batch-layer steps also the {@code nightly-step} subcommand
 * @param mainClass        the main class of the step's process
 * @param argumentTemplate the arguments, placeholders unfilled
 * @param isTransient      true when a failure may be a passing one (a broker or a region server restarting), so
 *                         Oozie retries the action; false for steps whose failure is a verdict (the gate)
 */
public record WorkflowStep(String name, String mainClass, List<String> argumentTemplate, boolean isTransient) {

    public WorkflowStep {
        argumentTemplate = List.copyOf(argumentTemplate);
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("step names are lower case: " + name);
        }
    }

    /** The arguments with every {@code ${parameter}} replaced by its value. */
    public List<String> arguments(Map<String, String> parameters) {
        return argumentTemplate.stream().map(a -> fill(a, parameters)).toList();
    }

    private static String fill(String argument, Map<String, String> parameters) {
        if (!argument.startsWith("${") || !argument.endsWith("}")) {
            return argument;
        }
        String parameter = argument.substring(2, argument.length() - 1);
        String value = parameters.get(parameter);
        if (value == null) {
            throw new IllegalArgumentException("no value for the workflow parameter " + parameter);
        }
        return value;
    }
}
