package io.tributary.batch.show;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.table.CatalogException;
import io.tributary.batch.table.Column;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.PublishedPartition;
import io.tributary.batch.table.RegisteredTable;
import io.tributary.batch.table.TableSpec;
import io.tributary.batch.table.Tables;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary show TABLE}: the rows of a table as the metastore publishes them, read from its ORC
 * files: what a query engine would return for {@code SELECT * ... LIMIT n}, without one.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print rows of a table registered in the Hive Metastore (ORC tables, e.g. "
        + "curated.transactions, errors.transactions, views.customer_daily_spend), partition columns included.",
        "Reads the partitions the metastore points at, in partition order. Columns: docs/TABLES.md."})
public final class ShowCommand implements Callable<Integer> {
    /** How rows are printed. */
    public enum Format {
        /** One JSON object per line: binary as base64, decimals as strings, timestamps as ISO-8601 UTC. */
        json,
        /** An aligned table for people; wide cells are cut. */
        table
    }

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", description = "database.table, e.g. curated.transactions.")
    String table;

    @Option(names = "--partition", paramLabel = "KEY=VALUE",
        description = {"Only partitions with this value; repeatable: values of one key are alternatives, different keys "
            + "must all match. __HIVE_DEFAULT_PARTITION__ selects NULL, e.g. --partition event_date=__HIVE_DEFAULT_PARTITION__."})
    List<String> partitions = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
        description = "Print at most N rows; 0 prints all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
        description = "json (one object per line) or table (aligned, for people) (default: ${DEFAULT-VALUE}).")
    Format format;

    public ShowCommand() {
        // picocli creates the command; the launcher's batch CLI registers it.
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 (all rows) or more, got " + limit);
        }
        int dot = table.indexOf('.');
        if (dot <= 0 || dot == table.length() - 1 || table.indexOf('.', dot + 1) >= 0) {
            throw new UsageException("TABLE must be database.table, got '" + table + "' (" + knownTables() + ")");
        }
        TributaryConfig config = configOptions.config();
        try (MetastoreCatalog catalog = connect(config)) {
            RegisteredTable registered = catalog.findTable(table.substring(0, dot), table.substring(dot + 1))
                .orElseThrow(() -> new UsageException("unknown table '" + table + "' (" + knownTables() + ")"));
            if (!registered.storedAsOrc()) {
                throw new UsageException(table + " is not stored as ORC (" + registered.inputFormat()
                    + "); show reads ORC tables only");
            }
            TableSpec tableSpec = registered.spec();
            PartitionFilter filter = PartitionFilter.parse(tableSpec, partitions);
            List<PublishedPartition> selected = selectPartitions(catalog, registered, filter);
            return print(config, tableSpec, selected);
        } catch (CatalogException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    private static MetastoreCatalog connect(TributaryConfig config) {
        try {
            return MetastoreCatalog.connect(config);
        } catch (CatalogException e) {
            throw new JobFailedException(e.getMessage() + " (is the local platform running? './tributary local start')", e);
        }
    }

    private static List<PublishedPartition> selectPartitions(MetastoreCatalog catalog, RegisteredTable registered,
                                                             PartitionFilter filter) {
        TableSpec tableSpec = registered.spec();
        if (tableSpec.partitionColumns().isEmpty()) {
            // An unpartitioned table's files are in the table's own folder.
            return List.of(new PublishedPartition(PartitionValues.ofText(List.of()), registered.location()));
        }
        return catalog.partitions(tableSpec).stream().filter(p -> filter.matches(p.values())).toList();
    }

    private int print(TributaryConfig config, TableSpec tableSpec, List<PublishedPartition> selected) throws IOException {
        List<String> columns = tableSpec.allColumns().stream().map(Column::name).toList();
        PrintWriter out = spec.commandLine().getOut();
        RowPrinter printer = format == Format.json ? new JsonLinesPrinter(out, columns) : new AlignedTablePrinter(out, columns);
        long[] printed = {0};
        boolean complete;
        try {
            complete = new TableScan(HadoopSettings.from(config), tableSpec).scan(selected, row -> {
                if (limit > 0 && printed[0] == limit) {
                    return false;
                }
                printer.row(row);
                printed[0]++;
                return true;
            });
        } catch (IOException e) {
            throw new JobFailedException("cannot read the files of " + table + ": " + e.getMessage(), e);
        }
        printer.finish();
        PrintWriter err = spec.commandLine().getErr();
        if (selected.isEmpty()) {
            err.println(table + ": no " + (partitions.isEmpty() ? "" : "matching ") + "partitions");
        } else if (!complete) {
            err.println(table + ": first " + limit + " rows shown (--limit 0 shows all)");
        }
        err.flush();
        return ExitCode.OK;
    }

    private static String knownTables() {
        return "Tributary's tables: " + Tables.all().stream().map(TableSpec::qualifiedName).collect(Collectors.joining(", "));
    }
}
