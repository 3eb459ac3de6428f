package io.tributary.batch.table;

/**
 * The metastore could not be reached or refused an operation, or a registered table does not match its
 * declaration. The message names the metastore, the table and what was attempted.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
