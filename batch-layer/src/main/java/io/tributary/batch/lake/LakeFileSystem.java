package io.tributary.batch.lake;

import io.tributary.cli.JobFailedException;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.net.ConnectException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Opens the lake's file system and says plainly when it cannot be reached. */
public final class LakeFileSystem {
    private LakeFileSystem() {
    }

    /** The file system of {@code fs.uri}, checked with one call so an unreachable one fails here, clearly. */
    public static FileSystem open(TributaryConfig config, Configuration hadoop) {
        LakePaths lake = LakePaths.from(config);
        try {
            FileSystem fs = FileSystem.get(lake.root().toUri(), hadoop);
            fs.getFileStatus(new org.apache.hadoop.fs.Path("/"));
            return fs;
        } catch (ConnectException e) {
            throw new JobFailedException("cannot reach the file system at " + config.get(ConfigKeys.FS_URI)
                + " (is the local platform running? './tributary local start')", e);
        } catch (IOException e) {
            throw new JobFailedException("cannot open the file system at " + config.get(ConfigKeys.FS_URI) + ": " + e.getMessage(), e);
        }
    }
}
