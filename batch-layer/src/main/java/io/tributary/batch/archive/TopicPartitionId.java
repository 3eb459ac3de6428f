package io.tributary.batch.archive;

import java.util.Comparator;
import java.util.Objects;

/** A partition of a topic, without Kafka's types (the plan and the manifest are plain data). */
public record TopicPartitionId(String topic, int partition) implements Comparable<TopicPartitionId> {

    private static final Comparator<TopicPartitionId> ORDER =
        Comparator.comparing(TopicPartitionId::topic).thenComparingInt(TopicPartitionId::partition);

    public TopicPartitionId {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0) {
            throw new IllegalArgumentException("negative partition: " + partition);
        }
    }

    @Override
    public int compareTo(TopicPartitionId o) {
        return ORDER.compare(this, o);
    }

    /** {@code topic-partition}, as Kafka prints it and as record positions name it. */
    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
