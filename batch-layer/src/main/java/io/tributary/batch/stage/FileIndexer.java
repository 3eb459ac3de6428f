package io.tributary.batch.stage;

import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.ingest.RawFileName;
import io.tributary.batch.lake.LakePaths;
import io.tributary.core.io.FileFormat;
import io.tributary.core.io.ReadSummary;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.ParseResult;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.util.Progressable;

/**
 * Indexes one raw transaction file: parses and validates every record once with the core's
 * {@link RecordFileReader}, stages valid records by UTC event date and rejects by ingest date, then commits.
 *
 * <p>Commit order: all staging files are written below {@code workDir} (private to one task attempt), renamed into
 * place (replacing earlier copies), and the file's index is written last. A failed attempt leaves its work folder
 * behind and nothing else visible; a retry or rerun writes the same bytes to the same names.
 *
 * <p>Not thread-safe (the reader reuses its parsers): one instance per task.
 */
public final class FileIndexer {

    private static final int PROGRESS_EVERY = 1 << 16;

    private final FileSystem fs;
    private final Configuration conf;
    private final LakePaths lake;
    private final LandingCatalog catalog;
    private final RecordFileReader<Transaction> reader;
    private final Path workDir;
    private final Progressable progress;
    private final Renames renames;

    /**
     * @param workDir  a folder of this task attempt alone, for files being written
     * @param progress told every few thousand records that the task is alive
     */
    public FileIndexer(FileSystem fs, Configuration conf, LakePaths lake, ValidationRules rules, Path workDir,
                       Progressable progress) {
        this.fs = fs;
        this.conf = conf;
        this.lake = lake;
        this.catalog = new LandingCatalog(fs, lake);
        this.reader = RecordFileReader.forTransactions(rules);
        this.workDir = workDir;
        this.progress = progress;
        this.renames = new Renames(fs, conf);
    }

    /**
     * Indexes the raw file {@code rawPath} whose content hash is {@code sha256}.
     *
     * @throws IOException when the lake cannot be read or written, or the file does not match its hash's name
     */
    public FileIndex index(String sha256, String rawPath) throws IOException {
        RawFileName name = RawFileName.parse(rawPath);
        if (!name.matchesHash(sha256)) {
            throw new IOException("raw file " + rawPath + " is not named after its hash " + sha256);
        }
        FileFormat format = FileFormat.of(rawPath)
            .orElseThrow(() -> new IOException("not a transaction file name (extension): " + rawPath));
        Instant ingestTime = name.ingestTime();
        List<StagingOutput> outputs = new ArrayList<>();
        Counting counting = new Counting();
        ReadSummary summary;
        LocalDate ingestDate = LocalDate.ofInstant(ingestTime, ZoneOffset.UTC);
        boolean quarantined = format.gzip() && !GzipIntegrity.isIntact(fs, fs.makeQualified(new Path(rawPath)));
        try (InputStream in = fs.open(fs.makeQualified(new Path(rawPath)));
             EventDateWriters valid = new EventDateWriters(
                 date -> open(outputs, lake.stagedValid(date), sha256, Text.class),
                 n -> new OverflowFile(fs, new Path(workDir, sha256 + ".overflow-" + n)));
             RejectWriter rejects = new RejectWriter(
                 () -> open(outputs, lake.stagedRejects(ingestDate), sha256, NullWritable.class))) {
            summary = reader.read(rawPath, format, in, ingestTime, result -> {
                try {
                    stage(quarantined ? quarantine(result) : result, format, valid, rejects, counting);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            valid.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (StagingOutput output : outputs) {
            renames.replace(output.temp(), output.target());
        }
        FileIndex index = new FileIndex(sha256, rawPath, ingestTime, summary.records(), counting.validByDate,
            counting.rejectedByReason, summary.corrupt(),
            outputs.stream().map(o -> o.target().toUri().getPath()).toList());
        Path temp = new Path(workDir, sha256 + ".index.json");
        try (FSDataOutputStream out = fs.create(temp, true)) {
            out.write(index.toJson());
        }
        renames.replace(temp, catalog.indexPath(sha256));
        return index;
    }

    /** In a damaged gzip file every record, readable or not, goes to the error table as CORRUPT_FILE. */
    private static ParseResult<Transaction> quarantine(ParseResult<Transaction> result) {
        if (!result.isValid()) {
            return result;
        }
        return new Rejection(ReasonCode.CORRUPT_FILE,
            "the file's gzip stream is damaged: the whole file is quarantined (it stays in the raw zone)",
            result.rawPayload(), result.position()).asResult();
    }

    private void stage(ParseResult<Transaction> result, FileFormat format, EventDateWriters valid,
                       RejectWriter rejects, Counting counting) throws IOException {
        if (result.isValid()) {
            Transaction txn = result.valid().value();
            LocalDate date = txn.eventDate();
            valid.append(date, txn.eventId(),
                new StagedRecord(format.format(), result.position(), result.rawPayload()).encode());
            counting.validByDate.merge(date, 1L, Long::sum);
        } else {
            rejects.append(new StagedRejection(result.rejection(), null).encode());
            counting.rejectedByReason.merge(result.rejection().reason(), 1L, Long::sum);
        }
        if (++counting.records % PROGRESS_EVERY == 0 && progress != null) {
            progress.progress();
        }
    }

    /** Opens a staging file in the work folder, to be renamed to {@code folder/<sha256>.seq}. */
    private StagingFileWriter open(List<StagingOutput> outputs, Path folder, String sha256,
                                   Class<? extends Writable> keyClass) throws IOException {
        String fileName = StagedFiles.fileName(sha256);
        // valid/event_date=D/<sha>.seq: names the content, independent of where the lake lives
        String relative = folder.getParent().getName() + "/" + folder.getName() + "/" + fileName;
        Path temp = new Path(workDir, relative);
        outputs.add(new StagingOutput(temp, new Path(folder, fileName)));
        return StagingFileWriter.create(fs, conf, temp, keyClass, relative);
    }

    private static final class Counting {
        final SortedMap<LocalDate, Long> validByDate = new TreeMap<>();
        final Map<ReasonCode, Long> rejectedByReason = new EnumMap<>(ReasonCode.class);
        long records;
    }
}
