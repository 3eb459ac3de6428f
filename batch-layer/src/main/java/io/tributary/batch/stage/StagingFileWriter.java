package io.tributary.batch.stage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.util.ReflectionUtils;

/**
 * Writes one staging file: a block-compressed SequenceFile whose bytes depend only on what is appended and on the
 * name it is given ({@code syncSeed}), so that rewriting it gives the same bytes.
 *
 * <p>Codec: {@link StagingCodec}, zlib at its fastest level through the JDK's deflater, which needs no native Hadoop
 * library. The compression block size is pinned here rather than taken from the cluster's configuration, so that
 * the bytes do not depend on where the job runs.
 */
public final class StagingFileWriter implements Closeable {

    /** Uncompressed bytes per compressed block (Hadoop's default, pinned). */
    static final int BLOCK_BYTES = 1_000_000;

    private final FSDataOutputStream file;
    private final DeterministicSyncStream syncFixer;
    private final FSDataOutputStream wrapped;
    private final SequenceFile.Writer writer;
    private long records;
    private boolean closed;

    private StagingFileWriter(FileSystem fs, Configuration conf, Path path, Class<? extends Writable> keyClass,
                              String syncSeed) throws IOException {
        Configuration pinned = new Configuration(conf);
        pinned.setInt("io.seqfile.compress.blocksize", BLOCK_BYTES);
        CompressionCodec codec = ReflectionUtils.newInstance(StagingCodec.class, pinned);
        this.file = fs.create(path, true);
        this.syncFixer = new DeterministicSyncStream(file, syncMarker(syncSeed));
        this.wrapped = new FSDataOutputStream(syncFixer, null);
        try {
            this.writer = SequenceFile.createWriter(pinned, SequenceFile.Writer.stream(wrapped),
                SequenceFile.Writer.keyClass(keyClass), SequenceFile.Writer.valueClass(BytesWritable.class),
                SequenceFile.Writer.compression(SequenceFile.CompressionType.BLOCK, codec));
            syncFixer.headerWritten();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Creates (or overwrites) {@code path}.
     *
     * @param syncSeed names the file's content (e.g. its final path below the lake root): the sync marker is
     *                 derived from it
     */
    public static StagingFileWriter create(FileSystem fs, Configuration conf, Path path,
                                           Class<? extends Writable> keyClass, String syncSeed) throws IOException {
        return new StagingFileWriter(fs, conf, path, keyClass, syncSeed);
    }

    public void append(Writable key, BytesWritable value) throws IOException {
        writer.append(key, value);
        records++;
    }

    public long records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } finally {
            wrapped.close();
        }
    }

    /** 16 bytes derived from the seed; distinct files get distinct markers, as SequenceFile intends. */
    static byte[] syncMarker(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("tributary staging sync marker\n" + seed).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, DeterministicSyncStream.SYNC_SIZE);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
