package io.tributary.speed.topology;

import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Builds the speed layer's topology:
 *
 * <pre>
 *   customers (compacted) ──> global store "customers" (latest change wins)
 *   transactions ──> TransactionProcessor [dedup, buckets, clock] ──> transactions.dlq | transactions.late | speed.view.updates
 * </pre>
 *
 * One sub-topology, no repartition: the input is keyed by customer_id, so a partition holds all events of its
 * customers (their buckets, their re-sends) in publish order, and a replay sees them in the same order.
 */
public final class SpeedTopologyFactory {
    private SpeedTopologyFactory() {
    }

    /**
     * @param batchWatermark the published Wb, or null while no batch generation is published; read per event, so
     *                       it must be cheap (the application keeps it refreshed from HBase in the background)
     * @param pacing         when the tasks ask for commits; Kafka Streams' own commit interval must be
     *                       {@link CommitPacing#catchUpInterval()} ({@code SpeedConfigFactory} sets it so)
     */
    public static Topology build(SpeedTopics topics, SpeedSettings settings, Supplier<Instant> batchWatermark,
                                 SpeedCounters counters, CommitPacing pacing) {
        StreamsBuilder builder = new StreamsBuilder();
        ThreadCommitClock commitClock = new ThreadCommitClock();
        builder.addGlobalStore(SpeedStores.customers(), topics.customers(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("customers-source"),
            () -> new CustomerChangeProcessor(SpeedStores.CUSTOMERS, settings.rules(), counters));
        builder.addStateStore(SpeedStores.dedup());
        builder.addStateStore(SpeedStores.buckets());
        builder.addStateStore(SpeedStores.clock());
        builder.stream(topics.transactions(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("transactions-source"))
            .process(() -> new TransactionProcessor(topics, settings, batchWatermark, counters, pacing, commitClock),
                org.apache.kafka.streams.kstream.Named.as("speed-processor"),
                SpeedStores.DEDUP, SpeedStores.BUCKETS, SpeedStores.CLOCK)
            .to((key, routed, ctx) -> routed.topic(), Produced.with(Serdes.ByteArray(), Routed.serde()).withName("outputs"));
        return builder.build();
    }
}
