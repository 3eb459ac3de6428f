package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lambda story's last chapter, on the local platform, through the launcher as an operator runs it: events
 * arrive late (after their speed window closed and after their date was published in a batch generation), and a
 * customer arrives after their transactions. Before {@code tributary nightly} the API says so (pending late events,
 * unreconciled buckets, curated rows of an unknown customer); after it, every answer is final and right; a second
 * run changes nothing.
 */
class NightlyReconciliationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOST = "127.0.0.1";
    private static final String LATE_DAY = "2026-11-21";
    private static final String NIGHT = "2026-11-22";
    private static final String LATE_CUSTOMER = "C0999001";

    private static Path dir;
    private static Path conf;
    private static int servingPort;
    private static final List<Process> services = new ArrayList<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startThePlatform() throws Exception {
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nightly-it-");
        int[] p = LocalPlatformIT.freePorts(9);
        servingPort = p[7];
        List<String> lines = new ArrayList<>(List.of("local.data.dir=" + dir.resolve("platform"),
            "local.start.timeout=180s", "local.hdfs.port=" + p[0], "local.metastore.port=" + p[1],
            "local.zookeeper.port=" + p[2], "local.hbase.master.port=" + p[3], "local.hbase.regionserver.port=" + p[4],
            "local.kafka.port=" + p[5], "local.kafka.controller.port=" + p[6], "serving.port=" + servingPort,
            "speed.metrics.port=" + p[8], "nightly.landing.dir=" + dir.resolve("landing"),
            "views.generation.grace=0s"));
        conf = dir.resolve("tributary.properties");
        Files.write(conf, lines);
        ok(Duration.ofMinutes(4), "local", "start");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Process p : services) {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (conf != null) {
            LauncherIT.tributary(Duration.ofMinutes(2), "local", "stop", "--conf", conf.toString());
        }
    }

    @Test
    void theNightlyRunReconcilesLateEventsAndALateCustomer() throws Exception {
        // the day files and the Kafka share, generated; a batch generation over every day; speed layer and API up
        Path in = dir.resolve("generated");
        LauncherIT.Result generated = LauncherIT.tributary(Duration.ofMinutes(2), "generate", "--out", in.toString(),
            "--events", "4000", "--days", "3", "--start-date", "2026-11-20", "--seed", "7");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        // two transactions of a customer the dimension does not know yet, landed with the day files
        Path extra = in.resolve("transactions/ingest_date=" + LATE_DAY + "/late-customer.jsonl");
        Files.write(extra, List.of(event("e2e-lc-1", LATE_CUSTOMER, "12.50", "T08:00:00Z"),
            event("e2e-lc-2", LATE_CUSTOMER, "7.25", "T09:30:00Z")));
        services.add(background("speed", "speed"));
        ok(Duration.ofMinutes(2), "produce", "--from", in.toString());
        for (String day : List.of("2026-11-20", "2026-11-21", "2026-11-22")) {
            for (String kind : List.of("transactions", "customers")) {
                Path folder = in.resolve(kind).resolve("ingest_date=" + day);
                if (Files.isDirectory(folder)) {
                    ok(Duration.ofMinutes(2), "ingest", "--from", folder.toString(),
                        "--ingest-time", java.time.LocalDate.parse(day).plusDays(1) + "T01:00:00Z");
                }
            }
        }
        ok(Duration.ofMinutes(3), "batch", "customers", "--input", in.resolve("customers").toString());
        ok(Duration.ofMinutes(5), "batch", "curate", "--skip-views", "--from", "2026-11-13", "--to", "2026-11-23");
        ok(Duration.ofMinutes(3), "batch", "publish-views", "--through", NIGHT);
        services.add(background("serve", "serve"));
        waitFor(() -> get("/health/ready").statusCode() == 200, Duration.ofMinutes(2), "the API to be ready");
        assertThat(curatedSegments(LATE_CUSTOMER)).as("curated before the customer arrived").containsOnly("UNKNOWN");

        // late events for a day the batch generation already answers, for a customer with batch rows that day
        // (one without Kafka events: its batch answer changes by exactly the late events)
        JsonNode row = dailySpendRowOfACustomerNotIn(Files.readString(in.resolve("kafka/transactions.jsonl")));
        String customer = row.path("customer_id").asText();
        String currency = row.path("currency").asText();
        JsonNode before = dayBucket(spend(customer), currency);
        Path lateDir = dir.resolve("late");
        Files.createDirectories(lateDir);
        Files.write(lateDir.resolve("late.jsonl"), List.of(
            event("e2e-late-1", customer, currency, "10.00", "T11:00:00Z", "APPROVED"),
            event("e2e-late-2", customer, currency, "2.30", "T11:20:00Z", "APPROVED"),
            event("e2e-late-3", customer, currency, "5.00", "T12:10:00Z", "DECLINED")));
        ok(Duration.ofMinutes(2), "produce", "--from", lateDir.toString());
        waitFor(() -> spend(customer).path("pending_late_events").asLong() == 3, Duration.ofMinutes(2),
            "the speed layer to count the three late events");
        JsonNode pendingAnswer = spend(customer);
        assertThat(dayBucket(pendingAnswer, currency).path("reconciled").asBoolean()).isFalse();
        assertThat(dayBucket(pendingAnswer, currency).path("txn_count").asLong())
            .as("a late event is not in the batch view yet").isEqualTo(before.path("txn_count").asLong());

        // the customer arrives, dropped in the landing area for the night
        Path landing = dir.resolve("landing/customers/ingest_date=" + NIGHT);
        Files.createDirectories(landing);
        Files.write(landing.resolve("late-customer.csv"), List.of("op,customer_id,name,email,country,segment,updated_at",
            "U," + LATE_CUSTOMER + ",Late Arrival,late@example.com,DE,CORPORATE,2026-11-22T06:00:00Z"));

        // a gate that cannot pass: the night stops before publishing, exit 1 with the reason; nothing changes for readers
        long generationBefore = freshness().path("batch").path("generation").asLong();
        LauncherIT.Result refused = run(Duration.ofMinutes(10), "nightly", "--date", NIGHT, "--set", "gate.max.error.rate=0");
        assertThat(refused.exitCode()).as("%s%s", refused.out(), refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("data-quality gate failed", "error rate");
        assertThat(refused.out()).doesNotContain("step publish done");
        assertThat(freshness().path("batch").path("generation").asLong()).isEqualTo(generationBefore);
        assertThat(spend(customer).path("pending_late_events").asLong()).isEqualTo(3);

        // the night again, with the normal gate: the recompute is done already; the built generation passes
        LauncherIT.Result night = ok(Duration.ofMinutes(10), "nightly", "--date", NIGHT);
        assertThat(night.out()).contains("gate", "publish", "all 9 steps done");

        JsonNode after = spend(customer);
        JsonNode bucket = dayBucket(after, currency);
        assertThat(after.path("pending_late_events").asLong()).isZero();
        assertThat(bucket.path("reconciled").asBoolean()).isTrue();
        assertThat(bucket.path("source").asText()).isEqualTo("batch");
        assertThat(bucket.path("txn_count").asLong()).isEqualTo(before.path("txn_count").asLong() + 3);
        assertThat(bucket.path("approved_count").asLong()).isEqualTo(before.path("approved_count").asLong() + 2);
        assertThat(bucket.path("declined_count").asLong()).isEqualTo(before.path("declined_count").asLong() + 1);
        assertThat(new BigDecimal(bucket.path("approved_amount").asText()))
            .isEqualByComparingTo(new BigDecimal(before.path("approved_amount").asText()).add(new BigDecimal("12.30")));
        assertThat(curatedSegments(LATE_CUSTOMER)).as("curated after the nightly recompute").containsOnly("CORPORATE");

        // a second run of the same night finds nothing to do and publishes nothing
        long generation = freshness().path("batch").path("generation").asLong();
        LauncherIT.Result again = ok(Duration.ofMinutes(6), "nightly", "--date", NIGHT);
        assertThat(again.out()).contains("nothing to recompute");
        assertThat(freshness().path("batch").path("generation").asLong()).isEqualTo(generation);
        assertThat(spend(customer)).isEqualTo(after);

        // a backfill of the late day recomputes it with the same gate and publish: a new generation, the same answers
        LauncherIT.Result backfill = ok(Duration.ofMinutes(6), "backfill", "--from", LATE_DAY, "--to", LATE_DAY);
        assertThat(backfill.out()).contains("all 5 steps done", "recomputed 1 event date(s)");
        assertThat(freshness().path("batch").path("generation").asLong()).isEqualTo(generation + 1);
        waitFor(() -> spend(customer).path("generation").asLong() == generation + 1, Duration.ofSeconds(10),
            "the API to read the new pointer");
        JsonNode backfilled = spend(customer);
        assertThat(dayBucket(backfilled, currency)).isEqualTo(bucket);
        assertThat(backfilled.path("batch_watermark").asText()).as("a backfill never moves Wb")
            .isEqualTo(after.path("batch_watermark").asText());
    }

    // ---- helpers ----

    private static String event(String id, String customer, String amount, String time) {
        return event(id, customer, "EUR", amount, time, "APPROVED");
    }

    private static String event(String id, String customer, String currency, String amount, String time, String status) {
        return "{\"event_id\":\"" + id + "\",\"customer_id\":\"" + customer + "\",\"merchant_id\":\"M00001\",\"amount\":\""
            + amount + "\",\"currency\":\"" + currency + "\",\"event_time\":\"" + LATE_DAY + time
            + "\",\"channel\":\"POS\",\"status\":\"" + status + "\",\"country\":\"DE\",\"schema_version\":1}";
    }

    private static JsonNode dailySpendRowOfACustomerNotIn(String kafkaEvents) throws Exception {
        LauncherIT.Result r = ok(Duration.ofMinutes(2), "show", "views.customer_daily_spend", "--partition",
            "event_date=" + LATE_DAY, "--limit", "0", "--format", "json");
        for (String line : r.out().lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode row = JSON.readTree(line);
            if (!kafkaEvents.contains(row.path("customer_id").asText())) {
                return row;
            }
        }
        throw new AssertionError("every customer of " + LATE_DAY + " has Kafka events");
    }

    private static List<String> curatedSegments(String customer) throws Exception {
        LauncherIT.Result r = ok(Duration.ofMinutes(2), "show", "curated.transactions", "--partition",
            "event_date=" + LATE_DAY, "--limit", "0", "--format", "json");
        List<String> segments = new ArrayList<>();
        for (String line : r.out().lines().filter(l -> l.contains("\"" + customer + "\"")).toList()) {
            segments.add(JSON.readTree(line).path("customer_segment").asText());
        }
        assertThat(segments).as("curated rows of %s", customer).hasSize(2);
        return segments;
    }

    private static JsonNode spend(String customer) throws Exception {
        HttpResponse<String> r = get("/v1/customers/" + customer + "/spend?from=" + LATE_DAY + "&to=" + LATE_DAY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode freshness() throws Exception {
        return JSON.readTree(get("/v1/freshness").body());
    }

    private static JsonNode dayBucket(JsonNode answer, String currency) {
        for (JsonNode b : answer.path("buckets")) {
            if (b.path("currency").asText().equals(currency)) {
                return b;
            }
        }
        throw new AssertionError("no " + currency + " bucket in " + answer);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + servingPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, Duration timeout, String what) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (NullPointerException | AssertionError e) {
                // not up yet, or not yet the answer
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static LauncherIT.Result ok(Duration timeout, String... args) throws Exception {
        LauncherIT.Result r = run(timeout, args);
        assertThat(r.exitCode()).as("tributary %s\n%s\n%s", String.join(" ", args), r.out(), r.err()).isZero();
        return r;
    }

    private static LauncherIT.Result run(Duration timeout, String... args) throws Exception {
        List<String> withConf = new ArrayList<>(List.of(args));
        withConf.add("--conf");
        withConf.add(conf.toString());
        return LauncherIT.tributary(timeout, withConf.toArray(String[]::new));
    }

    private static Process background(String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of("..").toAbsolutePath().normalize().resolve("tributary").toString());
        cmd.addAll(List.of(args));
        cmd.add("--conf");
        cmd.add(conf.toString());
        return new ProcessBuilder(cmd).directory(Path.of("..").toAbsolutePath().normalize().toFile())
            .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }
}
