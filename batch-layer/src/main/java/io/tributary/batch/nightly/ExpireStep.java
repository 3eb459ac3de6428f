package io.tributary.batch.nightly;

import io.tributary.batch.views.HBaseSettings;
import io.tributary.batch.views.SpeedViewExpiry;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.view.BatchPointer;
import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * Deletes the speed layer's rows that the published generation now covers (hour rows and late counters before
 * {@code Wb} whose buckets have nothing pending; {@code views/SpeedViewExpiry}): the speed view keeps only what the
 * batch view does not answer, or not finally.
 */
final class ExpireStep {
    private ExpireStep() {
    }

    static SpeedViewExpiry.Outcome run(NightContext ctx, NightScope scope) throws IOException {
        Optional<BatchPointer> published = ViewsStep.publisher(ctx).generations().published();
        if (published.isEmpty()) {
            ctx.progress().accept("expire: no generation is published; nothing to expire");
            return SpeedViewExpiry.Outcome.NOTHING;
        }
        try (Connection hbase = ConnectionFactory.createConnection(HBaseSettings.from(ctx.config(), ctx.hadoop()))) {
            SpeedViewExpiry.Outcome outcome = new SpeedViewExpiry(hbase, ctx.config().get(ConfigKeys.HBASE_NAMESPACE))
                .expire(published.get());
            ctx.progress().accept("expire: " + outcome.describe());
            return outcome;
        }
    }
}
