package io.tributary.speed.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The speed layer's consumer lag on its input topic, per partition: how many records the stream application has not
 * yet processed and committed, from the group's committed offsets and the topic's end offsets. It asks the broker, not
 * this instance's consumer metrics, so the answer is the same whichever instance asks and covers every partition,
 * also one that no running instance owns at that moment (between a crash and the rebalance). A committed offset is
 * where the last committed transaction ended, so a record counts as behind until its outputs are visible to the
 * HBase sink. The end is the last stable offset ({@code read_committed}, as the stream threads read).
 */
final class InputLag {
    private final Admin admin;
    private final String topic;
    private final String group;
    private final Duration timeout;

    InputLag(Admin admin, String topic, String group, Duration timeout) {
        this.admin = admin;
        this.topic = topic;
        this.group = group;
        this.timeout = timeout;
    }

    /** Partition -> records behind, for every partition of the topic. */
    Map<Integer, Long> measure() throws InterruptedException, ExecutionException, TimeoutException {
        long ms = timeout.toMillis();
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(ms, TimeUnit.MILLISECONDS)
            .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(ms, TimeUnit.MILLISECONDS);
        Map<Integer, Long> end = offsets(partitions, OffsetSpec.latest(), ms);
        Map<Integer, Long> start = offsets(partitions, OffsetSpec.earliest(), ms);
        Map<Integer, Long> positions = new HashMap<>();
        committed.forEach((tp, o) -> {
            if (o != null && tp.topic().equals(topic)) {
                positions.put(tp.partition(), o.offset());
            }
        });
        return lagOf(end, start, positions);
    }

    private Map<Integer, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec, long ms)
        throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin
            .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(ms, TimeUnit.MILLISECONDS);
        Map<Integer, Long> out = new HashMap<>();
        answer.forEach((tp, info) -> out.put(tp.partition(), info.offset()));
        return out;
    }

    /**
     * Records behind per partition: from the committed offset (the first record not yet committed), or from the log's
     * start when the group has committed nothing for that partition or its offset fell behind the retention (the
     * stream threads then start at the earliest record), to the end; never below 0.
     *
     * @param end       partition -> end offset (last stable offset)
     * @param start     partition -> log start offset
     * @param committed partition -> the group's committed offset, absent when none
     */
    static Map<Integer, Long> lagOf(Map<Integer, Long> end, Map<Integer, Long> start, Map<Integer, Long> committed) {
        Map<Integer, Long> lag = new TreeMap<>();
        end.forEach((partition, endOffset) -> {
            long first = start.getOrDefault(partition, 0L);
            Long position = committed.get(partition);
            long from = position == null ? first : Math.max(position, first);
            lag.put(partition, Math.max(0, endOffset - from));
        });
        return lag;
    }
}
