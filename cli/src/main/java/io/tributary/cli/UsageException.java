package io.tributary.cli;

/** A wrong argument or setting found by a command itself; reported as one line, exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
