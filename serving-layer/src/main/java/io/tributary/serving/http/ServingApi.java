package io.tributary.serving.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.serving.spend.SpendAnswer;
import io.tributary.serving.spend.SpendMerger;
import io.tributary.serving.spend.SpendQuery;
import io.tributary.serving.spend.SpendQueryParser;
import io.tributary.serving.view.BackendUnavailableException;
import io.tributary.serving.view.CustomerProfile;
import io.tributary.serving.view.ViewReader;
import io.tributary.serving.view.Watermarks;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API of CONTRACT §4 over a {@link ViewReader}. Every response is JSON except {@code /metrics} (Prometheus
 * text) and {@code /} (the freshness page). Errors never carry a stack trace: 400 names the parameter, 404 says what
 * is unknown, 503 asks to retry, anything unexpected is a 500 whose details go to the log only.
 */
public final class ServingApi {
    private static final Logger LOG = LoggerFactory.getLogger(ServingApi.class);
    private static final String JSON = "application/json";
    private static final String T0 = "tributary.t0";
    private static final String ANSWERED = "tributary.answered";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int ACCEPT_QUEUE = 1024;

    private final ViewReader views;
    private final SpendQueryParser parser;
    private final SpendMerger merger;
    private final PrometheusMeterRegistry registry;
    private final Map<String, Map<Integer, Timer>> timers = new ConcurrentHashMap<>();

    public ServingApi(ViewReader views, SpendQueryParser parser, PrometheusMeterRegistry registry) {
        this.views = views;
        this.parser = parser;
        this.merger = new SpendMerger(views);
        this.registry = registry;
    }

    /**
     * Starts the API on {@code host:port} (port 0: any free port, see {@link Javalin#port()}). The listen backlog is
     * raised from Java's default of 50: a burst of new client connections beyond it has its SYNs dropped, and each
     * such connection then waits a full second for the retransmit, which is what a p99 would show.
     */
    public Javalin start(String host, int port) {
        return create(host, port).start();
    }

    private Javalin create(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setAcceptQueueSize(ACCEPT_QUEUE);
                return connector;
            });
            config.http.defaultContentType = JSON;
            config.staticFiles.add(static_ -> {
                static_.hostedPath = "/";
                static_.directory = "/serving-web";
                static_.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
        });
        app.before(ctx -> ctx.attribute(T0, System.nanoTime()));
        app.after(this::record);
        app.get("/v1/customers/{id}/spend", this::spend);
        app.get("/v1/customers/{id}", this::customer);
        app.get("/v1/freshness", this::freshness);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        app.get("/health/live", ctx -> json(ctx, ApiJson.status("live")));
        app.get("/health/ready", this::ready);
        app.exception(BadRequestException.class, (e, ctx) ->
            json(ctx.status(HttpStatus.BAD_REQUEST), ApiJson.error(e.error(), e.detail())));
        app.exception(BackendUnavailableException.class, (e, ctx) -> {
            LOG.warn("view store unavailable: {}", e.getMessage());
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            json(ctx.status(HttpStatus.SERVICE_UNAVAILABLE), ApiJson.error("unavailable",
                "the view store does not answer; retry in " + RETRY_AFTER_SECONDS + " s"));
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            json(ctx.status(HttpStatus.INTERNAL_SERVER_ERROR), ApiJson.error("internal", "see the service log"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            // a handler's own 404 (unknown customer) already holds its body; only unmatched paths get this one
            if (ctx.attribute(ANSWERED) == null) {
                json(ctx, ApiJson.error("not_found", "no such resource: " + ctx.path()));
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> json(ctx, ApiJson.error("method_not_allowed", ctx.method() + " "
            + ctx.path())));
        return app;
    }

    private void spend(Context ctx) throws IOException {
        SpendQuery q = parser.parse(ctx.pathParam("id"), ctx.queryParam("from"), ctx.queryParam("to"),
            ctx.queryParam("granularity"));
        SpendAnswer answer = merger.answer(q);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.contentType(JSON);
        // streamed into the framework's response stream: no String, no byte[] of the whole body, no copy loop
        ApiJson.writeSpend(answer, ctx.outputStream());
    }

    private void customer(Context ctx) {
        String id = SpendQueryParser.customerId(ctx.pathParam("id"));
        Optional<CustomerProfile> p = views.customer(id);
        if (p.isEmpty()) {
            json(ctx.status(HttpStatus.NOT_FOUND), ApiJson.error("unknown_customer", "no customer " + id));
            return;
        }
        json(ctx, ApiJson.customer(p.get()));
    }

    private void freshness(Context ctx) {
        Watermarks w = views.watermarks();
        json(ctx, ApiJson.freshness(w, views.lastBatchRun(), views.speedTotals()));
    }

    private void ready(Context ctx) {
        try {
            views.ping();
            json(ctx, ApiJson.status("ready"));
        } catch (RuntimeException e) {
            LOG.warn("not ready: {}", e.getMessage());
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            json(ctx.status(HttpStatus.SERVICE_UNAVAILABLE), ApiJson.status("not ready"));
        }
    }

    private void record(Context ctx) {
        Long t0 = ctx.attribute(T0);
        if (t0 == null) {
            return;
        }
        String endpoint = ctx.endpointHandlerPath();
        timer(endpoint == null || endpoint.isEmpty() ? "unmatched" : endpoint, ctx.statusCode())
            .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * The request timer of an endpoint (a route pattern, so few of them) and status, looked up without building a new
     * meter id on every request.
     */
    private Timer timer(String endpoint, int status) {
        Map<Integer, Timer> byStatus = timers.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>());
        Timer t = byStatus.get(status);
        if (t == null) {
            t = byStatus.computeIfAbsent(status, s -> Timer.builder("tributary_http_requests")
                .description("HTTP requests served, by endpoint and status")
                .tag("endpoint", endpoint)
                .tag("status", Integer.toString(s))
                .publishPercentileHistogram()
                .register(registry));
        }
        return t;
    }

    private static void json(Context ctx, String body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.contentType(JSON).result(body);
    }
}
