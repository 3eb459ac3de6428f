package io.tributary.batch.curate;

import io.tributary.batch.stage.ByteReader;
import io.tributary.batch.stage.ByteWriter;
import io.tributary.batch.stage.SourceReferences;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The source names (raw file paths) a curation run expects, numbered. A record's position names its raw file,
 * a path of a hundred characters or more, and every record of a file repeats it; the curation jobs' intermediate
 * records carry the number instead. The driver writes the list once per run (one path a line, sorted: the same
 * sources always get the same numbers); every task loads it.
 *
 * <p>A reference is {@code number + 1}; a name that is not in the list is written out as reference 0 followed by
 * the name itself, so a record from an unexpected source is carried, not lost. (So is a name with a line break,
 * which the one-a-line list cannot hold.)
 *
 * <p>Not thread-safe (it remembers the last name it looked up): one instance per task.
 */
public final class SourceNames implements SourceReferences {
    private final List<String> names;
    private final Map<String, Integer> numbers;
    /** The last name looked up by its bytes, and its reference: consecutive records mostly share their file. */
    private byte[] lastUtf8 = new byte[0];
    private int lastReference = -1;

    private SourceNames(List<String> names) {
        this.names = List.copyOf(names);
        this.numbers = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            numbers.put(this.names.get(i), i);
        }
    }

    public static SourceNames of(Collection<String> names) {
        TreeSet<String> listed = new TreeSet<>(names);
        listed.removeIf(n -> n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0);
        return new SourceNames(new ArrayList<>(listed));
    }

    public int size() {
        return names.size();
    }

    /** The name's reference ({@code number + 1}), or 0 when it is not in the list. */
    public int reference(String name) {
        Integer n = numbers.get(name);
        return n == null ? 0 : n + 1;
    }

    /** Writes a name as its reference, or as 0 and the name. */
    public void write(ByteWriter out, String name) {
        int ref = reference(name);
        out.writeVarLong(ref);
        if (ref == 0) {
            out.writeString(name);
        }
    }

    @Override
    public void write(ByteWriter out, byte[] utf8, int off, int len) {
        if (lastReference < 0 || !Arrays.equals(utf8, off, off + len, lastUtf8, 0, lastUtf8.length)) {
            lastUtf8 = Arrays.copyOfRange(utf8, off, off + len);
            lastReference = reference(new String(lastUtf8, StandardCharsets.UTF_8));
        }
        out.writeVarLong(lastReference);
        if (lastReference == 0) {
            out.writeBytes(lastUtf8);
        }
    }

    /** Reads what {@link #write} wrote; a listed name comes back as the one shared instance. */
    @Override
    public String read(ByteReader in) {
        long ref = in.readVarLong();
        if (ref == 0) {
            return in.readString();
        }
        if (ref > names.size()) {
            throw in.corrupt("source reference " + ref + " beyond the run's " + names.size() + " sources");
        }
        return names.get((int) ref - 1);
    }

    public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String name : names) {
            w.write(name);
            w.write('\n');
        }
        w.flush();
    }

    public static SourceNames readFrom(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            names.add(line);
        }
        return new SourceNames(names);
    }
}
