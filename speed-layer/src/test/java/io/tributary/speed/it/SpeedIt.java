package io.tributary.speed.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.testing.PlatformProcess;
import io.tributary.core.config.TributaryConfig;
import io.tributary.speed.hbase.HBaseConnections;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reading what the speed layer wrote: HBase tables as text, topics as records. */
final class SpeedIt {
    private SpeedIt() {
    }

    static Connection hbase(PlatformProcess platform) throws IOException {
        return HBaseConnections.open(TributaryConfig.of(platform.clientSettings()));
    }

    /** Every cell of a table as {@code row|family:qualifier@timestamp -> long value}. */
    static Map<String, Long> cells(Connection hbase, TableName table) throws IOException {
        Map<String, Long> cells = new TreeMap<>();
        if (!hbase.getAdmin().tableExists(table)) {
            return cells;
        }
        try (Table t = hbase.getTable(table); ResultScanner scanner = t.getScanner(new Scan())) {
            for (Result r : scanner) {
                for (Cell c : r.rawCells()) {
                    String row = Bytes.toString(CellUtil.cloneRow(c)).replace('\u0000', '|');
                    cells.put(row + "|" + Bytes.toString(CellUtil.cloneFamily(c)) + ":"
                        + Bytes.toString(CellUtil.cloneQualifier(c)) + "@" + c.getTimestamp(), Bytes.toLong(CellUtil.cloneValue(c)));
                }
            }
        }
        return cells;
    }

    /** Drops the timestamps: {@code row|family:qualifier -> value}. */
    static Map<String, Long> values(Map<String, Long> cells) {
        Map<String, Long> v = new TreeMap<>();
        cells.forEach((k, value) -> v.put(k.substring(0, k.lastIndexOf('@')), value));
        return v;
    }

    /** Every committed record of a topic, read from the beginning to its end. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The serving layer's {@code /v1/freshness} answer, waiting for the process to answer 200. */
    static JsonNode freshness(int port, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/freshness"))
            .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new ObjectMapper().readTree(r.body());
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no freshness answer on port " + port + " within " + timeout + ": " + last);
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
