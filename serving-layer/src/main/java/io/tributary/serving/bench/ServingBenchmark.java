package io.tributary.serving.bench;

import io.tributary.core.config.TributaryConfig;
import io.tributary.core.time.TimeBucket;
import io.tributary.core.view.BatchPointer;
import io.tributary.core.view.ViewRowKey;
import io.tributary.serving.hbase.HBaseConnections;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load generator for the spend endpoint of a running API (its own process, as in production), with the raw HBase
 * get latency measured in the same run, by the same open-loop generator, from the same process:
 * {@code ServingBenchmark <zookeeper quorum> <api base url> [rate] [seconds] [customers] [warm-up seconds] [trace dir]}.
 *
 * <p>Each measured phase follows its own warm-up directly (30 s by default: a freshly started API compiles its hot
 * paths for about 20 s after its first requests, on the same cores as everything else). Open-loop phases send at a fixed rate and time each
 * request from when it was due ({@link OpenLoop}); the ceiling phase is closed-loop with 32 clients. Each worker
 * keeps one HTTP/1.1 connection ({@link KeepAliveHttp}). Prints a markdown table, with the API's own (server-side)
 * percentiles of the same requests from its {@code /metrics}.
 */
public final class ServingBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ServingBenchmark.class);
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-01");
    private static final int DAYS = 30;
    private static final int WORKERS = 64;
    private static final int CEILING_CLIENTS = 32;
    private static final int DEFAULT_WARM_UP_SECONDS = 30;
    private static final String SPEND_ENDPOINT = "/v1/customers/{id}/spend";
    /** Its own namespace, so the benchmark never mixes with a platform's real views. */
    static final String NAMESPACE = "tributary_bench";

    private final Connection hbase;
    private final URI api;
    private final int customers;
    private final List<KeepAliveHttp> clients = new ArrayList<>();
    private final ThreadLocal<KeepAliveHttp> http = ThreadLocal.withInitial(this::newClient);

    private ServingBenchmark(Connection hbase, URI api, int customers) {
        this.hbase = hbase;
        this.api = api;
        this.customers = customers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ServingBenchmark <zookeeper quorum> <api base url> [rate=500] [seconds=60] "
                + "[customers=1000] [warm-up seconds=" + DEFAULT_WARM_UP_SECONDS + "] [trace dir]");
            System.exit(2);
        }
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int customers = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : DEFAULT_WARM_UP_SECONDS;
        Path trace = args.length > 6 ? Files.createDirectories(Path.of(args[6])) : null;
        // generous timeouts: a slow answer must show up as latency in the table, not vanish as an error
        TributaryConfig config = TributaryConfig.of(Map.of("hbase.zookeeper.quorum", args[0], "serving.backend.timeout", "30s"));
        try (Connection hbase = HBaseConnections.open(config)) {
            new ServingBenchmark(hbase, URI.create(args[1]), customers).run(rate, seconds, warmUp, trace);
        }
        System.exit(0);
    }

    private void run(int rate, int seconds, int warmUp, Path trace) throws Exception {
        long t0 = System.nanoTime();
        new SyntheticViews(hbase, NAMESPACE).ensure(customers, FIRST_DAY, DAYS);
        LOG.info("views ready in {} s", (System.nanoTime() - t0) / 1_000_000_000);
        try (Table view = hbase.getTable(new SyntheticViews(hbase, NAMESPACE).table(BatchPointer.tableName(1)));
             OpenLoop load = new OpenLoop(WORKERS, trace);
             KeepAliveHttp metrics = new KeepAliveHttp(api)) {
            phase(load, "warm-up gets (discarded)", rate, warmUp, () -> rawGet(view));
            LatencyRecorder gets = phase(load, "raw HBase get", rate, seconds, () -> rawGet(view));
            phase(load, "warm-up spend (discarded)", rate, warmUp, this::apiRequest);
            int connectsBefore = connects();
            ServerTimings before = ServerTimings.read(metrics, SPEND_ENDPOINT);
            LatencyRecorder spend = phase(load, "spend endpoint", rate, seconds, this::apiRequest);
            ServerTimings after = ServerTimings.read(metrics, SPEND_ENDPOINT);
            int newConnections = connects() - connectsBefore;
            double[] ceiling = closedLoop(CEILING_CLIENTS, 20);

            System.out.println();
            System.out.println("| phase | rate | requests | errors | p50 ms | p99 ms | p99.9 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            row("raw HBase get (one row)", rate, gets);
            row("GET /v1/customers/{id}/spend", rate, spend);
            System.out.printf(Locale.ROOT, "%nspend endpoint, server side (the API's histogram, bucket upper bounds): %d requests, "
                    + "p50 <= %.2f ms, p99 <= %.2f ms, p99.9 <= %.2f ms; new client connections during the phase: %d%n",
                after.countSince(before), after.percentileMsSince(before, 0.50), after.percentileMsSince(before, 0.99),
                after.percentileMsSince(before, 0.999), newConnections);
            System.out.printf(Locale.ROOT, "ceiling (%d closed-loop clients, 20 s): %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
                + "errors %.0f%n", CEILING_CLIENTS, ceiling[0], ceiling[1], ceiling[2], ceiling[3]);
            System.out.printf(Locale.ROOT, "target: spend p99 <= raw get p99 + 5 ms: %.2f <= %.2f -> %s; errors at %d/s: %d%n",
                spend.percentileMs(0.99), gets.percentileMs(0.99) + 5,
                spend.percentileMs(0.99) <= gets.percentileMs(0.99) + 5 ? "met" : "NOT met", rate, spend.errors());
        } finally {
            synchronized (clients) {
                clients.forEach(KeepAliveHttp::close);
            }
        }
    }

    private static LatencyRecorder phase(OpenLoop load, String name, int rate, int seconds, OpenLoop.Request request)
        throws InterruptedException {
        LOG.info("{}: {} requests/s for {} s", name, rate, seconds);
        return load.run(name, rate, seconds, request);
    }

    private static void row(String name, int rate, LatencyRecorder r) {
        System.out.printf(Locale.ROOT, "| %s | %d/s | %d | %d | %.2f | %.2f | %.2f | %.2f |%n", name, rate, r.count(),
            r.errors(), r.percentileMs(0.50), r.percentileMs(0.99), r.percentileMs(0.999), r.percentileMs(1.0));
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
        return http.get().get("/v1/customers/" + customer + "/spend?" + query) == 200;
    }

    private boolean rawGet(Table view) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] row = new ViewRowKey(SyntheticViews.customer(r.nextInt(customers)),
            TimeBucket.ofDate(FIRST_DAY.plusDays(r.nextInt(DAYS))), SyntheticViews.CURRENCIES[r.nextInt(3)]).bytes();
        return !view.get(new Get(row)).isEmpty();
    }

    private KeepAliveHttp newClient() {
        KeepAliveHttp c = new KeepAliveHttp(api);
        synchronized (clients) {
            clients.add(c);
        }
        return c;
    }

    /** TCP connections opened by all clients so far. */
    private int connects() {
        synchronized (clients) {
            return clients.stream().mapToInt(KeepAliveHttp::connects).sum();
        }
    }
}
