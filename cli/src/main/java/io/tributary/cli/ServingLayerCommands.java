package io.tributary.cli;

import picocli.CommandLine.Command;

/**
 * Commands that run in the serving layer's own process (Javalin and the shaded HBase client): the launcher routes
 * them there; registered here so that the root help lists them.
 */
public final class ServingLayerCommands {
    private ServingLayerCommands() {
    }

    @Command(name = "serve",
        description = "Run the serving API that merges batch and speed views (and its freshness page).",
        customSynopsis = "tributary serve [--port P]")
    public static final class Serve extends LauncherCommands.LauncherOnly {
    }
}
