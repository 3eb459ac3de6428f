package io.tributary.serving.view;

/** A view store (HBase) could not answer in time; the API answers 503 with {@code Retry-After}. */
public final class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
