package io.tributary.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers whether the underlying stream itself failed, so that a read error of the storage (retry the job)
 * can be told apart from a corrupt gzip stream on top of it (quarantine the file, go on).
 */
final class FailureTrackingInputStream extends FilterInputStream {

    private boolean failed;

    FailureTrackingInputStream(InputStream in) {
        super(in);
    }

    boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return super.available();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }
}
