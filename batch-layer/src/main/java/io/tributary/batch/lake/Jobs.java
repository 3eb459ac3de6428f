package io.tributary.batch.lake;

import io.tributary.cli.JobFailedException;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.Job;

/** Running a configured MapReduce job to its end, the same way for every step of the batch layer. */
public final class Jobs {
    private Jobs() {
    }

    /** How often a driver on the local runner asks whether its job is done. */
    static final int LOCAL_POLL_MILLIS = 200;

    /**
     * On the local runner, asks for completion every {@value #LOCAL_POLL_MILLIS} ms: the client's default is every 5 s,
     * which a driver waits out (half of it on average) after every job it runs. On a cluster the default stays (the
     * client polls the resource manager). Call it on the configuration a job is made from, before it is submitted.
     */
    public static void pollOftenWhenLocal(Configuration conf) {
        if ("local".equals(conf.get("mapreduce.framework.name", "local"))) {
            conf.setInt("mapreduce.client.completion.pollinterval", LOCAL_POLL_MILLIS);
        }
    }

    /**
     * Starts the job and returns at once, so the driver can do other work while it runs; {@link #await} then waits
     * for it. A job that cannot be submitted is a {@link JobFailedException}.
     */
    public static void submit(Job job) throws IOException {
        try {
            job.submit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("interrupted while submitting '" + job.getJobName() + "'", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops a submitted job that is still running (the driver failed beside it); never throws. */
    public static void killIfRunning(Job job) {
        try {
            if (!job.isComplete()) {
                job.killJob();
            }
        } catch (IOException | IllegalStateException e) {
            // the run fails anyway with the driver's own error; a job that cannot be asked has ended
        }
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
