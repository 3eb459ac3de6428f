package io.tributary.speed.app;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.topology.SpeedTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the speed layer's topics when they are missing: the transactions topic and its outputs with
 * {@code kafka.topic.partitions} partitions (the updates topic with as many as the transactions topic has), and the
 * customers topic compacted. Replication: the broker's default. Existing topics are left as they are.
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void ensure(TributaryConfig config) {
        SpeedTopics topics = SpeedTopics.from(config);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int partitions = config.get(ConfigKeys.KAFKA_TOPIC_PARTITIONS);
            if (existing.contains(topics.transactions())) {
                partitions = admin.describeTopics(List.of(topics.transactions())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topics.transactions()).partitions().size();
            }
            List<NewTopic> missing = new ArrayList<>();
            for (String t : List.of(topics.transactions(), topics.dlq(), topics.late(), topics.updates())) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, java.util.Optional.of(partitions), java.util.Optional.empty()));
                }
            }
            if (!existing.contains(topics.customers())) {
                missing.add(new NewTopic(topics.customers(), java.util.Optional.of(1), java.util.Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the speed layer's topics at "
                + config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS) + ": " + e.getMessage(), e);
        }
    }
}
