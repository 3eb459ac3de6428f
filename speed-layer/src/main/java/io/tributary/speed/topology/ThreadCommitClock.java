package io.tributary.speed.topology;

/**
 * When a stream thread's last commit ended, as its tasks see it, shared by the {@link CommitPacer}s of all tasks of
 * one topology. The tasks of a thread commit together (exactly_once_v2), so one request per live interval and thread
 * is enough; and, as Kafka Streams counts its own interval, the interval runs from the end of the last commit (the
 * first record processed after a request), not from the request: a commit that takes longer than the interval must
 * not be followed at once by the next one.
 */
final class ThreadCommitClock {
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /** Called for every record a task processes: the first one after a request marks the end of that commit. */
    void processing(long nowMillis) {
        State s = state.get();
        if (s.requested) {
            s.requested = false;
            s.lastCommitEnd = nowMillis;
        }
    }

    /** True, and noted as requested, when no request is open and the last commit ended {@code intervalMillis} ago. */
    boolean due(long nowMillis, long intervalMillis) {
        State s = state.get();
        if (s.requested || (s.lastCommitEnd != 0L && nowMillis - s.lastCommitEnd < intervalMillis)) {
            return false;
        }
        s.requested = true;
        return true;
    }

    private static final class State {
        long lastCommitEnd;
        boolean requested;
    }
}
