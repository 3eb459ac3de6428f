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
}
