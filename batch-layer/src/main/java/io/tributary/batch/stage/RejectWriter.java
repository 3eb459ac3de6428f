package io.tributary.batch.stage;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;

/** The staging writer of one raw file's rejects, opened at the first reject: a clean file gets no rejects file. */
final class RejectWriter implements Closeable {

    interface Opener {
        StagingFileWriter open() throws IOException;
    }

    private final Opener opener;
    private StagingFileWriter writer;

    RejectWriter(Opener opener) {
        this.opener = opener;
    }

    void append(byte[] encodedRejection) throws IOException {
        if (writer == null) {
            writer = opener.open();
        }
        writer.append(NullWritable.get(), new BytesWritable(encodedRejection));
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
