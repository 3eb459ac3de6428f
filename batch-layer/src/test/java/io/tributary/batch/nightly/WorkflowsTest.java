package io.tributary.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.BatchCli;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WorkflowsTest {
    private static final Map<String, String> PARAMETERS = Map.of(Workflows.NIGHTLY_DATE, "2026-11-22",
        Workflows.FROM_DATE, "2026-11-01", Workflows.TO_DATE, "2026-11-03", Workflows.CUSTOMERS_INPUT, "/lake/raw/customers");

    @Test
    void theNightRunsItsStepsInTheDocumentedOrder() {
        assertThat(Workflows.NIGHTLY).extracting(WorkflowStep::name)
            .containsExactly("ingest", "archive", "customers", "plan", "curate", "views", "gate", "publish", "expire");
        assertThat(Workflows.BACKFILL).extracting(WorkflowStep::name)
            .containsExactly("plan", "curate", "views", "gate", "publish");
    }

    @Test
    void everyBatchStepParsesWithTheBatchLayersCommandLine() {
        List<WorkflowStep> all = new ArrayList<>(Workflows.NIGHTLY);
        all.addAll(Workflows.BACKFILL);
        for (WorkflowStep step : all) {
            if (!step.mainClass().equals(Workflows.BATCH_MAIN)) {
                continue;
            }
            List<String> args = new ArrayList<>(step.arguments(PARAMETERS));
            args.addAll(List.of("--conf", "/etc/tributary/tributary.properties"));
            CommandLine.ParseResult parsed = new CommandLine(new BatchCli()).parseArgs(args.toArray(String[]::new));
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("nightly-step");
            assertThat(parsed.subcommand().matchedPositional(0).getValue().toString()).isEqualTo(step.name());
        }
    }

    @Test
    void placeholdersAreFilledAndAMissingOneIsNamed() {
        WorkflowStep customers = Workflows.NIGHTLY.get(2);
        assertThat(customers.arguments(PARAMETERS)).containsExactly("batch", "customers", "--input", "/lake/raw/customers");
        assertThatThrownBy(() -> customers.arguments(Map.of())).hasMessageContaining("customersInput");
    }

    @Test
    void onlyTheGateIsNotRetried() {
        assertThat(Workflows.NIGHTLY).filteredOn(s -> !s.retryable()).extracting(WorkflowStep::name).containsExactly("gate");
    }
}
