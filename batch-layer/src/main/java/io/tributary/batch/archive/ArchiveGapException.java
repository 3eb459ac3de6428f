package io.tributary.batch.archive;

/** The topic no longer holds what the archive needs next (retention ran first), or does not match the archive. */
public final class ArchiveGapException extends RuntimeException {
    public ArchiveGapException(String message) {
        super(message);
    }
}
