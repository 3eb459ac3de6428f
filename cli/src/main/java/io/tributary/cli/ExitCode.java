package io.tributary.cli;

/** Exit codes of every tributary command (CONTRACT §3). */
public final class ExitCode {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** A job or service failed. */
    public static final int FAILED = 1;
    /** The command line or the configuration was wrong; nothing was done. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
