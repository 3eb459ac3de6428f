package io.tributary.batch.nightly;

import io.tributary.batch.lake.LakePaths;
import io.tributary.cli.ConfigOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary nightly [--date D]}: exactly what the Oozie coordinator runs for one night, in the same order. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"The nightly late-data reconciliation: ingest, archive, customers, plan, curate, views, gate, "
        + "publish, expire (docs/NIGHTLY.md).",
        "Exit 1 when a step fails, the gate included (nothing is published then). Running it twice does nothing the "
            + "second time."})
public final class NightlyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--date", paramLabel = "D", description = "The night: the UTC day whose data it closes; default: yesterday (UTC).")
    String date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate night = night();
        LakePaths lake = LakePaths.from(configOptions.config());
        Map<String, String> parameters = Map.of(Workflows.NIGHTLY_DATE, night.toString(),
            Workflows.CUSTOMERS_INPUT, lake.rawCustomers().toString());
        return new WorkflowRunner(spec.commandLine().getOut(), configOptions.asArguments())
            .run("nightly " + night, Workflows.NIGHTLY, parameters);
    }

    private LocalDate night() {
        if (date == null) {
            return LocalDate.now(ZoneOffset.UTC).minusDays(1);
        }
        return DateOption.parse("--date", date);
    }
}
