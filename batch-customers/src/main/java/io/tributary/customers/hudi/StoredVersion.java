package io.tributary.customers.hudi;

import java.time.Instant;
import org.apache.hudi.common.model.HoodieRecordLocation;

/**
 * What a run needs to know first of a stored key: the {@code updated_at} of its stored row (which decides whether a
 * change is stale, newer, or a tie that needs the whole row compared) and the file group it is stored in.
 */
public record StoredVersion(Instant updatedAt, HoodieRecordLocation location) {
}
