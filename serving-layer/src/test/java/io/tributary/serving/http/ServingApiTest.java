package io.tributary.serving.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.spend.SpendQueryParser;
import io.tributary.serving.view.CustomerProfile;
import io.tributary.serving.view.InMemoryViews;
import io.tributary.serving.view.SpeedTotals;
import io.tributary.serving.view.Watermarks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API over in-memory views, through a real HTTP server on 127.0.0.1. */
class ServingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InMemoryViews VIEWS = new InMemoryViews();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        VIEWS.watermarks(new Watermarks(Instant.parse("2026-11-21T00:00:00Z"), 2, Instant.parse("2026-11-21T02:00:00Z"),
                Instant.parse("2026-11-21T10:00:00Z")))
            .batch(2, "C1", TimeBucket.ofDate(LocalDate.parse("2026-11-20")), "EUR", SpendMeasures.of(3, 2, 12345, 1, 50, 1))
            .speed("C1", TimeBucket.hourOf(Instant.parse("2026-11-21T09:00:00Z")), "EUR", SpendMeasures.of(1, 1, 100, 0, 0, 1))
            .customer(new CustomerProfile("C1", "Ada", "ada@example.org", "DE", "RETAIL", Instant.parse("2026-11-01T00:00:00Z")));
        app = new ServingApi(VIEWS, new SpendQueryParser(366, 31), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
            .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void up() {
        VIEWS.down(false);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void spendMergesBothViewsWithTheContractsFieldsAndAmountFormat() throws Exception {
        HttpResponse<String> r = get("/v1/customers/C1/spend?from=2026-11-20&to=2026-11-21");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode n = JSON.readTree(r.body());
        assertThat(n.get("customer_id").asText()).isEqualTo("C1");
        assertThat(n.get("batch_watermark").asText()).isEqualTo("2026-11-21T00:00:00Z");
        assertThat(n.get("speed_watermark").asText()).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(n.get("pending_late_events").asLong()).isZero();
        JsonNode first = n.get("buckets").get(0);
        assertThat(first.get("start").asText()).isEqualTo("2026-11-20T00:00:00Z");
        assertThat(first.get("end").asText()).isEqualTo("2026-11-21T00:00:00Z");
        assertThat(first.get("approved_amount").asText()).isEqualTo("123.45");
        assertThat(first.get("reversed_amount").asText()).isEqualTo("0.50");
        assertThat(first.get("source").asText()).isEqualTo("batch");
        assertThat(first.get("reconciled").asBoolean()).isTrue();
        JsonNode second = n.get("buckets").get(1);
        assertThat(second.get("source").asText()).isEqualTo("speed");
        assertThat(second.get("approved_amount").asText()).isEqualTo("1.00");
        assertThat(second.get("reconciled").asBoolean()).isFalse();
    }

    @Test
    void hourGranularityAnswersHours() throws Exception {
        JsonNode n = JSON.readTree(get("/v1/customers/C1/spend?from=2026-11-21&to=2026-11-21&granularity=hour").body());
        assertThat(n.get("buckets")).hasSize(1);
        assertThat(n.get("buckets").get(0).get("start").asText()).isEqualTo("2026-11-21T09:00:00Z");
    }

    @Test
    void badParametersGive400WithAJsonErrorAndNoStackTrace() throws Exception {
        HttpResponse<String> r = get("/v1/customers/C1/spend?from=2026-11-20&to=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode n = JSON.readTree(r.body());
        assertThat(n.get("error").asText()).isEqualTo("invalid_date");
        assertThat(n.get("detail").asText()).contains("'to'");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void customerProfileOr404() throws Exception {
        HttpResponse<String> known = get("/v1/customers/C1");
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(known.body()).get("segment").asText()).isEqualTo("RETAIL");
        HttpResponse<String> unknown = get("/v1/customers/C404");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("unknown_customer");
    }

    @Test
    void unknownPathsAre404Json() throws Exception {
        HttpResponse<String> r = get("/v2/nothing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aStoreThatDoesNotAnswerGives503WithRetryAfterAndNotReady() throws Exception {
        VIEWS.down(true);
        HttpResponse<String> r = get("/v1/customers/C1/spend?from=2026-11-20&to=2026-11-21");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("unavailable");
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void freshnessReportsBothWatermarksAndTheLastRun() throws Exception {
        JsonNode n = JSON.readTree(get("/v1/freshness").body());
        assertThat(n.at("/batch/generation").asLong()).isEqualTo(2);
        assertThat(n.at("/batch/watermark").asText()).isEqualTo("2026-11-21T00:00:00Z");
        assertThat(n.at("/batch/last_run/curated").asLong()).isEqualTo(7);
        assertThat(n.at("/speed/watermark").asText()).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(n.at("/speed/late_total").asLong()).isZero();
    }

    @Test
    void freshnessReportsTheSpeedLayersRejectedTotalAndConsumerLag() throws Exception {
        try {
            VIEWS.speedTotals(new SpeedTotals(4, 7, Map.of("MALFORMED_RECORD", 5L, "DUPLICATE_CONFLICT", 2L), 12L,
                Instant.parse("2026-11-21T10:00:05Z")));
            JsonNode speed = JSON.readTree(get("/v1/freshness").body()).get("speed");
            assertThat(speed.get("late_total").isIntegralNumber()).isTrue();
            assertThat(speed.get("late_total").asLong()).isEqualTo(4);
            assertThat(speed.get("rejected_total").isIntegralNumber()).isTrue();
            assertThat(speed.get("rejected_total").asLong()).isEqualTo(7);
            assertThat(speed.at("/rejected_by_reason/MALFORMED_RECORD").asLong()).isEqualTo(5);
            assertThat(speed.at("/rejected_by_reason/DUPLICATE_CONFLICT").asLong()).isEqualTo(2);
            assertThat(speed.get("consumer_lag").isIntegralNumber()).isTrue();
            assertThat(speed.get("consumer_lag").asLong()).isEqualTo(12);
            assertThat(speed.get("consumer_lag_measured_at").asText()).isEqualTo("2026-11-21T10:00:05Z");

            VIEWS.speedTotals(null);
            speed = JSON.readTree(get("/v1/freshness").body()).get("speed");
            for (String field : List.of("late_total", "rejected_total", "rejected_by_reason", "consumer_lag",
                "consumer_lag_measured_at")) {
                assertThat(speed.has(field)).as(field + " is in the answer").isTrue();
                assertThat(speed.get(field).isNull()).as(field + " before the speed layer has reported").isTrue();
            }
        } finally {
            VIEWS.speedTotals(SpeedTotals.ofLate(0));
        }
    }

    @Test
    void metricsCountRequestsByEndpointAndStatus() throws Exception {
        get("/v1/customers/C1/spend?from=2026-11-20&to=2026-11-21");
        HttpResponse<String> m = get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("tributary_http_requests_seconds_count{endpoint=\"/v1/customers/{id}/spend\",status=\"200\"}");
    }

    @Test
    void healthAndThePageAnswer() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tributary");
    }
}
