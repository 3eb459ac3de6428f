package io.tributary.platform;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Stops the platform process with SIGTERM; the process stops its services in reverse order. */
@Command(name = "stop", mixinStandardHelpOptions = true,
    description = "Stop the local platform (SIGTERM, services stop in reverse start order) and wait for it to exit.")
final class StopCommand implements Callable<Integer> {
    /** Longer than the server's own bounded shutdown, so its verdict arrives first. */
    static final Duration STOP_WAIT = Duration.ofSeconds(150);

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlatformSettings settings = PlatformSettings.from(configOptions.config());
        PrintWriter out = spec.commandLine().getOut();
        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        if (found.running().isEmpty()) {
            if (found.isStale()) {
                PlatformProcess.forgetStale(settings);
                out.println("local platform is not running (removed the stale state file of pid " + found.stalePid() + ")");
            } else {
                out.println("local platform is not running");
            }
            out.flush();
            return ExitCode.OK;
        }
        PlatformProcess platform = found.running().get();
        long begin = System.nanoTime();
        out.println("stopping the local platform (pid " + platform.pid() + ")");
        out.flush();
        platform.handle().destroy();
        try {
            platform.handle().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new JobFailedException("pid " + platform.pid() + " did not exit within " + STOP_WAIT.toSeconds()
                + " s; see " + settings.logDir().resolve("platform.log") + " (kill -9 " + platform.pid()
                + " forces it, losing what HBase had not flushed)");
        }
        out.println(String.format(Locale.ROOT, "local platform stopped (pid %d) in %.1f s", platform.pid(),
            (System.nanoTime() - begin) / 1e9));
        out.flush();
        return ExitCode.OK;
    }
}
