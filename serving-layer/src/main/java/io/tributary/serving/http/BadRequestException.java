package io.tributary.serving.http;

/** A request parameter broke the contract: 400 with {@code {"error", "detail"}}. */
public final class BadRequestException extends RuntimeException {
    private final String error;

    public BadRequestException(String error, String detail) {
        super(detail);
        this.error = error;
    }

    /** Short machine-friendly name of what was wrong, e.g. {@code invalid_date}. */
    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
