package io.tributary.customers.hudi;

import org.apache.hudi.index.HoodieIndex;

/**
 * How the customer table is written and how much history it keeps.
 *
 * <p>File-count policy: the cleaner keeps the file versions that the last {@code retainedCommits} commits need
 * (so time travel reaches back that many runs), the archiver moves timeline entries beyond
 * {@code archiveMaxCommits} into the archived timeline (down to {@code archiveMinCommits}), and small files below
 * {@code smallFileBytes} receive new inserts instead of new files. Together the number of live files stays bounded:
 * about (file groups) x (retained commits + 1) base files, plus the active timeline.
 *
 * @param indexType          how upserts find the file group of a key (SIMPLE: join with the keys stored in the
 *                           base files; BLOOM: bloom filters in the file footers first)
 * @param parallelism        upsert/insert parallelism of the Java engine, and the threads that merge file groups
 *                           side by side in one commit
 * @param maxFileBytes       target size of one base file
 * @param smallFileBytes     files smaller than this receive new inserts
 * @param retainedCommits    commits whose file versions the cleaner keeps (time travel depth)
 * @param archiveMinCommits  active timeline size after archiving
 * @param archiveMaxCommits  active timeline size that triggers archiving
 */
public record HudiTableSettings(HoodieIndex.IndexType indexType, int parallelism, long maxFileBytes,
                                long smallFileBytes, int retainedCommits, int archiveMinCommits, int archiveMaxCommits) {

    /**
     * Base files of at most 8 MiB (about 500k customers) so that a dimension of a million customers is several file
     * groups, merged side by side on the node's cores (up to 8 threads); copy-on-write rewrites every file group an
     * update touches, so one big file group would be one core's work. Files under 4 MiB receive the next inserts.
     */
    public static final HudiTableSettings DEFAULT = new HudiTableSettings(HoodieIndex.IndexType.SIMPLE,
        Math.min(8, Runtime.getRuntime().availableProcessors()), 8L * 1024 * 1024, 4L * 1024 * 1024, 10, 20, 30);

    public HudiTableSettings {
        if (parallelism < 1 || retainedCommits < 1 || archiveMinCommits <= retainedCommits
            || archiveMaxCommits <= archiveMinCommits || smallFileBytes >= maxFileBytes) {
            throw new IllegalArgumentException("inconsistent Hudi settings: " + this);
        }
    }

    public HudiTableSettings withIndexType(HoodieIndex.IndexType type) {
        return new HudiTableSettings(type, parallelism, maxFileBytes, smallFileBytes, retainedCommits,
            archiveMinCommits, archiveMaxCommits);
    }

    public HudiTableSettings withFileSizes(long max, long small) {
        return new HudiTableSettings(indexType, parallelism, max, small, retainedCommits, archiveMinCommits,
            archiveMaxCommits);
    }

    public HudiTableSettings withRetention(int retained, int archiveMin, int archiveMax) {
        return new HudiTableSettings(indexType, parallelism, maxFileBytes, smallFileBytes, retained, archiveMin, archiveMax);
    }
}
