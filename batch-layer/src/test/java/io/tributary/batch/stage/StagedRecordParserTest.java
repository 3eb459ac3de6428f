package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.ingest.SampleInputs;
import io.tributary.cli.CommandRunner;
import io.tributary.cli.generate.GenerateCommand;
import io.tributary.core.io.FileFormat;
import io.tributary.core.io.KafkaArchiveFormat;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging a valid record and parsing it again gives exactly what the file reader gave. */
class StagedRecordParserTest {

    private static final ValidationRules RULES = new ValidationRules(Duration.ofMinutes(5));

    @TempDir
    Path dir;

    @Test
    void handMadeFilesOfEveryFormat() throws IOException {
        SampleInputs.write(dir);
        int checked = 0;
        for (String file : List.of(SampleInputs.JSON, SampleInputs.CSV, SampleInputs.POS, SampleInputs.JSON_GZ,
            SampleInputs.CORRUPT_GZ)) {
            checked += checkEveryValidRecord(dir.resolve(file));
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void archivedKafkaMessages() throws IOException {
        SampleInputs.write(dir);
        List<String> values = Files.readAllLines(dir.resolve(SampleInputs.JSON), StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
        archive.writeBytes(KafkaArchiveFormat.header("transactions"));
        for (int i = 0; i < values.size(); i++) {
            archive.writeBytes(KafkaArchiveFormat.line(i % 3, i, SampleInputs.INGEST_TIME.toEpochMilli() + i,
                values.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        Path file = dir.resolve("transactions-0-0-99.kafka");
        Files.write(file, archive.toByteArray());
        assertThat(checkEveryValidRecord(file)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void generatedFilesOfEveryFormat() throws IOException {
        Path out = dir.resolve("generated");
        assertThat(CommandRunner.run(new GenerateCommand(), "--out", out.toString(), "--events", "4000", "--days", "1"))
            .isZero();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out.resolve("transactions"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).extracting(p -> FileFormat.of(p.toString()).orElseThrow().format())
            .contains(RecordFormat.JSON_LINES, RecordFormat.CSV, RecordFormat.POS_LOG);
        int checked = 0;
        for (Path file : files) {
            checked += checkEveryValidRecord(file);
        }
        assertThat(checked).isGreaterThan(3000);
    }

    /** Returns how many valid records were checked. */
    private static int checkEveryValidRecord(Path file) throws IOException {
        FileFormat format = FileFormat.of(file.toString()).orElseThrow();
        List<ParseResult<Transaction>> results = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            RecordFileReader.forTransactions(RULES).read(file.toString(), in, SampleInputs.INGEST_TIME, results::add);
        }
        StagedRecordParser parser = new StagedRecordParser(RULES);
        int checked = 0;
        for (ParseResult<Transaction> original : results) {
            if (!original.isValid()) {
                continue;
            }
            byte[] staged = new StagedRecord(format.format().payloadFormat(), original.position(), original.rawPayload())
                .encode();

            ParseResult<Transaction> again = parser.parse(StagedRecord.decode(staged));

            assertThat(again).as("record at %s", original.position().describe()).isEqualTo(original);
            checked++;
        }
        return checked;
    }
}
