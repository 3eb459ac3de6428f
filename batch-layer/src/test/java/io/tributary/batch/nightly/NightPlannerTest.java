package io.tributary.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.run.ComputedDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NightPlannerTest {
    private static final LocalDate NIGHT = LocalDate.parse("2026-11-22");
    private static final String DIM = "Hudi commit 20261122060000000";
    private final NightPlanner planner = new NightPlanner(7);
    private final SortedMap<LocalDate, SortedSet<String>> staged = new TreeMap<>();
    private final Map<LocalDate, ComputedDates.Entry> ledger = new HashMap<>();

    private void stage(String date, String... hashes) {
        staged.put(LocalDate.parse(date), new TreeSet<>(List.of(hashes)));
    }

    private void computed(String date, String customers, long unmatched, String... hashes) {
        LocalDate d = LocalDate.parse(date);
        ledger.put(d, new ComputedDates.Entry(d, "curate-1", Instant.EPOCH, new TreeSet<>(List.of(hashes)), customers,
            unmatched));
    }

    private NightPlan plan() {
        return planner.nightly("night-" + NIGHT, NIGHT, staged, d -> Optional.ofNullable(ledger.get(d)), DIM);
    }

    @Test
    void aDateNeverComputedIsPlanned() {
        stage("2026-11-21", "a");
        assertThat(plan().eventDates()).containsExactly(LocalDate.parse("2026-11-21"));
        assertThat(plan().dates().get(0).reason()).startsWith("never computed");
    }

    @Test
    void aDateThatGainedARawFileIsPlannedAndOneThatDidNotIsNot() {
        stage("2026-11-20", "a", "b");
        stage("2026-11-21", "a", "k");
        computed("2026-11-20", DIM, 0, "a", "b");
        computed("2026-11-21", DIM, 0, "a");
        NightPlan plan = plan();
        assertThat(plan.eventDates()).containsExactly(LocalDate.parse("2026-11-21"));
        assertThat(plan.dates().get(0).reason()).contains("gained raw data from 1 raw file(s)");
    }

    @Test
    void datesAfterTheNightWaitForTheirNight() {
        stage("2026-11-23", "a");
        assertThat(plan().isEmpty()).isTrue();
        assertThat(plan().describe()).isEqualTo("nothing to recompute");
    }

    @Test
    void unknownCustomersAreRecomputedOnceTheDimensionChangedWithinTheLookBack() {
        stage("2026-11-21", "a");
        stage("2026-11-10", "b");
        stage("2026-11-20", "c");
        computed("2026-11-21", "Hudi commit 1", 4, "a");
        computed("2026-11-10", "Hudi commit 1", 4, "b"); // beyond 7 days: left to a backfill
        computed("2026-11-20", "Hudi commit 1", 0, "c"); // no unknown customers
        assertThat(plan().eventDates()).containsExactly(LocalDate.parse("2026-11-21"));
        assertThat(plan().dates().get(0).reason()).contains("4 curated row(s) of unknown customers");
    }

    @Test
    void unknownCustomersWithAnUnchangedDimensionAreNotRecomputedAgain() {
        stage("2026-11-21", "a");
        computed("2026-11-21", DIM, 4, "a");
        assertThat(plan().isEmpty()).isTrue();
    }

    @Test
    void aBackfillPlansEveryDateOfItsRange() {
        NightPlan plan = NightPlanner.backfill("b", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03"), DIM);
        assertThat(plan.eventDates()).hasSize(3).first().isEqualTo(LocalDate.parse("2026-11-01"));
    }
}
