package io.tributary.speed.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Valid events with fresh event times for the benchmark: 1000 customers, EUR/USD, unique ids. */
final class SyntheticEvents {
    private static final String[] STATUS = {"APPROVED", "APPROVED", "APPROVED", "DECLINED", "REVERSED"};
    private final String runTag;

    SyntheticEvents(String runTag) {
        this.runTag = runTag;
    }

    static String customer(long n) {
        return String.format("C%07d", n % 1000);
    }

    byte[] event(long n, Instant eventTime) {
        String json = "{\"event_id\":\"b-" + runTag + "-" + n + "\",\"customer_id\":\"" + customer(n)
            + "\",\"merchant_id\":\"M" + (n % 97) + "\",\"amount\":\"" + (n % 5000) + "." + (n % 100 < 10 ? "0" : "")
            + (n % 100) + "\",\"currency\":\"" + (n % 7 == 0 ? "USD" : "EUR") + "\",\"event_time\":\"" + eventTime
            + "\",\"channel\":\"POS\",\"status\":\"" + STATUS[(int) (n % STATUS.length)]
            + "\",\"country\":\"DE\",\"schema_version\":1}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
