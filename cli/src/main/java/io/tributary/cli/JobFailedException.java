package io.tributary.cli;

/** A job that ran and failed for a reason the user can act on; reported as one line, exit code 1. */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobFailedException(String message) {
        super(message);
    }

    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
