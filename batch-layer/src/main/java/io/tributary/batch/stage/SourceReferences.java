package io.tributary.batch.stage;

/**
 * Writes a source name as something shorter (a number of a run's list of sources) and reads it back. Used by
 * {@link StagedRecord#compact} for the curation jobs' intermediate records, where every record of a raw file
 * would otherwise repeat the file's path.
 */
public interface SourceReferences {
    /** Writes the name given as {@code len} UTF-8 bytes of {@code utf8} from {@code off}. */
    void write(ByteWriter out, byte[] utf8, int off, int len);

    /** Reads a name {@link #write} wrote. */
    String read(ByteReader in);
}
