package io.tributary.platform;

/**
 * Where logs go. The CLI and the server share one log4j2 configuration that writes to a file and
 * never to the console; the file and the level come from system properties.
 */
public final class LogSetup {
    public static final String CONFIG_RESOURCE = "tributary-local-log4j2.xml";
    public static final String LOG_FILE_PROPERTY = "tributary.log.file";
    public static final String LOG_LEVEL_PROPERTY = "tributary.log.level";

    private LogSetup() {
    }

    /**
     * Points log4j2 at the platform's configuration unless the caller chose one; must run before the
     * first logger is created, so the CLI's main calls it first.
     */
    public static void useDefaultConfig() {
        if (System.getProperty("log4j2.configurationFile") == null
            && LogSetup.class.getClassLoader().getResource("log4j2-test.xml") == null) {
            System.setProperty("log4j2.configurationFile", CONFIG_RESOURCE);
        }
    }
}
