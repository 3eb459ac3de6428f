package io.tributary.batch.quality;

import io.tributary.batch.views.ViewGeneration;
import io.tributary.core.view.BatchPointer;
import java.util.OptionalLong;

/**
 * A view generation's size as its pointer or pending record holds it.
 *
 * @param generation  the generation number
 * @param curatedRows curated rows folded into it; empty for a generation published before the counts were recorded
 * @param bucketRows  its day and hour rows; empty likewise
 */
public record GenerationRows(long generation, OptionalLong curatedRows, OptionalLong bucketRows) {

    public static GenerationRows of(long generation, long curatedRows, long bucketRows) {
        return new GenerationRows(generation, OptionalLong.of(curatedRows), OptionalLong.of(bucketRows));
    }

    public static GenerationRows of(BatchPointer p) {
        return new GenerationRows(p.generation(), ViewGeneration.count(p, ViewGeneration.CURATED_ROWS),
            ViewGeneration.count(p, ViewGeneration.BUCKET_ROWS));
    }
}
