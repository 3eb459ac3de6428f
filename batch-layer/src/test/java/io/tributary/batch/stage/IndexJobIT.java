package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.ingest.SampleInputs;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ToolRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index job on the MapReduce local runner, over a lake on the local file system. */
class IndexJobIT {

    @TempDir
    Path tmp;

    @Test
    void indexesEveryLandedTransactionFileOnceAndRewritesTheSameBytes() throws Exception {
        LandedSamples samples = new LandedSamples(tmp);
        LandedSamples.Expected expected = LandedSamples.expected(samples.input);
        LandingCatalog catalog = new LandingCatalog(samples.fs, samples.lake);

        IndexResult result = IndexJob.run(samples.config);

        // what the job reports
        assertThat(result.files()).hasSize(SampleInputs.TRANSACTION_FILES.size());
        assertThat(result.read()).isEqualTo(expected.read);
        assertThat(result.validByEventDate()).isEqualTo(expected.validByDate);
        assertThat(result.rejectedByReason()).isEqualTo(expected.rejectedByReason)
            .containsEntry(ReasonCode.CORRUPT_FILE, 987L).containsEntry(ReasonCode.MALFORMED_RECORD, 3L);
        assertThat(result.ingestDates()).containsExactly(LocalDate.parse("2026-11-27"));
        for (FileIndex file : result.files()) {
            byte[] json = Files.readAllBytes(Path.of(catalog.indexPath(file.sha256()).toUri().getPath()));
            assertThat(FileIndex.fromJson(json)).isEqualTo(file);
        }

        // what staging holds, read back
        assertThat(stagedValidByDate(samples, expected.validByDate.keySet())).isEqualTo(expected.validByDate);
        assertThat(stagedRejectsByReason(samples)).isEqualTo(expected.rejectedByReason);

        // nothing new to land, nothing left to index
        Map<Path, byte[]> staging = snapshot(samples.root.resolve("staging"));
        assertThat(samples.ingest()).isZero();
        assertThat(IndexJob.run(samples.config).files()).isEmpty();
        StringWriter toolOut = new StringWriter();
        int exit = ToolRunner.run(new Configuration(), new IndexJob(new PrintWriter(toolOut, true)),
            new String[] {"--set", "fs.uri=file:///", "--set", "storage.root=" + samples.root});
        assertThat(exit).isZero();
        assertThat(toolOut.toString()).contains("index: 0 file(s)");
        assertThat(snapshot(samples.root.resolve("staging"))).containsOnlyKeys(staging.keySet());

        // forget one file's index: the next run indexes it again, byte for byte
        FileIndex json = result.files().stream().filter(f -> f.rawPath().endsWith("events.jsonl")).findFirst()
            .orElseThrow();
        byte[] indexBefore = Files.readAllBytes(Path.of(catalog.indexPath(json.sha256()).toUri().getPath()));
        samples.fs.delete(catalog.indexPath(json.sha256()), false);

        IndexResult again = IndexJob.run(samples.config);

        assertThat(again.files()).containsExactly(json);
        assertThat(Files.readAllBytes(Path.of(catalog.indexPath(json.sha256()).toUri().getPath())))
            .isEqualTo(indexBefore);
        Map<Path, byte[]> after = snapshot(samples.root.resolve("staging"));
        assertThat(after.keySet()).isEqualTo(staging.keySet());
        staging.forEach((path, bytes) -> assertThat(after.get(path)).as(path.toString()).isEqualTo(bytes));
        assertThat(samples.root.resolve("staging/_tmp")).isEmptyDirectory();
    }

    private static SortedMap<LocalDate, Long> stagedValidByDate(LandedSamples samples, Iterable<LocalDate> dates)
        throws IOException {
        StagedRecordParser parser = new StagedRecordParser(ValidationRules.DEFAULT);
        SortedMap<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate date : dates) {
            for (org.apache.hadoop.fs.Path file : StagedFiles.committedValid(samples.fs, samples.lake, date)) {
                StagedFiles.readValid(samples.fs, file, record -> {
                    ParseResult<Transaction> parsed = parser.parse(record);
                    assertThat(parsed.isValid()).isTrue();
                    assertThat(parsed.valid().value().eventDate()).isEqualTo(date);
                    counts.merge(date, 1L, Long::sum);
                });
            }
        }
        return counts;
    }

    private static Map<ReasonCode, Long> stagedRejectsByReason(LandedSamples samples) throws IOException {
        Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
        for (org.apache.hadoop.fs.Path file : StagedFiles.committedRejects(samples.fs, samples.lake,
            LocalDate.parse("2026-11-27"))) {
            StagedFiles.readRejects(samples.fs, file, r -> counts.merge(r.reason(), 1L, Long::sum));
        }
        return counts;
    }

    /** Every visible file below a folder and its bytes. */
    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile)
                .filter(p -> !p.toString().contains("/_") && !p.getFileName().toString().startsWith("."))
                .toList();
        }
        for (Path p : new ArrayList<>(paths)) {
            files.put(p, Files.readAllBytes(p));
        }
        return files;
    }
}
