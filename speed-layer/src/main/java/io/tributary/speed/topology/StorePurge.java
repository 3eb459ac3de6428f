package io.tributary.speed.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Bounds the speed layer's state by event time: dedup entries and bucket counts older than
 * {@code Ws - speed.retention} are removed. It runs when Ws enters a new hour, so it depends on the data only,
 * never on the wall clock: a replay purges at exactly the same records.
 */
final class StorePurge {
    private final KeyValueStore<String, byte[]> dedup;
    private final KeyValueStore<String, byte[]> buckets;

    StorePurge(KeyValueStore<String, byte[]> dedup, KeyValueStore<String, byte[]> buckets) {
        this.dedup = dedup;
        this.buckets = buckets;
    }

    void olderThan(Instant cutoff) {
        long cutoffSeconds = cutoff.getEpochSecond();
        List<String> gone = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = dedup.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> e = it.next();
                if (DedupEntry.eventTimeSeconds(e.value) < cutoffSeconds) {
                    gone.add(e.key);
                }
            }
        }
        gone.forEach(dedup::delete);
        gone.clear();
        try (KeyValueIterator<String, byte[]> it = buckets.all()) {
            while (it.hasNext()) {
                String key = it.next().key;
                if (!BucketKey.parse(key).hourStart().plusSeconds(3600).isAfter(cutoff)) {
                    gone.add(key);
                }
            }
        }
        gone.forEach(buckets::delete);
    }
}
