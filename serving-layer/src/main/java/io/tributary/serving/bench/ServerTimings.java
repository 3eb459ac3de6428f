package io.tributary.serving.bench;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's own view of its latency: the cumulative buckets of its {@code tributary_http_requests_seconds} histogram
 * for one endpoint (status 200), read from {@code /metrics}. The difference of two readings is the server-side
 * distribution of the requests between them, from the handler's start to its end (so without the connection,
 * the HTTP parsing and Jetty's queue), to set beside the client's.
 */
final class ServerTimings {
    private static final Pattern BUCKET = Pattern.compile(
        "^tributary_http_requests_seconds_bucket\\{(.*)le=\"([^\"]+)\".*\\} ([0-9.eE+]+)$");
    private final TreeMap<Double, Double> cumulative;

    private ServerTimings(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    static ServerTimings read(KeepAliveHttp http, String endpoint) throws IOException {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : http.getBody("/metrics").split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.matches() && m.group(1).contains("endpoint=\"" + endpoint + "\"") && m.group(1).contains("status=\"200\"")) {
                double le = m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                buckets.merge(le, Double.parseDouble(m.group(3)), Double::sum);
            }
        }
        return new ServerTimings(buckets);
    }

    /** The upper bound (ms) of the bucket holding the q-quantile of the requests between {@code before} and this. */
    double percentileMsSince(ServerTimings before, double q) {
        double total = count(before, Double.POSITIVE_INFINITY);
        if (total == 0) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (count(before, e.getKey()) >= q * total) {
                return e.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    long countSince(ServerTimings before) {
        return (long) count(before, Double.POSITIVE_INFINITY);
    }

    private double count(ServerTimings before, double le) {
        return cumulative.getOrDefault(le, 0.0) - before.cumulative.getOrDefault(le, 0.0);
    }
}
