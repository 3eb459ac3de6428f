package io.tributary.batch.stage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Valid records set aside, in file order, while all staging writers were busy with other event dates (see
 * {@link EventDateWriters}). A plain length-prefixed file in the task's work folder, read back once and deleted.
 */
final class OverflowFile {

    interface Sink {
        void accept(LocalDate eventDate, String eventId, byte[] encodedRecord) throws IOException;
    }

    private final FileSystem fs;
    private final Path path;
    private DataOutputStream out;

    OverflowFile(FileSystem fs, Path path) throws IOException {
        this.fs = fs;
        this.path = path;
        this.out = new DataOutputStream(new BufferedOutputStream(fs.create(path, true), 1 << 16));
    }

    void append(LocalDate eventDate, String eventId, byte[] encodedRecord) throws IOException {
        out.writeLong(eventDate.toEpochDay());
        out.writeUTF(eventId);
        out.writeInt(encodedRecord.length);
        out.write(encodedRecord);
    }

    void finishWriting() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    void replay(Sink sink) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(fs.open(path), 1 << 16))) {
            while (true) {
                long day;
                try {
                    day = in.readLong();
                } catch (EOFException end) {
                    return;
                }
                String eventId = in.readUTF();
                byte[] record = new byte[in.readInt()];
                in.readFully(record);
                sink.accept(LocalDate.ofEpochDay(day), eventId, record);
            }
        }
    }

    void delete() throws IOException {
        fs.delete(path, false);
    }
}
