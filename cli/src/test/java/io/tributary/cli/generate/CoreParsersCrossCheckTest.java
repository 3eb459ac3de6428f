package io.tributary.cli.generate;

import io.tributary.core.model.Amounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a generated data set with the domain's own file reader and parsers (as ingest and the batch
 * layer do), applies the contract's rules (dedup by
 * event_id with the first as survivor, TEST filter, customer lookup, lateness) in the simplest way,
 * and checks that every count of the manifest comes out: the generator and the parsers agree on
 * what the contract means.
 */
class CoreParsersCrossCheckTest {
    private static final Duration GRACE = Duration.ofMinutes(10);

    @TempDir
    static Path tmp;
    static GeneratedData data;
    static LocalDate start;

    @BeforeAll
    static void generate() throws IOException {
        data = GeneratedData.generate(tmp.resolve("set"), 8000, 400, 3, 5);
        start = LocalDate.parse(data.manifest.path("settings").path("start_date").asText());
    }

    /** Customer change files applied up to each ingest day: customer id -> winning change. */
    private static List<Map<String, CustomerChange>> dimensionsByDay(Map<String, Counts> perFile) {
        Map<String, CustomerChange> current = new HashMap<>();
        List<Map<String, CustomerChange>> byDay = new java.util.ArrayList<>();
        for (JsonNode f : data.manifest.path("customers").path("files")) {
            String path = f.path("path").asText();
            Instant ingest = endOf(LocalDate.parse(f.path("ingest_date").asText()));
            Counts counts = new Counts();
            for (ParseResult<CustomerChange> r : read(RecordFileReader.forCustomerChanges(), path, ingest)) {
                counts.read++;
                if (!r.isValid()) {
                    counts.reject(r.rejection().reason().name());
                    continue;
                }
                CustomerChange change = r.valid().value();
                counts.count(change.op() == ChangeOp.UPSERT ? "upserts" : "deletes");
                CustomerChange winner = current.get(change.customerId());
                // The greatest updated_at wins; on a tie the later line of the later file.
                if (winner == null || !change.updatedAt().isBefore(winner.updatedAt())) {
                    current.put(change.customerId(), change);
                }
            }
            perFile.put(path, counts);
            byDay.add(new HashMap<>(current));
        }
        return byDay;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean present(Map<String, CustomerChange> dimension, String customerId) {
        CustomerChange c = dimension.get(customerId);
        return c != null && c.op() == ChangeOp.UPSERT;
    }

    @Test
    void customerChangeFilesGiveTheExpectedCountsAndDimension() {
        Map<String, Counts> perFile = new TreeMap<>();
        List<Map<String, CustomerChange>> byDay = dimensionsByDay(perFile);
        for (JsonNode f : data.manifest.path("customers").path("files")) {
            Counts c = perFile.get(f.path("path").asText());
            assertThat(c.read).as(f.path("path").asText()).isEqualTo(f.path("read").asLong());
            assertThat(c.get("upserts")).isEqualTo(f.path("upserts").asLong());
            assertThat(c.get("deletes")).isEqualTo(f.path("deletes").asLong());
            assertThat(c.rejectedByReason).isEqualTo(nonZero(f.path("rejected_by_reason")));
        }
        JsonNode expected = data.manifest.path("customers").path("expected_dimension");
        Map<String, CustomerChange> last = byDay.get(byDay.size() - 1);
        Map<String, Long> segments = new TreeMap<>();
        long deleted = 0;
        for (CustomerChange c : last.values()) {
            if (c.op() == ChangeOp.UPSERT) {
                segments.merge(c.segment().name(), 1L, Long::sum);
            } else {
                deleted++;
            }
        }
        assertThat(segments).isEqualTo(nonZero(expected.path("present_by_segment")));
        assertThat(deleted).isEqualTo(expected.path("deleted").asLong());
        for (int day = 0; day < byDay.size(); day++) {
            long present = byDay.get(day).values().stream().filter(c -> c.op() == ChangeOp.UPSERT).count();
            assertThat(present).as("present after day " + day)
                .isEqualTo(expected.path("present_after_ingest_date").path(start.plusDays(day).toString()).asLong());
        }
    }

    @Test
    void transactionFilesGiveTheExpectedCounts() {
        List<Map<String, CustomerChange>> byDay = dimensionsByDay(new HashMap<>());
        Map<String, CustomerChange> finalDimension = byDay.get(byDay.size() - 1);
        Map<String, Transaction> survivorsFromFiles = new HashMap<>();
        Map<String, Transaction> survivorsFromKafka = new HashMap<>();
        Map<LocalDate, long[]> curatedByDate = new TreeMap<>();
        for (JsonNode f : data.transactionFiles()) {
            String path = f.path("path").asText();
            boolean kafka = f.path("source").asText().equals("kafka");
            Counts c = new Counts();
            Instant maxSeen = null;
            int fileDay = kafka ? 0 : (int) (LocalDate.parse(f.path("ingest_date").asText()).toEpochDay() - start.toEpochDay());
            // Kafka records are validated against the end of the last day: nothing valid is future then.
            Instant ingest = endOf(start.plusDays(kafka ? data.manifest.path("settings").path("days").asInt() - 1 : fileDay));
            for (ParseResult<Transaction> r : read(RecordFileReader.forTransactions(), path, ingest)) {
                int day = kafka ? kafkaDay(f, r.position().line()) : fileDay;
                c.read++;
                if (!r.isValid()) {
                    c.reject(r.rejection().reason().name());
                    continue;
                }
                Transaction t = r.valid().value();
                Map<String, Transaction> survivors = kafka ? survivorsFromKafka : survivorsFromFiles;
                Transaction survivor = survivors.putIfAbsent(t.eventId(), t);
                Instant seenBefore = maxSeen;
                if (kafka && (maxSeen == null || t.eventTime().isAfter(maxSeen))) {
                    maxSeen = t.eventTime();
                }
                if (survivor != null) {
                    c.count(t.sameBusinessFields(survivor) ? "exact_duplicates" : "conflicting_duplicates");
                    continue;
                }
                CustomerChange customer = byDay.get(day).get(t.customerId());
                if (customer != null && customer.op() == ChangeOp.UPSERT && customer.segment() == CustomerSegment.TEST) {
                    c.count("filtered");
                    continue;
                }
                c.count("curated");
                if (!present(byDay.get(day), t.customerId())) {
                    c.count("unmatched_customers");
                }
                if (!present(finalDimension, t.customerId())) {
                    c.count("unmatched_customers_final");
                }
                boolean late = kafka ? seenBefore != null && t.eventTime().isBefore(seenBefore.minus(GRACE))
                    : t.eventDate().isBefore(start.plusDays(day));
                if (late) {
                    c.count("late");
                }
                long[] totals = curatedByDate.computeIfAbsent(t.eventDate(), d -> new long[3]);
                totals[0]++;
                if (t.status() == TxnStatus.APPROVED) {
                    totals[1]++;
                    totals[2] += t.amountCents();
                }
            }
            assertCountsMatch(path, c, f);
        }
        JsonNode expectedByDate = data.manifest.path("transactions").path("curated_by_event_date").path("total");
        assertThat(curatedByDate.keySet().stream().map(LocalDate::toString)).containsExactlyElementsOf(expectedByDate::fieldNames);
        curatedByDate.forEach((date, t) -> {
            JsonNode e = expectedByDate.path(date.toString());
            assertThat(t[0]).as(date + " events").isEqualTo(e.path("events").asLong());
            assertThat(t[1]).as(date + " approved").isEqualTo(e.path("approved_events").asLong());
            assertThat(Amounts.format(t[2])).as(date + " amount").isEqualTo(e.path("approved_amount").asText());
        });
    }

    private static void assertCountsMatch(String path, Counts actual, JsonNode expected) {
        assertThat(actual.read).as(path + " read").isEqualTo(expected.path("read").asLong());
        assertThat(actual.rejectedByReason).as(path + " rejected by reason").isEqualTo(nonZero(expected.path("rejected_by_reason")));
        for (String counter : new String[] {"exact_duplicates", "conflicting_duplicates", "filtered", "curated",
            "unmatched_customers", "unmatched_customers_final", "late"}) {
            assertThat(actual.get(counter)).as(path + " " + counter).isEqualTo(expected.path(counter).asLong());
        }
    }

    private static int kafkaDay(JsonNode kafkaFile, long lineNumber) {
        int day = 0;
        for (JsonNode block : kafkaFile.path("day_blocks")) {
            if (lineNumber >= block.path("first_line").asLong()) {
                day = (int) (LocalDate.parse(block.path("ingest_date").asText()).toEpochDay() - start.toEpochDay());
            }
        }
        return day;
    }

    /** Every result of one file, in file order (the data sets of this test are small). */
    private static <T> List<ParseResult<T>> read(RecordFileReader<T> reader, String path, Instant ingest) {
        List<ParseResult<T>> results = new java.util.ArrayList<>();
        try (InputStream in = Files.newInputStream(data.root.resolve(path))) {
            reader.read(path, in, ingest, results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    private static Map<String, Long> nonZero(JsonNode counts) {
        Map<String, Long> m = new TreeMap<>();
        counts.fields().forEachRemaining(e -> {
            if (e.getValue().asLong() != 0) {
                m.put(e.getKey(), e.getValue().asLong());
            }
        });
        return m;
    }

    /** Counts of one file as this test finds them. */
    private static final class Counts {
        long read;
        final Map<String, Long> rejectedByReason = new TreeMap<>();
        final Map<String, Long> other = new HashMap<>();

        void reject(String reason) {
            rejectedByReason.merge(reason, 1L, Long::sum);
        }

        void count(String what) {
            other.merge(what, 1L, Long::sum);
        }

        long get(String what) {
            return other.getOrDefault(what, 0L);
        }
    }
}
