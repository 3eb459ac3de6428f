package io.tributary.oozie;

import static io.tributary.oozie.OozieFiles.child;
import static io.tributary.oozie.OozieFiles.children;
import static io.tributary.oozie.OozieFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The schedule: daily at midnight UTC for the day that just ended, one night at a time, oldest first. */
class CoordinatorTest {
    private final Element coordinator = OozieFiles.parse(OozieFiles.COORDINATOR).getDocumentElement();

    @Test
    void runsDailyInUtcOneNightAtATimeOldestFirst() {
        assertThat(coordinator.getAttribute("frequency")).isEqualTo("${coord:days(1)}");
        assertThat(coordinator.getAttribute("timezone")).isEqualTo("UTC");
        Element controls = child(coordinator, "controls");
        assertThat(text(controls, "concurrency")).isEqualTo("1");
        assertThat(text(controls, "execution")).isEqualTo("FIFO");
        assertThat(text(controls, "timeout")).isEqualTo("${inputTimeoutMinutes}");
        assertThat(Integer.parseInt(text(controls, "throttle"))).isPositive();
    }

    @Test
    void waitsForTheLandingFoldersOfTheDayThatJustEnded() {
        List<Element> datasets = children(child(coordinator, "datasets"), "dataset");
        assertThat(datasets).extracting(d -> text(d, "uri-template")).containsExactly(
            "${landingDir}/transactions/ingest_date=${YEAR}-${MONTH}-${DAY}",
            "${landingDir}/customers/ingest_date=${YEAR}-${MONTH}-${DAY}");
        for (Element dataset : datasets) {
            assertThat(text(dataset, "done-flag")).isEqualTo("_SUCCESS");
            assertThat(dataset.getAttribute("frequency")).isEqualTo("${coord:days(1)}");
            assertThat(dataset.getAttribute("timezone")).isEqualTo("UTC");
        }
        List<Element> inputs = children(child(coordinator, "input-events"), "data-in");
        assertThat(inputs).extracting(i -> i.getAttribute("dataset"))
            .containsExactly("landed-transactions", "landed-customers");
        assertThat(inputs).extracting(i -> text(i, "instance")).containsOnly("${coord:current(-1)}");
    }

    @Test
    void startsTheNightlyWorkflowForYesterdayWithAnSla() {
        Element action = child(coordinator, "action");
        Element workflow = child(action, "workflow");
        assertThat(text(workflow, "app-path")).isEqualTo("${nightlyAppPath}");
        Element nightlyDate = children(child(workflow, "configuration"), "property").stream()
            .filter(p -> text(p, "name").equals("nightlyDate")).findFirst().orElseThrow();
        assertThat(text(nightlyDate, "value"))
            .isEqualTo("${coord:formatTime(coord:dateOffset(coord:nominalTime(), -1, 'DAY'), 'yyyy-MM-dd')}");

        Element sla = child(action, "info");
        assertThat(sla.getNamespaceURI()).isEqualTo("uri:oozie:sla:0.2");
        assertThat(text(sla, "nominal-time")).isEqualTo("${coord:nominalTime()}");
        assertThat(text(sla, "should-start")).isNotEmpty();
        assertThat(text(sla, "should-end")).isNotEmpty();
        assertThat(text(sla, "alert-contact")).isEqualTo("${slaContact}");
    }

    @Test
    void theBundleRunsThisCoordinator() {
        Element bundle = OozieFiles.parse(OozieFiles.BUNDLE).getDocumentElement();
        assertThat(children(bundle, "coordinator")).extracting(c -> text(c, "app-path"))
            .containsExactly("${coordinatorAppPath}");
        assertThat(coordinator.getAttribute("name")).isEqualTo(child(bundle, "coordinator").getAttribute("name"));
    }
}
