package io.tributary.customers.hudi.write;

import org.apache.hadoop.conf.Configuration;
import org.apache.hudi.client.HoodieJavaWriteClient;
import org.apache.hudi.common.engine.HoodieEngineContext;
import org.apache.hudi.common.model.HoodieTableType;
import org.apache.hudi.common.table.HoodieTableMetaClient;
import org.apache.hudi.common.table.timeline.versioning.TimelineLayoutVersion;
import org.apache.hudi.common.util.Option;
import org.apache.hudi.config.HoodieWriteConfig;
import org.apache.hudi.table.HoodieTable;

/**
 * Hudi's Java write client for a copy-on-write table whose {@code upsertPreppedRecords} merges several file groups
 * at once, on up to {@code threads} threads. Hudi's Java engine writes the buckets of a commit one after another on
 * the calling thread, so a table of several file groups used one core however many the node has; everything else
 * (timeline, markers, rollback, cleaning, archiving, the commit itself) is Hudi's own.
 */
public final class ParallelMergeWriteClient<T> extends HoodieJavaWriteClient<T> {
    private final int threads;

    public ParallelMergeWriteClient(HoodieEngineContext context, HoodieWriteConfig config, int threads) {
        super(context, config);
        // Checked where it is used (BucketWrites) and, for the table's settings, in HudiTableSettings.
        this.threads = threads;
    }

    @Override
    protected HoodieTable createTable(HoodieWriteConfig config, Configuration hadoop) {
        HoodieTableMetaClient metaClient = HoodieTableMetaClient.builder()
            .setConf(context.getStorageConf().newInstance())
            .setBasePath(config.getBasePath())
            .setLoadActiveTimelineOnLoad(true)
            .setConsistencyGuardConfig(config.getConsistencyGuardConfig())
            .setLayoutVersion(Option.of(new TimelineLayoutVersion(config.getTimelineLayoutVersion())))
            .build();
        return createTable(config, hadoop, metaClient);
    }

    @Override
    protected HoodieTable createTable(HoodieWriteConfig config, Configuration hadoop, HoodieTableMetaClient metaClient) {
        if (metaClient.getTableType() != HoodieTableType.COPY_ON_WRITE) {
            throw new IllegalStateException("not a copy-on-write table: " + config.getBasePath() + " is "
                + metaClient.getTableType());
        }
        return new ParallelMergeTable<T>(config, context, metaClient, threads);
    }
}
