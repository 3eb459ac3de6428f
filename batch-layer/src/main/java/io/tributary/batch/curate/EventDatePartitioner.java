package io.tributary.batch.curate;

import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Partitioner;

/**
 * Sends every row of one event date to the same reducer (the date is the sort key's prefix), so
 * each date's rows come out as one sorted run per file and a date is never split across reducers.
 * Dates are spread by their day number, so consecutive dates go to different reducers.
 */
public final class EventDatePartitioner extends Partitioner<Text, BytesWritable> {
    @Override
    public int getPartition(Text key, BytesWritable value, int partitions) {
        String date = SortKey.eventDate(key.toString());
        long day = java.time.LocalDate.parse(date).toEpochDay();
        return (int) Math.floorMod(day, (long) partitions);
    }
}
