package io.tributary.batch.stage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.InputSplit;

/**
 * One whole raw file to index: its hash, its path and, for the scheduler, its size and the hosts holding its first
 * block. Hosts are only used when the job is planned, so they are not serialized (like Hadoop's own FileSplit).
 */
public final class LandedFileSplit extends InputSplit implements Writable {

    private String sha256;
    private String rawPath;
    private long length;
    private String[] hosts = new String[0];

    /** For deserialization. */
    public LandedFileSplit() {
    }

    LandedFileSplit(String sha256, String rawPath, long length, String[] hosts) {
        this.sha256 = sha256;
        this.rawPath = rawPath;
        this.length = length;
        this.hosts = hosts.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String rawPath() {
        return rawPath;
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public String[] getLocations() {
        return hosts.clone();
    }

    @Override
    public void write(DataOutput out) throws IOException {
        Text.writeString(out, sha256);
        Text.writeString(out, rawPath);
        out.writeLong(length);
    }

    @Override
    public void readFields(DataInput in) throws IOException {
        sha256 = Text.readString(in);
        rawPath = Text.readString(in);
        length = in.readLong();
        hosts = new String[0];
    }

    @Override
    public String toString() {
        return rawPath + " (" + length + " bytes)";
    }
}
