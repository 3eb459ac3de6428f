package io.tributary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build stamped into the jar, so {@code --version} never drifts from the pom. */
public final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/io/tributary/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"tributary " + version()};
    }

    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
