package io.tributary.batch.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.run.RunManifest;
import io.tributary.core.accounting.Counts;
import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.model.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QualityGateTest {
    private static final QualityGate GATE = new QualityGate(new GateThresholds(0.10, 0.25));
    private static final GenerationRows PUBLISHED = GenerationRows.of(3, 1000, 400);

    /** A balanced source: read = curated + rejected + duplicates + filtered, the histogram matching rejected. */
    static Counts counts(long read, long rejected, long duplicates, long filtered) {
        return new Counts(read, read - rejected - duplicates - filtered, rejected, duplicates, filtered, 0,
            rejected == 0 ? Map.of() : Map.of(ReasonCode.INVALID_AMOUNT, rejected));
    }

    static RunManifest run(Map<String, Counts> sources) {
        return run(RunManifest.Status.SUCCEEDED, sources);
    }

    static RunManifest run(RunManifest.Status status, Map<String, Counts> sources) {
        Instant t = Instant.parse("2026-11-27T01:00:00Z");
        return new RunManifest("curate-20261127T010000Z", "curate", status, t, t.plusSeconds(60), List.of(), List.of(),
            new RunAccounting(new TreeMap<>(sources)), List.of(),
            status == RunManifest.Status.FAILED ? "the job failed" : null);
    }

    static RunManifest goodRun() {
        return run(Map.of("a.json", counts(600, 18, 10, 2), "kafka:transactions", counts(500, 12, 5, 3)));
    }

    @Test
    void aBalancedRunWithFewErrorsAndStableRowsPasses() {
        GateResult r = GATE.evaluate(goodRun(), GenerationRows.of(4, 1010, 401), Optional.of(PUBLISHED));
        assertThat(r.passed()).isTrue();
        assertThat(r.failures()).isEmpty();
        assertThat(r.reason()).isEqualTo("all 5 checks passed");
        assertThat(r.numbers()).containsEntry("read", "1100").containsEntry("rejected", "30")
            .containsEntry("pending_curated_rows", "1010").containsEntry("published_curated_rows", "1000")
            .containsEntry("published_generation", "3").containsEntry("pending_generation", "4");
    }

    @Test
    void aFirstGenerationHasNothingToCompareWithAndPasses() {
        GateResult r = GATE.evaluate(goodRun(), GenerationRows.of(1, 5, 2), Optional.empty());
        assertThat(r.passed()).isTrue();
        assertThat(r.checks()).filteredOn(c -> c.name().endsWith("rows"))
            .allSatisfy(c -> assertThat(c.detail()).contains("first generation"));
    }

    @Test
    void anUnbalancedSourceFailsOnlyTheAccountingCheck() {
        Counts broken = new Counts(600, 560, 18, 10, 2, 0, Map.of(ReasonCode.INVALID_AMOUNT, 18L)); // 10 missing
        GateResult r = GATE.evaluate(run(Map.of("a.json", broken, "b.csv", counts(100, 1, 0, 0))),
            GenerationRows.of(4, 1000, 400), Optional.of(PUBLISHED));
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).singleElement().asString()
            .startsWith("accounting: does not balance: source a.json: read 600 != ")
            .contains("10 record(s) unaccounted for").contains("total: ");
    }

    @Test
    void theErrorRateFailsAboveTheLimitAndPassesAtIt() {
        GateResult at = GATE.evaluate(run(Map.of("a.json", counts(100, 25, 0, 0))), GenerationRows.of(4, 1000, 400),
            Optional.of(PUBLISHED));
        assertThat(at.passed()).as("25%% is allowed").isTrue();
        GateResult above = GATE.evaluate(run(Map.of("a.json", counts(1000, 251, 0, 0))),
            GenerationRows.of(4, 1000, 400), Optional.of(PUBLISHED));
        assertThat(above.failures()).containsExactly(
            "error rate: error rate 25.10% (251 rejected of 1000 read) is above gate.max.error.rate 25.00%");
        assertThat(above.numbers()).containsEntry("error_rate", "0.251000");
    }

    @Test
    void anEmptyRunHasNoErrorRate() {
        GateResult r = GATE.evaluate(run(Map.of()), GenerationRows.of(4, 1000, 400), Optional.of(PUBLISHED));
        assertThat(r.passed()).isTrue();
        assertThat(r.numbers()).containsEntry("error_rate", "0.000000");
    }

    @Test
    void curatedRowsMayFallByTheBoundButNotMore() {
        GateResult atBound = GATE.evaluate(goodRun(), GenerationRows.of(4, 900, 400), Optional.of(PUBLISHED));
        assertThat(atBound.passed()).as("a 10%% fall is allowed").isTrue();
        GateResult below = GATE.evaluate(goodRun(), GenerationRows.of(4, 899, 400), Optional.of(PUBLISHED));
        assertThat(below.failures()).containsExactly("curated rows: fell 10.10% from 1000 (generation 3) to 899 "
            + "(generation 4), more than gate.max.row.drop 10.00%");
    }

    @Test
    void bucketRowsAreBoundedToo() {
        GateResult r = GATE.evaluate(goodRun(), GenerationRows.of(4, 1000, 300), Optional.of(PUBLISHED));
        assertThat(r.failures()).singleElement().asString().startsWith("bucket rows: fell 25.00% from 400");
    }

    @Test
    void anEmptyGenerationAfterAFullOneFails() {
        GateResult r = GATE.evaluate(goodRun(), GenerationRows.of(4, 0, 0), Optional.of(PUBLISHED));
        assertThat(r.failures()).hasSize(2);
    }

    @Test
    void aZeroBoundAllowsNoFallAndGrowthAlwaysPasses() {
        QualityGate strict = new QualityGate(new GateThresholds(0, 0.25));
        assertThat(strict.evaluate(goodRun(), GenerationRows.of(4, 999, 400), Optional.of(PUBLISHED)).passed()).isFalse();
        assertThat(strict.evaluate(goodRun(), GenerationRows.of(4, 5000, 900), Optional.of(PUBLISHED)).passed()).isTrue();
    }

    @Test
    void aPublishedGenerationWithoutRecordedCountsIsNotCompared() {
        GenerationRows old = new GenerationRows(3, OptionalLong.empty(), OptionalLong.empty());
        GateResult r = GATE.evaluate(goodRun(), GenerationRows.of(4, 1, 1), Optional.of(old));
        assertThat(r.passed()).isTrue();
        assertThat(r.checks()).filteredOn(c -> c.name().equals("curated rows")).singleElement()
            .satisfies(c -> assertThat(c.detail()).contains("no recorded curated rows"));
    }

    @Test
    void aFailedRunFailsTheRunCheck() {
        GateResult r = GATE.evaluate(run(RunManifest.Status.FAILED, Map.of("a.json", counts(10, 0, 0, 0))),
            GenerationRows.of(4, 1000, 400), Optional.of(PUBLISHED));
        assertThat(r.failures()).containsExactly("run: run curate-20261127T010000Z did not succeed: the job failed");
    }

    @Test
    void everyFailedCheckIsReportedOnItsOwnLine() {
        Counts broken = new Counts(100, 10, 60, 0, 0, 0, Map.of(ReasonCode.INVALID_AMOUNT, 60L)); // 30 missing
        GateResult r = GATE.evaluate(run(Map.of("a.json", broken)), GenerationRows.of(4, 10, 10),
            Optional.of(PUBLISHED));
        assertThat(r.failures()).extracting(s -> s.substring(0, s.indexOf(':')))
            .containsExactly("accounting", "error rate", "curated rows", "bucket rows");
        assertThat(r.reason()).contains("; ");
        assertThat(r.describe().get(0)).isEqualTo("gate: FAILED");
    }

    @Test
    void nothingPendingPassesAndAMissingRunFails() {
        assertThat(QualityGate.nothingPending().passed()).isTrue();
        GateResult missing = QualityGate.runNotFound("curate-x", 7);
        assertThat(missing.passed()).isFalse();
        assertThat(missing.reason()).contains("curate-x").contains("generation 7");
    }
}
