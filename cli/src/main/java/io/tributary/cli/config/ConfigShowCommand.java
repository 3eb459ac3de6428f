package io.tributary.cli.config;

import io.tributary.cli.ConfigOptions;
import io.tributary.core.config.ConfigKey;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary config show}: the value every key takes under the given {@code --conf} and
 * {@code --set}, and where it comes from. Operators check a cluster configuration with it before a
 * deployment; {@code --format properties} prints a complete file to start from.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show the effective value of every key for the given --conf / --set, and whether it was set or defaulted.")
public final class ConfigShowCommand implements Callable<Integer> {
    enum Format { text, properties }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--format", paramLabel = "text|properties", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        TributaryConfig config = options.config();
        Map<String, String> values = config.effectiveValues();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.properties) {
            out.println("# Effective Tributary configuration; keys are described by 'tributary config describe'.");
            values.forEach((k, v) -> out.println(k + "=" + v));
        } else {
            int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (ConfigKey<?> key : ConfigKeys.all()) {
                String source = config.isSet(key) ? "set" : "default";
                out.println(String.format("%-" + width + "s  %-7s  %s", key.name(), source, values.get(key.name())));
            }
        }
        out.flush();
        return 0;
    }
}
