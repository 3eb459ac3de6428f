package io.tributary.batch.testing;

import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.HiveMetaStore;
import org.apache.hadoop.hive.metastore.HiveMetaStoreClient;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.hadoop.hive.metastore.security.HadoopThriftAuthBridge;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Hive Metastore Thrift server for integration tests: in the test JVM, on a free port of 127.0.0.1,
 * with an embedded Derby database and the warehouse in a temporary folder on the local file system.
 *
 * <p>One instance per JVM, started by the first call to {@link #shared()} (about 5 s) and stopped when the
 * JVM exits: the metastore keeps static state, so a second server in the same JVM is not possible anyway.
 * Test classes of one JVM therefore share its databases and tables: a test class that needs them empty
 * calls {@link #dropDatabases(String...)} in its {@code @BeforeAll}, and drops what it created in its
 * {@code @AfterAll} so that the next class starts clean ({@code MetastoreCatalog.ensureTables()} re-creates
 * the tables).
 *
 * <pre>{@code
 * TributaryConfig config = EmbeddedMetastore.shared().config();      // metastore + a lake on file:///
 * try (MetastoreCatalog catalog = MetastoreCatalog.connect(config)) { catalog.ensureTables(); ... }
 * CommandRunner.run(new ShowCommand(), with(EmbeddedMetastore.shared().cliArgs(), "curated.transactions"));
 * }</pre>
 */
public final class EmbeddedMetastore {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMetastore.class);
    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MS = 120_000;
    private static final int START_ATTEMPTS = 3;

    private static EmbeddedMetastore shared;

    private final Path home;
    private final int port;

    private EmbeddedMetastore(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** The JVM's metastore, started on first use. */
    public static synchronized EmbeddedMetastore shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** {@code thrift://127.0.0.1:<port>}. */
    public String uri() {
        return "thrift://" + HOST + ":" + port;
    }

    /** The shared lake's root folder (a temporary folder, removed at JVM exit). */
    public Path storageRoot() {
        return home.resolve("lake");
    }

    /** Settings for this metastore and the shared lake: {@code fs.uri=file:///}, {@code storage.root}, {@code metastore.uris}. */
    public TributaryConfig config() {
        return config(storageRoot());
    }

    /** Settings for this metastore and a lake of the test's own below {@code storageRoot} (an absolute local folder). */
    public TributaryConfig config(Path storageRoot) {
        return TributaryConfig.of(Map.of(
            "fs.uri", "file:///",
            "storage.root", storageRoot.toAbsolutePath().toString(),
            "metastore.uris", uri()));
    }

    /** The same settings as command-line options, to put before a command's own arguments. */
    public List<String> cliArgs() {
        return List.of("--set", "fs.uri=file:///",
            "--set", "storage.root=" + storageRoot().toAbsolutePath(),
            "--set", "metastore.uris=" + uri());
    }

    /** Drops these databases with all their tables and partitions (files stay: Tributary's tables are external). */
    public void dropDatabases(String... databases) {
        HiveMetaStoreClient client = client(uri(), 60_000);
        try {
            for (String db : databases) {
                if (client.getAllDatabases().contains(db)) {
                    client.dropDatabase(db, false, true, true);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not drop databases " + List.of(databases) + ": " + e, e);
        } finally {
            client.close();
        }
    }

    private static EmbeddedMetastore start() {
        try {
            Path home = Files.createTempDirectory("tributary-metastore-");
            Files.createDirectories(home.resolve("lake"));
            // Derby writes derby.log into the working folder unless told otherwise.
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(home), "embedded-metastore-stop"));
            quietServerLogs();
            IllegalStateException last = null;
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                int port = freePort();
                try {
                    serve(home, port);
                    LOG.info("Embedded Hive Metastore ready at thrift://{}:{} (data in {})", HOST, port, home);
                    return new EmbeddedMetastore(home, port);
                } catch (IllegalStateException e) {
                    // Most likely another process took the free port between probing and binding.
                    LOG.warn("Embedded Hive Metastore did not start on port {} (attempt {}): {}", port, attempt, e.getMessage());
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the embedded Hive Metastore: " + e, e);
        }
    }

    /**
     * The metastore server, DataNucleus and the connection pool warn about their own start-up on a fresh
     * Derby database (missing tables before the schema exists, metadata details): noise in a test's output.
     * Only their errors are kept; the tests' own logging is left as configured.
     */
    private static void quietServerLogs() {
        for (String logger : List.of("org.apache.hadoop.hive.metastore", "DataNucleus", "org.datanucleus",
            "com.zaxxer.hikari")) {
            Configurator.setLevel(logger, Level.ERROR);
        }
    }

    private static void serve(Path home, int port) {
        Configuration conf = configuration(home);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread server = new Thread(() -> {
            try {
                // Blocks while it serves.
                HiveMetaStore.startMetaStore(port, HadoopThriftAuthBridge.getBridge(), conf);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "embedded-hive-metastore");
        server.setDaemon(true);
        server.start();

        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        String uri = "thrift://" + HOST + ":" + port;
        while (System.currentTimeMillis() < deadline) {
            if (failure.get() != null) {
                throw new IllegalStateException("metastore failed: " + failure.get(), failure.get());
            }
            if (listening(port)) {
                try {
                    HiveMetaStoreClient client = client(uri, 5_000);
                    client.getAllDatabases();
                    client.close();
                    return;
                } catch (Exception notYet) {
                    LOG.debug("metastore not ready yet: {}", notYet.toString());
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("metastore did not answer within " + START_TIMEOUT_MS / 1000 + " s");
    }

    private static Configuration configuration(Path home) {
        Configuration conf = MetastoreConf.newMetastoreConf();
        conf.set("fs.defaultFS", "file:///");
        MetastoreConf.setVar(conf, ConfVars.CONNECT_URL_KEY,
            "jdbc:derby:;databaseName=" + home.resolve("metastore_db") + ";create=true");
        // No jar ships the Derby schema scripts: DataNucleus creates the schema on first use.
        MetastoreConf.setBoolVar(conf, ConfVars.AUTO_CREATE_ALL, true);
        MetastoreConf.setBoolVar(conf, ConfVars.SCHEMA_VERIFICATION, false);
        // Direct SQL tests itself against tables that do not exist yet, and logs a stack trace when it fails;
        // the ORM path is all a test needs.
        MetastoreConf.setBoolVar(conf, ConfVars.TRY_DIRECT_SQL, false);
        MetastoreConf.setVar(conf, ConfVars.WAREHOUSE, home.resolve("warehouse").toUri().toString());
        MetastoreConf.setVar(conf, ConfVars.WAREHOUSE_EXTERNAL, home.resolve("external").toUri().toString());
        MetastoreConf.setVar(conf, ConfVars.THRIFT_BIND_HOST, HOST);
        MetastoreConf.setBoolVar(conf, ConfVars.EVENT_DB_NOTIFICATION_API_AUTH, false);
        MetastoreConf.setLongVar(conf, ConfVars.SERVER_MIN_THREADS, 2);
        MetastoreConf.setLongVar(conf, ConfVars.SERVER_MAX_THREADS, 32);
        return conf;
    }

    private static HiveMetaStoreClient client(String uri, long timeoutMs) {
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(conf, ConfVars.THRIFT_URIS, uri);
        MetastoreConf.setLongVar(conf, ConfVars.THRIFT_CONNECTION_RETRIES, 1);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_CONNECT_RETRY_DELAY, 0, TimeUnit.SECONDS);
        MetastoreConf.setTimeVar(conf, ConfVars.CLIENT_SOCKET_TIMEOUT, timeoutMs, TimeUnit.MILLISECONDS);
        try {
            return new HiveMetaStoreClient(conf);
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + uri + ": " + e, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return probe.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the metastore started", e);
        }
    }

    /** At JVM exit: checkpoint and close Derby, then remove the temporary folder. */
    private static void stop(Path home) {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQLState XJ015).
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
