package io.tributary.batch.nightly;

import io.tributary.batch.curate.CustomerDimension;
import io.tributary.batch.run.ComputedDates;
import io.tributary.batch.stage.FileIndex;
import io.tributary.batch.stage.IndexJob;
import io.tributary.batch.stage.IndexResult;
import io.tributary.batch.stage.StagedFiles;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * Indexes every raw file landed or archived since the last index pass, then lists the event dates to recompute
 * ({@link NightPlanner}) and writes the plan into the night's folder for the curate step.
 */
final class PlanStep {
    private static final String DATE_FOLDER = "event_date=";

    private PlanStep() {
    }

    static NightPlan run(NightContext ctx, NightScope scope) throws IOException {
        IndexResult indexed = IndexJob.run(ctx.config(), ctx.hadoop());
        ctx.progress().accept("plan: indexed " + indexed.files().size() + " new raw file(s)"
            + (indexed.files().isEmpty() ? "" : ": " + indexed.describe()));
        String customers = CustomerDimension.load(ctx.fs(), ctx.lake(), ctx.config(),
            new ValidationRules(ctx.config().get(ConfigKeys.MAX_FUTURE_SKEW))).origin();
        NightPlan plan;
        if (scope.isBackfill()) {
            plan = NightPlanner.backfill(scope.key(), scope.from(), scope.to(), customers);
        } else {
            ComputedDates ledger = new ComputedDates(ctx.fs(), ctx.lake());
            plan = new NightPlanner(ctx.config().get(ConfigKeys.NIGHTLY_LATE_CUSTOMER_DAYS))
                .nightly(scope.key(), scope.night(), stagedNow(ctx), date -> read(ledger, date), customers);
        }
        plan = plan.withIndexed(indexed.files().stream().map(FileIndex::sha256).toList());
        ctx.folder(scope).writePlan(plan);
        ctx.progress().accept("plan: " + plan.describe());
        return plan;
    }

    /** Every event date with staged records, and the raw files (by hash) they come from. */
    private static SortedMap<LocalDate, SortedSet<String>> stagedNow(NightContext ctx) throws IOException {
        SortedMap<LocalDate, SortedSet<String>> staged = new TreeMap<>();
        Path root = ctx.lake().stagedValid();
        if (!ctx.fs().exists(root)) {
            return staged;
        }
        for (FileStatus st : ctx.fs().listStatus(root)) {
            String name = st.getPath().getName();
            if (!st.isDirectory() || !name.startsWith(DATE_FOLDER)) {
                continue;
            }
            LocalDate date = LocalDate.parse(name.substring(DATE_FOLDER.length()));
            SortedSet<String> hashes = new TreeSet<>();
            for (Path p : StagedFiles.committedValid(ctx.fs(), ctx.lake(), date)) {
                hashes.add(StagedFiles.shaOf(p.getName()));
            }
            if (!hashes.isEmpty()) {
                staged.put(date, hashes);
            }
        }
        return staged;
    }

    private static Optional<ComputedDates.Entry> read(ComputedDates ledger, LocalDate date) {
        try {
            return ledger.read(date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
