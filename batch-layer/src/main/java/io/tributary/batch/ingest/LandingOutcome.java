package io.tributary.batch.ingest;

import java.util.Objects;

/**
 * What landing did with one file of the source folder.
 *
 * @param source the file, relative to the source folder
 * @param status landed, already there, or not a file to land
 * @param landed the landing record: the new one, or for {@link Status#ALREADY_LANDED} the earlier one; null for
 *               files that were not landed
 * @param bytes  the file's size
 */
public record LandingOutcome(String source, Status status, LandedFile landed, long bytes) {

    public enum Status {
        /** Copied into the raw zone. */
        LANDED,
        /** Content with the same SHA-256 was landed before (under any name): nothing written. */
        ALREADY_LANDED,
        /** Not a contract extension ({@code .jsonl .json .csv .log}, optionally {@code .gz}). */
        NOT_AN_INPUT_FILE,
        /** A name starting with {@code .} or {@code _}: by convention a file still being written, or not data. */
        HIDDEN
    }

    public LandingOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if ((status == Status.LANDED || status == Status.ALREADY_LANDED) != (landed != null)) {
            throw new IllegalArgumentException("a landing record goes with LANDED and ALREADY_LANDED only");
        }
    }

    /** One line for the user, e.g. {@code landed  a/b.jsonl -> /lake/raw/... (1234 bytes)}. */
    public String describe() {
        return switch (status) {
            case LANDED -> "landed   " + source + " -> " + landed.rawPath() + " (" + landed.kind().label() + ", "
                + bytes + " bytes)";
            case ALREADY_LANDED -> "skipped  " + source + ": already landed as " + landed.rawPath();
            case NOT_AN_INPUT_FILE -> "skipped  " + source + ": not an input file (extension)";
            case HIDDEN -> "skipped  " + source + ": hidden name";
        };
    }
}
