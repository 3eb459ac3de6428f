package io.tributary.platform.server;

import io.tributary.platform.PlatformSettings;
import io.tributary.platform.PortChecker;
import io.tributary.platform.ServiceKind;
import io.tributary.platform.probe.MetastoreProbe;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.HiveMetaStore;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.hadoop.hive.metastore.security.HadoopThriftAuthBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hive Metastore Thrift server on an embedded Derby database under the data folder, its
 * warehouse on the platform's HDFS. DataNucleus creates the schema on first use (no Derby scripts
 * ship in a jar), which also works on an existing database, so restarts keep every table.
 */
final class MetastoreService implements ManagedService {
    private static final Logger LOG = LoggerFactory.getLogger(MetastoreService.class);

    private final PlatformSettings settings;
    private final AtomicReference<Throwable> serverFailure = new AtomicReference<>();
    private Thread serverThread;

    MetastoreService(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.METASTORE;
    }

    @Override
    public void startAndAwaitReady() throws Exception {
        java.nio.file.Path dir = settings.metastoreDir();
        Files.createDirectories(dir);
        Files.createDirectories(settings.logDir());
        // Derby writes derby.log into the working folder unless told otherwise.
        System.setProperty("derby.system.home", dir.toString());
        System.setProperty("derby.stream.error.file", settings.logDir().resolve("derby.log").toString());

        Configuration conf = configuration(dir);
        serverThread = new Thread(() -> {
            try {
                // Blocks while the Thrift server serves.
                HiveMetaStore.startMetaStore(settings.metastorePort(), HadoopThriftAuthBridge.getBridge(), conf);
            } catch (Throwable t) {
                serverFailure.set(t);
                LOG.error("Hive Metastore stopped", t);
            }
        }, "hive-metastore");
        serverThread.setDaemon(true);
        serverThread.start();

        String uri = ServiceKind.METASTORE.address(settings);
        while (true) {
            Throwable failure = serverFailure.get();
            if (failure != null) {
                throw new IllegalStateException("Hive Metastore failed to start: " + failure, failure);
            }
            if (!PortChecker.isListening(settings.host(), settings.metastorePort(), 200)) {
                // Not listening yet (the schema is still being created): no client, no log noise.
                Thread.sleep(300);
                continue;
            }
            try {
                new MetastoreProbe(uri, Duration.ofSeconds(5)).check();
                LOG.info("Hive Metastore ready at {}", uri);
                return;
            } catch (Exception notYet) {
                LOG.debug("Hive Metastore not ready yet: {}", notYet.toString());
                Thread.sleep(300);
            }
        }
    }

    private Configuration configuration(java.nio.file.Path dir) {
        Configuration conf = MetastoreConf.newMetastoreConf();
        String fs = ServiceKind.HDFS.address(settings);
        conf.set("fs.defaultFS", fs);
        MetastoreConf.setVar(conf, ConfVars.CONNECT_URL_KEY,
            "jdbc:derby:;databaseName=" + dir.resolve("metastore_db") + ";create=true");
        MetastoreConf.setBoolVar(conf, ConfVars.AUTO_CREATE_ALL, true);
        MetastoreConf.setBoolVar(conf, ConfVars.SCHEMA_VERIFICATION, false);
        MetastoreConf.setVar(conf, ConfVars.WAREHOUSE, fs + "/user/hive/warehouse");
        MetastoreConf.setVar(conf, ConfVars.WAREHOUSE_EXTERNAL, fs + "/user/hive/external");
        MetastoreConf.setVar(conf, ConfVars.THRIFT_BIND_HOST, settings.host());
        // HiveServer2 and other tools read notifications without a Kerberos identity on this machine.
        MetastoreConf.setBoolVar(conf, ConfVars.EVENT_DB_NOTIFICATION_API_AUTH, false);
        MetastoreConf.setLongVar(conf, ConfVars.SERVER_MIN_THREADS, 4);
        MetastoreConf.setLongVar(conf, ConfVars.SERVER_MAX_THREADS, 64);
        return conf;
    }

    @Override
    public void stop() {
        // The Thrift server has no stop call; its threads end with the JVM. Shutting Derby down
        // checkpoints the database so the next start does not need to recover it.
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState XJ015.
            if (!"XJ015".equals(expected.getSQLState())) {
                LOG.warn("Derby shutdown: {}", expected.toString());
            }
        }
    }
}
