package io.tributary.oozie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/** Every file validates against the schema Oozie itself checks it with at submission. */
class SchemaValidationTest {

    @Test
    void nightlyWorkflowIsAValidWorkflow() throws Exception {
        OozieSchemas.validate(OozieSchemas.WORKFLOW, OozieFiles.NIGHTLY);
    }

    @Test
    void customersWorkflowIsAValidWorkflow() throws Exception {
        OozieSchemas.validate(OozieSchemas.WORKFLOW, OozieFiles.CUSTOMERS);
    }

    @Test
    void backfillWorkflowIsAValidWorkflow() throws Exception {
        OozieSchemas.validate(OozieSchemas.WORKFLOW, OozieFiles.BACKFILL);
    }

    @Test
    void coordinatorIsAValidCoordinator() throws Exception {
        OozieSchemas.validate(OozieSchemas.COORDINATOR, OozieFiles.COORDINATOR);
    }

    @Test
    void bundleIsAValidBundle() throws Exception {
        OozieSchemas.validate(OozieSchemas.BUNDLE, OozieFiles.BUNDLE);
    }

    /** The checks above mean something only if the validator rejects what Oozie would reject. */
    @Test
    void theValidatorRejectsBrokenFiles(@TempDir Path dir) throws Exception {
        String nightly = Files.readString(OozieFiles.NIGHTLY);
        assertRejected(OozieSchemas.WORKFLOW, dir, "no-recipient.xml", once(nightly, "<to>${alertEmail}</to>", ""),
            "subject");
        assertRejected(OozieSchemas.WORKFLOW, dir, "sla-typo.xml",
            once(nightly, "<sla:should-end>", "<sla:should-finish>").replace("</sla:should-end>", "</sla:should-finish>"),
            "should-finish");
        assertRejected(OozieSchemas.WORKFLOW, dir, "bad-name.xml", once(nightly, "<action name=\"gate\">",
            "<action name=\"data quality gate\">"), "data quality gate");

        String coordinator = Files.readString(OozieFiles.COORDINATOR);
        assertRejected(OozieSchemas.COORDINATOR, dir, "coordinator.xml",
            once(coordinator, "<concurrency>1</concurrency>", "<parallelism>1</parallelism>"), "parallelism");
    }

    private static String once(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replace(target, replacement);
    }

    private static void assertRejected(Schema schema, Path dir, String name, String xml, String mentioned)
        throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        assertThatThrownBy(() -> OozieSchemas.validate(schema, file))
            .isInstanceOf(SAXParseException.class)
            .hasMessageContaining(mentioned);
    }
}
