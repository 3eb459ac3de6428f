package io.tributary.speed.topology;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task's half of {@link CommitPacing}: it notes how old each input record was when it was processed (wall
 * clock minus message timestamp) and, every live interval, asks Kafka Streams for a commit while that age is
 * within the threshold. While the task is behind it asks for nothing and Kafka Streams commits at its own (long)
 * interval. A commit request only moves the end of the current transaction earlier; with exactly_once_v2 one
 * thread's tasks commit together, so a caught-up task keeps its neighbours' commits short too, and the tasks of a
 * thread share one {@link ThreadCommitClock}: each task's punctuator fires on its own schedule, and without the
 * shared clock three tasks would commit the thread three times per live interval.
 *
 * <p>The age uses the producer's message timestamps: a producer whose clock runs behind, or that sets old
 * timestamps on purpose, makes the layer look behind, and it then commits at the long interval (a staler, never a
 * wrong, view).
 */
final class CommitPacer {
    private static final Logger LOG = LoggerFactory.getLogger(CommitPacer.class);

    private final CommitPacing pacing;
    private final ThreadCommitClock clock;
    private ProcessorContext<?, ?> context;
    private long lastAgeMillis = Long.MAX_VALUE;
    private boolean catchingUp;

    CommitPacer(CommitPacing pacing, ThreadCommitClock clock) {
        this.pacing = pacing;
        this.clock = clock;
    }

    void init(ProcessorContext<?, ?> context) {
        this.context = context;
        if (pacing.adaptive()) {
            context.schedule(pacing.liveInterval(), PunctuationType.WALL_CLOCK_TIME, this::maybeCommit);
        }
    }

    /** Called for every input record, with its message timestamp. */
    void processed(long messageTimestamp) {
        long now = context.currentSystemTimeMs();
        lastAgeMillis = now - messageTimestamp;
        clock.processing(now);
    }

    /** True while the record processed last was older than the threshold (or none was processed yet). */
    boolean catchingUp() {
        return lastAgeMillis > pacing.catchUpThreshold().toMillis();
    }

    private void maybeCommit(long now) {
        boolean behind = catchingUp();
        if (behind != catchingUp) {
            catchingUp = behind;
            LOG.debug("task {}: {} (last record {} ms old when processed)", context.taskId(),
                behind ? "catching up, committing every " + pacing.catchUpInterval() : "caught up, committing every "
                    + pacing.liveInterval(), lastAgeMillis);
        }
        if (!behind && clock.due(now, pacing.liveInterval().toMillis())) {
            context.commit();
        }
    }
}
