package io.tributary.batch.run;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.lake.LakePaths;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Run manifests on the lake's file system: written whole (temporary name, then rename), listed by time. */
public final class RunStore {
    private final FileSystem fs;
    private final LakePaths lake;

    /** The run store of the lake that {@code config} names. */
    public static RunStore open(TributaryConfig config) {
        return new RunStore(LakeFileSystem.open(config, HadoopSettings.from(config)), LakePaths.from(config));
    }

    public RunStore(FileSystem fs, LakePaths lake) {
        this.fs = fs;
        this.lake = lake;
    }

    public void write(RunManifest manifest) throws IOException {
        Path target = lake.runManifest(manifest.runId());
        Path tmp = new Path(target.getParent(), "_manifest.json.tmp");
        fs.mkdirs(target.getParent());
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(RunManifestJson.write(manifest));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    public Optional<RunManifest> read(String runId) throws IOException {
        Path file = lake.runManifest(runId);
        if (!fs.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(file)) {
            return Optional.of(RunManifestJson.read(in.readAllBytes()));
        }
    }

    /** Ids of every run that wrote a manifest, oldest first (run ids sort by start time within a kind). */
    public List<RunManifest> list() throws IOException {
        List<RunManifest> runs = new ArrayList<>();
        if (!fs.exists(lake.runs())) {
            return runs;
        }
        for (FileStatus dir : fs.listStatus(lake.runs())) {
            String id = dir.getPath().getName();
            if (dir.isDirectory() && RunId.isRunId(id)) {
                read(id).ifPresent(runs::add);
            }
        }
        runs.sort((a, b) -> a.startedAt().compareTo(b.startedAt()));
        return runs;
    }

    /** The newest run of {@code kind} (e.g. {@code curate}) that succeeded. */
    public Optional<RunManifest> latestSucceeded(String kind) throws IOException {
        return list().stream()
            .filter(r -> r.status() == RunManifest.Status.SUCCEEDED && r.kind().equals(kind))
            .reduce((a, b) -> b);
    }
}
