package io.tributary.speed.topology;

/**
 * When a stream thread last asked for a commit, shared by the {@link CommitPacer}s of all tasks of one topology:
 * the tasks of a thread commit together (exactly_once_v2), so one request per live interval and thread is enough.
 * Per thread, because each stream thread commits its own transaction.
 */
final class ThreadCommitClock {
    private final ThreadLocal<long[]> lastRequest = ThreadLocal.withInitial(() -> new long[] {0L});

    /** True, and noted, when the calling thread's last request is at least {@code intervalMillis} ago. */
    boolean due(long nowMillis, long intervalMillis) {
        long[] last = lastRequest.get();
        if (last[0] != 0L && nowMillis - last[0] < intervalMillis) {
            return false;
        }
        last[0] = nowMillis;
        return true;
    }
}
