package io.tributary.batch.stage;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Moves finished files into place, replacing what is there. When the target exists (a rerun), the rename uses
 * {@code OVERWRITE}: on HDFS one atomic name-node operation, so a reader sees the old file or the new one, never
 * neither (as delete-then-rename would allow). The first attempt is a plain rename, which is all a first run needs.
 */
final class Renames {

    private final FileSystem fs;
    private final Configuration conf;
    private FileContext files;

    Renames(FileSystem fs, Configuration conf) {
        this.fs = fs;
        this.conf = conf;
    }

    void replace(Path from, Path to) throws IOException {
        fs.mkdirs(to.getParent());
        if (fs.rename(from, to)) {
            return;
        }
        if (files == null) {
            files = FileContext.getFileContext(fs.getUri(), conf);
        }
        files.rename(from, to, Options.Rename.OVERWRITE);
    }
}
