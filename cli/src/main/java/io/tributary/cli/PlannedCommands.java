package io.tributary.cli;

import picocli.CommandLine.Command;

/**
 * Commands of CONTRACT §3 that later milestones deliver in their layer's module. Until then the
 * launcher runs them here, where they say "not implemented yet" (exit 2). Their synopsis already
 * shows the contract's options, so the help is the contract.
 */
public final class PlannedCommands {
    private PlannedCommands() {
    }

    @Command(name = "ingest",
        description = "Land input files into the raw zone (immutable; a file already landed is skipped, by content hash).",
        customSynopsis = "tributary ingest --from DIR")
    public static final class Ingest extends NotImplementedCommand {
    }

    @Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Batch layer jobs (curate, customers).",
        synopsisSubcommandLabel = "(curate | customers)",
        subcommands = {Batch.Curate.class, Batch.Customers.class})
    public static final class Batch extends CommandGroup {

        @Command(name = "curate",
            description = "Raw -> curated + errors + views for the given event dates.",
            customSynopsis = "tributary batch curate --dates D1[,D2..] | --from D --to D")
        public static final class Curate extends NotImplementedCommand {
        }

        @Command(name = "customers",
            description = "Apply customer changes (CDC files) to the Hudi customer dimension.",
            customSynopsis = "tributary batch customers --input PATH")
        public static final class Customers extends NotImplementedCommand {
        }
    }

    @Command(name = "nightly",
        description = "Exactly what the Oozie coordinator runs for one night, in the same order.",
        customSynopsis = "tributary nightly [--date D]")
    public static final class Nightly extends NotImplementedCommand {
    }

    @Command(name = "backfill",
        description = "Recompute curated tables and views for a range of event dates, then publish them.",
        customSynopsis = "tributary backfill --from D --to D")
    public static final class Backfill extends NotImplementedCommand {
    }

    @Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Batch runs and their manifests (list, show).",
        synopsisSubcommandLabel = "(list | show)",
        subcommands = {Runs.ListRuns.class, Runs.ShowRun.class})
    public static final class Runs extends CommandGroup {

        @Command(name = "list",
            description = "List batch runs: id, job, dates, outcome, counts.",
            customSynopsis = "tributary runs list [--limit N]")
        public static final class ListRuns extends NotImplementedCommand {
        }

        @Command(name = "show",
            description = "Show one run's manifest: inputs, outputs, counts per source, watermarks.",
            customSynopsis = "tributary runs show RUN_ID")
        public static final class ShowRun extends NotImplementedCommand {
        }
    }

    @Command(name = "show",
        description = "Show what the lake holds: tables, partitions, the published generation and the watermarks.",
        customSynopsis = "tributary show [WHAT]")
    public static final class Show extends NotImplementedCommand {
    }

    @Command(name = "speed",
        description = "Run the speed layer (Kafka Streams -> HBase speed views).",
        customSynopsis = "tributary speed")
    public static final class Speed extends NotImplementedCommand {
    }

    @Command(name = "serve",
        description = "Run the serving API that merges batch and speed views.",
        customSynopsis = "tributary serve [--port P]")
    public static final class Serve extends NotImplementedCommand {
    }

    @Command(name = "produce",
        description = "Publish event files to the transactions topic (demo and tests).",
        customSynopsis = "tributary produce --from DIR [--rate N]")
    public static final class Produce extends NotImplementedCommand {
    }
}
