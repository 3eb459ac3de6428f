package io.tributary.batch.curate;

import java.time.LocalDate;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Partitioner;

/**
 * Sends every row of one event date to the same reducer (the date is the sort key's prefix), so
 * each date's rows come out as one sorted run per file and a date is never split across reducers.
 * Dates are spread by their day number, so consecutive dates go to different reducers. Called once
 * per record: the date is read from the key's digits, without a string or a formatter.
 */
public final class EventDatePartitioner extends Partitioner<Text, BytesWritable> {
    @Override
    public int getPartition(Text key, BytesWritable value, int partitions) {
        return (int) Math.floorMod(epochDay(key.getBytes()), (long) partitions);
    }

    /** The day number of the key's {@code YYYY-MM-DD} prefix. */
    static long epochDay(byte[] key) {
        int year = digits(key, 0, 4);
        int month = digits(key, 5, 2);
        int day = digits(key, 8, 2);
        return LocalDate.of(year, month, day).toEpochDay();
    }

    private static int digits(byte[] b, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("sort key does not start with a date: byte " + i);
            }
            n = n * 10 + d;
        }
        return n;
    }
}
