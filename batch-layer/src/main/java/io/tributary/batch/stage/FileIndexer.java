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
 * <p>A damaged gzip file is quarantined whole: every record, also those read before the damage, is rejected as
 * {@code CORRUPT_FILE} (a truncated or corrupt file, a bad copy or a half-written upload, cannot be trusted before
 * the damage either; an operator lands a good copy). Damage shows only at the end of the stream, so such a file is
 * read a second time in quarantine mode; intact files are read once.
 *
 * <p>Not thread-safe (the reader reuses its parsers): one instance per task.
 */
public final class FileIndexer {

    private static final int PROGRESS_EVERY = 1 << 16;
    private static final String QUARANTINED =
        "the file's gzip stream is damaged: the whole file is quarantined (it stays in the raw zone)";

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
     * @param progress told every few thousand records that the task is alive; may be null
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
        Pass pass = stageOnce(sha256, rawPath, format, name.ingestTime(), false);
        if (pass.summary.corrupt() && !pass.validByDate.isEmpty()) {
            pass.abandon();
            pass = stageOnce(sha256, rawPath, format, name.ingestTime(), true);
        }
        for (StagingOutput output : pass.outputs) {
            renames.replace(output.temp(), output.target());
        }
        FileIndex index = new FileIndex(sha256, rawPath, name.ingestTime(), pass.summary.records(), pass.validByDate,
            pass.rejectedByReason, pass.summary.corrupt(),
            pass.outputs.stream().map(o -> o.target().toUri().getPath()).toList());
        Path temp = new Path(workDir, sha256 + ".index.json");
        try (FSDataOutputStream out = fs.create(temp, true)) {
            out.write(index.toJson());
        }
        renames.replace(temp, catalog.indexPath(sha256));
        return index;
    }

    /** Reads the whole file and writes its staging files into the work folder; {@code quarantine}: all rejected. */
    private Pass stageOnce(String sha256, String rawPath, FileFormat format, Instant ingestTime, boolean quarantine)
        throws IOException {
        Pass pass = new Pass();
        LocalDate ingestDate = LocalDate.ofInstant(ingestTime, ZoneOffset.UTC);
        try (InputStream in = fs.open(fs.makeQualified(new Path(rawPath)));
             EventDateWriters valid = new EventDateWriters(
                 date -> open(pass.outputs, lake.stagedValid(date), sha256, Text.class),
                 n -> new OverflowFile(fs, new Path(workDir, sha256 + ".overflow-" + n)));
             RejectWriter rejects = new RejectWriter(
                 () -> open(pass.outputs, lake.stagedRejects(ingestDate), sha256, NullWritable.class))) {
            pass.summary = reader.read(rawPath, format, in, ingestTime, result -> {
                try {
                    stage(quarantine ? quarantined(result) : result, format, valid, rejects, pass);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            valid.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return pass;
    }

    private static ParseResult<Transaction> quarantined(ParseResult<Transaction> result) {
        return result.isValid()
            ? new Rejection(ReasonCode.CORRUPT_FILE, QUARANTINED, result.rawPayload(), result.position()).asResult()
            : result;
    }

    private void stage(ParseResult<Transaction> result, FileFormat format, EventDateWriters valid,
                       RejectWriter rejects, Pass pass) throws IOException {
        if (result.isValid()) {
            Transaction txn = result.valid().value();
            LocalDate date = txn.eventDate();
            valid.append(date, txn.eventId(),
                new StagedRecord(format.format().payloadFormat(), result.position(), result.rawPayload()).encode());
            pass.validByDate.merge(date, 1L, Long::sum);
        } else {
            rejects.append(new StagedRejection(result.rejection(), null).encode());
            pass.rejectedByReason.merge(result.rejection().reason(), 1L, Long::sum);
        }
        if (++pass.records % PROGRESS_EVERY == 0 && progress != null) {
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

    /** What one read of the file staged and counted. */
    private final class Pass {
        final List<StagingOutput> outputs = new ArrayList<>();
        final SortedMap<LocalDate, Long> validByDate = new TreeMap<>();
        final Map<ReasonCode, Long> rejectedByReason = new EnumMap<>(ReasonCode.class);
        ReadSummary summary;
        long records;

        /** Deletes what this pass wrote: nothing of it was renamed into place. */
        void abandon() throws IOException {
            for (StagingOutput output : outputs) {
                fs.delete(output.temp(), false);
            }
        }
    }
}
