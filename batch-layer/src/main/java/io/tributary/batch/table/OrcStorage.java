package io.tributary.batch.table;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.orc.CompressionKind;

/**
 * How every Tributary table is stored: ORC files, ZSTD-compressed, bloom filters where a spec asks for them.
 * One place for the writer's options and the metastore's description of the same files, so the two agree.
 */
public final class OrcStorage {
    /** ZSTD: close to ZLIB's size at several times its speed, read by Hive 3+, Trino and Spark 3+. */
    public static final CompressionKind COMPRESSION = CompressionKind.ZSTD;
    /** False-positive rate of the bloom filters: 1 % keeps them small and still skips 99 % of row groups. */
    public static final double BLOOM_FILTER_FPP = 0.01;

    /**
     * Columns written with direct (not dictionary) encoding: every value is unique, so a dictionary would only
     * cost a lookup structure per stripe and be dropped at the stripe's end anyway.
     */
    public static final String DIRECT_ENCODING_COLUMNS = "event_id";
    /**
     * The writer's dictionary for the other string columns: a hash table instead of ORC's default red-black tree
     * (about 10 % of a curation run's CPU went into the tree's comparisons). Same encoding in the files; the
     * dictionary entries are in first-seen instead of sorted order, which readers do not depend on.
     */
    public static final String DICTIONARY_IMPLEMENTATION = "hash";

    public static final String SERDE = "org.apache.hadoop.hive.ql.io.orc.OrcSerde";
    public static final String INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat";
    public static final String OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat";

    private OrcStorage() {
    }

    /**
     * The table properties that describe the files to engines that write into the table themselves (Hive
     * {@code INSERT}, Spark): the same compression and bloom filters as Tributary's own writer.
     */
    public static Map<String, String> tableProperties(TableSpec spec) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("orc.compress", COMPRESSION.name());
        if (!spec.bloomFilterColumns().isEmpty()) {
            props.put("orc.bloom.filter.columns", String.join(",", spec.bloomFilterColumns()));
            props.put("orc.bloom.filter.fpp", Double.toString(BLOOM_FILTER_FPP));
        }
        return props;
    }
}
