package io.tributary.batch.views;

import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tributary batch publish-views}: builds and publishes a new batch view generation from the curated partitions
 * published now, with the counts of the last successful curate run. {@code batch curate} does this itself unless
 * told {@code --skip-views}.
 */
@Command(name = "publish-views", mixinStandardHelpOptions = true,
    description = {"Bulk-load the published curated partitions into a new HBase batch view generation, then move the",
        "pointer (generation + batch watermark) in one write. Old generations are dropped after views.generation.grace."})
public final class PublishViewsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--through", paramLabel = "D",
        description = "Fold only event dates up to D (YYYY-MM-DD); the batch watermark becomes the end of D.")
    LocalDate through;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TributaryConfig config = configOptions.config();
        PrintWriter out = spec.commandLine().getOut();
        Optional<RunManifest> last = RunStore.open(config).latestSucceeded("curate");
        if (last.isEmpty()) {
            throw new JobFailedException("no successful curate run yet: run tributary batch curate first");
        }
        Optional<ViewGeneration> g = ViewPublishing.after(config, last.get(), Optional.ofNullable(through), line -> {
            out.println(line);
            out.flush();
        });
        out.println(g.map(v -> "published generation " + v.generation() + ", batch watermark " + v.batchWatermark())
            .orElse("nothing to publish"));
        return ExitCode.OK;
    }
}
