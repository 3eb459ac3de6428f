package io.tributary.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a busy port before anything starts, so a clash is one clear line instead of a service that
 * dies half-way through start-up with a bind exception deep in its log.
 */
public final class PortChecker {
    private PortChecker() {
    }

    /** The first port of {@code ports} that cannot be bound on {@code host}, if any. */
    public static Optional<PortUse> firstBusy(String host, Collection<PortUse> ports) {
        for (PortUse use : ports) {
            if (!isFree(host, use.port())) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }

    /** The first port that two services were configured to share, if any. */
    public static Optional<PortUse> firstDuplicate(Collection<PortUse> ports) {
        Set<Integer> seen = new HashSet<>();
        for (PortUse use : ports) {
            if (!seen.add(use.port())) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }

    public static boolean isFree(String host, int port) {
        // SO_REUSEADDR like the services themselves: connections in TIME_WAIT from a platform that
        // just stopped do not block a restart, while a live listener still makes the bind fail.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts connections on the port: a cheap test before a real client's. */
    public static boolean isListening(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The one line a user reads when a port is taken. */
    public static String busyMessage(String host, PortUse use) {
        return "port " + use.port() + " (" + use.service() + ") is already in use on " + host
            + "; stop whatever listens there or choose another port with --set " + use.configKey() + "=PORT";
    }
}
