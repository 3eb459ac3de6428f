package io.tributary.batch.views;

import io.tributary.core.view.BatchPointer;
import java.util.Optional;

/**
 * The two generations the nightly run deals with: the published one (the pointer row readers use) and the one built
 * and bulk-loaded but not yet published (the pending record), each empty when there is none.
 */
public record ViewGenerations(Optional<BatchPointer> published, Optional<BatchPointer> pending) {
}
