package io.tributary.customers.run;

import io.tributary.core.config.TributaryConfig;
import io.tributary.customers.cli.CustomerSettings;
import io.tributary.customers.hudi.HudiTableSettings;
import java.time.Clock;
import java.util.Map;

/**
 * A customer run in its own JVM that stops between writing its data files and completing its Hudi commit, says
 * so on stdout and waits there to be killed: the writer that dies mid-commit in {@link FailedCommitRollbackIT}.
 * Arguments: storage root, metastore URI, input path.
 */
public final class KillableCustomerWriter {
    public static final String READY = "DATA-WRITTEN ";

    private KillableCustomerWriter() {
    }

    public static void main(String[] args) throws Exception {
        TributaryConfig config = TributaryConfig.of(Map.of("fs.uri", "file:///", "storage.root", args[0],
            "metastore.uris", args[1]));
        new ApplyCustomersRun(config, CustomerSettings.hadoop(config), HudiTableSettings.DEFAULT, Clock.systemUTC(), line -> { })
            .beforeCommit(instant -> {
                System.out.println(READY + instant);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })
            .run(CustomerSettings.inputPath(args[2]));
    }
}
