package io.tributary.customers.cli;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.UsageException;
import io.tributary.customers.export.SnapshotExport;
import io.tributary.customers.hudi.CustomerSchema.StoredCustomer;
import io.tributary.customers.hudi.CustomerTable;
import io.tributary.customers.hudi.HudiTableSettings;
import io.tributary.customers.hudi.SnapshotReader;
import io.tributary.customers.run.ApplyCustomersRun;
import io.tributary.customers.run.CustomerLake;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary batch customers-export [--as-of COMMIT] [--out PATH]}: the side file the curation job enriches
 * from. Without options it (re)writes the export of the latest commit where the curation job looks for it; with
 * {@code --as-of} it writes the dimension as of a past commit to {@code --out}, for a backfill that must enrich as
 * of then ({@code tributary batch curate ... --set batch.customers.snapshot=PATH}).
 */
@Command(name = "customers-export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Export the customer dimension (latest, or as of a past Hudi commit) as the side file the curation job reads."})
public final class ExportCustomersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--as-of", paramLabel = "COMMIT",
        description = "A Hudi commit instant (yyyyMMddHHmmssSSS, see 'tributary show curated.customers --commits'); "
            + "the newest commit at or before it is used. Needs --out.")
    String asOf;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the export (local path or URI).")
    String out;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        var config = configOptions.config();
        Configuration hadoop = CustomerSettings.hadoop(config);
        CustomerLake lake = CustomerLake.from(config);
        FileSystem fs = lake.root().getFileSystem(hadoop);
        CustomerTable table = new CustomerTable(hadoop, lake.customersTable(), HudiTableSettings.DEFAULT);
        if (!table.exists()) {
            throw new UsageException("there is no customer dimension at " + lake.customersTable()
                + " yet: run 'tributary batch customers --input PATH' first");
        }
        if (asOf == null && out == null) {
            String latest = table.latestCommit().orElseThrow(() -> new UsageException("the customer table has no commit yet"));
            Path target = ApplyCustomersRun.exportIfMissing(fs, lake, table, latest);
            w.println("exported commit " + latest + " to " + target);
            return 0;
        }
        if (out == null) {
            throw new UsageException("--as-of needs --out PATH (the curation job's default export is always the latest)");
        }
        List<StoredCustomer> rows = new ArrayList<>();
        SnapshotReader reader = new SnapshotReader(table);
        if (asOf == null) {
            reader.readLatest(rows::add);
        } else {
            reader.readAsOf(asOf, rows::add);
        }
        Path target = CustomerSettings.inputPath(out);
        long n = SnapshotExport.write(target.getFileSystem(hadoop), target, rows);
        w.println("exported " + n + " customers" + (asOf == null ? "" : " as of " + asOf) + " to " + target);
        return 0;
    }
}
