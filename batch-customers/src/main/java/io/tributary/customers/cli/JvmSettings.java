package io.tributary.customers.cli;

/** System properties the customer process sets before Hudi is loaded. */
public final class JvmSettings {
    private JvmSettings() {
    }

    /**
     * Hudi sizes its in-memory maps with JOL, which by default tries to attach HotSpot's Serviceability Agent
     * (a child process; it fails without privileges and prints warnings) and then an instrumentation agent to
     * itself (refused unless the JVM allows attaching to itself; the attempt took 1.8 s of the first merge of
     * every run, measured). Object layouts are computed from the JVM's own information instead.
     */
    public static void apply() {
        System.setProperty("jol.skipHotspotSAAttach", "true");
        System.setProperty("jol.skipDynamicAttach", "true");
    }
}
