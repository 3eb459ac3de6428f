package io.tributary.batch.curate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.run.RunStore;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.UsageException;
import io.tributary.core.accounting.Counts;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.stage.FileIndex;
import io.tributary.core.config.TributaryConfig;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares the latest successful curate run with the expected counts a generated data set carries
 * (the generator's manifest): the demo's verification summary, and a quick check after a deployment.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Compare the latest curate run's counts with a generated data set's expected counts (its manifest.json).",
        "Exit code 0 when every count matches, 1 otherwise."})
public final class VerifyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--expected", required = true, paramLabel = "FILE", description = "manifest.json written by 'tributary generate'.")
    Path expectedFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(expectedFile)) {
            throw new UsageException("--expected: no file " + expectedFile);
        }
        JsonNode files = new ObjectMapper().readTree(expectedFile.toFile()).path("transactions").path("by_source").path("files");
        if (files.isMissingNode()) {
            throw new UsageException("--expected: " + expectedFile + " is not a generator manifest");
        }
        TributaryConfig config = configOptions.config();
        FileSystem fs = LakeFileSystem.open(config, HadoopSettings.from(config));
        LakePaths lake = LakePaths.from(config);
        RunManifest run = new RunStore(fs, lake).latestSucceeded("curate")
            .orElseThrow(() -> new UsageException("no successful curate run yet"));
        // Records read and rejected are counted once per file, when it is indexed (possibly by an earlier
        // run); what the valid records became is the latest run's work over its event dates.
        long read = 0;
        long rejected = 0;
        LandingCatalog catalog = new LandingCatalog(fs, lake);
        for (String sha : catalog.list().indexed()) {
            try (InputStream in = fs.open(catalog.indexPath(sha))) {
                FileIndex index = FileIndex.fromJson(in.readAllBytes());
                read += index.read();
                rejected += index.rejected();
            }
        }
        Counts got = run.accounting().total();
        Map<String, long[]> rows = new LinkedHashMap<>();
        rows.put("read", new long[] {files.path("read").asLong(), read});
        rows.put("rejected", new long[] {files.path("rejected").asLong(), rejected});
        rows.put("curated", new long[] {files.path("curated").asLong(), got.curated()});
        rows.put("duplicates", new long[] {files.path("duplicates").asLong(), got.duplicates()});
        rows.put("filtered", new long[] {files.path("filtered").asLong(), got.filtered()});
        rows.put("unmatched customers", new long[] {files.path("unmatched_customers_final").asLong(), got.unmatchedCustomer()});
        boolean identity = read == rejected + got.curated() + got.duplicates() + got.filtered();
        PrintWriter out = spec.commandLine().getOut();
        out.println("lake as of run " + run.runId() + " against " + expectedFile + " (records from files)");
        out.println(String.format(Locale.ROOT, "  %-20s %10s %10s", "count", "expected", "run"));
        boolean ok = run.balanced() && identity;
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            boolean same = e.getValue()[0] == e.getValue()[1];
            ok &= same;
            out.println(String.format(Locale.ROOT, "  %-20s %10d %10d  %s", e.getKey(), e.getValue()[0], e.getValue()[1],
                same ? "ok" : "MISMATCH"));
        }
        out.println("  accounting identity read = curated + rejected + duplicates + filtered: "
            + (identity && run.balanced() ? "holds" : "DOES NOT HOLD"));
        out.flush();
        return ok ? ExitCode.OK : ExitCode.FAILED;
    }
}
