package io.tributary.batch.table;

import java.util.Objects;

/**
 * A partition as the metastore lists it: its values and the folder readers currently read.
 *
 * @param values   partition values; NULL values are null
 * @param location the folder the partition points at, a full URI
 */
public record PublishedPartition(PartitionValues values, String location) implements Comparable<PublishedPartition> {

    public PublishedPartition {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public int compareTo(PublishedPartition other) {
        return values.compareTo(other.values);
    }
}
