package io.tributary.oozie;

import static io.tributary.oozie.OozieFiles.child;
import static io.tributary.oozie.OozieFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.nightly.WorkflowStep;
import io.tributary.batch.nightly.Workflows;
import io.tributary.oozie.WorkflowGraph.JavaAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The workflows run exactly the steps the batch layer defines (Workflows), and fail, alert and retry as designed. */
class WorkflowDefinitionTest {
    private static final List<String> CONF_OPTIONS = List.of("--conf", "${tributaryConf}");
    private static final String CONF_FILE = "${tributaryConfSource}#${tributaryConf}";
    private static final String GATE_PASSED = "${wf:actionData('gate')['passed'] eq 'true'}";

    private final WorkflowGraph nightly = new WorkflowGraph(OozieFiles.NIGHTLY);
    private final WorkflowGraph backfill = new WorkflowGraph(OozieFiles.BACKFILL);
    private final WorkflowGraph customers = new WorkflowGraph(OozieFiles.CUSTOMERS);

    /** What Oozie must run for one step: its arguments, then the configuration options both runners append. */
    private record Expected(String name, String mainClass, List<String> args, boolean retried) {
        static Expected of(WorkflowStep step) {
            List<String> args = new ArrayList<>(step.argumentTemplate());
            args.addAll(CONF_OPTIONS);
            return new Expected(step.name(), step.mainClass(), args, step.retryable());
        }

        static Expected of(JavaAction action) {
            return new Expected(action.name(), action.mainClass(), action.args(), action.retried());
        }
    }

    @Test
    void theNightlyWorkflowRunsTheNightlyStepsInOrder() {
        assertThat(nightly.successPath().stream().map(Expected::of).toList())
            .containsExactlyElementsOf(Workflows.NIGHTLY.stream().map(Expected::of).toList());
    }

    @Test
    void theBackfillWorkflowRunsTheBackfillStepsInOrder() {
        assertThat(backfill.successPath().stream().map(Expected::of).toList())
            .containsExactlyElementsOf(Workflows.BACKFILL.stream().map(Expected::of).toList());
    }

    @Test
    void everyJavaActionIsOnTheSuccessPath() {
        for (WorkflowGraph graph : List.of(nightly, backfill, customers)) {
            List<String> onPath = graph.successPath().stream().map(JavaAction::name).toList();
            List<String> declared = graph.actions().stream()
                .filter(a -> "java".equals(WorkflowGraph.body(a).getLocalName()))
                .map(a -> a.getAttribute("name")).toList();
            assertThat(onPath).as(graph.file.getFileName().toString()).containsAll(declared);
        }
    }

    @Test
    void retriedActionsSayHowOftenAndHowLongApart() {
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            for (JavaAction action : graph.successPath()) {
                assertThat(action.hasRetryInterval()).as(action.name()).isEqualTo(action.retried());
            }
        }
        // the sub-workflow action itself is not retried: the java action inside it is
        assertThat(nightly.node("customers").hasAttribute("retry-max")).isFalse();
    }

    @Test
    void everyJavaActionGetsTheConfigurationFile() {
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            for (JavaAction action : graph.successPath()) {
                assertThat(action.files()).as(action.name()).containsExactly(CONF_FILE);
            }
        }
    }

    @Test
    void theGateIsFollowedByADecisionThatPublishesOnlyWhenItPassed() {
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            List<JavaAction> capturing = graph.successPath().stream().filter(JavaAction::capturesOutput).toList();
            assertThat(capturing).extracting(JavaAction::name).containsExactly("gate");

            Element decision = graph.node(WorkflowGraph.transition(graph.node("gate"), "ok"));
            assertThat(decision.getLocalName()).isEqualTo("decision");
            Element onlyCase = child(child(decision, "switch"), "case");
            assertThat(onlyCase.getTextContent().trim()).isEqualTo(GATE_PASSED);
            assertThat(onlyCase.getAttribute("to")).isEqualTo("publish");

            // otherwise: an e-mail naming the reason, then a kill, whatever the e-mail's fate
            Element alert = graph.node(child(child(decision, "switch"), "default").getAttribute("to"));
            assertThat(WorkflowGraph.body(alert).getLocalName()).isEqualTo("email");
            assertThat(WorkflowGraph.body(alert).getTextContent()).contains("${wf:actionData('gate')['reason']}");
            assertKills(graph, alert);
        }
    }

    @Test
    void everyFailedActionIsAlertedThenKillsTheRunNamingTheAction() {
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            Element alert = graph.node("alert-failure");
            assertThat(WorkflowGraph.body(alert).getLocalName()).isEqualTo("email");
            assertThat(text(WorkflowGraph.body(alert), "to")).isEqualTo("${alertEmail}");
            assertThat(text(WorkflowGraph.body(alert), "subject")).contains("${wf:lastErrorNode()}");
            Element kill = assertKills(graph, alert);
            assertThat(text(kill, "message")).contains("${wf:lastErrorNode()}");

            for (Element action : graph.actions()) {
                if (!"email".equals(WorkflowGraph.body(action).getLocalName())) {
                    assertThat(WorkflowGraph.transition(action, "error")).as(action.getAttribute("name"))
                        .isEqualTo("alert-failure");
                }
            }
        }
        // inside the sub-workflow a failure kills it; the nightly's customers action then takes its error path
        for (Element action : customers.actions()) {
            assertThat(customers.node(WorkflowGraph.transition(action, "error")).getLocalName()).isEqualTo("kill");
        }
    }

    @Test
    void bothWorkflowsCarryAnSla() {
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            Element sla = child(graph.root, "info");
            assertThat(sla.getNamespaceURI()).isEqualTo("uri:oozie:sla:0.2");
            assertThat(text(sla, "nominal-time")).isEqualTo("${nominalTime}");
            assertThat(text(sla, "alert-contact")).isEqualTo("${slaContact}");
            assertThat(text(sla, "alert-events")).contains("end_miss");
        }
    }

    @Test
    void everyWorkflowSetsTheClusterAndQueueForAllItsActions() {
        for (WorkflowGraph graph : List.of(nightly, backfill, customers)) {
            Element global = child(graph.root, "global");
            assertThat(text(global, "resource-manager")).isEqualTo("${resourceManager}");
            assertThat(text(global, "name-node")).isEqualTo("${nameNode}");
            assertThat(text(child(global, "launcher"), "queue")).isEqualTo("${queueName}");
            Element queue = child(child(global, "configuration"), "property");
            assertThat(text(queue, "name")).isEqualTo("mapreduce.job.queuename");
            assertThat(text(queue, "value")).isEqualTo("${queueName}");
        }
    }

    /** The JVM options of the steps open what the rest of the build opens (the root pom's tributary.jvm.opens). */
    @Test
    void stepsGetTheJvmOptionsTheBuildUses() throws Exception {
        String rootPom = Files.readString(OozieFiles.DIR.resolve("..").resolve("pom.xml"));
        Matcher m = Pattern.compile("<tributary\\.jvm\\.opens>(.*?)</tributary\\.jvm\\.opens>").matcher(rootPom);
        assertThat(m.find()).isTrue();
        List<String> opens = Arrays.asList(m.group(1).trim().split("\\s+"));
        for (WorkflowGraph graph : List.of(nightly, backfill)) {
            List<String> javaOpts = Arrays.asList(graph.parameterDefault("javaOpts").split("\\s+"));
            assertThat(javaOpts).as(graph.file.getFileName().toString()).containsAll(opens);
        }
        for (WorkflowGraph graph : List.of(nightly, backfill, customers)) {
            for (Element action : graph.actions()) {
                Element body = WorkflowGraph.body(action);
                if ("java".equals(body.getLocalName())) {
                    assertThat(text(body, "java-opts")).isEqualTo("${javaOpts}");
                }
            }
        }
    }

    private static Element assertKills(WorkflowGraph graph, Element emailAction) {
        String ok = WorkflowGraph.transition(emailAction, "ok");
        assertThat(WorkflowGraph.transition(emailAction, "error")).isEqualTo(ok);
        Element kill = graph.node(ok);
        assertThat(kill.getLocalName()).isEqualTo("kill");
        return kill;
    }
}
