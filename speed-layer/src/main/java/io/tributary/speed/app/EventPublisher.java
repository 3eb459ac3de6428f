package io.tributary.speed.app;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.CsvHeader;
import io.tributary.core.parse.CustomerChangeCsvParser;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import io.tributary.speed.topology.SpeedTopics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes event files to the transactions topic and customer change files to the customers topic, in file and
 * line order, each line's bytes unchanged. Keys: a transaction's customer_id (so all events of a customer, re-sends
 * included, share a partition and its order), none for a line without a readable customer; a customer row's
 * customer_id (the compacted topic's key). Rows without a valid customer change are not published (the batch
 * layer's errors.customers holds them). Idempotent producer, acks=all.
 */
public final class EventPublisher implements AutoCloseable {
    private final SpeedTopics topics;
    private final KafkaProducer<byte[], byte[]> producer;
    private final JsonTransactionParser txnParser;
    private final CustomerChangeCsvParser customerParser;
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

    public EventPublisher(TributaryConfig config) {
        this.topics = SpeedTopics.from(config);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        // wide skew: keys only need the customer id, a far-future event still has one
        io.tributary.core.parse.ValidationRules rules = new io.tributary.core.parse.ValidationRules(java.time.Duration.ofDays(365_000));
        this.txnParser = new JsonTransactionParser(rules);
        this.customerParser = new CustomerChangeCsvParser(rules);
    }

    /** What a generated set or a folder holds for Kafka: its {@code kafka/} and {@code customers/} folders, or itself. */
    public static Inputs inputsOf(Path dir) throws IOException {
        Path kafka = dir.resolve("kafka");
        Path txnRoot = Files.isDirectory(kafka) ? kafka : dir;
        Path customersRoot = Files.isDirectory(kafka) ? dir.resolve("customers") : dir;
        return new Inputs(files(txnRoot, ".jsonl", ".jsonl.gz", ".json"), files(customersRoot, ".csv"));
    }

    private static List<Path> files(Path root, String... endings) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return Stream.of(endings).anyMatch(n::endsWith);
            }).sorted().toList();
        }
    }

    /** The files to publish, each list in path order. */
    public record Inputs(List<Path> transactionFiles, List<Path> customerFiles) {
    }

    /** Publishes customer rows; returns {published, skipped}. */
    public long[] publishCustomers(List<Path> files) throws IOException {
        long published = 0;
        long skipped = 0;
        for (Path f : files) {
            try (LineReader r = new LineReader(f)) {
                byte[] line = r.next();
                if (line == null || !CsvHeader.matches(line, 0, line.length, CustomerChangeCsvParser.HEADER)) {
                    continue; // not a customer change file
                }
                while ((line = r.next()) != null) {
                    ParseResult<CustomerChange> row = customerParser.parse(line,
                        SourcePosition.ofFile(f.toString(), 0, 0, Instant.now()));
                    if (!row.isValid()) {
                        skipped++;
                        continue;
                    }
                    byte[] key = row.valid().value().customerId().getBytes(StandardCharsets.UTF_8);
                    send(new ProducerRecord<>(topics.customers(), key, line));
                    published++;
                }
            }
        }
        producer.flush();
        check();
        return new long[] {published, skipped};
    }

    /**
     * Publishes transaction lines at most {@code rate} per second (0: as fast as possible), reporting through
     * {@code progress} every few seconds; returns the number published.
     */
    public long publishTransactions(List<Path> files, int rate, PrintWriter progress) throws IOException, InterruptedException {
        long n = 0;
        long start = System.nanoTime();
        long nextReport = start + 5_000_000_000L;
        for (Path f : files) {
            try (LineReader r = new LineReader(f)) {
                for (byte[] line = r.next(); line != null; line = r.next()) {
                    send(new ProducerRecord<>(topics.transactions(), keyOf(line), line));
                    n++;
                    if (rate > 0) {
                        long due = start + n * 1_000_000_000L / rate;
                        long wait = due - System.nanoTime();
                        if (wait > 1_000_000) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    if (System.nanoTime() > nextReport) {
                        double secs = (System.nanoTime() - start) / 1e9;
                        progress.printf("tributary produce: %d events, %.0f events/s%n", n, n / secs);
                        progress.flush();
                        nextReport += 5_000_000_000L;
                        check();
                    }
                }
            }
        }
        producer.flush();
        check();
        return n;
    }

    private byte[] keyOf(byte[] line) {
        ParseResult<Transaction> r = txnParser.parse(line, SourcePosition.ofKafka("produce", 0, 0, Instant.now()));
        return r.isValid() ? r.valid().value().customerId().getBytes(StandardCharsets.UTF_8) : null;
    }

    private void send(ProducerRecord<byte[], byte[]> record) {
        producer.send(record, (meta, e) -> {
            if (e != null) {
                sendFailure.compareAndSet(null, e);
            }
        });
    }

    private void check() {
        Exception e = sendFailure.get();
        if (e != null) {
            throw new IllegalStateException("publishing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
