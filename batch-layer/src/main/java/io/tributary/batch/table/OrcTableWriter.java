package io.tributary.batch.table;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.Writer;

/**
 * Writes rows of one table into one ORC file, a batch at a time:
 *
 * <pre>{@code
 * try (OrcTableWriter out = OrcTableWriter.create(conf, Tables.CURATED_TRANSACTIONS, file)) {
 *     for (...) {
 *         out.append((batch, row) -> CuratedRow.set(batch, row, txn, position, segment, country, runId));
 *     }
 * }
 * }</pre>
 *
 * <p>Storage options are those of {@link OrcStorage} (compression, bloom filters, dictionary choices). Timestamps are written with ORC's UTC option: the file
 * records UTC as its writer time zone, so a reader in any time zone reads back the same instant (without it
 * ORC would shift values by the writer JVM's zone). The file holds nothing but the rows, so the same rows
 * give the same bytes: a rerun is reproducible. An existing file is never replaced (published run folders
 * are immutable): write a new run's files into a new folder.
 */
public final class OrcTableWriter implements Closeable {
    /** Fills row {@code row} of {@code batch}, e.g. with {@link CuratedRow#set}. */
    @FunctionalInterface
    public interface RowFiller {
        void fill(VectorizedRowBatch batch, int row);
    }

    private final TableSpec spec;
    private final Path path;
    private final Writer writer;
    private final VectorizedRowBatch batch;
    private long rows;
    private boolean closed;

    private OrcTableWriter(TableSpec spec, Path path, Writer writer) {
        this.spec = spec;
        this.path = path;
        this.writer = writer;
        this.batch = spec.orcSchema().createRowBatch();
    }

    /** Creates {@code file} (its folder is created as needed); fails if it exists. */
    public static OrcTableWriter create(Configuration conf, TableSpec spec, Path file) throws IOException {
        return new OrcTableWriter(spec, file, OrcFile.createWriter(file, options(conf, spec)));
    }

    /** The writer options of a table's files; for writers that manage files themselves (an OutputFormat). */
    public static OrcFile.WriterOptions options(Configuration conf, TableSpec spec) {
        Configuration writerConf = new Configuration(conf);
        writerConf.set(OrcConf.DICTIONARY_IMPL.getAttribute(), OrcStorage.DICTIONARY_IMPLEMENTATION);
        OrcFile.WriterOptions options = OrcFile.writerOptions(writerConf)
            .setSchema(spec.orcSchema())
            .compress(OrcStorage.COMPRESSION)
            .useUTCTimestamp(true)
            .overwrite(false);
        if (spec.orcSchema().getFieldNames().contains(OrcStorage.DIRECT_ENCODING_COLUMNS)) {
            options.directEncodingColumns(OrcStorage.DIRECT_ENCODING_COLUMNS);
        }
        if (!spec.bloomFilterColumns().isEmpty()) {
            options.bloomFilterColumns(String.join(",", spec.bloomFilterColumns()))
                .bloomFilterFpp(OrcStorage.BLOOM_FILTER_FPP);
        }
        return options;
    }

    /** Adds one row; the batch goes to the file whenever it is full. */
    public void append(RowFiller filler) throws IOException {
        if (closed) {
            throw new IllegalStateException("writer of " + path + " is closed");
        }
        if (batch.size == batch.getMaxSize()) {
            flush();
        }
        // The row counts only once it is filled completely: a filler that throws leaves no half row.
        filler.fill(batch, batch.size);
        batch.size++;
        rows++;
    }

    private void flush() throws IOException {
        if (batch.size > 0) {
            writer.addRowBatch(batch);
            batch.reset();
        }
    }

    /** Rows appended so far. */
    public long rowCount() {
        return rows;
    }

    public Path path() {
        return path;
    }

    public TableSpec spec() {
        return spec;
    }

    /** Writes the last batch and the file footer. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            writer.close();
        }
    }
}
