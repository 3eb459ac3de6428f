package io.tributary.platform;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.platform.probe.PlatformProbes;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks each service with its real client, in parallel and with short timeouts. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Check each service of the local platform with its real client.",
        "Exit code 0 when every service answers, 1 otherwise."})
final class StatusCommand implements Callable<Integer> {
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration OVERALL = Duration.ofSeconds(12);

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PlatformSettings settings = PlatformSettings.from(configOptions.config());
        PrintWriter out = spec.commandLine().getOut();
        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        if (found.running().isEmpty()) {
            out.println(found.isStale()
                ? "local platform is not running (stale state file of pid " + found.stalePid() + "; the process is gone)"
                : "local platform is not running");
            for (ServiceKind kind : ServiceKind.values()) {
                out.println(line(kind, kind.address(settings), false, "platform not running"));
            }
            out.flush();
            return ExitCode.FAILED;
        }
        PlatformProcess platform = found.running().get();
        out.println("local platform pid " + platform.pid() + " (" + platform.state().phase().name().toLowerCase(Locale.ROOT)
            + "), data in " + settings.dataDir());
        out.flush();
        Map<ServiceKind, String> failures = probeAll(settings, out);
        return failures.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

    private static Map<ServiceKind, String> probeAll(PlatformSettings settings, PrintWriter out) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(ServiceKind.values().length, r -> {
            Thread t = new Thread(r, "status-probe");
            t.setDaemon(true);
            return t;
        });
        Map<ServiceKind, Future<String>> checks = new EnumMap<>(ServiceKind.class);
        Map<ServiceKind, Long> begins = new EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            begins.put(kind, System.nanoTime());
            checks.put(kind, pool.submit(() -> PlatformProbes.forService(kind, settings, PROBE_TIMEOUT).check()));
        }
        long deadline = System.nanoTime() + OVERALL.toNanos();
        Map<ServiceKind, String> failures = new EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            String address = kind.address(settings);
            try {
                String detail = checks.get(kind).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                long ms = (System.nanoTime() - begins.get(kind)) / 1_000_000;
                out.println(line(kind, address, true, detail + " (" + ms + " ms)"));
            } catch (ExecutionException e) {
                failures.put(kind, reason(e.getCause()));
                out.println(line(kind, address, false, reason(e.getCause())));
            } catch (TimeoutException e) {
                failures.put(kind, "no answer");
                out.println(line(kind, address, false, "no answer within " + OVERALL.toSeconds() + " s"));
            }
            out.flush();
        }
        pool.shutdownNow();
        return failures;
    }

    static String line(ServiceKind kind, String address, boolean up, String detail) {
        return String.format(Locale.ROOT, "  %-15s %-26s %-5s %s", kind.displayName(), address, up ? "up" : "DOWN", detail);
    }

    private static String reason(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        if (message.length() > 160) {
            message = message.substring(0, 160) + "...";
        }
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
