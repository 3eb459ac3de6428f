package io.tributary.cli;

import io.tributary.core.config.TributaryConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The configuration options every command shares, mixed in with {@code @Mixin}: one properties
 * file and single-key overrides. Problems surface as ConfigException: a usage error (exit 2).
 */
public final class ConfigOptions {
    @Option(names = "--conf", paramLabel = "FILE", description = "Configuration file (properties). Keys: 'tributary config describe'.")
    Path confFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set one configuration key; repeatable; wins over --conf.")
    Map<String, String> overrides = new LinkedHashMap<>();

    private TributaryConfig loaded;

    /** These options as command-line arguments, to hand the same configuration to another command or process. */
    public java.util.List<String> asArguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (confFile != null) {
            args.add("--conf");
            args.add(confFile.toAbsolutePath().toString());
        }
        overrides.forEach((k, v) -> {
            args.add("--set");
            args.add(k + "=" + v);
        });
        return args;
    }

    public TributaryConfig config() {
        if (loaded == null) {
            TributaryConfig base = confFile == null ? TributaryConfig.defaults() : TributaryConfig.load(confFile);
            loaded = base.with(overrides);
        }
        return loaded;
    }
}
