package io.tributary.batch.ingest;

import io.tributary.batch.lake.LakePaths;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The folder {@code raw/_landed/}: one landing record per landed file ({@code <sha256>.json}) and, once the file
 * is indexed, its index ({@code <sha256>.index.json}). Names are the content hash, so "was this content landed?"
 * is one lookup, whatever the file was called.
 */
public final class LandingCatalog {

    static final String RECORD_SUFFIX = ".json";
    static final String INDEX_SUFFIX = ".index.json";

    private final FileSystem fs;
    private final LakePaths lake;

    public LandingCatalog(FileSystem fs, LakePaths lake) {
        this.fs = fs;
        this.lake = lake;
    }

    public Path recordPath(String sha256) {
        return new Path(lake.landedIndex(), sha256 + RECORD_SUFFIX);
    }

    /** Where the index job writes the file's counts; its existence means "indexed". */
    public Path indexPath(String sha256) {
        return new Path(lake.landedIndex(), sha256 + INDEX_SUFFIX);
    }

    /**
     * Hidden folder for files being landed ({@code raw/_landing}). Files are written here and renamed into their
     * partition, so a reader never sees half a file and an aborted landing leaves nothing in a partition.
     */
    public Path workDir() {
        return new Path(lake.root(), "raw/_landing");
    }

    /** The landing record of that content, or empty when it was never landed. */
    public Optional<LandedFile> find(String sha256) throws IOException {
        try (InputStream in = fs.open(recordPath(sha256))) {
            return Optional.of(LandedFile.fromJson(in.readAllBytes()));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    public LandedFile read(String sha256) throws IOException {
        return find(sha256).orElseThrow(() -> new FileNotFoundException("no landing record " + recordPath(sha256)));
    }

    /**
     * Writes the record under a hidden name, then renames it into place. When a record for that hash exists
     * already (another landing got there first), that one stays.
     *
     * @return true when this record was written, false when one existed
     */
    public boolean add(LandedFile file, String tempName) throws IOException {
        Path target = recordPath(file.sha256());
        Path temp = new Path(workDir(), "_tmp-" + tempName + RECORD_SUFFIX);
        try (FSDataOutputStream out = fs.create(temp, true)) {
            out.write(file.toJson());
        }
        // HDFS refuses a rename into a folder that does not exist (the local file system does not).
        fs.mkdirs(target.getParent());
        if (fs.rename(temp, target)) {
            return true;
        }
        fs.delete(temp, false);
        if (fs.exists(target)) {
            return false;
        }
        throw new IOException("cannot rename " + temp + " to " + target);
    }

    /**
     * The hashes of every landed file ({@code <sha>.json}), and separately those already indexed
     * ({@code <sha>.index.json}); other names (temporary files, checksums) are ignored.
     */
    public Listing list() throws IOException {
        List<String> landed = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        FileStatus[] statuses;
        try {
            statuses = fs.listStatus(lake.landedIndex());
        } catch (FileNotFoundException e) {
            return new Listing(List.of(), List.of());
        }
        for (FileStatus status : statuses) {
            String name = status.getPath().getName();
            if (name.endsWith(INDEX_SUFFIX)) {
                addIfHash(indexed, name.substring(0, name.length() - INDEX_SUFFIX.length()));
            } else if (name.endsWith(RECORD_SUFFIX)) {
                addIfHash(landed, name.substring(0, name.length() - RECORD_SUFFIX.length()));
            }
        }
        landed.sort(null);
        indexed.sort(null);
        return new Listing(List.copyOf(landed), List.copyOf(indexed));
    }

    private static void addIfHash(List<String> into, String candidate) {
        if (LandedFile.isSha256(candidate)) {
            into.add(candidate);
        }
    }

    /**
     * What {@code raw/_landed/} holds.
     *
     * @param landed  hashes with a landing record, sorted
     * @param indexed hashes with an index, sorted
     */
    public record Listing(List<String> landed, List<String> indexed) {

        /** Landed and not indexed, sorted. */
        public List<String> notIndexed() {
            Set<String> done = new HashSet<>(indexed);
            return landed.stream().filter(sha -> !done.contains(sha)).toList();
        }
    }
}
