package io.tributary.customers.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The snapshot exports folder: one {@code <commit>.tsv} per commit; the newest is current. */
public final class SnapshotExports {
    /** Exports kept: a curation job that started with an older one can still read it. */
    public static final int KEEP = 3;
    private static final Pattern NAME = Pattern.compile("\\d{14,}\\.tsv");

    private SnapshotExports() {
    }

    /** Export files, oldest first (commit instants sort as text). */
    public static List<Path> list(FileSystem fs, CustomerLake lake) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!fs.exists(lake.snapshotExports())) {
            return out;
        }
        for (FileStatus st : fs.listStatus(lake.snapshotExports())) {
            if (st.isFile() && NAME.matcher(st.getPath().getName()).matches()) {
                out.add(st.getPath());
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    static void prune(FileSystem fs, CustomerLake lake, int keep) throws IOException {
        List<Path> all = list(fs, lake);
        for (int i = 0; i < all.size() - keep; i++) {
            fs.delete(all.get(i), false);
        }
    }
}
