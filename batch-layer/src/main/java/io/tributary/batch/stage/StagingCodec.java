package io.tributary.batch.stage;

import java.util.zip.Deflater;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.Compressor;
import org.apache.hadoop.io.compress.DefaultCodec;
import org.apache.hadoop.io.compress.zlib.BuiltInZlibDeflater;

/**
 * The compression of staging files: zlib (deflate) at its fastest level, always through the JDK's deflater.
 *
 * <p>Why not plain {@link DefaultCodec}: its compressors come from Hadoop's process-wide {@code CodecPool}, shared by
 * every job of a JVM (all jobs of the local runner share one), and a pooled compressor keeps the level of whoever
 * created it; on a node with the native Hadoop library it also switches to the system's zlib. Either would change
 * the bytes of a rerun. This codec has its own compressor class, so its pool holds only compressors at its own level,
 * and always uses the JDK's zlib. Why the fastest level: measured on staged records, it costs about half the CPU of
 * the default level for 25% more bytes (docs/LANDING.md).
 *
 * <p>Blocks are plain zlib streams: readers decompress them with {@link DefaultCodec}'s decompressor. The class name
 * is in each file's header, so a reader needs this class on its classpath (the batch jar).
 */
public final class StagingCodec extends DefaultCodec {

    static final int LEVEL = Deflater.BEST_SPEED;

    @Override
    public Class<? extends Compressor> getCompressorType() {
        return StagingDeflater.class;
    }

    @Override
    public Compressor createCompressor() {
        return new StagingDeflater();
    }

    /** A JDK deflater whose level no configuration changes. */
    public static final class StagingDeflater extends BuiltInZlibDeflater {

        public StagingDeflater() {
            super(LEVEL);
        }

        /** Resets for the next stream; ignores the configuration (its level and strategy are other codecs'). */
        @Override
        public synchronized void reinit(Configuration conf) {
            reset();
        }
    }
}
