package io.tributary.batch.nightly;

import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakeFileSystem;
import io.tributary.batch.lake.LakePaths;
import io.tributary.core.config.TributaryConfig;
import java.time.Clock;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** What every step needs: the configuration, the lake, a clock and a place to say what it is doing. */
public record NightContext(TributaryConfig config, Configuration hadoop, FileSystem fs, LakePaths lake, Clock clock,
                           Consumer<String> progress) {

    public static NightContext open(TributaryConfig config, Clock clock, Consumer<String> progress) {
        Configuration hadoop = HadoopSettings.from(config);
        return new NightContext(config, hadoop, LakeFileSystem.open(config, hadoop), LakePaths.from(config), clock,
            progress);
    }

    public NightFolder folder(NightScope scope) {
        return new NightFolder(fs, lake, scope);
    }
}
