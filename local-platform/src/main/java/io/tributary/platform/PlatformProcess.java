package io.tributary.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The platform process as the CLI sees it through the state file: running, or not, or a stale
 * file left by a process that died without cleaning up (kill -9, a crash, a reboot).
 */
public final class PlatformProcess {
    /** The class the background process runs. */
    public static final String SERVER_MAIN = "io.tributary.platform.server.LocalPlatformServer";
    /**
     * The first JVM argument of the server: a live pid whose command line lacks it is not ours (a pid
     * reused after a crash). The class name comes too late in a long command line to be seen.
     */
    public static final String SERVER_MARKER = "-Dtributary.process=local-platform";

    private final PlatformState state;
    private final ProcessHandle handle;

    private PlatformProcess(PlatformState state, ProcessHandle handle) {
        this.state = state;
        this.handle = handle;
    }

    /** What the state file says, checked against the live processes of this machine. */
    public static Lookup find(PlatformSettings settings) {
        PlatformState s;
        long pid;
        PlatformState.Phase phase;
        try {
            Optional<PlatformState> state = PlatformState.read(settings.stateFile());
            if (state.isEmpty()) {
                return Lookup.none();
            }
            s = state.get();
            pid = s.pid();
            phase = s.phase();
        } catch (IOException | RuntimeException e) {
            // An unreadable state file is as good as a stale one: nothing can be found through it.
            return Lookup.stale(-1);
        }
        Optional<ProcessHandle> live = isOurs(pid);
        if (live.isPresent()) {
            return Lookup.running(new PlatformProcess(s, live.get()));
        }
        boolean endedCleanly = phase == PlatformState.Phase.STOPPED || phase == PlatformState.Phase.FAILED;
        return endedCleanly ? Lookup.none() : Lookup.stale(pid);
    }

    /** A live process with this pid that runs the platform server. */
    static Optional<ProcessHandle> isOurs(long pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PlatformProcess::runsServer);
    }

    private static boolean runsServer(ProcessHandle handle) {
        // When the OS does not tell (another user's process), trust the pid rather than start twice.
        return handle.info().commandLine().map(cl -> cl.contains(SERVER_MARKER) || cl.contains(SERVER_MAIN)).orElse(true);
    }

    /** Removes a stale state file; never one of a live platform. */
    public static void forgetStale(PlatformSettings settings) {
        try {
            Files.deleteIfExists(settings.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale state file " + settings.stateFile(), e);
        }
    }

    public long pid() {
        return handle.pid();
    }

    public ProcessHandle handle() {
        return handle;
    }

    public PlatformState state() {
        return state;
    }

    /** The answer of {@link #find}: exactly one of running, none or stale. */
    public static final class Lookup {
        private final PlatformProcess running;
        private final long stalePid;

        private Lookup(PlatformProcess running, long stalePid) {
            this.running = running;
            this.stalePid = stalePid;
        }

        static Lookup running(PlatformProcess p) {
            return new Lookup(p, 0);
        }

        static Lookup none() {
            return new Lookup(null, 0);
        }

        static Lookup stale(long pid) {
            return new Lookup(null, pid);
        }

        public Optional<PlatformProcess> running() {
            return Optional.ofNullable(running);
        }

        /** True when a state file names a process that no longer runs. */
        public boolean isStale() {
            return running == null && stalePid != 0;
        }

        public long stalePid() {
            return stalePid;
        }
    }
}
