package io.tributary.cli.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Test helper: generates a data set and reads it back (manifest through Jackson, files line by line). */
final class GeneratedData {
    final Path root;
    final JsonNode manifest;

    private GeneratedData(Path root) throws IOException {
        this.root = root;
        this.manifest = new ObjectMapper().readTree(root.resolve("manifest.json").toFile());
    }

    static GeneratedData generate(Path dir, long events, int customers, int days, long seed) throws IOException {
        return generate(new GeneratorSettings(dir, events, customers, days, seed, 0.02, 0.02, 0.02, 0.2,
            LocalDate.parse(GeneratorSettings.DEFAULT_START_DATE)));
    }

    static GeneratedData generate(GeneratorSettings settings) throws IOException {
        new DatasetGenerator(settings, ProgressListener.NONE).run();
        return new GeneratedData(settings.out());
    }

    Iterable<JsonNode> transactionFiles() {
        return manifest.path("transactions").path("files");
    }

    JsonNode total() {
        return manifest.path("transactions").path("total");
    }

    /** The lines of a file as raw bytes (gzip undone, terminators removed). */
    List<byte[]> lines(String relativePath) {
        Path file = root.resolve(relativePath);
        List<byte[]> lines = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = relativePath.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines.add(line.toByteArray());
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            if (line.size() > 0) {
                lines.add(line.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
