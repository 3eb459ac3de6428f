package io.tributary.speed.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A record value the processor sends on, with the topic it goes to: one sink with a topic chooser replaces one
 * sink per output, and the value's bytes go out as they are.
 */
public record Routed(String topic, byte[] value) {

    /** Writes only the value bytes; the topic is chosen by {@link #topic()} at the sink. */
    public static Serde<Routed> serde() {
        Serializer<Routed> ser = (topic, routed) -> routed == null ? null : routed.value();
        Deserializer<Routed> de = (topic, bytes) -> new Routed(topic, bytes);
        return org.apache.kafka.common.serialization.Serdes.serdeFrom(ser, de);
    }
}
