package io.tributary.platform;

import io.tributary.cli.JobFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Follows a starting platform through its state file: prints a line as each service becomes ready
 * and returns when all are, or throws with the reason (and stops the server) when start-up fails.
 */
final class StartupWatcher {
    /** The server enforces the start timeout itself; the CLI waits a little longer for its verdict. */
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 200;

    private final PlatformSettings settings;
    private final Process server;
    private final PrintWriter out;
    private final Set<ServiceKind> reported = EnumSet.noneOf(ServiceKind.class);

    StartupWatcher(PlatformSettings settings, Process server, PrintWriter out) {
        this.settings = settings;
        this.server = server;
        this.out = out;
    }

    void awaitReady() throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + settings.startTimeout().plus(GRACE).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<PlatformState> state = readOwnState();
            if (state.isPresent()) {
                reportReady(state.get());
                PlatformState.Phase phase = state.get().phase();
                if (phase == PlatformState.Phase.RUNNING) {
                    out.println(String.format(Locale.ROOT, "local platform running (pid %d), ready in %.1f s; logs in %s",
                        server.pid(), (System.nanoTime() - begin) / 1e9, settings.logDir()));
                    out.flush();
                    return;
                }
                if (phase == PlatformState.Phase.FAILED) {
                    awaitExit();
                    throw new JobFailedException(state.get().error().orElse("start-up failed") + seeLog());
                }
            }
            if (!server.isAlive()) {
                throw new JobFailedException("the platform process exited with code " + server.exitValue()
                    + " before it was ready" + seeLog());
            }
            Thread.sleep(POLL_MILLIS);
        }
        server.destroy();
        awaitExit();
        throw new JobFailedException("the platform was not ready within " + settings.startTimeout().toSeconds()
            + " s (local.start.timeout); stopped it" + seeLog());
    }

    /** The state file once the new process wrote it; an older one of a previous run does not count. */
    private Optional<PlatformState> readOwnState() {
        try {
            return PlatformState.read(settings.stateFile()).filter(s -> s.pid() == server.pid());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void reportReady(PlatformState state) {
        for (ServiceKind kind : ServiceKind.values()) {
            if (!reported.contains(kind) && state.serviceState(kind) == PlatformState.ServiceState.READY) {
                reported.add(kind);
                out.println(String.format(Locale.ROOT, "%s ready at %s (%.1f s)", kind.displayName(),
                    state.address(kind), state.readySeconds(kind)));
                out.flush();
            }
        }
    }

    private void awaitExit() throws InterruptedException {
        server.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private String seeLog() {
        return "; see " + settings.logDir().resolve("platform.log");
    }
}
