package io.tributary.batch.archive;

import io.tributary.cli.JobFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the archived topics hold now, per partition: first offset and last stable offset, read the way the tasks
 * read ({@code read_committed}), so the planned ends are offsets below which every transaction is decided.
 */
final class KafkaLogs {

    private KafkaLogs() {
    }

    /**
     * @throws JobFailedException when a topic does not exist, or Kafka cannot be asked (not reachable in time)
     */
    static Map<TopicPartitionId, ArchivePlanner.LogExtent> extents(String bootstrap, List<String> topics,
                                                                   Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tributary-archive-planner");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
                if (infos == null || infos.isEmpty()) {
                    throw new JobFailedException("topic '" + topic + "' does not exist at " + bootstrap + " (archive.topics)");
                }
                infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartitionId, ArchivePlanner.LogExtent> extents = new TreeMap<>();
            for (TopicPartition tp : partitions) {
                extents.put(new TopicPartitionId(tp.topic(), tp.partition()),
                    new ArchivePlanner.LogExtent(starts.get(tp), ends.get(tp)));
            }
            return extents;
        } catch (KafkaException e) {
            throw new JobFailedException("cannot read the offsets of " + String.join(", ", topics) + " from Kafka at "
                + bootstrap + ": " + e.getMessage(), e);
        }
    }
}
