package io.tributary.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {

    @Test
    void theSameSettingsWriteTheSameBytes(@TempDir Path tmp) throws IOException {
        GeneratedData.generate(tmp.resolve("a"), 4000, 200, 2, 7);
        GeneratedData.generate(tmp.resolve("b"), 4000, 200, 2, 7);

        List<Path> files = relativeFiles(tmp.resolve("a"));
        assertThat(relativeFiles(tmp.resolve("b"))).isEqualTo(files);
        assertThat(files).hasSize(2 * 5 + 1 + 3 + 1); // day files, Kafka, change files, manifest
        for (Path f : files) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path tmp) throws IOException {
        GeneratedData.generate(tmp.resolve("a"), 4000, 200, 2, 7);
        GeneratedData.generate(tmp.resolve("b"), 4000, 200, 2, 8);

        for (Path f : relativeFiles(tmp.resolve("a"))) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f.toString()).isNotEqualTo(-1L);
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().collect(Collectors.toList());
        }
    }
}
