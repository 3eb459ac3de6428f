package io.tributary.cli;

import picocli.CommandLine.Command;

/**
 * Commands that run in the batch layer's own process (Hadoop, ORC and the metastore client are on its
 * classpath, not on this one): the launcher routes them there. They are registered here so that the
 * root help lists them with their synopsis; reached through this main, they say where to go.
 */
public final class BatchLayerCommands {
    private BatchLayerCommands() {
    }

    @Command(name = "ingest",
        description = "Land input files into the raw zone (immutable; a file already landed is skipped, by content hash).",
        customSynopsis = "tributary ingest --from DIR")
    public static final class Ingest extends LauncherCommands.LauncherOnly {
    }

    @Command(name = "archive",
        description = "Copy new messages of the archive.topics (default: transactions) into the raw zone, exactly once.",
        customSynopsis = "tributary archive")
    public static final class Archive extends LauncherCommands.LauncherOnly {
    }

    @Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Batch layer jobs (curate, customers, customers-export, verify, publish-views).",
        synopsisSubcommandLabel = "(curate | customers | customers-export | verify | publish-views)",
        subcommands = {Batch.Curate.class, Batch.Customers.class, Batch.CustomersExport.class, Batch.Verify.class,
            Batch.PublishViews.class})
    public static final class Batch extends CommandGroup {

        @Command(name = "curate",
            description = "Raw -> curated + errors + views for the given event dates.",
            customSynopsis = "tributary batch curate [--skip-views] --dates D1[,D2..] | --from D --to D")
        public static final class Curate extends LauncherCommands.LauncherOnly {
        }

        @Command(name = "customers",
            description = "Apply customer changes (CDC files) to the Hudi customer dimension (its own process, Hudi's classpath).",
            customSynopsis = "tributary batch customers --input PATH")
        public static final class Customers extends LauncherCommands.LauncherOnly {
        }

        @Command(name = "customers-export",
            description = "Export the customer dimension (latest, or as of a past Hudi commit) as the curation job's side file.",
            customSynopsis = "tributary batch customers-export [--as-of COMMIT --out PATH]")
        public static final class CustomersExport extends LauncherCommands.LauncherOnly {
        }

        @Command(name = "publish-views",
            description = "Bulk-load the published curated partitions into a new HBase batch view generation.",
            customSynopsis = "tributary batch publish-views [--through D]")
        public static final class PublishViews extends LauncherCommands.LauncherOnly {
        }

        @Command(name = "verify",
            description = "Compare the lake's counts with a generated data set's expected counts (its manifest.json).",
            customSynopsis = "tributary batch verify --expected FILE")
        public static final class Verify extends LauncherCommands.LauncherOnly {
        }
    }

    @Command(name = "nightly",
        description = "The nightly late-data reconciliation: exactly what the Oozie coordinator runs for one night, in the same order.",
        customSynopsis = "tributary nightly [--date D]")
    public static final class Nightly extends LauncherCommands.LauncherOnly {
    }

    @Command(name = "backfill",
        description = "Recompute curated tables and views for a range of event dates, then gate and publish them.",
        customSynopsis = "tributary backfill --from D --to D")
    public static final class Backfill extends LauncherCommands.LauncherOnly {
    }

    @Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Batch runs and their manifests (list, show).",
        synopsisSubcommandLabel = "(list | show)",
        subcommands = {Runs.ListRuns.class, Runs.ShowRun.class})
    public static final class Runs extends CommandGroup {

        @Command(name = "list",
            description = "List batch runs: id, job, dates, outcome, counts.",
            customSynopsis = "tributary runs list [--limit N]")
        public static final class ListRuns extends LauncherCommands.LauncherOnly {
        }

        @Command(name = "show",
            description = "Show one run's manifest: inputs, outputs, counts per source, watermarks.",
            customSynopsis = "tributary runs show RUN_ID")
        public static final class ShowRun extends LauncherCommands.LauncherOnly {
        }
    }

    @Command(name = "show",
        description = {"Print rows of a table registered in the metastore (e.g. errors.transactions), as JSON lines or a table.",
            "curated.customers and errors.customers are shown by the customer dimension's process: "
                + "'tributary show curated.customers [--as-of COMMIT | --commits] [--include-deleted] [--limit N]'."},
        customSynopsis = "tributary show TABLE [--partition k=v]... [--limit N] [--format json|table]")
    public static final class Show extends LauncherCommands.LauncherOnly {
    }
}
