package io.tributary.speed.cli;

import io.tributary.cli.ConfigOptions;
import io.tributary.cli.ExitCode;
import io.tributary.cli.JobFailedException;
import io.tributary.cli.UsageException;
import io.tributary.speed.app.EventPublisher;
import io.tributary.speed.app.TopicSetup;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary produce --from DIR [--rate N]}: publishes generated (or any JSON lines) event files. */
@Command(name = "produce", mixinStandardHelpOptions = true,
    description = {"Publish event files to the transactions topic (and customer change files to the compacted customers topic).",
        "DIR is a generated data set (its kafka/ and customers/ folders are published, customers first) or a folder of"
            + " .jsonl files and customer change .csv files. Lines go out unchanged, in path and line order, keyed by customer_id."})
public final class ProduceCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder to publish.")
    Path from;

    @Option(names = "--rate", paramLabel = "N", description = "At most N events per second (default: as fast as possible).")
    int rate;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            throw new UsageException("--from " + from + " is not a folder");
        }
        if (rate < 0) {
            throw new UsageException("--rate must be a positive number of events per second");
        }
        EventPublisher.Inputs inputs = EventPublisher.inputsOf(from);
        if (inputs.transactionFiles().isEmpty() && inputs.customerFiles().isEmpty()) {
            throw new UsageException("--from " + from + " holds no .jsonl event files and no customer change files");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            TopicSetup.ensure(configOptions.config());
            try (EventPublisher publisher = new EventPublisher(configOptions.config())) {
                long[] customers = publisher.publishCustomers(inputs.customerFiles());
                long events = publisher.publishTransactions(inputs.transactionFiles(), rate, err);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("published %d events from %d file(s) and %d customer changes from %d file(s)"
                        + " (%d broken customer rows not published)%n", events, inputs.transactionFiles().size(),
                    customers[0], inputs.customerFiles().size(), customers[1]);
                out.flush();
            }
        } catch (IllegalStateException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
