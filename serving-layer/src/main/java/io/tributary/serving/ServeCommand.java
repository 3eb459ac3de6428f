package io.tributary.serving;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import io.tributary.serving.hbase.HBaseConnections;
import io.tributary.serving.hbase.HBaseViewReader;
import io.tributary.serving.http.ServingApi;
import io.tributary.serving.spend.SpendQueryParser;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary serve [--port P]}: the HTTP API until SIGTERM (or Ctrl-C), then a graceful stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the serving API that merges the batch and speed views at the batch watermark.",
        "Open http://<serving.bind.host>:<port>/ for the freshness page."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--port", paramLabel = "P", description = "HTTP port (default: serving.port).")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TributaryConfig config = configOptions.config();
        int p = port != null ? port : config.get(ConfigKeys.SERVING_PORT);
        String host = config.get(ConfigKeys.SERVING_BIND_HOST);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Connection hbase = HBaseConnections.open(config); AsyncConnection async = HBaseConnections.openAsync(config);
             HBaseViewReader views = new HBaseViewReader(hbase, async, config.get(ConfigKeys.HBASE_NAMESPACE),
                 config.get(ConfigKeys.SERVING_WATERMARK_CACHE)).refreshWatermarksAhead()) {
            ServingApi api = new ServingApi(views,
                new SpendQueryParser(config.get(ConfigKeys.SERVING_MAX_DAYS), config.get(ConfigKeys.SERVING_MAX_HOUR_DAYS)),
                registry);
            Javalin app = api.start(host, p);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                LOG.info("stopping the serving API");
                app.stop();
                stopped.countDown();
            }, "serving-shutdown"));
            PrintWriter out = spec.commandLine().getOut();
            out.println("serving on http://" + host + ":" + app.port() + "/ (metrics: /metrics; stop with Ctrl-C)");
            out.flush();
            stopped.await();
        }
        return ExitCode.OK;
    }
}
