package io.tributary.speed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.junit.jupiter.api.Test;

class CommitPacerTest {
    private static final CommitPacing PACING =
        new CommitPacing(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();

    private CapturedPunctuator start(CommitPacer pacer) {
        pacer.init(context);
        assertThat(context.scheduledPunctuators()).hasSize(1);
        CapturedPunctuator p = context.scheduledPunctuators().get(0);
        assertThat(p.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
        assertThat(p.getInterval()).isEqualTo(Duration.ofMillis(100));
        return p;
    }

    @Test
    void freshInputIsCommittedEveryLiveInterval() {
        CommitPacer pacer = new CommitPacer(PACING, new ThreadCommitClock());
        CapturedPunctuator live = start(pacer);
        context.setCurrentSystemTimeMs(1_000_000);
        pacer.processed(1_000_000 - 300);
        assertThat(pacer.catchingUp()).isFalse();
        live.getPunctuator().punctuate(1_000_050);
        assertThat(context.committed()).isTrue();
    }

    @Test
    void oldInputLeavesTheCommitsToTheLongInterval() {
        CommitPacer pacer = new CommitPacer(PACING, new ThreadCommitClock());
        CapturedPunctuator live = start(pacer);
        context.setCurrentSystemTimeMs(1_000_000);
        pacer.processed(1_000_000 - 2_001);
        assertThat(pacer.catchingUp()).isTrue();
        live.getPunctuator().punctuate(1_000_050);
        assertThat(context.committed()).isFalse();

        // the backlog is drained: the next record is fresh again
        pacer.processed(1_000_000 - 2_000);
        live.getPunctuator().punctuate(1_000_150);
        assertThat(context.committed()).isTrue();
    }

    @Test
    void theTasksOfAThreadAskOncePerLiveIntervalTogether() {
        ThreadCommitClock clock = new ThreadCommitClock();
        MockProcessorContext<Object, Object> other = new MockProcessorContext<>();
        CommitPacer first = new CommitPacer(PACING, clock);
        CommitPacer second = new CommitPacer(PACING, clock);
        CapturedPunctuator firstLive = start(first);
        second.init(other);
        CapturedPunctuator secondLive = other.scheduledPunctuators().get(0);
        context.setCurrentSystemTimeMs(1_000_000);
        other.setCurrentSystemTimeMs(1_000_000);
        first.processed(1_000_000);
        second.processed(1_000_000);

        firstLive.getPunctuator().punctuate(1_000_100);
        secondLive.getPunctuator().punctuate(1_000_140); // its own schedule, 40 ms later: the thread just committed
        assertThat(context.committed()).isTrue();
        assertThat(other.committed()).isFalse();

        // the commit ends when the thread processes again, at 1_000_180: the interval runs from there
        other.setCurrentSystemTimeMs(1_000_180);
        second.processed(1_000_180);
        secondLive.getPunctuator().punctuate(1_000_240);
        assertThat(other.committed()).isFalse();
        secondLive.getPunctuator().punctuate(1_000_280);
        assertThat(other.committed()).isTrue();
    }

    @Test
    void beforeAnyRecordNothingIsRequested() {
        CommitPacer pacer = new CommitPacer(PACING, new ThreadCommitClock());
        start(pacer).getPunctuator().punctuate(0);
        assertThat(context.committed()).isFalse();
    }

    @Test
    void aFixedPaceSchedulesNothing() {
        CommitPacer pacer = new CommitPacer(CommitPacing.fixed(Duration.ofMillis(100)), new ThreadCommitClock());
        pacer.init(context);
        assertThat(context.scheduledPunctuators()).isEmpty();
    }

    @Test
    void theCatchUpIntervalIsNeverShorterThanTheLiveOne() {
        CommitPacing p = new CommitPacing(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(p.catchUpInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.adaptive()).isFalse();
    }
}
