package io.tributary.speed.cli;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.speed.app.SpeedService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tributary speed}: runs one speed-layer instance until SIGTERM (or Ctrl-C), then stops cleanly. */
@Command(name = "speed", mixinStandardHelpOptions = true,
    description = {"Run the speed layer: transactions -> parse, validate, dedup, hourly event-time windows with grace ->"
        + " HBase speed view; invalid records to the DLQ topic, late ones to the late topic.",
        "Several instances with the same speed.application.id share the partitions. Prometheus metrics on"
            + " speed.metrics.port (/metrics). Stops cleanly on SIGTERM."})
public final class SpeedCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpeedService service = new SpeedService(configOptions.config());
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCode.OK);
        Thread hook = new Thread(() -> {
            service.stop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // A JVM ended by SIGTERM exits with 143 whatever happened; a clean stop is a success (0).
            Runtime.getRuntime().halt(exitCode.get());
        }, "speed-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            service.run();
            spec.commandLine().getErr().println("tributary speed: stopped");
            spec.commandLine().getErr().flush();
        } catch (IllegalStateException e) {
            exitCode.set(ExitCode.FAILED);
            throw new JobFailedException(e.getMessage(), e);
        } catch (Exception | Error e) {
            exitCode.set(ExitCode.FAILED);
            throw e;
        } finally {
            finished.countDown();
        }
        return ExitCode.OK;
    }
}
