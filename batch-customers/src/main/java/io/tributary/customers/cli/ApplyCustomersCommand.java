package io.tributary.customers.cli;

import io.tributary.cli.ConfigOptions;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.run.ApplyCustomersRun;
import io.tributary.customers.run.CustomerRunManifest;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary batch customers --input PATH}. */
@Command(name = "customers", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Apply customer changes (CDC files) to the Hudi customer dimension.",
        "One Hudi commit per run (none when nothing changed); rejected rows go to errors.customers; "
            + "the run manifest is in _runs/<run-id>/manifest.json."})
public final class ApplyCustomersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--input", required = true, paramLabel = "PATH",
        description = "A change file (.csv, .csv.gz) or a folder read recursively; a local path, or a URI such as hdfs://...")
    String input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var config = configOptions.config();
        ApplyCustomersRun run = new ApplyCustomersRun(config, CustomerSettings.hadoop(config), HudiTableSettings.DEFAULT,
            Clock.systemUTC(), line -> {
                out.println(line);
                out.flush();
            });
        CustomerRunManifest m = run.run(CustomerSettings.inputPath(input));
        var total = m.accounting().total();
        out.printf("%s: read %d, applied %d, rejected %d, superseded or already applied %d; commit %s%n", m.runId(),
            total.read(), total.curated(), total.rejected(), total.duplicates(),
            m.hudiCommit() == null ? "none (nothing changed)" : m.hudiCommit());
        out.flush();
        return 0;
    }
}
