package io.tributary.platform.server;

import io.tributary.core.config.ConfigType;
import io.tributary.platform.PlatformState;
import io.tributary.platform.PlatformState.Phase;
import io.tributary.platform.PlatformState.ServiceState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts services one after another within one deadline, recording each step in the state file,
 * and stops them in reverse order, each stop bounded, exactly once.
 */
final class StartupSequence {
    private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);

    private final List<ManagedService> services;
    private final PlatformState state;
    private final Path stateFile;
    private final Deque<ManagedService> started = new ArrayDeque<>();
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "platform-lifecycle");
        t.setDaemon(true);
        return t;
    });
    private boolean stopped;
    private boolean failed;

    StartupSequence(List<ManagedService> services, PlatformState state, Path stateFile) {
        this.services = services;
        this.state = state;
        this.stateFile = stateFile;
    }

    /** True when every service became ready before the deadline. */
    boolean startAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ManagedService service : services) {
            String name = service.kind().displayName();
            synchronized (this) {
                if (stopped) {
                    return false;
                }
                started.push(service);
            }
            record(state.serviceState(service.kind(), ServiceState.STARTING));
            long begin = System.nanoTime();
            Future<?> step = worker.submit(() -> {
                service.startAndAwaitReady();
                return null;
            });
            try {
                step.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                step.cancel(true);
                return fail(service, name + " was not ready within local.start.timeout (" + ConfigType.DURATION.write(timeout) + ")");
            } catch (ExecutionException e) {
                LOG.error("{} failed to start", name, e.getCause());
                return fail(service, name + " failed to start: " + rootMessage(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(service, name + " start interrupted");
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            LOG.info("{} ready in {} s", name, String.format("%.1f", seconds));
            record(state.ready(service.kind(), seconds));
        }
        record(state.phase(Phase.RUNNING));
        return true;
    }

    private boolean fail(ManagedService service, String message) {
        LOG.error(message);
        synchronized (this) {
            failed = true;
        }
        record(state.serviceState(service.kind(), ServiceState.FAILED).failed(message));
        return false;
    }

    /** Stops what was started, newest first; later calls do nothing. */
    void stopAll() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (!failed) {
                state.phase(Phase.STOPPING);
            }
        }
        record(state);
        LOG.info("Stopping the local platform");
        ManagedService service;
        while ((service = pollStarted()) != null) {
            stopOne(service);
        }
        if (!failed) {
            state.phase(Phase.STOPPED);
        }
        record(state);
        LOG.info("Local platform stopped");
    }

    private synchronized ManagedService pollStarted() {
        return started.poll();
    }

    private void stopOne(ManagedService service) {
        String name = service.kind().displayName();
        boolean wasFailed = state.serviceState(service.kind()) == ServiceState.FAILED;
        record(state.serviceState(service.kind(), ServiceState.STOPPING));
        Future<?> step = worker.submit(() -> {
            service.stop();
            return null;
        });
        try {
            step.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.info("{} stopped", name);
        } catch (TimeoutException e) {
            LOG.warn("{} did not stop within {} s; leaving it to the JVM exit", name, STOP_TIMEOUT.toSeconds());
        } catch (ExecutionException e) {
            LOG.warn("{} failed to stop cleanly", name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record(state.serviceState(service.kind(), wasFailed ? ServiceState.FAILED : ServiceState.STOPPED));
    }

    private void record(PlatformState s) {
        try {
            s.write(stateFile);
        } catch (IOException e) {
            LOG.warn("Cannot write state file {}: {}", stateFile, e.toString());
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
