package io.tributary.batch.curate;

import io.tributary.batch.stage.ByteReader;
import io.tributary.batch.stage.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the write job shares survivors among its reducers: by ranges of {@code (event date, customer)}, cut where a
 * sample of the survivors says each reducer gets about as many rows. A date-only split would give one reducer
 * two of three days; ranges keep both busy to the end. All rows of one customer on one date go to the same
 * reducer (the daily spend of a customer is folded in one place), and a reducer's range follows the previous
 * one's, so a date's files, read in name order ({@code part-r-00000.orc}, {@code part-r-00001.orc}, ...), hold
 * its rows sorted by customer.
 *
 * <p>A range's bound is the sort key's prefix up to the customer id ({@code YYYY-MM-DD TAB customer_id}), compared
 * as bytes, the order of the sort itself. The sample is a fixed subset of survivors (by a hash of the event id),
 * so the same inputs always give the same ranges and a rerun writes the same files.
 */
public final class WriteRanges {
    /** One survivor in this many is sampled: about 16,000 keys at 4 million rows. */
    static final int SAMPLE_EVERY = 256;

    private final byte[][] cuts;

    private WriteRanges(byte[][] cuts) {
        this.cuts = cuts;
    }

    /** Whether the survivor of this event id belongs to the sample. */
    public static boolean sampled(String eventId) {
        int h = eventId.hashCode() * 0x9E3779B9;
        h ^= h >>> 16;
        return Integer.remainderUnsigned(h, SAMPLE_EVERY) == 0;
    }

    /** The range bound of a sort key: its bytes up to (without) the TAB after the customer id. */
    public static int prefixLength(byte[] key, int length) {
        int tabs = 0;
        for (int i = 0; i < length; i++) {
            if (key[i] == '\t' && ++tabs == 2) {
                return i;
            }
        }
        return length;
    }

    /** Cuts the sampled prefixes (any order, repeats allowed) into {@code reducers} ranges of about equal size. */
    public static WriteRanges fromSample(List<byte[]> prefixes, int reducers) {
        byte[][] sorted = prefixes.toArray(byte[][]::new);
        Arrays.sort(sorted, Arrays::compareUnsigned);
        List<byte[]> cuts = new ArrayList<>();
        for (int r = 1; r < reducers && sorted.length > 0; r++) {
            byte[] cut = sorted[(int) ((long) sorted.length * r / reducers)];
            // Equal cuts would leave a reducer nothing; a customer with that many rows stays in one range.
            if (cuts.isEmpty() || Arrays.compareUnsigned(cut, cuts.get(cuts.size() - 1)) > 0) {
                cuts.add(cut);
            }
        }
        return new WriteRanges(cuts.toArray(byte[][]::new));
    }

    /** The reducer of a sort key: how many cuts are at or below its prefix. */
    public int partition(byte[] key, int length, int reducers) {
        int prefix = prefixLength(key, length);
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Arrays.compareUnsigned(cuts[mid], 0, cuts[mid].length, key, 0, prefix) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, reducers - 1);
    }

    public int cutCount() {
        return cuts.length;
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter(64);
        out.writeVarLong(cuts.length);
        for (byte[] c : cuts) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    public static WriteRanges decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, 0, bytes.length);
        int n = in.readLength();
        byte[][] cuts = new byte[n][];
        for (int i = 0; i < n; i++) {
            cuts[i] = in.readBytes();
        }
        in.expectEnd();
        return new WriteRanges(cuts);
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (byte[] c : cuts) {
            shown.add(new String(c, StandardCharsets.UTF_8).replace('\t', ' '));
        }
        return "ranges cut at " + shown;
    }
}
