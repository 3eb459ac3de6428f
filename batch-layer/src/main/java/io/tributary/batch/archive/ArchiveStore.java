package io.tributary.batch.archive;

import io.tributary.batch.lake.LakePaths;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The archive's bookkeeping in the lake, {@code raw/_archive/} (hidden from every input format):
 * <pre>
 * raw/_archive/intent.json                 the run in progress: its planned ranges (at most one)
 * raw/_archive/committed/&lt;run-id&gt;.json     one per committed run: ranges and the files they gave
 * </pre>
 * Every file is written under a temporary name and renamed into place, so a reader sees a whole file or none.
 * A committed manifest is never rewritten; the next run starts where the committed ranges end.
 */
public final class ArchiveStore {

    private static final String SUFFIX = ".json";

    private final FileSystem fs;
    private final Path dir;

    public ArchiveStore(FileSystem fs, LakePaths lake) {
        this.fs = fs;
        this.dir = new Path(lake.root(), "raw/_archive");
    }

    public Path intentPath() {
        return new Path(dir, "intent" + SUFFIX);
    }

    public Path committedPath(String runId) {
        return new Path(new Path(dir, "committed"), runId + SUFFIX);
    }

    /** The run in progress, or empty. */
    public Optional<ArchiveManifest> intent() throws IOException {
        return read(intentPath());
    }

    public boolean isCommitted(String runId) throws IOException {
        return fs.exists(committedPath(runId));
    }

    /** Records the planned ranges before anything is copied. */
    public void writeIntent(ArchiveManifest intent) throws IOException {
        if (fs.exists(intentPath())) {
            throw new IOException("an archive run is in progress (" + intentPath() + "): finish it first");
        }
        publish(intent, intentPath());
    }

    /** Commits a run: from here on the next run starts after its ranges. Then drops the intent. */
    public void commit(ArchiveManifest manifest) throws IOException {
        Path target = committedPath(manifest.runId());
        if (!fs.exists(target)) {
            publish(manifest, target);
        }
        fs.delete(intentPath(), false);
    }

    /** Every committed run, oldest first. */
    public List<ArchiveManifest> committed() throws IOException {
        FileStatus[] statuses;
        try {
            statuses = fs.listStatus(new Path(dir, "committed"), p -> p.getName().endsWith(SUFFIX)
                && !p.getName().startsWith("_") && !p.getName().startsWith("."));
        } catch (FileNotFoundException e) {
            return List.of();
        }
        List<ArchiveManifest> runs = new ArrayList<>();
        for (FileStatus s : statuses) {
            runs.add(read(s.getPath()).orElseThrow());
        }
        runs.sort((a, b) -> a.runId().compareTo(b.runId()));
        return runs;
    }

    private Optional<ArchiveManifest> read(Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return Optional.of(ArchiveManifest.fromJson(in.readAllBytes()));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    private void publish(ArchiveManifest manifest, Path target) throws IOException {
        Path temp = new Path(dir, "_tmp-" + UUID.randomUUID() + SUFFIX);
        try (FSDataOutputStream out = fs.create(temp, false)) {
            out.write(manifest.toJson());
        }
        fs.mkdirs(target.getParent());
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            throw new IOException("cannot rename " + temp + " to " + target);
        }
    }
}
