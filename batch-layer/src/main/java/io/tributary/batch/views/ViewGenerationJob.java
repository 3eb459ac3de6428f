package io.tributary.batch.views;

import io.tributary.batch.lake.Jobs;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hbase.client.RegionLocator;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.io.ImmutableBytesWritable;
import org.apache.hadoop.hbase.mapreduce.HFileOutputFormat2;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.orc.mapreduce.OrcInputFormat;

/**
 * The MapReduce job that turns curated ORC partitions into HFiles for one generation table: the table's region
 * boundaries partition the reducers (total order), so each reducer writes the HFiles of one region.
 */
final class ViewGenerationJob {
    private ViewGenerationJob() {
    }

    static Job create(Configuration base, String runId, List<Path> curatedPartitions, Path hfiles, Table table,
                      RegionLocator regions, long cellVersion) throws IOException {
        Configuration conf = new Configuration(base);
        conf.setLong(ViewRowsReducer.CELL_VERSION, cellVersion);
        Jobs.pollOftenWhenLocal(conf);
        Job job = Job.getInstance(conf, "tributary views " + runId + " -> " + table.getName().getNameAsString());
        job.setJarByClass(ViewGenerationJob.class);
        job.setInputFormatClass(OrcInputFormat.class);
        for (Path p : curatedPartitions) {
            FileInputFormat.addInputPath(job, p);
        }
        job.setMapperClass(ViewRowsMapper.class);
        job.setMapOutputKeyClass(ImmutableBytesWritable.class);
        job.setMapOutputValueClass(MeasuresWritable.class);
        job.setCombinerClass(ViewRowsCombiner.class);
        // sets HFile output, total-order partitioning by region and per-family settings; then our own reducer,
        // which sums a bucket's partial measures before it writes the bucket's one cell
        HFileOutputFormat2.configureIncrementalLoad(job, table.getDescriptor(), regions);
        job.setReducerClass(ViewRowsReducer.class);
        if ("local".equals(conf.get("mapreduce.framework.name"))) {
            // the local runner has every class already; shipping HBase's jars would only try to link them into the
            // working directory
            job.getConfiguration().unset("tmpjars");
        }
        FileOutputFormat.setOutputPath(job, hfiles);
        return job;
    }
}
