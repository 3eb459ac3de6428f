package io.tributary.customers.cli;

/** System properties the customer process sets before Hudi is loaded. */
public final class JvmSettings {
    private JvmSettings() {
    }

    /**
     * Hudi sizes its in-memory maps with JOL, which by default tries to attach HotSpot's Serviceability Agent
     * (a child process; it fails without privileges and prints warnings). Object layouts are computed from the
     * JVM's own information instead.
     */
    public static void apply() {
        System.setProperty("jol.skipHotspotSAAttach", "true");
    }
}
