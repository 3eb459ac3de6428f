package io.tributary.core.accounting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts of a run per source (file path or topic) and in total: the run manifest's accounting. Immutable;
 * partial accountings (map tasks, reduce tasks, several jobs) combine with {@link #merge}.
 *
 * @param bySource counts per source name, sorted by name
 */
public record RunAccounting(SortedMap<String, Counts> bySource) {

    public static final RunAccounting EMPTY = new RunAccounting(new TreeMap<>());

    public RunAccounting {
        bySource = Collections.unmodifiableSortedMap(new TreeMap<>(bySource));
    }

    /** The counts of one source, zero when it has none. */
    public Counts source(String name) {
        return bySource.getOrDefault(name, Counts.ZERO);
    }

    /** The sum over all sources. */
    public Counts total() {
        Counts total = Counts.ZERO;
        for (Counts c : bySource.values()) {
            total = total.plus(c);
        }
        return total;
    }

    /** Both accountings together: counts of the same source are added. */
    public RunAccounting merge(RunAccounting other) {
        TreeMap<String, Counts> merged = new TreeMap<>(bySource);
        other.bySource.forEach((name, c) -> merged.merge(name, c, Counts::plus));
        return new RunAccounting(merged);
    }

    /** True when every source and the total balance (see {@link Counts#isBalanced()}). */
    public boolean isBalanced() {
        return imbalances().isEmpty();
    }

    /** One line per source that does not balance, then the total's, if any. */
    public List<String> imbalances() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Counts> e : bySource.entrySet()) {
            e.getValue().imbalance().ifPresent(p -> lines.add("source " + e.getKey() + ": " + p));
        }
        total().imbalance().ifPresent(p -> lines.add("total: " + p));
        return lines;
    }

    /** A human-readable description of what does not balance, or empty when all is well. */
    public Optional<String> describeImbalance() {
        List<String> lines = imbalances();
        return lines.isEmpty() ? Optional.empty()
            : Optional.of("accounting does not balance:\n  " + String.join("\n  ", lines));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects tallies per source while a task runs. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Tally> tallies = new TreeMap<>();

        /** The tally of a source, created on first use. */
        public Tally source(String name) {
            return tallies.computeIfAbsent(name, n -> new Tally());
        }

        public RunAccounting build() {
            TreeMap<String, Counts> counts = new TreeMap<>();
            tallies.forEach((name, tally) -> counts.put(name, tally.toCounts()));
            return new RunAccounting(counts);
        }
    }
}
