package io.tributary.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The state file the server writes and the CLI reads: the server's pid, its phase and each
 * service's address, state and start-up time. A properties file so a person can read it too.
 * Written to a temporary file and moved into place, so a reader never sees half a file.
 */
public final class PlatformState {
    /** Where the whole platform process is in its life. */
    public enum Phase { STARTING, RUNNING, STOPPING, STOPPED, FAILED }

    /** Where one service is in its life. */
    public enum ServiceState { PENDING, STARTING, READY, FAILED, STOPPING, STOPPED }

    private final Properties props;

    private PlatformState(Properties props) {
        this.props = props;
    }

    /** A new state of a platform process that is starting. */
    public static PlatformState starting(long pid, PlatformSettings settings) {
        PlatformState state = new PlatformState(new Properties());
        state.props.setProperty("pid", Long.toString(pid));
        state.props.setProperty("phase", Phase.STARTING.name());
        state.props.setProperty("data.dir", settings.dataDir().toString());
        for (ServiceKind kind : ServiceKind.values()) {
            state.props.setProperty(key(kind, "address"), kind.address(settings));
            state.props.setProperty(key(kind, "state"), ServiceState.PENDING.name());
        }
        return state;
    }

    /** Reads the state file; empty when there is none. */
    public static Optional<PlatformState> read(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new PlatformState(props));
    }

    /** Writes atomically: to a sibling temporary file, then a rename. */
    public synchronized void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(out, "Tributary local platform: written by the platform process, read by 'local status'");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public synchronized long pid() {
        return Long.parseLong(props.getProperty("pid", "-1"));
    }

    public synchronized Phase phase() {
        return Phase.valueOf(props.getProperty("phase", Phase.STOPPED.name()));
    }

    public synchronized PlatformState phase(Phase phase) {
        props.setProperty("phase", phase.name());
        return this;
    }

    /** Why the platform failed, or empty. */
    public synchronized Optional<String> error() {
        return Optional.ofNullable(props.getProperty("error"));
    }

    public synchronized PlatformState failed(String message) {
        props.setProperty("phase", Phase.FAILED.name());
        props.setProperty("error", message);
        return this;
    }

    public synchronized String address(ServiceKind kind) {
        return props.getProperty(key(kind, "address"), "");
    }

    public synchronized ServiceState serviceState(ServiceKind kind) {
        return ServiceState.valueOf(props.getProperty(key(kind, "state"), ServiceState.PENDING.name()));
    }

    public synchronized PlatformState serviceState(ServiceKind kind, ServiceState state) {
        props.setProperty(key(kind, "state"), state.name());
        return this;
    }

    /** Seconds the service took from its start call to ready, or -1 when it is not ready. */
    public synchronized double readySeconds(ServiceKind kind) {
        return Double.parseDouble(props.getProperty(key(kind, "ready.seconds"), "-1"));
    }

    public synchronized PlatformState ready(ServiceKind kind, double seconds) {
        props.setProperty(key(kind, "state"), ServiceState.READY.name());
        props.setProperty(key(kind, "ready.seconds"), String.format(Locale.ROOT, "%.1f", seconds));
        return this;
    }

    private static String key(ServiceKind kind, String field) {
        return "service." + kind.name().toLowerCase(Locale.ROOT) + "." + field;
    }
}
