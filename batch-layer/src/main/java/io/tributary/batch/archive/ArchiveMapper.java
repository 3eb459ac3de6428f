package io.tributary.batch.archive;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Copies exactly one offset range ({@link KafkaRangeSplit}) of one partition into one archive file: assign, seek to
 * {@code from}, read with {@code read_committed} until the position reaches {@code to}, keep the records below
 * {@code to}. The file is written into the attempt's work output folder, so the output committer publishes the
 * file of the successful attempt only; the driver lands it. Map output, one line per range:
 * {@code file-name TAB records TAB sha256 TAB bytes} ({@code -} and 0 for a range without records: no file).
 */
public final class ArchiveMapper extends Mapper<NullWritable, NullWritable, Text, Text> {

    /** Counters of the archive job. */
    public enum Counter { RANGES, RECORDS, FILES, BYTES }

    static final String BOOTSTRAP = "tributary.archive.bootstrap.servers";
    /** How long a task waits without any progress of its position before it fails (a broker gone, say). */
    static final String STALL_MS = "tributary.archive.stall.ms";

    @Override
    protected void map(NullWritable key, NullWritable value, Context context) throws IOException, InterruptedException {
        OffsetRange range = ((KafkaRangeSplit) context.getInputSplit()).range();
        Configuration conf = context.getConfiguration();
        context.setStatus("archiving " + range.describe());
        Path file = new Path(FileOutputFormat.getWorkOutputPath(context), range.fileName());
        FileSystem fs = file.getFileSystem(conf);
        ArchiveFileWriter writer = null;
        long stallMs = conf.getLong(STALL_MS, 60_000);
        TopicPartition tp = new TopicPartition(range.topic(), range.partition().partition());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(conf, context))) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, range.from());
            long position = range.from();
            long lastMove = System.nanoTime();
            while (position < range.to()) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> r : batch.records(tp)) {
                    if (r.offset() < range.from() || r.offset() >= range.to()) {
                        continue;
                    }
                    if (writer == null) {
                        writer = new ArchiveFileWriter(fs.create(file, true), range.topic());
                    }
                    writer.write(r.partition(), r.offset(), r.timestamp(), r.value());
                }
                long now = consumer.position(tp);
                if (now > position) {
                    position = now;
                    lastMove = System.nanoTime();
                    context.progress();
                } else if (System.nanoTime() - lastMove > stallMs * 1_000_000L) {
                    throw new IOException(range.describe() + ": no progress at offset " + position + " for "
                        + stallMs + " ms (is the broker reachable, the range still in the log?)");
                }
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        context.getCounter(Counter.RANGES).increment(1);
        if (writer == null) {
            context.write(new Text(range.fileName()), new Text("0\t-\t0"));
            return;
        }
        context.getCounter(Counter.RECORDS).increment(writer.records());
        context.getCounter(Counter.FILES).increment(1);
        context.getCounter(Counter.BYTES).increment(writer.bytes());
        context.write(new Text(range.fileName()), new Text(writer.records() + "\t" + writer.sha256() + "\t" + writer.bytes()));
        context.setStatus("archived " + range.describe() + ": " + writer.records() + " records");
    }

    private static Properties consumerProperties(Configuration conf, Context context) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, conf.get(BOOTSTRAP));
        // Only committed transactions, and never past the last stable offset: the driver planned below it.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A range no longer in the log is an error, not a silent jump to another offset.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tributary-archive-" + context.getTaskAttemptID().getTaskID().getId());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
