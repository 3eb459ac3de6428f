package io.tributary.cli.config;

import io.tributary.cli.UsageException;
import io.tributary.core.config.ConfigKey;
import io.tributary.core.config.ConfigKeys;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tributary config describe}: every key with type, default, valid values and documentation. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = {"Describe every configuration key: name, type, default, valid values, documentation.",
        "'--format markdown' prints the table of docs/CONFIGURATION.md."})
public final class ConfigDescribeCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "KEY", arity = "0..*", description = "Only these keys (default: all).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        List<ConfigKey<?>> keys = selected();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.markdown ? ConfigDocs.markdown(keys) : ConfigDocs.text(keys));
        out.flush();
        return 0;
    }

    private List<ConfigKey<?>> selected() {
        if (names.isEmpty()) {
            return ConfigKeys.all();
        }
        List<ConfigKey<?>> keys = new ArrayList<>();
        for (String name : names) {
            keys.add(ConfigKeys.find(name).orElseThrow(() -> new UsageException("unknown configuration key '" + name + "'")));
        }
        return keys;
    }
}
