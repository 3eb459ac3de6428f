package io.tributary.batch.nightly;

import io.tributary.batch.views.SpeedViewExpiry;
import io.tributary.batch.views.ViewPublishing;
import java.io.IOException;

/**
 * Deletes the speed layer's rows that the published generation now covers (hour rows and late counters before
 * {@code Wb} whose days have nothing pending; {@code views/SpeedViewExpiry}), once requests on the previous pointer
 * have had {@code views.generation.grace} to finish: the speed view keeps only what the batch view does not answer,
 * or not finally.
 */
final class ExpireStep {
    private ExpireStep() {
    }

    static SpeedViewExpiry.Outcome run(NightContext ctx, NightScope scope) throws IOException {
        return ViewPublishing.expireSpeedView(ctx.config(), ctx.progress());
    }
}
