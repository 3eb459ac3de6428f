package io.tributary.customers.hudi.io;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.hudi.common.util.collection.ClosableIterator;
import org.apache.hudi.io.hadoop.HoodieAvroParquetReader;
import org.apache.hudi.storage.HoodieStorage;
import org.apache.hudi.storage.StoragePath;

/**
 * Hudi's Avro Parquet reader whose rows carry the schema instance they were asked for, when their own schema is
 * equal to it (see {@link SchemaIdentityIOFactory} for why). A row whose schema differs (a projection, an evolved
 * file) is passed on unchanged, so Hudi's own schema handling still applies to it.
 */
public class SchemaIdentityParquetReader extends HoodieAvroParquetReader {

    public SchemaIdentityParquetReader(HoodieStorage storage, StoragePath path) {
        super(storage, path);
    }

    @Override
    protected ClosableIterator<IndexedRecord> getIndexedRecordIterator(Schema schema) throws IOException {
        return new Rehomed(super.getIndexedRecordIterator(schema), schema);
    }

    @Override
    public ClosableIterator<IndexedRecord> getIndexedRecordIterator(Schema readerSchema, Schema requestedSchema)
        throws IOException {
        return new Rehomed(super.getIndexedRecordIterator(readerSchema, requestedSchema), requestedSchema);
    }

    /** Rows moved onto {@code wanted} when equal to it; the equality is decided once per distinct row schema. */
    private static final class Rehomed implements ClosableIterator<IndexedRecord> {
        private final ClosableIterator<IndexedRecord> rows;
        private final Schema wanted;
        private Schema lastSeen;
        private boolean lastSeenEqual;

        Rehomed(ClosableIterator<IndexedRecord> rows, Schema wanted) {
            this.rows = rows;
            this.wanted = wanted;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public IndexedRecord next() {
            IndexedRecord row = rows.next();
            Schema own = row.getSchema();
            if (own == wanted) {
                return row;
            }
            if (own != lastSeen) {
                lastSeen = own;
                lastSeenEqual = own.equals(wanted);
            }
            if (!lastSeenEqual) {
                return row;
            }
            GenericData.Record copy = new GenericData.Record(wanted);
            int fields = wanted.getFields().size();
            for (int i = 0; i < fields; i++) {
                copy.put(i, row.get(i));
            }
            return copy;
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
