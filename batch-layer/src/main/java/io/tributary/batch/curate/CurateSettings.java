package io.tributary.batch.curate;

import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** What the driver hands to the curation tasks through the job configuration. */
final class CurateSettings {
    static final String RUN_ID = "tributary.curate.run.id";
    static final String CUSTOMER_SNAPSHOT = "tributary.curate.customer.snapshot";
    /** The run's {@link SourceNames} file. */
    static final String SOURCE_NAMES = "tributary.curate.source.names";
    /** The write job's {@link WriteRanges} file. */
    static final String WRITE_RANGES = "tributary.curate.write.ranges";
    static final String MAX_FUTURE_SKEW_MS = "tributary.validation.max.future.skew.ms";
    /** Named output of the dedup job: error rows (conflicts, and records a changed rule now rejects). */
    static final String ERRORS_OUTPUT = "errors";

    private CurateSettings() {
    }

    static ValidationRules rules(Configuration conf) {
        return new ValidationRules(Duration.ofMillis(conf.getLong(MAX_FUTURE_SKEW_MS, Duration.ofMinutes(5).toMillis())));
    }

    static SourceNames sourceNames(Configuration conf) throws IOException {
        String file = conf.get(SOURCE_NAMES);
        if (file == null) {
            throw new IllegalStateException(SOURCE_NAMES + " is not set");
        }
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return SourceNames.readFrom(in);
        }
    }

    static String runId(Configuration conf) {
        String id = conf.get(RUN_ID);
        if (id == null) {
            throw new IllegalStateException(RUN_ID + " is not set");
        }
        return id;
    }
}
