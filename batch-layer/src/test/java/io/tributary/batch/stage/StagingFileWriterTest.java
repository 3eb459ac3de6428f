package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFileWriterTest {

    @TempDir
    java.nio.file.Path dir;

    private FileSystem fs;

    @BeforeEach
    void localFileSystem() throws IOException {
        fs = FileSystem.getLocal(new Configuration());
    }

    @Test
    void sameRecordsSameNameGiveTheSameBytes() throws IOException {
        List<StagedRecord> records = records(30_000); // several compressed blocks

        Path first = write("a/x.seq", "valid/event_date=2026-11-26/x.seq", records);
        Path second = write("b/x.seq", "valid/event_date=2026-11-26/x.seq", records);

        assertThat(bytes(first)).isEqualTo(bytes(second));
        assertThat(bytes(first).length).isGreaterThan(StagingFileWriter.BLOCK_BYTES / 10);
    }

    @Test
    void anotherNameGivesAnotherSyncMarkerAndTheSameRecords() throws IOException {
        List<StagedRecord> records = records(1000);

        Path first = write("a/x.seq", "seed-1", records);
        Path second = write("b/x.seq", "seed-2", records);

        assertThat(bytes(first)).isNotEqualTo(bytes(second));
        assertThat(readBack(first)).isEqualTo(records).isEqualTo(readBack(second));
    }

    @Test
    void isABlockCompressedSequenceFileWithTheStagingCodec() throws IOException {
        Path file = write("a/x.seq", "seed", records(10));

        try (SequenceFile.Reader reader = new SequenceFile.Reader(fs.getConf(), SequenceFile.Reader.file(file))) {
            assertThat(reader.isBlockCompressed()).isTrue();
            assertThat(reader.getCompressionCodec()).isInstanceOf(StagingCodec.class);
            assertThat(reader.getKeyClass()).isEqualTo(Text.class);
        }
        byte[] content = bytes(file);
        byte[] marker = StagingFileWriter.syncMarker("seed");
        assertThat(indexOf(content, marker)).as("the fixed marker ends the header").isPositive();
    }

    @Test
    void anEmptyFileIsReadable() throws IOException {
        Path file = write("a/empty.seq", "seed", List.of());

        assertThat(readBack(file)).isEmpty();
    }

    private Path write(String relative, String seed, List<StagedRecord> records) throws IOException {
        Path path = new Path(dir.resolve(relative).toUri());
        try (StagingFileWriter writer = StagingFileWriter.create(fs, fs.getConf(), path, Text.class, seed)) {
            for (StagedRecord r : records) {
                writer.append(new Text("id"), new BytesWritable(r.encode()));
            }
        }
        return path;
    }

    private List<StagedRecord> readBack(Path path) throws IOException {
        List<StagedRecord> back = new ArrayList<>();
        StagedFiles.readValid(fs, path, back::add);
        return back;
    }

    private byte[] bytes(Path path) throws IOException {
        return Files.readAllBytes(java.nio.file.Path.of(path.toUri()));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<StagedRecord> records(int n) {
        List<StagedRecord> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String line = "{\"event_id\":\"e-" + i + "\",\"amount\":\"" + (i * 7919 % 100_000) + ".25\"}";
            records.add(new StagedRecord(RecordFormat.JSON_LINES,
                SourcePosition.ofFile("/lake/raw/f.jsonl", i * 60L, i + 1, Instant.parse("2026-11-27T14:30:12Z")),
                line.getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }
}
