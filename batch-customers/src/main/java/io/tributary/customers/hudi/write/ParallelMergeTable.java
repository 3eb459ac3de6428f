package io.tributary.customers.hudi.write;

import java.util.List;
import org.apache.hudi.client.WriteStatus;
import org.apache.hudi.client.common.HoodieJavaEngineContext;
import org.apache.hudi.common.engine.HoodieEngineContext;
import org.apache.hudi.common.model.HoodieRecord;
import org.apache.hudi.common.table.HoodieTableMetaClient;
import org.apache.hudi.config.HoodieWriteConfig;
import org.apache.hudi.table.HoodieJavaCopyOnWriteTable;
import org.apache.hudi.table.action.HoodieWriteMetadata;

/** Hudi's Java copy-on-write table whose prepped upserts write their file groups on several threads. */
final class ParallelMergeTable<T> extends HoodieJavaCopyOnWriteTable<T> {
    private final int threads;

    ParallelMergeTable(HoodieWriteConfig config, HoodieEngineContext context, HoodieTableMetaClient metaClient,
                       int threads) {
        super(config, context, metaClient);
        this.threads = threads;
    }

    @Override
    public HoodieWriteMetadata<List<WriteStatus>> upsertPrepped(HoodieEngineContext context, String instant,
                                                                List<HoodieRecord<T>> records) {
        return new ParallelUpsertPreppedExecutor<>((HoodieJavaEngineContext) context, config, this, instant, records,
            threads).execute();
    }
}
