package io.tributary.batch.lake;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.TributaryConfig;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class HadoopSettingsTest {

    @Test
    void theLocalRunnersReducersShareTheInMemoryShuffleOfOneHeap() {
        Configuration conf = HadoopSettings.from(TributaryConfig.of(Map.of("batch.local.parallelism", "4")));

        assertThat(conf.getInt("mapreduce.local.reduce.tasks.maximum", 1)).isEqualTo(4);
        assertThat(conf.getFloat("mapreduce.reduce.shuffle.input.buffer.percent", 0.7f))
            .isEqualTo(HadoopSettings.LOCAL_SHUFFLE_HEAP_SHARE / 4);
    }

    @Test
    void onYarnEachReducerKeepsItsOwnContainersDefault() {
        Configuration conf = HadoopSettings.from(TributaryConfig.of(Map.of("batch.framework", "yarn")));

        assertThat(conf.get("mapreduce.framework.name")).isEqualTo("yarn");
        assertThat(conf.getFloat("mapreduce.reduce.shuffle.input.buffer.percent", 0.7f)).isEqualTo(0.7f);
    }
}
