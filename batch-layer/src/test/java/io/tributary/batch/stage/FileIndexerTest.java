package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.ingest.LandedFile;
import io.tributary.batch.ingest.LandedKind;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.ingest.SampleInputs;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of one file, without MapReduce. */
class FileIndexerTest {

    @TempDir
    Path tmp;

    private LandedSamples samples;
    private LandingCatalog catalog;

    @BeforeEach
    void landSamples() throws IOException {
        samples = new LandedSamples(tmp);
        catalog = new LandingCatalog(samples.fs, samples.lake);
    }

    @Test
    void countsAndStagesTheJsonFile() throws IOException {
        FileIndex index = index(landed(SampleInputs.JSON), "attempt-1");

        assertThat(index.read()).isEqualTo(6);
        assertThat(index.validByEventDate()).containsExactly(
            Map.entry(LocalDate.parse("2026-11-25"), 2L), Map.entry(LocalDate.parse("2026-11-26"), 1L));
        assertThat(index.rejectedByReason()).containsOnly(Map.entry(ReasonCode.MALFORMED_RECORD, 1L),
            Map.entry(ReasonCode.INVALID_AMOUNT, 1L), Map.entry(ReasonCode.FUTURE_EVENT_TIME, 1L));
        assertThat(index.ingestTime()).isEqualTo(SampleInputs.INGEST_TIME);
        assertThat(index.outputs()).hasSize(3);
        assertThat(catalog.indexPath(index.sha256()).toUri().getPath()).satisfies(p -> assertThat(Path.of(p)).exists());

        List<StagedRecord> valid = new ArrayList<>();
        for (LocalDate date : index.validByEventDate().keySet()) {
            for (org.apache.hadoop.fs.Path f : StagedFiles.committedValid(samples.fs, samples.lake, date)) {
                StagedFiles.readValid(samples.fs, f, valid::add);
            }
        }
        assertThat(valid).extracting(r -> r.position().line()).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(valid).allSatisfy(r -> assertThat(r.position().sourceName()).isEqualTo(index.rawPath()));

        List<StagedRejection> rejects = new ArrayList<>();
        for (org.apache.hadoop.fs.Path f : StagedFiles.committedRejects(samples.fs, samples.lake, LocalDate.parse("2026-11-27"))) {
            StagedFiles.readRejects(samples.fs, f, rejects::add);
        }
        assertThat(rejects).extracting(StagedRejection::reason).containsExactly(ReasonCode.MALFORMED_RECORD,
            ReasonCode.INVALID_AMOUNT, ReasonCode.FUTURE_EVENT_TIME);
        assertThat(rejects.get(0).rejection().rawText()).isEqualTo("{\"event_id\": ");
        assertThat(rejects).allSatisfy(r -> assertThat(r.eventId()).isNull());
    }

    @Test
    void aDamagedGzipFileIsQuarantinedWhole() throws IOException {
        FileIndex index = index(landed(SampleInputs.CORRUPT_GZ), "attempt-1");

        // 986 lines are readable before the damage, then the damage itself: every one of them is CORRUPT_FILE
        assertThat(index.corrupt()).isTrue();
        assertThat(index.read()).isEqualTo(987);
        assertThat(index.rejectedByReason()).containsOnly(Map.entry(ReasonCode.CORRUPT_FILE, 987L));
        assertThat(index.outputs()).singleElement().asString().contains("/staging/rejects/ingest_date=2026-11-27/");
        assertThat(Path.of(samples.lake.root().toUri().getPath(), "staging/valid")).doesNotExist();
        List<StagedRejection> rejects = new ArrayList<>();
        StagedFiles.readRejects(samples.fs, new org.apache.hadoop.fs.Path(index.outputs().get(0)), rejects::add);
        assertThat(rejects).hasSize(987).extracting(r -> r.rejection().position().line()).isSorted();
        assertThat(rejects.get(0).rejection().message()).contains("quarantined");
        assertThat(rejects.get(986).rejection().message()).contains("corrupt after");
    }

    @Test
    void indexingAgainRewritesTheSameBytes() throws IOException {
        LandedFile file = landed(SampleInputs.CSV);
        FileIndex first = index(file, "attempt-1");
        Map<String, byte[]> before = contents(first.outputs());
        byte[] indexBefore = Files.readAllBytes(Path.of(catalog.indexPath(file.sha256()).toUri().getPath()));

        FileIndex second = index(file, "attempt-2");

        assertThat(second).isEqualTo(first);
        Map<String, byte[]> after = contents(second.outputs());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.readAllBytes(Path.of(catalog.indexPath(file.sha256()).toUri().getPath()))).isEqualTo(indexBefore);
    }

    @Test
    void aFileSpanningMoreDatesThanOpenWritersStillGetsOneFilePerDate() throws Exception {
        StringBuilder lines = new StringBuilder();
        int dates = EventDateWriters.MAX_OPEN + 8;
        for (int round = 0; round < 3; round++) {
            for (int d = 0; d < dates; d++) {
                String day = LocalDate.parse("2026-01-01").plusDays(d).toString();
                lines.append("{\"event_id\":\"m-").append(round).append('-').append(d)
                    .append("\",\"customer_id\":\"C1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"")
                    .append(day).append("T12:00:00Z\",\"channel\":\"WEB\",\"status\":\"APPROVED\"}\n");
            }
        }
        Path many = tmp.resolve("many/spread.jsonl");
        Files.createDirectories(many.getParent());
        Files.writeString(many, lines);
        LandedFile file = new io.tributary.batch.ingest.FileLander(samples.fs, samples.lake, SampleInputs.INGEST_TIME)
            .land(many, "spread.jsonl", io.tributary.core.io.FileFormat.of("spread.jsonl").orElseThrow()).landed();

        FileIndex index = index(file, "attempt-1");

        assertThat(index.validByEventDate()).hasSize(dates).allSatisfy((date, n) -> assertThat(n).isEqualTo(3L));
        assertThat(index.outputs()).hasSize(dates);
        Set<String> indexed = Set.of(file.sha256());
        for (LocalDate date : index.validByEventDate().keySet()) {
            List<org.apache.hadoop.fs.Path> files = StagedFiles.committed(samples.fs, samples.lake.stagedValid(date), indexed);
            assertThat(files).hasSize(1);
            List<Long> order = new ArrayList<>();
            StagedFiles.readValid(samples.fs, files.get(0), r -> order.add(r.position().line()));
            assertThat(order).as("file order").isSorted().hasSize(3);
        }
    }

    @Test
    void stagingOfAFileWithoutIndexIsNotCommitted() throws IOException {
        LandedFile file = landed(SampleInputs.POS);
        FileIndex index = index(file, "attempt-1");
        FileSystem fs = samples.fs;

        fs.delete(catalog.indexPath(file.sha256()), false);

        for (LocalDate date : index.validByEventDate().keySet()) {
            assertThat(StagedFiles.committedValid(fs, samples.lake, date)).isEmpty();
            assertThat(fs.exists(new org.apache.hadoop.fs.Path(samples.lake.stagedValid(date),
                StagedFiles.fileName(file.sha256())))).isTrue();
        }
    }

    private FileIndex index(LandedFile file, String attempt) throws IOException {
        org.apache.hadoop.fs.Path work = new org.apache.hadoop.fs.Path(samples.lake.root(), "staging/_tmp/test/" + attempt);
        return new FileIndexer(samples.fs, samples.fs.getConf(), samples.lake, ValidationRules.DEFAULT, work, null)
            .index(file.sha256(), file.rawPath());
    }

    private LandedFile landed(String source) throws IOException {
        for (String sha : catalog.list().landed()) {
            LandedFile file = catalog.read(sha);
            if (file.kind() == LandedKind.TRANSACTIONS && file.originalPath().endsWith(source)) {
                return file;
            }
        }
        throw new AssertionError("not landed: " + source);
    }

    private static Map<String, byte[]> contents(List<String> paths) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        for (String p : paths) {
            out.put(p, Files.readAllBytes(Path.of(p)));
        }
        return out;
    }
}
