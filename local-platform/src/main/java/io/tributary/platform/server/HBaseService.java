package io.tributary.platform.server;

import io.tributary.platform.PlatformSettings;
import io.tributary.platform.ServiceKind;
import io.tributary.platform.probe.HBaseProbe;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.LocalHBaseCluster;
import org.apache.hadoop.hbase.master.HMaster;
import org.apache.hadoop.hbase.regionserver.HRegionServer;
import org.apache.hadoop.hbase.zookeeper.MiniZooKeeperCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HBase standalone: one master and one region server in this JVM with a ZooKeeper on the configured
 * port. The root folder is on the local file system, not on the platform's HDFS: HBase then does not
 * depend on the NameNode in the same JVM (HBase takes over Hadoop's file system shutdown hook and
 * closes shared file system instances, which breaks an HDFS that lives beside it), and a clean stop
 * flushes every region to HFiles, so data survives restarts. ZooKeeper holds only transient state
 * in HBase 2, so it starts empty each time.
 */
final class HBaseService implements ManagedService {
    private static final Logger LOG = LoggerFactory.getLogger(HBaseService.class);

    private final PlatformSettings settings;
    private MiniZooKeeperCluster zookeeper;
    private LocalHBaseCluster cluster;

    HBaseService(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.HBASE;
    }

    @Override
    public void startAndAwaitReady() throws Exception {
        Files.createDirectories(settings.hbaseDir());
        Files.createDirectories(settings.zookeeperDir());
        Configuration conf = configuration();

        zookeeper = new MiniZooKeeperCluster(conf);
        // addClientPort, not setDefaultClientPort: the latter moves on to another port when this one is taken.
        zookeeper.addClientPort(settings.zookeeperPort());
        int zkPort = zookeeper.startup(settings.zookeeperDir().toFile(), 1);
        if (zkPort != settings.zookeeperPort()) {
            throw new IllegalStateException("ZooKeeper could not bind port " + settings.zookeeperPort());
        }
        LOG.info("ZooKeeper for HBase listening on {}:{}", settings.host(), zkPort);

        cluster = new LocalHBaseCluster(conf, 1, 0, 1, HMaster.class, HRegionServer.class);
        cluster.startup();
        HBaseProbe probe = new HBaseProbe(settings.host(), settings.zookeeperPort(), Duration.ofSeconds(10));
        while (true) {
            if (cluster.getLiveMasters().isEmpty()) {
                throw new IllegalStateException("HBase master exited during start-up (see the log above)");
            }
            try {
                String detail = probe.check();
                LOG.info("HBase ready: {}", detail);
                return;
            } catch (Exception notYet) {
                LOG.debug("HBase not ready yet: {}", notYet.toString());
                Thread.sleep(500);
            }
        }
    }

    private Configuration configuration() {
        Configuration conf = HBaseConfiguration.create();
        String host = settings.host();
        conf.setBoolean("hbase.cluster.distributed", false);
        conf.set("hbase.rootdir", settings.hbaseDir().resolve("root").toUri().toString());
        conf.set("hbase.tmp.dir", settings.hbaseDir().resolve("tmp").toString());
        // The local file system cannot hflush/hsync; HBase refuses it unless told this is on purpose.
        conf.setBoolean("hbase.unsafe.stream.capability.enforce", false);
        conf.set("hbase.zookeeper.quorum", host);
        conf.setInt("hbase.zookeeper.property.clientPort", settings.zookeeperPort());
        conf.set("hbase.zookeeper.property.clientPortAddress", host);
        conf.setInt("hbase.master.port", settings.hbaseMasterPort());
        conf.setInt("hbase.regionserver.port", settings.hbaseRegionServerPort());
        conf.setBoolean(LocalHBaseCluster.ASSIGN_RANDOM_PORTS, false);
        conf.set("hbase.master.ipc.address", host);
        conf.set("hbase.regionserver.ipc.address", host);
        conf.set("hbase.master.hostname", host);
        conf.set("hbase.unsafe.regionserver.hostname", host);
        // No web UIs: nothing listens but the ports the user configured.
        conf.setInt("hbase.master.info.port", -1);
        conf.setInt("hbase.regionserver.info.port", -1);
        // Small heap shares: HBase is one of four services in this JVM.
        conf.setFloat("hbase.regionserver.global.memstore.size", 0.15f);
        conf.setFloat("hfile.block.cache.size", 0.15f);
        conf.setInt("hbase.regionserver.handler.count", 10);
        conf.setInt("hbase.master.handler.count", 10);
        return conf;
    }

    @Override
    public void stop() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
            cluster.join();
            cluster = null;
        }
        if (zookeeper != null) {
            zookeeper.shutdown();
            zookeeper = null;
        }
    }
}
