package io.tributary.batch.nightly;

import io.tributary.batch.views.SpeedViewExpiry;
import java.io.IOException;

/**
 * Deletes the speed layer's rows that the published generation now covers (hour buckets and late counters before
 * {@code Wb} with nothing pending; {@code views/SpeedViewExpiry}): the speed view keeps only what the batch view
 * does not answer yet.
 */
final class ExpireStep {
    private ExpireStep() {
    }

    static Object run(NightContext ctx, NightScope scope) throws IOException {
        return SpeedViewExpiry.run(ctx.config(), ctx.hadoop(), line -> ctx.progress().accept("expire: " + line));
    }
}
