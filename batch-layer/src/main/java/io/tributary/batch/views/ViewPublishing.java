package io.tributary.batch.views;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Publishes a view generation after a successful curate run: the entry point of the commands. */
public final class ViewPublishing {
    private ViewPublishing() {
    }

    public static Optional<ViewGeneration> after(TributaryConfig config, RunManifest run, Consumer<String> progress)
        throws IOException {
        return after(config, run, Optional.empty(), progress);
    }

    /** With {@code through}: only event dates up to it, {@code Wb} at its end. */
    public static Optional<ViewGeneration> after(TributaryConfig config, RunManifest run, Optional<LocalDate> through,
                                                 Consumer<String> progress) throws IOException {
        Configuration hadoop = HadoopSettings.from(config);
        FileSystem fs = LakeFileSystem.open(config, hadoop);
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            return new BatchViewPublisher(config, hadoop, fs, Clock.systemUTC(), progress)
                .publish(run.runId(), run.accounting().total(), catalog, through);
        }
    }
}
