package io.tributary.batch.table;

import java.util.Objects;

/**
 * A table as the metastore describes it, whoever created it: its columns as a {@link TableSpec} (so the
 * same reading code serves Tributary's tables and any other ORC table), its folder and its file format.
 *
 * @param spec        columns and partition columns as registered; the location is the registered one
 * @param location    the table's folder, a full URI
 * @param inputFormat the registered input format class name
 */
public record RegisteredTable(TableSpec spec, String location, String inputFormat) {

    public RegisteredTable {
        Objects.requireNonNull(spec, "spec");
    }

    /** True when the table's files are ORC, the only format Tributary reads back. */
    public boolean storedAsOrc() {
        return OrcStorage.INPUT_FORMAT.equals(inputFormat);
    }
}
