package io.tributary.speed.topology;

import io.tributary.core.model.ReasonCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One value for the HBase sink, on the updates topic. Every update carries an absolute value and a version that
 * grows with each change of its target, never a delta: writing it twice, or writing an older one after a newer one,
 * leaves HBase as the newest write alone would (the version is the cell timestamp; see docs/SPEED-LAYER.md).
 */
public sealed interface SpeedUpdate {
    byte VIEW = 1;
    byte WATERMARK = 2;
    byte LATE_HOUR = 3;
    byte REJECTED = 4;

    /** The message key: one key per HBase cell group, so the newest update of a target is the last of its key. */
    String target();

    /** The cell timestamp: grows with each change of the target. */
    long version();

    byte[] encode();

    /**
     * A speed-view bucket. Version: the hour's start in epoch millis plus {@code seen} (every event of the bucket
     * bumps {@code seen} by one), so it grows by one per change and ages with event time, which the table's TTL needs.
     */
    record View(BucketKey bucket, BucketCounts counts) implements SpeedUpdate {
        @Override
        public String target() {
            return "v" + bucket.text();
        }

        @Override
        public long version() {
            return bucket.hourStart().toEpochMilli() + counts.seen();
        }

        @Override
        public byte[] encode() {
            byte[] key = bucket.text().getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(1 + 4 + key.length + BucketCounts.BYTES);
            b.put(VIEW).putInt(key.length).put(key);
            counts.writeTo(b);
            return b.array();
        }
    }

    /**
     * The speed watermark of one input partition's task. Version: the max event time seen (Ws + grace), which only
     * grows.
     */
    record Watermark(int partition, long maxEventTimeMillis, long watermarkMillis) implements SpeedUpdate {
        @Override
        public String target() {
            return "w" + partition;
        }

        @Override
        public long version() {
            return maxEventTimeMillis;
        }

        @Override
        public byte[] encode() {
            return ByteBuffer.allocate(1 + 4 + 8 + 8).put(WATERMARK).putInt(partition).putLong(maxEventTimeMillis)
                .putLong(watermarkMillis).array();
        }
    }

    /** How many late events of one event hour one input partition's task has routed to the late topic. */
    record LateHour(int partition, long hourStartMillis, long count) implements SpeedUpdate {
        @Override
        public String target() {
            return "l" + hourStartMillis + "/" + partition;
        }

        @Override
        public long version() {
            return count;
        }

        @Override
        public byte[] encode() {
            return ByteBuffer.allocate(1 + 4 + 8 + 8).put(LATE_HOUR).putInt(partition).putLong(hourStartMillis)
                .putLong(count).array();
        }
    }

    /**
     * How many records of one input partition's task went to the dead-letter topic with one reason code, in total.
     * Version: the count, which only grows.
     */
    record Rejected(int partition, ReasonCode reason, long count) implements SpeedUpdate {
        @Override
        public String target() {
            return "r" + reason.name() + "/" + partition;
        }

        @Override
        public long version() {
            return count;
        }

        /** The reason by name, not by position: the updates topic outlives a release that adds a reason code. */
        @Override
        public byte[] encode() {
            byte[] name = reason.name().getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(1 + 4 + 4 + name.length + 8).put(REJECTED).putInt(partition)
                .putInt(name.length).put(name).putLong(count).array();
        }
    }

    /** Reads what {@link #encode()} wrote. */
    static SpeedUpdate decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte kind = b.get();
        switch (kind) {
            case VIEW: {
                byte[] key = new byte[b.getInt()];
                b.get(key);
                return new View(BucketKey.parse(new String(key, StandardCharsets.UTF_8)), BucketCounts.readFrom(b));
            }
            case WATERMARK:
                return new Watermark(b.getInt(), b.getLong(), b.getLong());
            case LATE_HOUR:
                return new LateHour(b.getInt(), b.getLong(), b.getLong());
            case REJECTED: {
                int partition = b.getInt();
                byte[] name = new byte[b.getInt()];
                b.get(name);
                return new Rejected(partition, ReasonCode.valueOf(new String(name, StandardCharsets.US_ASCII)),
                    b.getLong());
            }
            default:
                throw new IllegalArgumentException("unknown speed update kind " + kind);
        }
    }
}
