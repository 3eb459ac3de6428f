package io.tributary.serving.bench;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.config.TributaryConfig;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.ViewRowKey;
import io.tributary.serving.hbase.HBaseConnections;
import io.tributary.serving.hbase.HBaseViewReader;
import io.tributary.serving.http.ServingApi;
import io.tributary.serving.spend.SpendQueryParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load benchmark of the spend endpoint against a real HBase, with the raw HBase get latency measured in the same
 * run: {@code ServingBenchmark <zookeeper quorum> [rate] [seconds] [customers]}. Open-loop phases send at a fixed
 * rate and time each request from when it was due, so a slow answer also delays (and is charged to) the ones queued
 * behind it; the ceiling phase is closed-loop with 32 clients. Prints a markdown table.
 */
public final class ServingBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ServingBenchmark.class);
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-01");
    private static final int DAYS = 30;
    /** Its own namespace, so the benchmark never mixes with a platform's real views. */
    private static final String NAMESPACE = "tributary_bench";

    private final Connection hbase;
    private final int customers;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    private String base;

    private final TributaryConfig config;

    private ServingBenchmark(Connection hbase, int customers, TributaryConfig config) {
        this.hbase = hbase;
        this.config = config;
        this.customers = customers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ServingBenchmark <zookeeper quorum> [rate=500] [seconds=60] [customers=1000]");
            System.exit(2);
        }
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int customers = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        // generous timeouts: a slow answer must show up as latency in the table, not vanish as an error
        TributaryConfig config = TributaryConfig.of(Map.of("hbase.zookeeper.quorum", args[0], "serving.backend.timeout", "30s"));
        try (Connection hbase = HBaseConnections.open(config)) {
            new ServingBenchmark(hbase, customers, config).run(rate, seconds);
        }
        System.exit(0);
    }

    private void run(int rate, int seconds) throws Exception {
        long t0 = System.nanoTime();
        new SyntheticViews(hbase, NAMESPACE).ensure(customers, FIRST_DAY, DAYS);
        LOG.info("views ready in {} s", (System.nanoTime() - t0) / 1_000_000_000);
        Javalin app = new ServingApi(new HBaseViewReader(hbase, NAMESPACE,
            config.get(io.tributary.core.config.ConfigKeys.SERVING_WATERMARK_CACHE)), new SpendQueryParser(366, 31),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        try (Table view = hbase.getTable(new SyntheticViews(hbase, NAMESPACE).table(BatchPointer.tableName(1)))) {
            openLoop("warm-up (discarded)", rate, 10, this::apiRequest);
            openLoop("warm-up gets (discarded)", rate, 5, () -> rawGet(view));
            LatencyRecorder gets = openLoop("raw HBase get", rate, seconds, () -> rawGet(view));
            LatencyRecorder api = openLoop("spend endpoint", rate, seconds, this::apiRequest);
            double[] ceiling = closedLoop(32, 20);
            System.out.println();
            System.out.println("| phase | rate | requests | errors | p50 ms | p99 ms | p99.9 ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            row("raw HBase get (one row)", rate, gets);
            row("GET /v1/customers/{id}/spend", rate, api);
            System.out.printf(Locale.ROOT, "%nceiling (32 closed-loop clients, 20 s): %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
                + "errors %.0f%n", ceiling[0], ceiling[1], ceiling[2], ceiling[3]);
            System.out.printf(Locale.ROOT, "target: spend p99 <= raw get p99 + 5 ms: %.2f <= %.2f -> %s; errors at %d/s: %d%n",
                api.percentileMs(0.99), gets.percentileMs(0.99) + 5,
                api.percentileMs(0.99) <= gets.percentileMs(0.99) + 5 ? "met" : "NOT met", rate, api.errors());
        } finally {
            app.stop();
        }
    }

    private static void row(String name, int rate, LatencyRecorder r) {
        System.out.printf(Locale.ROOT, "| %s | %d/s | %d | %d | %.2f | %.2f | %.2f |%n", name, rate, r.count(), r.errors(),
            r.percentileMs(0.50), r.percentileMs(0.99), r.percentileMs(0.999));
    }

    @FunctionalInterface
    private interface Request {
        boolean call() throws Exception;
    }

    private LatencyRecorder openLoop(String name, int rate, int seconds, Request request) throws InterruptedException {
        LOG.info("{}: {} requests/s for {} s", name, rate, seconds);
        int total = rate * seconds;
        LatencyRecorder rec = new LatencyRecorder(total);
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            workers.execute(() -> {
                try {
                    if (request.call()) {
                        rec.record(System.nanoTime() - due);
                    } else {
                        rec.error();
                    }
                } catch (Exception e) {
                    rec.error();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        return rec;
    }

    /** requests/s, p50 ms, p99 ms, errors. */
    private double[] closedLoop(int clients, int seconds) throws InterruptedException {
        LatencyRecorder rec = new LatencyRecorder(5_000_000);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        if (apiRequest()) {
                            rec.record(System.nanoTime() - s);
                            done.incrementAndGet();
                        } else {
                            rec.error();
                        }
                    } catch (Exception e) {
                        rec.error();
                    }
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new double[] {done.get() / (double) seconds, rec.percentileMs(0.5), rec.percentileMs(0.99), rec.errors()};
    }

    /** A week of days ending somewhere in the data set (often across Wb), or one day of hours. */
    private boolean apiRequest() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String customer = SyntheticViews.customer(r.nextInt(customers));
        String query;
        if (r.nextInt(5) < 4) {
            LocalDate to = FIRST_DAY.plusDays(6 + r.nextInt(DAYS - 5));
            query = "from=" + to.minusDays(6) + "&to=" + to + "&granularity=day";
        } else {
            LocalDate day = FIRST_DAY.plusDays(DAYS - 2 + r.nextInt(3));
            query = "from=" + day + "&to=" + day + "&granularity=hour";
        }
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/customers/" + customer
            + "/spend?" + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return resp.statusCode() == 200;
    }

    private boolean rawGet(Table view) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] row = new ViewRowKey(SyntheticViews.customer(r.nextInt(customers)),
            TimeBucket.ofDate(FIRST_DAY.plusDays(r.nextInt(DAYS))), SyntheticViews.CURRENCIES[r.nextInt(3)]).bytes();
        return !view.get(new Get(row)).isEmpty();
    }
}
