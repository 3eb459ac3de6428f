package io.tributary.batch.stage;

import io.tributary.batch.ingest.LandedFile;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.lake.LakePaths;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;

/**
 * Reading the staging area: which files are committed, and their records.
 *
 * <p>Layout: {@code staging/valid/event_date=D/<sha256>.seq} (key {@code Text} event id, value
 * {@code BytesWritable} {@link StagedRecord}) and {@code staging/rejects/ingest_date=I/<sha256>.seq} (key
 * {@code NullWritable}, value {@code BytesWritable} {@link StagedRejection}); {@code <sha256>} is the raw file's
 * hash. A file's staging output counts only once its index {@code raw/_landed/<sha256>.index.json} exists: the
 * index is written last, so a file half-way through indexing is invisible to {@link #committedValid} and
 * {@link #committedRejects}. (A job that reads a whole folder with a plain input format would see it.)
 */
public final class StagedFiles {

    public static final String SUFFIX = ".seq";

    private StagedFiles() {
    }

    /** The name of a staging file: the raw file's hash and {@code .seq}. */
    static String fileName(String sha256) {
        return sha256 + SUFFIX;
    }

    /** The raw file hash a staging file belongs to, or null for other names (temporary files, checksums). */
    public static String shaOf(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            return null;
        }
        String sha = fileName.substring(0, fileName.length() - SUFFIX.length());
        return LandedFile.isSha256(sha) ? sha : null;
    }

    /** Reads every staged valid record of a file in order; returns how many. */
    public static long readValid(FileSystem fs, Path path, Consumer<? super StagedRecord> consumer) throws IOException {
        Text key = new Text();
        BytesWritable value = new BytesWritable();
        long n = 0;
        try (SequenceFile.Reader reader = open(fs, path)) {
            while (reader.next(key, value)) {
                consumer.accept(StagedRecord.decode(value.getBytes(), 0, value.getLength()));
                n++;
            }
        }
        return n;
    }

    /** Reads every staged rejection of a file in order; returns how many. */
    public static long readRejects(FileSystem fs, Path path, Consumer<? super StagedRejection> consumer)
        throws IOException {
        NullWritable key = NullWritable.get();
        BytesWritable value = new BytesWritable();
        long n = 0;
        try (SequenceFile.Reader reader = open(fs, path)) {
            while (reader.next(key, value)) {
                consumer.accept(StagedRejection.decode(value.getBytes(), 0, value.getLength()));
                n++;
            }
        }
        return n;
    }

    /** The committed staging files of valid records of one event date, sorted by name. */
    public static List<Path> committedValid(FileSystem fs, LakePaths lake, LocalDate eventDate) throws IOException {
        return committed(fs, lake.stagedValid(eventDate), indexedHashes(fs, lake));
    }

    /** The committed staging files of rejected records of one ingest date, sorted by name. */
    public static List<Path> committedRejects(FileSystem fs, LakePaths lake, LocalDate ingestDate) throws IOException {
        return committed(fs, lake.stagedRejects(ingestDate), indexedHashes(fs, lake));
    }

    /** The hashes of every indexed raw file (one listing of {@code raw/_landed}); reuse it for many folders. */
    public static Set<String> indexedHashes(FileSystem fs, LakePaths lake) throws IOException {
        return new HashSet<>(new LandingCatalog(fs, lake).list().indexed());
    }

    /** The staging files in {@code folder} that belong to one of {@code indexed}, sorted by name. */
    public static List<Path> committed(FileSystem fs, Path folder, Set<String> indexed) throws IOException {
        FileStatus[] statuses;
        try {
            statuses = fs.listStatus(folder);
        } catch (FileNotFoundException e) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (FileStatus status : statuses) {
            String sha = shaOf(status.getPath().getName());
            if (status.isFile() && sha != null && indexed.contains(sha)) {
                files.add(status.getPath());
            }
        }
        files.sort(null);
        return files;
    }

    private static SequenceFile.Reader open(FileSystem fs, Path path) throws IOException {
        return new SequenceFile.Reader(fs.getConf(), SequenceFile.Reader.file(fs.makeQualified(path)));
    }
}
