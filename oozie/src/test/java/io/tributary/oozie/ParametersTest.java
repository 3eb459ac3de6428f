package io.tributary.oozie;

import static io.tributary.oozie.OozieFiles.child;
import static io.tributary.oozie.OozieFiles.children;
import static io.tributary.oozie.OozieFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every parameter a file reads is given to it: by its job.properties template when it is submitted on its own, by
 * the file that launches it otherwise (bundle -> coordinator -> nightly workflow -> customers sub-workflow), or by a
 * default in the workflow's own {@code <parameters>}. Oozie would otherwise fail the run at submission, or worse,
 * at the action that reads it.
 */
class ParametersTest {

    @Test
    void theElParserFindsParametersButNotFunctionsOrConstants() {
        assertThat(ElParameters.in("${wf:actionData('gate')['passed'] eq 'true'}")).isEmpty();
        assertThat(ElParameters.in("${slaShouldEndMinutes * MINUTES}")).containsExactly("slaShouldEndMinutes");
        assertThat(ElParameters.in("${coord:formatTime(coord:dateOffset(coord:nominalTime(), -1, 'DAY'), 'yyyy-MM-dd')}"))
            .isEmpty();
        assertThat(ElParameters.in("x ${a} y ${b}#${c}")).containsExactly("a", "b", "c");
    }

    @Test
    void theBundleReadsOnlyWhatItsPropertiesDefine() {
        assertThat(keys(OozieFiles.BUNDLE_PROPERTIES)).containsAll(ElParameters.of(OozieFiles.BUNDLE));
    }

    @Test
    void theCoordinatorReadsOnlyWhatItsPropertiesAndTheBundleGiveIt() {
        Set<String> read = new TreeSet<>(ElParameters.of(OozieFiles.COORDINATOR));
        read.removeAll(ElParameters.URI_TEMPLATE_VARIABLES);
        assertThat(keys(OozieFiles.COORDINATOR_PROPERTIES)).containsAll(read);

        Element coordinator = child(OozieFiles.parse(OozieFiles.BUNDLE).getDocumentElement(), "coordinator");
        assertThat(propertyNames(child(coordinator, "configuration"))).containsAll(read);
    }

    @Test
    void theUriTemplateVariablesAppearOnlyInUriTemplates() {
        Element coordinator = OozieFiles.parse(OozieFiles.COORDINATOR).getDocumentElement();
        for (Element dataset : children(child(coordinator, "datasets"), "dataset")) {
            assertThat(ElParameters.in(text(dataset, "uri-template")))
                .containsAll(Set.of("YEAR", "MONTH", "DAY"))
                .contains("landingDir");
        }
    }

    @Test
    void theNightlyWorkflowGetsFromTheCoordinatorEverythingWithoutADefault() {
        WorkflowGraph nightly = new WorkflowGraph(OozieFiles.NIGHTLY);
        Element workflow = child(child(OozieFiles.parse(OozieFiles.COORDINATOR).getDocumentElement(), "action"),
            "workflow");
        assertParametersGiven(nightly, propertyNames(child(workflow, "configuration")));
    }

    @Test
    void theCustomersSubWorkflowGetsFromTheNightlyEverythingWithoutADefault() {
        WorkflowGraph customers = new WorkflowGraph(OozieFiles.CUSTOMERS);
        Element subWorkflow = WorkflowGraph.body(new WorkflowGraph(OozieFiles.NIGHTLY).node("customers"));
        assertParametersGiven(customers, propertyNames(child(subWorkflow, "configuration")));
    }

    @Test
    void theBackfillWorkflowGetsFromItsPropertiesEverythingWithoutADefault() {
        assertParametersGiven(new WorkflowGraph(OozieFiles.BACKFILL), keys(OozieFiles.BACKFILL_PROPERTIES));
    }

    @Test
    void thePropertiesTemplatesReferOnlyToTheirOwnKeysAndNameTheirApplication() {
        assertSelfContained(OozieFiles.COORDINATOR_PROPERTIES, "oozie.coord.application.path");
        assertSelfContained(OozieFiles.BUNDLE_PROPERTIES, "oozie.bundle.application.path");
        assertSelfContained(OozieFiles.BACKFILL_PROPERTIES, "oozie.wf.application.path");
    }

    /** A workflow declares every parameter it reads; those without a default must be given. */
    private static void assertParametersGiven(WorkflowGraph workflow, Set<String> given) {
        Set<String> declared = new HashSet<>();
        Set<String> required = new TreeSet<>();
        for (Element property : children(child(workflow.root, "parameters"), "property")) {
            String name = text(property, "name");
            declared.add(name);
            if (children(property, "value").isEmpty()) {
                required.add(name);
            }
        }
        String file = workflow.file.getFileName().toString();
        assertThat(declared).as(file + " declares what it reads").containsAll(ElParameters.of(workflow.file));
        assertThat(given).as("what is given to " + file).containsAll(required);
    }

    private static void assertSelfContained(Path file, String applicationPath) {
        Properties properties = OozieFiles.properties(file);
        assertThat(properties.stringPropertyNames()).contains(applicationPath, "nameNode", "resourceManager",
            "queueName", "oozie.use.system.libpath");
        for (String key : properties.stringPropertyNames()) {
            assertThat(keys(file)).as(file.getFileName() + ": " + key)
                .containsAll(ElParameters.in(properties.getProperty(key)));
        }
    }

    private static Set<String> keys(Path propertiesFile) {
        return OozieFiles.properties(propertiesFile).stringPropertyNames();
    }

    private static Set<String> propertyNames(Element configuration) {
        List<Element> properties = children(configuration, "property");
        Set<String> names = new TreeSet<>();
        properties.forEach(p -> names.add(text(p, "name")));
        return names;
    }
}
