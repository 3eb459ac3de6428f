package io.tributary.speed.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The speed layer's state stores. Names are part of the changelog topic names: do not rename. The stores whose
 * keys change many times between two commits (a busy bucket, the clock) are cached: such a key goes to its
 * changelog once per commit instead of once per event; with exactly-once the cache is flushed inside the commit.
 * The dedup store is not: nearly every event id is written once and never read again, so caching it gains
 * nothing, and its entries would fill the thread's cache (one budget for all stores) until every put evicts,
 * which sends the buckets and the clock to their changelogs once per event again.
 */
final class SpeedStores {
    /** event_id -> survivor ({@link DedupEntry}); bounded by {@code speed.retention} behind Ws. */
    static final String DEDUP = "dedup";
    /** bucket key -> {@link BucketCounts}; bounded by {@code speed.retention} behind Ws. */
    static final String BUCKETS = "buckets";
    /** This partition's max event time, last purge hour and hourly late counters. */
    static final String CLOCK = "clock";
    /** Global: customer_id -> winning change ({@link CustomerEntry}). */
    static final String CUSTOMERS = "customers";

    private SpeedStores() {
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> dedup() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEDUP), Serdes.String(), Serdes.ByteArray())
            .withCachingDisabled();
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> buckets() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BUCKETS), Serdes.String(), Serdes.ByteArray())
            .withCachingEnabled();
    }

    static StoreBuilder<KeyValueStore<String, Long>> clock() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLOCK), Serdes.String(), Serdes.Long())
            .withCachingEnabled();
    }

    /** Global stores are rebuilt from their source topic: no changelog. */
    static StoreBuilder<KeyValueStore<String, byte[]>> customers() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CUSTOMERS), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled();
    }
}
