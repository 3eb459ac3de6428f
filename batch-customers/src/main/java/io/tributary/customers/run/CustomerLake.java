package io.tributary.customers.run;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import org.apache.hadoop.fs.Path;

/** The folders of the lake that the customer dimension uses (layout: docs/ARCHITECTURE.md, docs/CUSTOMERS.md). */
public record CustomerLake(Path root) {

    public static CustomerLake from(TributaryConfig config) {
        String fs = config.get(ConfigKeys.FS_URI).toString();
        String base = fs.endsWith("/") ? fs.substring(0, fs.length() - 1) : fs;
        return new CustomerLake(new Path(base + config.get(ConfigKeys.STORAGE_ROOT)));
    }

    /** The Hudi table's base path. */
    public Path customersTable() {
        return new Path(root, "curated/customers");
    }

    /**
     * Exports of the current dimension for the curation job, one file per Hudi commit named {@code <commit>.tsv}
     * (the batch layer reads the newest). The leading underscore keeps it out of table scans.
     */
    public Path snapshotExports() {
        return new Path(root, "curated/_customers_snapshot");
    }

    public Path snapshotExport(String commit) {
        return new Path(snapshotExports(), commit + ".tsv");
    }

    public Path errors() {
        return new Path(root, "errors/customers");
    }

    public Path errors(String runId) {
        return new Path(errors(), "run_id=" + runId);
    }

    public Path runManifest(String runId) {
        return new Path(root, "_runs/" + runId + "/manifest.json");
    }
}
