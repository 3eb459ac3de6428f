package io.tributary.serving.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Amounts;
import io.tributary.core.time.Granularity;
import io.tributary.core.time.LatenessContract;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.hbase.HBaseConnections;
import io.tributary.serving.hbase.HBaseViewReader;
import io.tributary.serving.http.ServingApi;
import io.tributary.serving.spend.SpendQueryParser;
import io.tributary.testing.Folders;
import io.tributary.testing.PlatformProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariant 3 on real HBase: for random customers and ranges the merged answer equals a from-scratch computation
 * over the events the contract makes visible, also while new batch generations are published concurrently (each
 * answer must equal the computation for the generation it names: no double count, no gap, no error).
 */
class MergedAnswersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<TestEvents.Event> EVENTS = TestEvents.generate(7, 6000);
    private static final Instant WS = TestEvents.FIRST_DAY.plusDays(TestEvents.DAYS).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    private static PlatformProcess platform;
    private static Connection hbase;
    private static AsyncConnection async;
    private static ViewWriter writer;
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path dir = Path.of("target", "merged-answers-it").toAbsolutePath();
        // A fresh platform every run: the tables of a previous run (verify without clean) would already exist.
        Folders.deleteTree(dir);
        platform = PlatformProcess.start(root, dir, p -> {
            // ready for DDL: the master refuses it while it initializes, after it already answers reads
            try (Connection c = HBaseConnections.open(config(p)); var admin = c.getAdmin()) {
                if (java.util.Arrays.stream(admin.listNamespaces()).noneMatch("tributary"::equals)) {
                    admin.createNamespace(org.apache.hadoop.hbase.NamespaceDescriptor.create("tributary").build());
                }
            }
        }, Duration.ofMinutes(4));
        TributaryConfig config = config(platform);
        hbase = HBaseConnections.open(config);
        async = HBaseConnections.openAsync(config); // as the service reads: both scans of an answer at once
        writer = new ViewWriter(hbase);
        writer.speed(EVENTS, WS);
        writer.publish(1, TestEvents.FIRST_DAY.plusDays(1), EVENTS);
        writer.customer("C01", "RETAIL");
        app = new ServingApi(new HBaseViewReader(hbase, async, "tributary", Duration.ZERO), new SpendQueryParser(366, 31),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    static TributaryConfig config(PlatformProcess p) {
        return TributaryConfig.of(Map.of("hbase.zookeeper.quorum", p.zookeeperQuorum(),
            "serving.backend.timeout", "10s"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (async != null) {
            async.close();
        }
        if (hbase != null) {
            hbase.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void randomQueriesEqualAFromScratchComputation() throws Exception {
        Random r = new Random(11);
        for (int i = 0; i < 150; i++) {
            checkRandomQuery(r);
        }
    }

    @Test
    void answersStayExactWhileGenerationsArePublished() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger checked = new AtomicInteger();
        Thread publisher = new Thread(() -> {
            try {
                for (int g = 2; g <= 5; g++) {
                    writer.publish(g, TestEvents.FIRST_DAY.plusDays(g), EVENTS);
                    Thread.sleep(300);
                }
            } catch (Exception e) {
                failures.add(e);
            }
        }, "publisher");
        publisher.start();
        Random r = new Random(13);
        java.util.Set<Long> generations = new java.util.TreeSet<>();
        while (publisher.isAlive() || checked.get() < 100) {
            generations.add(checkRandomQuery(r));
            checked.incrementAndGet();
        }
        publisher.join();
        assertThat(failures).isEmpty();
        assertThat(generations).as("answers were served from old and new generations").hasSizeGreaterThan(1);
    }

    @Test
    void aMissingSpeedViewIsNoRowsNotAnError() throws Exception {
        try (var admin = hbase.getAdmin()) {
            if (java.util.Arrays.stream(admin.listNamespaces()).noneMatch("tributary_nospeed"::equals)) {
                admin.createNamespace(org.apache.hadoop.hbase.NamespaceDescriptor.create("tributary_nospeed").build());
            }
        }
        Instant from = TestEvents.FIRST_DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        var rows = new HBaseViewReader(hbase, async, "tributary_nospeed", Duration.ZERO)
            .spendRows(1, "C01", Granularity.DAY, from, from, from.plus(Duration.ofDays(2)));
        assertThat(rows.speed()).isEmpty();
        assertThat(rows.batch()).isEmpty();
    }

    @Test
    void customerProfilesComeFromTheCopyOfTheDimension() throws Exception {
        HttpResponse<String> known = get("/v1/customers/C01");
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(known.body()).get("segment").asText()).isEqualTo("RETAIL");
        assertThat(get("/v1/customers/C99").statusCode()).isEqualTo(404);
        JsonNode fresh = JSON.readTree(get("/v1/freshness").body());
        assertThat(fresh.at("/speed/watermark").asText()).isEqualTo(WS.toString());
        assertThat(fresh.at("/batch/generation").asLong()).isPositive();
    }

    /** One random query, checked; returns the generation it was answered from. */
    private static long checkRandomQuery(Random r) throws Exception {
        String customer = TestEvents.CUSTOMERS.get(r.nextInt(TestEvents.CUSTOMERS.size()));
        LocalDate from = TestEvents.FIRST_DAY.plusDays(r.nextInt(TestEvents.DAYS));
        LocalDate to = from.plusDays(r.nextInt(TestEvents.DAYS));
        Granularity g = r.nextBoolean() ? Granularity.DAY : Granularity.HOUR;
        HttpResponse<String> resp = get("/v1/customers/" + customer + "/spend?from=" + from + "&to=" + to
            + "&granularity=" + g.name().toLowerCase());
        assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(resp.body());
        long generation = answer.get("generation").asLong();
        Instant wb = LatenessContract.batchWatermark(TestEvents.FIRST_DAY.plusDays(generation));
        assertThat(answer.get("batch_watermark").asText()).isEqualTo(wb.toString());
        List<String> got = new ArrayList<>();
        answer.get("buckets").forEach(b -> got.add(b.get("start").asText() + " " + b.get("currency").asText() + " "
            + b.get("source").asText() + " " + b.get("reconciled").asBoolean() + " " + b.get("pending_late_events").asLong()
            + " " + b.get("txn_count").asLong() + " " + b.get("approved_count").asLong() + " "
            + b.get("approved_amount").asText() + " " + b.get("declined_count").asLong() + " "
            + b.get("reversed_amount").asText()));
        assertThat(got).as("%s %s..%s %s at generation %d", customer, from, to, g, generation)
            .isEqualTo(expected(customer, from, to, g, wb));
        return generation;
    }

    /** The contract, computed from the events alone. */
    private static List<String> expected(String customer, LocalDate from, LocalDate to, Granularity g, Instant wb) {
        Instant start = from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Map<String, SpendMeasures> measures = new TreeMap<>();
        Map<String, Long> pending = new TreeMap<>();
        for (TestEvents.Event e : EVENTS) {
            Instant t = e.txn().eventTime();
            if (!e.txn().customerId().equals(customer) || t.isBefore(start) || !t.isBefore(end)) {
                continue;
            }
            TimeBucket b = g.bucketOf(t);
            boolean batch = LatenessContract.isAnsweredByBatch(b, wb);
            String key = b.start() + " " + e.txn().currency() + " " + (batch ? "batch" : "speed");
            boolean visible = batch ? !e.missedByBatch() : e.kafka() && !e.speedLate();
            boolean pends = batch ? e.missedByBatch() : e.speedLate();
            if (visible) {
                e.addTo(measures.computeIfAbsent(key, k -> new SpendMeasures()));
            }
            if (pends) {
                pending.merge(key, 1L, Long::sum);
            }
        }
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(measures.keySet());
        keys.addAll(pending.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            SpendMeasures m = measures.getOrDefault(k, new SpendMeasures());
            long p = pending.getOrDefault(k, 0L);
            boolean reconciled = k.endsWith("batch") && p == 0;
            out.add(k + " " + reconciled + " " + p + " " + m.txnCount() + " " + m.approvedCount() + " "
                + Amounts.format(m.approvedCents()) + " " + m.declinedCount() + " " + Amounts.format(m.reversedCents()));
        }
        return out;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
