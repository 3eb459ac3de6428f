package io.tributary.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's numbers add up, match the files, and cover every case the generator promises. */
class ManifestConsistencyTest {
    private static final String[] COUNTERS = {"read", "valid", "rejected", "duplicates", "exact_duplicates",
        "conflicting_duplicates", "filtered", "curated", "unmatched_customers", "unmatched_customers_final", "late"};

    @TempDir
    static Path tmp;
    static GeneratedData data;

    @BeforeAll
    static void generate() throws IOException {
        data = GeneratedData.generate(tmp.resolve("set"), 6000, 300, 3, 11);
    }

    @Test
    void everyFileSatisfiesTheAccountingIdentities() {
        for (JsonNode f : data.transactionFiles()) {
            assertIdentities(f, f.path("path").asText());
        }
        assertIdentities(data.total(), "total");
        assertIdentities(data.manifest.path("transactions").path("by_source").path("files"), "files");
        assertIdentities(data.manifest.path("transactions").path("by_source").path("kafka"), "kafka");
    }

    private static void assertIdentities(JsonNode c, String what) {
        long read = c.path("read").asLong();
        assertThat(read).as(what).isEqualTo(c.path("valid").asLong() + c.path("rejected").asLong());
        assertThat(read).as(what + ": read = curated + rejected + duplicates + filtered")
            .isEqualTo(c.path("curated").asLong() + c.path("rejected").asLong() + c.path("duplicates").asLong() + c.path("filtered").asLong());
        assertThat(c.path("duplicates").asLong()).as(what)
            .isEqualTo(c.path("exact_duplicates").asLong() + c.path("conflicting_duplicates").asLong());
        long byReason = 0;
        for (Iterator<JsonNode> it = c.path("rejected_by_reason").elements(); it.hasNext(); ) {
            byReason += it.next().asLong();
        }
        assertThat(byReason).as(what).isEqualTo(c.path("rejected").asLong());
        assertThat(c.path("unmatched_customers").asLong()).as(what)
            .isBetween(c.path("unmatched_customers_final").asLong(), c.path("curated").asLong());
        assertThat(c.path("late").asLong()).as(what).isLessThanOrEqualTo(c.path("curated").asLong());
    }

    @Test
    void totalsAreTheSumsOfTheFiles() {
        for (String counter : COUNTERS) {
            long sum = 0;
            for (JsonNode f : data.transactionFiles()) {
                sum += f.path(counter).asLong();
            }
            assertThat(data.total().path(counter).asLong()).as(counter).isEqualTo(sum);
        }
        assertThat(data.total().path("read").asLong()).isEqualTo(6000);
    }

    @Test
    void readIsTheNumberOfLinesOfEachFile() {
        for (JsonNode f : data.transactionFiles()) {
            String path = f.path("path").asText();
            int header = path.endsWith(".csv") ? 1 : 0;
            assertThat(data.lines(path).size() - header).as(path).isEqualTo(f.path("read").asInt());
        }
    }

    @Test
    void everyReasonCodeAppearsInTheFilesAndOnKafka() {
        JsonNode bySource = data.manifest.path("transactions").path("by_source");
        for (RejectReason reason : RejectReason.values()) {
            assertThat(bySource.path("files").path("rejected_by_reason").path(reason.name()).asLong()).as(reason.name()).isPositive();
            assertThat(bySource.path("kafka").path("rejected_by_reason").path(reason.name()).asLong()).as(reason.name()).isPositive();
        }
    }

    @Test
    void everyCaseTheGeneratorPromisesIsThereInBothSources() {
        for (String source : new String[] {"files", "kafka"}) {
            JsonNode c = data.manifest.path("transactions").path("by_source").path(source);
            for (String counter : new String[] {"exact_duplicates", "conflicting_duplicates", "filtered", "unmatched_customers",
                "unmatched_customers_final", "late"}) {
                assertThat(c.path(counter).asLong()).as(source + " " + counter).isPositive();
            }
        }
    }

    @Test
    void curatedEventsPerEventDateAddUpToTheCuratedCount() {
        JsonNode byDate = data.manifest.path("transactions").path("curated_by_event_date");
        for (String source : new String[] {"files", "kafka", "total"}) {
            long events = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = byDate.path(source).fields(); it.hasNext(); ) {
                JsonNode day = it.next().getValue();
                events += day.path("events").asLong();
                assertThat(day.path("approved_events").asLong()).isLessThanOrEqualTo(day.path("events").asLong());
                assertThat(day.path("approved_amount").asText()).matches("\\d+\\.\\d{2}");
            }
            JsonNode counts = source.equals("total") ? data.total() : data.manifest.path("transactions").path("by_source").path(source);
            assertThat(events).as(source).isEqualTo(counts.path("curated").asLong());
        }
        // Late events lie before the first ingest day; on-time ones never after the last.
        assertThat(byDate.path("total").fieldNames()).toIterable().contains("2026-11-19", "2026-11-20", "2026-11-22")
            .doesNotContain("2026-11-23");
    }

    @Test
    void customerChangeFilesAddUp() {
        JsonNode customers = data.manifest.path("customers");
        JsonNode files = customers.path("files");
        assertThat(files).hasSize(4); // days + 1
        long read = 0;
        for (JsonNode f : files) {
            assertThat(f.path("read").asLong()).isEqualTo(f.path("valid").asLong() + f.path("rejected").asLong());
            assertThat(f.path("valid").asLong()).isEqualTo(f.path("upserts").asLong() + f.path("deletes").asLong());
            assertThat(f.path("rejected").asLong()).isEqualTo(CustomerChangeFiles.BROKEN_ROWS_PER_FILE);
            assertThat(data.lines(f.path("path").asText())).hasSize(f.path("read").asInt() + 1);
            read += f.path("read").asLong();
        }
        assertThat(customers.path("total").path("read").asLong()).isEqualTo(read);
        JsonNode population = customers.path("population");
        assertThat(population.path("test_segment").asLong()).isPositive();
        assertThat(population.path("late_arriving").asLong()).isPositive();
        assertThat(population.path("never_in_change_files").asLong()).isPositive();

        JsonNode dimension = customers.path("expected_dimension");
        assertThat(dimension.path("deleted").asLong()).isPositive();
        long bySegment = 0;
        for (JsonNode n : dimension.path("present_by_segment")) {
            bySegment += n.asLong();
        }
        assertThat(bySegment).isEqualTo(dimension.path("present").asLong());
        // Known after the last day: everyone who transacts except the never-known, plus churned ones that survived.
        long transactingKnown = population.path("transacting").asLong() - population.path("never_in_change_files").asLong();
        assertThat(dimension.path("present").asLong()).isBetween(transactingKnown,
            transactingKnown + population.path("without_transactions").asLong());
    }
}
