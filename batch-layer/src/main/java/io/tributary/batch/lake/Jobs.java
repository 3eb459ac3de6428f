package io.tributary.batch.lake;

import io.tributary.cli.JobFailedException;
import java.io.IOException;
import org.apache.hadoop.mapreduce.Job;

/** Running a configured MapReduce job to its end, the same way for every step of the batch layer. */
public final class Jobs {
    private Jobs() {
    }

    /** Waits for the job; a failed or interrupted job is a {@link JobFailedException} naming it (exit 1). */
    public static void await(Job job) throws IOException {
        try {
            if (!job.waitForCompletion(false)) {
                throw new JobFailedException("MapReduce job '" + job.getJobName() + "' failed: "
                    + job.getStatus().getFailureInfo());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("interrupted while '" + job.getJobName() + "' ran", e);
        } catch (ClassNotFoundException e) {
            // a class of our own job jar is missing: a packaging bug, not a failed run
            throw new IllegalStateException(e);
        }
    }
}
