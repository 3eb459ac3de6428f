package io.tributary.platform.server;

import io.tributary.platform.PlatformSettings;
import io.tributary.platform.ServiceKind;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.hdfs.HdfsConfiguration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.hdfs.protocol.HdfsConstants.SafeModeAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real HDFS: one NameNode on the configured port and one DataNode, through MiniDFSCluster with its
 * folders pinned under the data folder. Formatted on the first start only, so files survive a
 * restart; fsync stays on (the test default skips it) so a crash loses no acknowledged edit.
 */
final class HdfsService implements ManagedService {
    private static final Logger LOG = LoggerFactory.getLogger(HdfsService.class);

    private final PlatformSettings settings;
    private MiniDFSCluster cluster;

    HdfsService(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.HDFS;
    }

    @Override
    public void startAndAwaitReady() throws Exception {
        java.nio.file.Path base = settings.hdfsDir();
        java.nio.file.Path nameDir = base.resolve("name");
        java.nio.file.Path dataDir = base.resolve("data");
        boolean firstStart = !Files.exists(nameDir.resolve("current").resolve("VERSION"));
        Files.createDirectories(nameDir);
        Files.createDirectories(dataDir);

        Configuration conf = new HdfsConfiguration();
        conf.set("hadoop.tmp.dir", base.resolve("tmp").toString());
        conf.set("dfs.namenode.name.dir", nameDir.toString());
        conf.set("dfs.datanode.data.dir", dataDir.toString());
        conf.setInt("dfs.replication", 1);
        // One DataNode: leave safe mode as soon as it has reported, not 30 s later.
        conf.setInt("dfs.namenode.safemode.extension", 0);
        conf.setInt("dfs.namenode.safemode.min.datanodes", 1);
        // A developer machine: every local process of the user may write anywhere in this HDFS.
        conf.setBoolean("dfs.permissions.enabled", false);
        conf.setInt("dfs.namenode.handler.count", 10);
        conf.setInt("dfs.datanode.handler.count", 5);

        LOG.info("Starting HDFS ({}) in {}", firstStart ? "formatting a new file system" : "existing file system", base);
        cluster = new MiniDFSCluster.Builder(conf, base.toFile())
            .nameNodePort(settings.hdfsPort())
            .numDataNodes(1)
            .format(firstStart)
            .manageNameDfsDirs(false)
            .manageDataDfsDirs(false)
            .skipFsyncForTesting(false)
            .checkExitOnShutdown(false)
            .waitSafeMode(true)
            .build();
        cluster.waitActive();
        DistributedFileSystem fs = cluster.getFileSystem();
        while (fs.setSafeMode(SafeModeAction.SAFEMODE_GET)) {
            Thread.sleep(200);
        }
        if (firstStart) {
            createSharedDirs(fs);
        }
        fs.getFileStatus(new Path("/"));
        LOG.info("HDFS ready at {}", cluster.getURI());
    }

    /** The folders every Hadoop tool expects, open to all like on a fresh cluster. */
    private static void createSharedDirs(DistributedFileSystem fs) throws IOException {
        for (String dir : new String[] {"/tmp", "/user", "/user/hive/warehouse"}) {
            fs.mkdirs(new Path(dir));
            fs.setPermission(new Path(dir), new FsPermission((short) 01777));
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.shutdown(false, true);
            cluster = null;
        }
    }
}
