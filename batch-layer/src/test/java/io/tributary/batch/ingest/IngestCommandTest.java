package io.tributary.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.CommandRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    private static final String STAMP = "20261127T143012Z";
    private static final String HOUR_DIR = "raw/transactions/source=files/ingest_date=2026-11-27/ingest_hour=14";
    private static final String CUSTOMER_DIR = "raw/customers/ingest_date=2026-11-27";

    @TempDir
    Path tmp;

    @Test
    void landsEveryInputFileUnchangedIntoItsPartition() throws Exception {
        Path input = SampleInputs.write(tmp.resolve("in"));
        Path lake = tmp.resolve("lake");

        Run run = ingest(input, lake, "2026-11-27T14:30:12Z");

        assertThat(run.exit).isZero();
        for (String file : SampleInputs.TRANSACTION_FILES) {
            assertLanded(input, lake, file, HOUR_DIR);
        }
        for (String file : SampleInputs.CUSTOMER_FILES) {
            assertLanded(input, lake, file, CUSTOMER_DIR);
        }
        assertThat(visibleFiles(lake.resolve(HOUR_DIR))).hasSize(SampleInputs.TRANSACTION_FILES.size());
        assertThat(visibleFiles(lake.resolve(CUSTOMER_DIR))).hasSize(SampleInputs.CUSTOMER_FILES.size());
        assertThat(run.out)
            .contains("skipped  " + SampleInputs.JSON_COPY + ": already landed as")
            .contains("skipped  " + SampleInputs.UNRELATED + ": not an input file")
            .contains("skipped  " + SampleInputs.HIDDEN + ": hidden name")
            .contains("10 file(s): 7 landed");
    }

    @Test
    void recordsEachLandedFileByItsHash() throws Exception {
        Path input = SampleInputs.write(tmp.resolve("in"));
        Path lake = tmp.resolve("lake");
        ingest(input, lake, "2026-11-27T14:30:12Z");

        String sha = sha256(input.resolve(SampleInputs.CUSTOMERS_GZ));
        LandedFile record = LandedFile.fromJson(Files.readAllBytes(lake.resolve("raw/_landed/" + sha + ".json")));

        assertThat(record.kind()).isEqualTo(LandedKind.CUSTOMERS);
        assertThat(record.bytes()).isEqualTo(Files.size(input.resolve(SampleInputs.CUSTOMERS_GZ)));
        assertThat(record.ingestTime()).hasToString("2026-11-27T14:30:12Z");
        assertThat(record.originalPath()).endsWith("changes-2.csv.gz");
        assertThat(record.rawPath()).isEqualTo(lake.resolve(CUSTOMER_DIR) + "/" + STAMP + "-" + sha.substring(0, 12)
            + "-changes-2.csv.gz");
        assertThat(lake.resolve("raw/_landed")).isDirectoryContaining("glob:**/" + sha + ".json");
    }

    @Test
    void aSecondIngestOfTheSameFolderLandsNothing() throws Exception {
        Path input = SampleInputs.write(tmp.resolve("in"));
        Path lake = tmp.resolve("lake");
        ingest(input, lake, "2026-11-27T14:30:12Z");
        List<Path> before = visibleFiles(lake.resolve("raw"));

        Run again = ingest(input, lake, "2026-11-28T09:00:00Z");

        assertThat(again.exit).isZero();
        assertThat(again.out).contains("10 file(s): 0 landed (0.0 MB), 8 already landed");
        assertThat(visibleFiles(lake.resolve("raw"))).isEqualTo(before);
        assertThat(lake.resolve("raw/transactions/source=files/ingest_date=2026-11-28")).doesNotExist();
        assertThat(visibleFiles(lake.resolve("raw/_landing"))).isEmpty();
    }

    @Test
    void theIngestTimeFixesEveryNameWholeSeconds() throws Exception {
        Path input = SampleInputs.write(tmp.resolve("in"));

        ingest(input, tmp.resolve("lake1"), "2026-11-27T14:30:12.789Z");
        ingest(input, tmp.resolve("lake2"), "2026-11-27T14:30:12Z");

        List<String> first = relativeNames(tmp.resolve("lake1/raw"));
        assertThat(first).isEqualTo(relativeNames(tmp.resolve("lake2/raw")));
        assertThat(first).filteredOn(n -> n.startsWith(HOUR_DIR)).allMatch(n -> n.contains("/" + STAMP + "-"));
    }

    @Test
    void manyFilesGiveProgressLinesInsteadOfOneLinePerFile() throws Exception {
        Path input = tmp.resolve("many");
        Files.createDirectories(input);
        for (int i = 0; i < IngestCommand.LIST_EACH_FILE_UP_TO + 10; i++) {
            Files.writeString(input.resolve(String.format("f-%03d.jsonl", i)), "{\"n\":" + i + "}\n");
        }

        Run run = ingest(input, tmp.resolve("lake"), "2026-11-27T14:30:12Z");

        assertThat(run.out).doesNotContain("landed   f-").contains("60 file(s): 60 landed");
        assertThat(run.err).contains("ingest: 6/60 files (10%)").contains("ingest: 60/60 files (100%)");
    }

    @Test
    void usageErrorsExitWith2() {
        Run noFolder = ingest(tmp.resolve("missing"), tmp.resolve("lake"), "2026-11-27T14:30:12Z");
        assertThat(noFolder.exit).isEqualTo(2);
        assertThat(noFolder.err).contains("is not a folder");

        Run badTime = ingest(tmp, tmp.resolve("lake"), "yesterday");
        assertThat(badTime.exit).isEqualTo(2);
        assertThat(badTime.err).contains("--ingest-time 'yesterday'");
    }

    @Test
    void severalFoldersLandInOneRunEachWithItsOwnIngestTime() throws Exception {
        Path first = folderWith("day1", "a.jsonl", "{\"n\":1}\n");
        Path second = folderWith("day2", "b.jsonl", "{\"n\":2}\n");
        Files.writeString(second.resolve("a-again.jsonl"), "{\"n\":1}\n");
        Path lake = tmp.resolve("lake");

        Run run = run("--from", first.toString(), "--from", second.toString(),
            "--ingest-time", "2026-11-27T14:30:12Z", "--ingest-time", "2026-11-28T01:00:00Z",
            "--set", "fs.uri=file:///", "--set", "storage.root=" + lake.toAbsolutePath());

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("3 file(s): 2 landed", "1 already landed",
            "ingest times 2026-11-27T14:30:12Z .. 2026-11-28T01:00:00Z (2 folders)");
        assertThat(visibleFiles(lake.resolve(HOUR_DIR))).singleElement()
            .satisfies(p -> assertThat(p.getFileName().toString()).startsWith(STAMP).endsWith("-a.jsonl"));
        assertThat(visibleFiles(lake.resolve("raw/transactions/source=files/ingest_date=2026-11-28/ingest_hour=01")))
            .singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-b.jsonl"));
    }

    @Test
    void oneIngestTimeServesEveryFolder() throws Exception {
        Path first = folderWith("x", "a.jsonl", "{\"n\":1}\n");
        Path second = folderWith("y", "b.jsonl", "{\"n\":2}\n");
        Path lake = tmp.resolve("lake");

        Run run = run("--from", first.toString(), "--from", second.toString(), "--ingest-time", "2026-11-27T14:30:12Z",
            "--set", "fs.uri=file:///", "--set", "storage.root=" + lake.toAbsolutePath());

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("2 file(s): 2 landed", "ingest time 2026-11-27T14:30:12Z");
        assertThat(visibleFiles(lake.resolve(HOUR_DIR))).hasSize(2);
    }

    @Test
    void ingestTimesThatDoNotPairWithTheFoldersAreAUsageError() {
        Run run = run("--from", tmp.toString(), "--from", tmp.toString(), "--from", tmp.toString(),
            "--ingest-time", "2026-11-27T14:30:12Z", "--ingest-time", "2026-11-28T01:00:00Z",
            "--set", "fs.uri=file:///", "--set", "storage.root=" + tmp.resolve("lake").toAbsolutePath());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--ingest-time is given 2 times for 3 --from folders");
        assertThat(tmp.resolve("lake")).doesNotExist();
    }

    private Path folderWith(String name, String file, String content) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name));
        Files.writeString(folder.resolve(file), content);
        return folder;
    }

    private static void assertLanded(Path input, Path lake, String source, String partition) throws Exception {
        Path original = input.resolve(source);
        String sha = sha256(original);
        Path landed = lake.resolve(partition).resolve(STAMP + "-" + sha.substring(0, 12) + "-" + original.getFileName());
        assertThat(landed).exists().hasSameBinaryContentAs(original);
        assertThat(lake.resolve("raw/_landed/" + sha + ".json")).exists();
    }

    private Run ingest(Path from, Path lake, String ingestTime) {
        return run("--from", from.toString(), "--ingest-time", ingestTime,
            "--set", "fs.uri=file:///", "--set", "storage.root=" + lake.toAbsolutePath());
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CommandRunner.commandLine(new IngestCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    /** Files a Hadoop job would read: no hidden names (temporary files, checksums). */
    private static List<Path> visibleFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                .sorted().toList();
        }
    }

    private static List<String> relativeNames(Path dir) throws IOException {
        Path root = dir.getParent();
        return visibleFiles(dir).stream().map(p -> root.relativize(p).toString()).toList();
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
