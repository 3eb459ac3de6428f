package io.tributary.cli;

import picocli.CommandLine.Command;

/**
 * Commands that run in the speed layer's own process (Kafka Streams, the Kafka producer and the shaded HBase
 * client are on its classpath, not on this one): the launcher routes them there. Registered here so that the root
 * help lists them with their synopsis; reached through this main, they say where to go.
 */
public final class SpeedLayerCommands {
    private SpeedLayerCommands() {
    }

    @Command(name = "speed",
        description = "Run the speed layer (Kafka Streams -> HBase speed views), with Prometheus metrics; stops on SIGTERM.",
        customSynopsis = "tributary speed")
    public static final class Speed extends LauncherCommands.LauncherOnly {
    }

    @Command(name = "produce",
        description = "Publish event files (and customer change files) to the transactions (and customers) topic.",
        customSynopsis = "tributary produce --from DIR [--rate N]")
    public static final class Produce extends LauncherCommands.LauncherOnly {
    }
}
