package io.tributary.batch.views;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.run.RunManifest;
import io.tributary.batch.table.MetastoreCatalog;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * The entry points of the commands and nightly steps that build, publish and expire views: each opens what it needs
 * from the configuration.
 *
 * <p>Nightly order: {@link #build} (views) -> the data-quality gate -> {@link #publishPending} (publish) ->
 * {@link #expireSpeedView} (expire). {@link #after} does build and publish at once ({@code batch curate},
 * {@code batch publish-views}).
 */
public final class ViewPublishing {
    private ViewPublishing() {
    }

    /** Builds and publishes a generation after a successful curate run. */
    public static Optional<ViewGeneration> after(TributaryConfig config, RunManifest run, Consumer<String> progress)
        throws IOException {
        return after(config, run, Optional.empty(), progress);
    }

    /** With {@code through}: only event dates up to it, {@code Wb} at its end. */
    public static Optional<ViewGeneration> after(TributaryConfig config, RunManifest run, Optional<LocalDate> through,
                                                 Consumer<String> progress) throws IOException {
        return withCatalog(config, progress, (publisher, catalog) ->
            publisher.publish(run.runId(), run.accounting().total(), catalog, through));
    }

    /**
     * Builds the next generation from the published curated partitions and records it as pending; the pointer does not
     * move. Empty when no curated partition is published yet.
     */
    public static Optional<ViewGeneration> build(TributaryConfig config, RunManifest run, Optional<LocalDate> through,
                                                 Consumer<String> progress) throws IOException {
        return withCatalog(config, progress, (publisher, catalog) ->
            publisher.build(run.runId(), run.accounting().total(), catalog, through));
    }

    /** What a publisher does with the metastore's list of curated partitions. */
    private interface CatalogWork {
        Optional<ViewGeneration> apply(BatchViewPublisher publisher, MetastoreCatalog catalog) throws IOException;
    }

    private static Optional<ViewGeneration> withCatalog(TributaryConfig config, Consumer<String> progress,
                                                        CatalogWork work) throws IOException {
        Configuration hadoop = HadoopSettings.from(config);
        try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) {
            return work.apply(publisher(config, hadoop, LakeFileSystem.open(config, hadoop), progress), catalog);
        }
    }

    /** Publishes the pending generation (one pointer put); empty when nothing is pending. */
    public static Optional<ViewGeneration> publishPending(TributaryConfig config, Consumer<String> progress)
        throws IOException {
        Configuration hadoop = HadoopSettings.from(config);
        return publisher(config, hadoop, LakeFileSystem.open(config, hadoop), progress).publishPending();
    }

    /** The published and the pending generation. */
    public static ViewGenerations generations(TributaryConfig config) throws IOException {
        Configuration hadoop = HadoopSettings.from(config);
        return publisher(config, hadoop, LakeFileSystem.open(config, hadoop), line -> { }).generations();
    }

    /**
     * Deletes the speed layer's rows that the published generation covers and that nothing is pending for; see
     * {@link SpeedViewExpiry}. Nothing is deleted before the first publish.
     *
     * <p>A request that read the previous pointer (older {@code Wb}, older generation) still answers the hours between
     * the two watermarks from the speed view, and compares speed counts with the older generation's; such requests
     * finish within {@code views.generation.grace} of the publish (the same promise that keeps the replaced
     * generation's table). So this waits until the published pointer is that old before deleting anything.
     */
    public static SpeedViewExpiry.Outcome expireSpeedView(TributaryConfig config, Consumer<String> progress)
        throws IOException {
        try (Connection hbase = ConnectionFactory.createConnection(HBaseSettings.from(config, HadoopSettings.from(config)))) {
            ViewPointerStore pointers = new ViewPointerStore(hbase, HBaseSettings.table(config, "meta"));
            pointers.ensure();
            Optional<BatchPointer> published = pointers.read();
            if (published.isEmpty()) {
                progress.accept("expire: no batch generation is published yet; nothing is covered");
                return SpeedViewExpiry.Outcome.NOTHING;
            }
            Instant safe = published.get().publishedAt().plus(config.get(ConfigKeys.VIEWS_GENERATION_GRACE));
            Duration wait = Duration.between(Instant.now(), safe);
            if (wait.compareTo(Duration.ZERO) > 0) {
                progress.accept("expire: waiting " + wait.toSeconds() + "s (views.generation.grace after the publish) "
                    + "so that requests on the previous pointer finish first");
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the grace period");
                }
            }
            SpeedViewExpiry.Outcome r = new SpeedViewExpiry(hbase, config.get(ConfigKeys.HBASE_NAMESPACE))
                .expire(published.get());
            progress.accept("expire: " + r.describe());
            return r;
        }
    }

    private static BatchViewPublisher publisher(TributaryConfig config, Configuration hadoop, FileSystem fs,
                                                Consumer<String> progress) {
        return new BatchViewPublisher(config, hadoop, fs, Clock.systemUTC(), progress);
    }
}
