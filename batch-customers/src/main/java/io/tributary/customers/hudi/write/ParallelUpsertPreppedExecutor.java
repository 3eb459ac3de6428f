package io.tributary.customers.hudi.write;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hudi.client.WriteStatus;
import org.apache.hudi.client.common.HoodieJavaEngineContext;
import org.apache.hudi.common.model.HoodieRecord;
import org.apache.hudi.config.HoodieWriteConfig;
import org.apache.hudi.table.HoodieTable;
import org.apache.hudi.table.action.HoodieWriteMetadata;
import org.apache.hudi.table.action.commit.JavaUpsertPreppedCommitActionExecutor;
import org.apache.hudi.table.action.commit.Partitioner;

/**
 * Hudi's upsert of records already tagged with their file groups (no index lookup), with the buckets written side
 * by side ({@link BucketWrites}) instead of one after another.
 */
final class ParallelUpsertPreppedExecutor<T> extends JavaUpsertPreppedCommitActionExecutor<T> {
    private final BucketWrites buckets;

    ParallelUpsertPreppedExecutor(HoodieJavaEngineContext context, HoodieWriteConfig config, HoodieTable table,
                                  String instant, List<HoodieRecord<T>> records, int threads) {
        super(context, config, table, instant, records);
        buckets = new BucketWrites(threads);
    }

    @Override
    protected Iterator<List<WriteStatus>> handleUpsertPartition(String instant, Integer bucket, Iterator records,
                                                                Partitioner partitioner) {
        buckets.queue(() -> super.handleUpsertPartition(instant, bucket, records, partitioner));
        return Collections.emptyIterator();
    }

    @Override
    protected List<WriteStatus> updateIndex(List<WriteStatus> statuses, HoodieWriteMetadata<List<WriteStatus>> result) {
        statuses.addAll(buckets.writeAll());
        return super.updateIndex(statuses, result);
    }

    @Override
    public HoodieWriteMetadata<List<WriteStatus>> execute() {
        HoodieWriteMetadata<List<WriteStatus>> result = super.execute();
        buckets.requireAllWritten();
        return result;
    }
}
