package io.tributary.serving.view;

import java.time.Instant;

/**
 * What the meta pointer row says at one moment: the published batch generation with its batch watermark
 * {@code Wb} (written together, in one atomic put, so they can never disagree) and the speed watermark {@code Ws}.
 * Read once per request, so a request answers from one generation even while a new one is being published.
 *
 * @param batchWatermark {@code Wb}, or null before the first generation is published
 * @param generation     the published batch generation, 0 before the first
 * @param publishedAt    when that generation was published, or null
 * @param speedWatermark {@code Ws}, or null before the speed layer has seen an event
 */
public record Watermarks(Instant batchWatermark, long generation, Instant publishedAt, Instant speedWatermark) {

    public static final Watermarks NOTHING_PUBLISHED = new Watermarks(null, 0, null, null);

    public boolean hasBatchView() {
        return generation > 0 && batchWatermark != null;
    }
}
