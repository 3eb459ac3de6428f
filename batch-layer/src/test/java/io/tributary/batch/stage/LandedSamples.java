package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.batch.ingest.IngestCommand;
import io.tributary.batch.ingest.SampleInputs;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.cli.CommandRunner;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.io.FileFormat;
import io.tributary.core.io.ReadSummary;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.hadoop.fs.FileSystem;
import picocli.CommandLine;

/** A lake on the local file system in a test folder, with the sample inputs landed into it. */
final class LandedSamples {

    final Path input;
    final Path root;
    final TributaryConfig config;
    final LakePaths lake;
    final FileSystem fs;

    LandedSamples(Path tmp) throws IOException {
        this.input = SampleInputs.write(tmp.resolve("in"));
        this.root = tmp.resolve("lake").toAbsolutePath();
        this.config = TributaryConfig.of(Map.of("fs.uri", "file:///", "storage.root", root.toString()));
        this.lake = LakePaths.from(config);
        this.fs = FileSystem.get(lake.root().toUri(), HadoopSettings.from(config));
        assertThat(ingest()).isZero();
    }

    /** Runs {@code tributary ingest} on the sample folder again; returns the exit code. */
    int ingest() {
        CommandLine cl = CommandRunner.commandLine(new IngestCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute("--from", input.toString(), "--ingest-time", SampleInputs.INGEST_TIME.toString(),
            "--set", "fs.uri=file:///", "--set", "storage.root=" + root);
    }

    /**
     * What the core's file reader says about the sample transaction files: the oracle of the index tests. A damaged
     * gzip file is quarantined whole: every record it gave counts as CORRUPT_FILE.
     */
    static Expected expected(Path input) throws IOException {
        Expected e = new Expected();
        for (String file : SampleInputs.TRANSACTION_FILES) {
            Path path = input.resolve(file);
            List<ParseResult<Transaction>> results = new ArrayList<>();
            ReadSummary summary;
            try (InputStream in = Files.newInputStream(path)) {
                summary = RecordFileReader.forTransactions(ValidationRules.DEFAULT).read(path.toString(),
                    FileFormat.of(file).orElseThrow(), in, SampleInputs.INGEST_TIME, results::add);
            }
            for (ParseResult<Transaction> r : results) {
                if (summary.corrupt()) {
                    e.read++;
                    e.rejectedByReason.merge(ReasonCode.CORRUPT_FILE, 1L, Long::sum);
                } else {
                    e.add(r);
                }
            }
        }
        return e;
    }

    static final class Expected {
        long read;
        final SortedMap<LocalDate, Long> validByDate = new TreeMap<>();
        final Map<ReasonCode, Long> rejectedByReason = new EnumMap<>(ReasonCode.class);

        void add(ParseResult<Transaction> r) {
            read++;
            if (r.isValid()) {
                validByDate.merge(r.valid().value().eventDate(), 1L, Long::sum);
            } else {
                rejectedByReason.merge(r.rejection().reason(), 1L, Long::sum);
            }
        }
    }
}
