package io.tributary.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.BatchCli;
import io.tributary.batch.ingest.LandingCatalog;
import io.tributary.batch.lake.HadoopSettings;
import io.tributary.batch.lake.LakePaths;
import io.tributary.batch.stage.IndexJob;
import io.tributary.batch.stage.IndexResult;
import io.tributary.batch.stage.StagedFiles;
import io.tributary.batch.stage.StagedRecord;
import io.tributary.batch.table.Tables;
import io.tributary.batch.testing.EmbeddedMetastore;
import io.tributary.batch.testing.PublishedRows;
import io.tributary.cli.CommandRunner;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.io.RecordFormat;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ToolRunner;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archiver against a real Kafka broker and the MapReduce local runner, with the lake on the local file system:
 * archive, archive more (no gap, no duplicate), a run stopped between landing and commit finished by the next one
 * (same files), nothing new, then the index job stages the archived records with their Kafka positions.
 */
class ArchiveRunIT {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRunIT.class);
    private static final String TOPIC = "transactions";
    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    static Path tmp;
    static KafkaBroker kafka;

    private int produced;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = KafkaBroker.start(tmp.resolve("kafka"));
        kafka.createTopic(TOPIC, 2);
        kafka.createTopic(TOPIC + ".late", 1);
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void archivesEveryMessageExactlyOnceAcrossRunsAndCrashes() throws Exception {
        Path root = tmp.resolve("lake");
        TributaryConfig config = TributaryConfig.of(Map.of("fs.uri", "file:///", "storage.root", root.toString(),
            "kafka.bootstrap.servers", kafka.bootstrap(), "archive.split.max.records",
            System.getProperty("archive.it.split", "400")));
        Configuration hadoop = HadoopSettings.from(config);
        LakePaths lake = LakePaths.from(config);
        FileSystem fs = lake.root().getFileSystem(hadoop);
        ArchiveStore store = new ArchiveStore(fs, lake);
        List<String> progress = new ArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T20:15:42.5Z"), ZoneOffset.UTC);

        // nothing produced yet: no files, no manifest
        assertThat(ArchiveRun.run(config, hadoop, clock, progress::add).isEmpty()).isTrue();

        // 1. a first batch, with a value that is not JSON and a null value; the late topic is not archived
        // -Darchive.it.records=N archives a bigger first batch, to measure (docs/BENCHMARKS.md)
        int firstBatch = Integer.getInteger("archive.it.records", 1000);
        produce(firstBatch, true);
        produceLate();
        long started = System.nanoTime();
        ArchiveResult first = ArchiveRun.run(config, hadoop, clock, progress::add);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("archived {} records in {} s: {} records/s", first.records(), seconds, (long) (first.records() / seconds));
        assertThat(first.records()).isEqualTo(produced);
        assertThat(first.redone()).isFalse();
        assertThat(first.manifest().ranges()).allMatch(r -> r.topic().equals(TOPIC)
            && r.size() <= config.get(io.tributary.core.config.ConfigKeys.ARCHIVE_SPLIT_MAX_RECORDS));
        assertThat(first.files()).isGreaterThanOrEqualTo(Math.min(4, firstBatch / 400 + 1));
        assertThat(store.intent()).isEmpty();
        assertThat(store.committed()).containsExactly(first.manifest());
        assertThat(first.ranges()).allMatch(f -> f.rawPath().contains("/raw/transactions/source=kafka/ingest_date=2026-11-27/ingest_hour=20/20261127T201542Z-"));

        // 2. more messages, through a transaction that commits and one that aborts: the next run starts where the
        // first one ended and keeps only committed messages
        produceTransactional(300, 20);
        Clock later = Clock.offset(clock, java.time.Duration.ofHours(1));
        ArchiveResult second = ArchiveRun.run(config, hadoop, later, progress::add);
        assertThat(second.records()).isEqualTo(300);
        // the ranges covered the aborted messages and the transaction markers too; none of them was archived
        assertThat(second.manifest().ranges().stream().mapToLong(OffsetRange::size).sum()).isGreaterThan(320);
        assertContiguousAndComplete(store);

        // 3. a run stopped after landing, before its manifest is committed
        produce(200, false);
        Clock third = Clock.offset(clock, java.time.Duration.ofHours(2));
        assertThatThrownBy(() -> ArchiveRun.run(config, hadoop, third, progress::add, landed -> {
            throw new IOException("crash before commit");
        })).hasMessageContaining("crash before commit");
        ArchiveManifest intent = store.intent().orElseThrow();
        assertThat(store.isCommitted(intent.runId())).isFalse();
        Set<String> landedBefore = landingRecords(fs, lake);
        produce(50, false); // arrives meanwhile: not part of the interrupted run

        ArchiveResult redone = ArchiveRun.run(config, hadoop, Clock.offset(clock, java.time.Duration.ofHours(3)), progress::add);
        assertThat(redone.redone()).isTrue();
        assertThat(redone.manifest().runId()).isEqualTo(intent.runId());
        assertThat(redone.manifest().ranges()).isEqualTo(intent.ranges());
        assertThat(redone.records()).isEqualTo(200);
        assertThat(landingRecords(fs, lake)).isEqualTo(landedBefore); // same bytes, same names: nothing landed twice
        assertThat(store.intent()).isEmpty();

        ArchiveResult rest = ArchiveRun.run(config, hadoop, Clock.offset(clock, java.time.Duration.ofHours(4)), progress::add);
        assertThat(rest.records()).isEqualTo(50);
        assertThat(ArchiveRun.run(config, hadoop, clock, progress::add).isEmpty()).isTrue();
        StringWriter toolOut = new StringWriter();
        int exit = ToolRunner.run(new Configuration(), new ArchiveJob(new PrintWriter(toolOut, true)), new String[] {
            "--set", "fs.uri=file:///", "--set", "storage.root=" + root, "--set", "kafka.bootstrap.servers=" + kafka.bootstrap()});
        assertThat(exit).isZero();
        assertThat(toolOut.toString()).contains("archive: nothing new to archive");
        Map<String, Long> archived = assertContiguousAndComplete(store);
        assertThat(archived.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(produced);

        // every archived file read back: each message once, with its Kafka position
        Map<SourcePosition, Boolean> positions = readArchives(root);
        assertThat(positions).hasSize(produced);
        assertThat(positions.keySet()).allMatch(p -> p.kind() == SourceKind.KAFKA && p.sourceName().startsWith(TOPIC + "-"));

        // 4. the index pass stages archived records like any landed file
        IndexResult index = IndexJob.run(config, hadoop);
        assertThat(index.read()).isEqualTo(produced);
        assertThat(index.rejectedByReason()).containsEntry(ReasonCode.MALFORMED_RECORD, 2L);
        assertThat(index.valid()).isEqualTo(produced - 2);
        List<StagedRecord> staged = new ArrayList<>();
        for (org.apache.hadoop.fs.Path file : StagedFiles.committedValid(fs, lake, LocalDate.parse("2026-11-26"))) {
            StagedFiles.readValid(fs, file, staged::add);
        }
        assertThat(staged).hasSize(produced - 2);
        assertThat(staged).allMatch(r -> r.format() == RecordFormat.JSON_LINES && r.position().kind() == SourceKind.KAFKA
            && r.position().line() == 0 && !r.position().ingestTime().isBefore(T0));
        assertThat(staged.stream().map(StagedRecord::position).toList()).doesNotHaveDuplicates();
        assertThat(progress).anyMatch(l -> l.startsWith("finishing the interrupted run"));

        // 5. curated, archived events are Kafka rows, and the daily spend view counts them in kafka_count
        curateAndCheckKafkaCounts(root, produced - 2);
    }

    private static void curateAndCheckKafkaCounts(Path root, long valid) throws IOException {
        EmbeddedMetastore hms = EmbeddedMetastore.shared();
        hms.dropDatabases("curated", "errors", "views");
        assertThat(CommandRunner.run(new BatchCli(), "batch", "curate", "--skip-views", "--dates", "2026-11-26",
            "--set", "fs.uri=file:///", "--set", "storage.root=" + root, "--set", "metastore.uris=" + hms.uri())).isZero();
        PublishedRows published = new PublishedRows(hms.config(root));
        List<Map<String, Object>> curated = new ArrayList<>();
        published.all(Tables.CURATED_TRANSACTIONS).values().forEach(curated::addAll);
        assertThat(curated).hasSize((int) valid);
        assertThat(curated).allMatch(r -> "kafka".equals(String.valueOf(r.get("source")))
            && String.valueOf(r.get("source_name")).startsWith(TOPIC + "-"));
        long txns = 0;
        long fromKafka = 0;
        for (List<Map<String, Object>> rows : published.all(Tables.CUSTOMER_DAILY_SPEND).values()) {
            for (Map<String, Object> r : rows) {
                txns += ((Number) r.get("txn_count")).longValue();
                fromKafka += ((Number) r.get("kafka_count")).longValue();
            }
        }
        assertThat(txns).isEqualTo(valid);
        assertThat(fromKafka).isEqualTo(valid);
    }

    /** Committed ranges tile each partition from 0 with no gap and no overlap; returns records per partition. */
    private static Map<String, Long> assertContiguousAndComplete(ArchiveStore store) throws IOException {
        Map<String, Long> next = new TreeMap<>();
        Map<String, Long> records = new TreeMap<>();
        List<OffsetRange> all = new ArrayList<>();
        for (ArchiveManifest m : store.committed()) {
            all.addAll(m.ranges());
            m.files().forEach(f -> records.merge(f.range().partition().toString(), f.records(), Long::sum));
        }
        all.sort(null);
        for (OffsetRange r : all) {
            long expected = next.getOrDefault(r.partition().toString(), 0L);
            assertThat(r.from()).as("range %s follows the previous one", r.describe()).isEqualTo(expected);
            next.put(r.partition().toString(), r.to());
        }
        return records;
    }

    private static Set<String> landingRecords(FileSystem fs, LakePaths lake) throws IOException {
        return new HashSet<>(new LandingCatalog(fs, lake).list().landed());
    }

    private static Map<SourcePosition, Boolean> readArchives(Path root) throws IOException {
        Map<SourcePosition, Boolean> seen = new HashMap<>();
        RecordFileReader<io.tributary.core.model.Transaction> reader = RecordFileReader.forTransactions();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("raw/transactions/source=kafka"))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".kafka.gz")).toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(file.toString(), in, T0, r -> assertThat(seen.put(r.position(), true)).isNull());
            }
        }
        return seen;
    }

    private void produce(int count, boolean withBadValues) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < count; i++) {
                int n = produced + i;
                byte[] value = withBadValues && i == 10 ? "not json\n\u0000".getBytes(StandardCharsets.UTF_8)
                    : withBadValues && i == 11 ? null
                    : json(n);
                producer.send(new ProducerRecord<>(TOPIC, n % 2, T0.toEpochMilli() + n, key(n), value));
            }
            producer.flush();
        }
        produced += count;
    }

    private void produceTransactional(int committed, int aborted) throws Exception {
        Map<String, Object> settings = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "archive-it"));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < aborted; i++) {
                producer.send(new ProducerRecord<>(TOPIC, i % 2, T0.toEpochMilli(), key(i), json(900_000 + i)));
            }
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            for (int i = 0; i < committed; i++) {
                int n = produced + i;
                producer.send(new ProducerRecord<>(TOPIC, n % 2, T0.toEpochMilli() + n, key(n), json(n)));
            }
            producer.commitTransaction();
        }
        produced += committed;
    }

    private void produceLate() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC + ".late", 0, T0.toEpochMilli(), key(0), json(0))).get();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, "5"));
    }

    private static byte[] key(int n) {
        return String.format("C%07d", n % 50).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(int n) {
        return ("{\"event_id\":\"e-" + String.format("%06d", n) + "\",\"customer_id\":\"" + String.format("C%07d", n % 50)
            + "\",\"merchant_id\":\"M00017\",\"amount\":\"12.34\",\"currency\":\"EUR\","
            + "\"event_time\":\"2026-11-26T10:15:30.123Z\",\"channel\":\"POS\",\"status\":\"APPROVED\",\"country\":\"DE\","
            + "\"schema_version\":1}").getBytes(StandardCharsets.UTF_8);
    }
}
