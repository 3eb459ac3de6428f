package io.tributary.platform;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Starts the platform process in the background and waits until every service is ready. */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = {"Start HDFS, Hive Metastore, HBase and Kafka on local.bind.host in a background process "
        + "and wait until each answers a real client (at most local.start.timeout).",
        "Data lives in local.data.dir (default ./var); logs in <local.data.dir>/log."})
final class StartCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PlatformSettings settings = PlatformSettings.from(configOptions.config());
        PrintWriter out = spec.commandLine().getOut();
        PlatformProcess.Lookup found = PlatformProcess.find(settings);
        if (found.running().isPresent()) {
            out.println("local platform already running (pid " + found.running().get().pid() + ")");
            out.flush();
            return ExitCode.OK;
        }
        if (found.isStale()) {
            out.println("removing the stale state file of pid " + found.stalePid() + " (that process is gone)");
            PlatformProcess.forgetStale(settings);
        }
        Optional<PortUse> shared = PortChecker.firstDuplicate(settings.ports());
        if (shared.isPresent()) {
            throw new UsageException(shared.get().configKey() + " uses port " + shared.get().port()
                + ", which another local service uses too");
        }
        Optional<PortUse> busy = PortChecker.firstBusy(settings.host(), settings.ports());
        if (busy.isPresent()) {
            throw new JobFailedException(PortChecker.busyMessage(settings.host(), busy.get()));
        }
        Process server = ServerLauncher.launch(settings);
        out.println("starting the local platform (pid " + server.pid() + "), data in " + settings.dataDir());
        out.flush();
        new StartupWatcher(settings, server, out).awaitReady();
        return ExitCode.OK;
    }
}
