package io.tributary.serving.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.http.ServingApi;
import io.tributary.serving.spend.SpendQueryParser;
import io.tributary.serving.view.InMemoryViews;
import io.tributary.serving.view.Watermarks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The freshness page in a real headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs it):
 * the page fetches the API, draws one column per bucket coloured by source, marks pending late events and the
 * watermarks. We read the DOM after the page's script ran, and keep a screenshot for people.
 */
class FreshnessPageIT {
    private static final Path OUT = Paths.get("target", "freshness-page");
    private static Javalin app;
    private static String page;

    @BeforeAll
    static void start() throws IOException {
        InMemoryViews views = new InMemoryViews()
            .watermarks(new Watermarks(Instant.parse("2026-11-22T00:00:00Z"), 4, Instant.parse("2026-11-22T01:00:00Z"),
                Instant.parse("2026-11-22T05:50:00Z")));
        for (int d = 20; d <= 21; d++) {
            views.batch(4, "C7", TimeBucket.ofDate(LocalDate.parse("2026-11-" + d)), "EUR", SpendMeasures.of(4, 3, 9000, 1, 0, 2));
            views.seen("C7", TimeBucket.hourOf(Instant.parse("2026-11-" + d + "T10:00:00Z")), "EUR", 2, 2);
        }
        // one late Kafka event for the 21st that the published generation does not hold yet
        views.seen("C7", TimeBucket.hourOf(Instant.parse("2026-11-21T23:00:00Z")), "EUR", 1, 0);
        views.speed("C7", TimeBucket.hourOf(Instant.parse("2026-11-22T03:00:00Z")), "EUR", SpendMeasures.of(2, 2, 500, 0, 0, 2));
        views.seen("C7", TimeBucket.hourOf(Instant.parse("2026-11-22T03:00:00Z")), "EUR", 2, 2);
        app = new ServingApi(views, new SpendQueryParser(366, 31), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
            .start("127.0.0.1", 0);
        page = "http://127.0.0.1:" + app.port() + "/?customer=C7&from=2026-11-20&to=2026-11-22&granularity=day";
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void bucketsAreDrawnBySourceWithPendingLateEventsAndWatermarks() throws Exception {
        String dom = chromium("--dump-dom", page);
        Files.writeString(OUT.resolve("dom.html"), dom);

        List<String> columns = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"bucket ([a-z -]+)\"[^>]*data-start=\"([^\"]+)\"").matcher(dom);
        while (m.find()) {
            columns.add(m.group(2).substring(0, 10) + " " + m.group(1).trim());
        }
        assertThat(columns).containsExactly(
            "2026-11-20 batch",
            "2026-11-21 batch has-pending",
            "2026-11-22 speed");
        assertThat(dom).contains("id=\"mark-Wb\"").contains("data-at=\"2026-11-22T00:00:00Z\"");
        assertThat(dom).contains("id=\"mark-Ws\"");
        assertThat(dom).contains("pending late events: 1");
        assertThat(dom).contains("data-loaded=\"true\"");
    }

    @Test
    void aScreenshotIsTaken() throws Exception {
        Path png = OUT.resolve("freshness-page.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1100,700", page);
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(5_000);
    }

    private static String chromium(String... args) throws Exception {
        Path binary = Paths.get(System.getenv().getOrDefault("TRIBUTARY_CHROMIUM", "/usr/bin/chromium"));
        assertThat(binary).as("headless Chromium for the page test (Debian package 'chromium'; .ci/run installs it)")
            .isExecutable();
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(OUT.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code (see target/freshness-page/chromium.log)").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
