package io.tributary.oozie;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.BatchCli;
import io.tributary.batch.nightly.Workflows;
import io.tributary.oozie.WorkflowGraph.JavaAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every batch-layer action names a main class that exists, and the batch layer's command tree accepts its arguments
 * once Oozie has filled in the parameters. The customer dimension's action runs on another classpath; its arguments
 * are checked in batch-customers (OozieCustomersActionTest).
 */
class StepArgumentsTest {
    /** Values as Oozie would substitute them: the coordinator's night, a backfill's range, the localized file. */
    static final Map<String, String> SAMPLE_PARAMETERS = Map.of(
        "nightlyDate", "2026-11-27",
        "fromDate", "2026-10-01",
        "toDate", "2026-10-31",
        "tributaryConf", "tributary.properties",
        "customersInput", "hdfs://namenode:8020/tributary/raw/customers");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

    @Test
    void everyBatchActionsMainClassLoadsAndItsArgumentsParse() throws Exception {
        List<JavaAction> actions = new ArrayList<>(new WorkflowGraph(OozieFiles.NIGHTLY).successPath());
        actions.addAll(new WorkflowGraph(OozieFiles.BACKFILL).successPath());
        List<JavaAction> batchActions = actions.stream()
            .filter(a -> !a.mainClass().equals(Workflows.CUSTOMERS_MAIN)).toList();
        assertThat(batchActions).isNotEmpty();

        for (JavaAction action : batchActions) {
            Class<?> main = Class.forName(action.mainClass(), false, getClass().getClassLoader());
            assertThat(main).isEqualTo(BatchCli.class);
            assertThat(main.getMethod("main", String[].class)).isNotNull();

            List<String> args = fill(action.args());
            CommandLine tree = new CommandLine(new BatchCli());
            // nightly-step arrives with the nightly-reconciliation branch; until both are merged only what exists
            // here can be parsed. Once it exists, every action's arguments must parse, strictly.
            if (tree.getSubcommands().containsKey(args.get(0))) {
                ParseResult parsed = tree.parseArgs(args.toArray(String[]::new));
                assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("nightly-step");
                assertThat(namesTheStep(parsed.subcommand(), action.name())).as(action.name()).isTrue();
                assertThat(matchedAnywhere(parsed, "--conf")).as(action.name()).isTrue();
            } else {
                assertThat(args.get(0)).as(action.name()).isEqualTo("nightly-step");
            }
        }
    }

    @Test
    void theCustomerActionIsTheCustomerDimensionsOwnProcess() {
        List<JavaAction> customerActions = new WorkflowGraph(OozieFiles.NIGHTLY).successPath().stream()
            .filter(a -> a.mainClass().equals(Workflows.CUSTOMERS_MAIN)).toList();
        assertThat(customerActions).extracting(JavaAction::name).containsExactly("customers");
    }

    /** The step is a subcommand of nightly-step or its positional parameter: either way the tree must see it. */
    private static boolean namesTheStep(ParseResult nightlyStep, String step) {
        if (nightlyStep.subcommand() != null) {
            return nightlyStep.subcommand().commandSpec().name().equals(step);
        }
        return nightlyStep.matchedPositionals().stream().anyMatch(p -> p.originalStringValues().contains(step));
    }

    private static boolean matchedAnywhere(ParseResult parsed, String option) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }

    static List<String> fill(List<String> args) {
        List<String> filled = new ArrayList<>();
        for (String arg : args) {
            Matcher m = PLACEHOLDER.matcher(arg);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = SAMPLE_PARAMETERS.get(m.group(1));
                assertThat(value).as("a sample value for ${%s}", m.group(1)).isNotNull();
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            filled.add(out.toString());
        }
        return filled;
    }
}
