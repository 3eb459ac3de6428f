package io.tributary.platform.server;

import io.tributary.core.config.ConfigException;
import io.tributary.core.config.TributaryConfig;
import io.tributary.platform.PlatformSettings;
import io.tributary.platform.PlatformState;
import io.tributary.platform.PortChecker;
import io.tributary.platform.PortUse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.util.ShutdownHookManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background platform process: HDFS, Hive Metastore, HBase and Kafka in one JVM. Arguments are
 * key=value configuration (the CLI passes the local.* keys). Exits 1 when a service fails to start,
 * after stopping what did; on SIGTERM stops everything in reverse order and exits.
 */
public final class LocalPlatformServer {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatformServer.class);
    /** Runs before Hadoop closes its cached file systems (priority 10), so services stop on a live HDFS client. */
    private static final int SHUTDOWN_PRIORITY = 100;
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 120;

    /** Held for the life of the JVM; a lock that is garbage collected is released. */
    private static FileLock dataDirLock;

    private LocalPlatformServer() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(parse(args));
        } catch (ConfigException e) {
            LOG.error("Bad configuration: {}", e.getMessage());
            code = 2;
        } catch (Throwable t) {
            LOG.error("Local platform failed", t);
            code = 1;
        }
        if (code != 0) {
            // Exit explicitly: services that failed half-way leave non-daemon threads behind.
            System.exit(code);
        }
        // Serve until SIGTERM; the shutdown hook stops the services.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static TributaryConfig parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("expected key=value, got '" + arg + "'");
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return TributaryConfig.of(values);
    }

    /** Starts everything; returns 0 once all services are ready (the JVM then lives on), else 1. */
    private static int run(TributaryConfig config) throws IOException, InterruptedException {
        PlatformSettings settings = PlatformSettings.from(config);
        Files.createDirectories(settings.logDir());
        dataDirLock = lock(settings);
        if (dataDirLock == null) {
            LOG.error("Another local platform process holds {}", settings.lockFile());
            return 1;
        }
        long pid = ProcessHandle.current().pid();
        PlatformState state = PlatformState.starting(pid, settings);
        Optional<PortUse> busy = PortChecker.firstBusy(settings.host(), settings.ports());
        if (busy.isPresent()) {
            String message = PortChecker.busyMessage(settings.host(), busy.get());
            LOG.error(message);
            state.failed(message).write(settings.stateFile());
            return 1;
        }
        state.write(settings.stateFile());
        LOG.info("Local platform starting (pid {}) with data in {}", pid, settings.dataDir());

        StartupSequence sequence = new StartupSequence(List.of(new HdfsService(settings), new MetastoreService(settings),
            new HBaseService(settings), new KafkaService(settings)), state, settings.stateFile());
        ShutdownHookManager.get().addShutdownHook(sequence::stopAll, SHUTDOWN_PRIORITY, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS);

        if (!sequence.startAll(settings.startTimeout())) {
            return 1;
        }
        LOG.info("Local platform running (pid {})", pid);
        return 0;
    }

    /** Holds the data folder for the life of this JVM, so two platforms never share one. */
    private static FileLock lock(PlatformSettings settings) throws IOException {
        FileChannel channel = FileChannel.open(settings.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
        }
        return lock;
    }
}
