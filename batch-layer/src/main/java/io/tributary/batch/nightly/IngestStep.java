package io.tributary.batch.nightly;

import io.tributary.batch.ingest.FileLander;
import io.tributary.batch.ingest.LandingOutcome;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.io.FileFormat;
import java.io.IOException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lands the night's folders of the landing area ({@code nightly.landing.dir}: {@code transactions/ingest_date=D/}
 * and {@code customers/ingest_date=D/}) into the raw zone, as {@code tributary ingest} does: a file landed before
 * (same content) is skipped, so a rerun lands nothing twice. The landing area may be a local folder or a Hadoop
 * URI (the HDFS folder the Oozie coordinator's datasets watch). Without a landing folder the step does nothing.
 */
final class IngestStep {
    private static final List<String> KINDS = List.of("transactions", "customers");

    private IngestStep() {
    }

    static int run(NightContext ctx, NightScope scope) throws IOException {
        String dir = ctx.config().get(ConfigKeys.NIGHTLY_LANDING_DIR);
        if (dir.isBlank() || scope.isBackfill()) {
            ctx.progress().accept("ingest: no landing folder configured (nightly.landing.dir); nothing to land");
            return 0;
        }
        Path root = landingRoot(dir);
        FileSystem source = root.getFileSystem(ctx.hadoop());
        FileLander lander = new FileLander(ctx.fs(), ctx.lake(), ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        int landed = 0;
        int skipped = 0;
        for (String kind : KINDS) {
            Path folder = new Path(root, kind + "/ingest_date=" + scope.night());
            if (!source.exists(folder)) {
                ctx.progress().accept("ingest: " + folder + " does not exist; nothing to land from it");
                continue;
            }
            for (LocatedFileStatus file : files(source, folder)) {
                String relative = folder.toUri().relativize(file.getPath().toUri()).getPath();
                Optional<FileFormat> format = FileFormat.of(file.getPath().getName());
                if (hidden(relative) || format.isEmpty()) {
                    continue;
                }
                LandingOutcome outcome = lander.land(() -> source.open(file.getPath()), file.getPath().getName(),
                    file.getPath().toString(), relative, format.get());
                if (outcome.status() == LandingOutcome.Status.LANDED) {
                    landed++;
                } else {
                    skipped++;
                }
            }
        }
        ctx.progress().accept("ingest: landed " + landed + " file(s), " + skipped + " landed before");
        return landed;
    }

    /** A URI (hdfs://..., file:/...) as it is; a plain path is a local folder. */
    private static Path landingRoot(String dir) {
        URI uri = URI.create(dir.replace(" ", "%20"));
        return uri.getScheme() != null ? new Path(dir)
            : new Path(java.nio.file.Path.of(dir).toAbsolutePath().normalize().toUri());
    }

    /** The regular files below {@code folder}, in a fixed order (by path), so landing is deterministic. */
    private static List<LocatedFileStatus> files(FileSystem fs, Path folder) throws IOException {
        List<LocatedFileStatus> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
        while (it.hasNext()) {
            out.add(it.next());
        }
        out.sort(Comparator.comparing(f -> f.getPath().toString()));
        return out;
    }

    /** Hidden by the Hadoop convention: a name, or a folder on the way, starting with {@code .} or {@code _}. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
