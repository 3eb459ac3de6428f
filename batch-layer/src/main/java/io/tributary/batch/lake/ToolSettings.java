package io.tributary.batch.lake;

import io.tributary.core.config.ConfigException;
import io.tributary.core.config.TributaryConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Arguments of the batch jobs run as Hadoop {@code Tool}s ({@code hadoop jar ... -D k=v}): Tributary's
 * own settings come as {@code --properties FILE} and {@code --set KEY=VALUE} (Hadoop's parser keeps
 * {@code --conf} for itself); everything else is left for the job.
 *
 * @param config the typed configuration
 * @param rest   the arguments that are the job's own, in order
 */
public record ToolSettings(TributaryConfig config, List<String> rest) {

    /**
     * For a job that takes no arguments of its own: the settings, or a usage line on {@code out} and empty.
     *
     * @param job   the job's name in messages, e.g. {@code index}
     * @param usage the usage line
     */
    public static Optional<ToolSettings> parseOptionsOnly(String[] args, String job, String usage,
                                                                    PrintWriter out) {
        try {
            ToolSettings settings = parse(args);
            if (!settings.rest().isEmpty()) {
                throw new IllegalArgumentException("unknown argument '" + settings.rest().get(0) + "'");
            }
            return Optional.of(settings);
        } catch (IllegalArgumentException | ConfigException e) {
            out.println(job + ": " + e.getMessage());
            out.println("usage: " + usage);
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException for a malformed option; ConfigException for a bad key or value */
    public static ToolSettings parse(String[] args) {
        Path properties = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--properties") && i + 1 < args.length) {
                properties = Path.of(args[++i]);
            } else if (arg.equals("--set") && i + 1 < args.length) {
                String kv = args[++i];
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--set needs KEY=VALUE, got '" + kv + "'");
                }
                overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
            } else {
                rest.add(arg);
            }
        }
        TributaryConfig base = properties == null ? TributaryConfig.defaults() : TributaryConfig.load(properties);
        return new ToolSettings(base.with(overrides), List.copyOf(rest));
    }

    /** Tributary's Hadoop settings, then whatever the user passed with {@code -D} on top. */
    public Configuration hadoop(Configuration toolConf) {
        Configuration conf = HadoopSettings.from(config);
        if (toolConf != null) {
            for (Map.Entry<String, String> e : toolConf) {
                String[] sources = toolConf.getPropertySources(e.getKey());
                if (sources != null && Arrays.stream(sources).anyMatch(s -> s.contains("command line"))) {
                    conf.set(e.getKey(), e.getValue());
                }
            }
        }
        return conf;
    }
}
