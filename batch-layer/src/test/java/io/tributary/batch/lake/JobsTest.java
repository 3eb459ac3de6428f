package io.tributary.batch.lake;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class JobsTest {

    @Test
    void aDriverOnTheLocalRunnerAsksForCompletionMoreOftenThanTheClientDefault() {
        Configuration local = new Configuration(false);
        local.set("mapreduce.framework.name", "local");
        Jobs.pollOftenWhenLocal(local);
        assertThat(local.getInt("mapreduce.client.completion.pollinterval", 5000)).isEqualTo(Jobs.LOCAL_POLL_MILLIS);

        Configuration unset = new Configuration(false);
        Jobs.pollOftenWhenLocal(unset);
        assertThat(unset.getInt("mapreduce.client.completion.pollinterval", 5000)).isEqualTo(Jobs.LOCAL_POLL_MILLIS);
    }

    @Test
    void onAClusterTheClientDefaultStays() {
        Configuration yarn = new Configuration(false);
        yarn.set("mapreduce.framework.name", "yarn");
        Jobs.pollOftenWhenLocal(yarn);
        assertThat(yarn.get("mapreduce.client.completion.pollinterval")).isNull();
    }
}
