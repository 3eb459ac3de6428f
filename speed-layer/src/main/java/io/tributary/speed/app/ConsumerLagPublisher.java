package io.tributary.speed.app;

import io.tributary.speed.hbase.LagRow;
import io.tributary.speed.hbase.SpeedTables;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Table;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the stream application's consumer lag ({@link InputLag}) and writes it to the meta table
 * ({@link LagRow}), for the serving layer's freshness answer. Runs in the background on the speed layer's meta
 * refresh cadence, off the stream threads. A failed measurement is logged and skipped: the row keeps the last
 * measurement, whose timestamp says how old it is.
 */
final class ConsumerLagPublisher implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagPublisher.class);

    private final Admin admin;
    private final InputLag lag;
    private final Connection hbase;
    private final SpeedTables tables;

    ConsumerLagPublisher(String bootstrap, String topic, String group, Connection hbase, SpeedTables tables,
                         Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.admin = Admin.create(p);
        this.lag = new InputLag(admin, topic, group, timeout);
        this.hbase = hbase;
        this.tables = tables;
    }

    @Override
    public void run() {
        try {
            Map<Integer, Long> behind = lag.measure();
            long at = System.currentTimeMillis();
            try (Table meta = hbase.getTable(tables.meta())) {
                meta.put(LagRow.of(behind, at));
            }
            LOG.debug("consumer lag {}", behind);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            LOG.warn("cannot measure or write the consumer lag (the last measurement stays): {}", e.toString());
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
