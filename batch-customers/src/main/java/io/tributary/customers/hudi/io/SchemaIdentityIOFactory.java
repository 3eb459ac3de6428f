package io.tributary.customers.hudi.io;

import org.apache.hudi.common.model.HoodieRecord.HoodieRecordType;
import org.apache.hudi.io.hadoop.HoodieAvroFileReaderFactory;
import org.apache.hudi.io.hadoop.HoodieHadoopIOFactory;
import org.apache.hudi.io.storage.HoodieFileReader;
import org.apache.hudi.io.storage.HoodieFileReaderFactory;
import org.apache.hudi.storage.HoodieStorage;
import org.apache.hudi.storage.StoragePath;

/**
 * Hudi's Hadoop I/O factory, except that Parquet base files are read by {@link SchemaIdentityParquetReader}.
 * Selected with {@code hoodie.io.factory.class} (Hudi 0.15) on the Hadoop configuration the write client uses.
 *
 * <p>Why: a copy-on-write merge copies every stored row into the new file version, and for each row Hudi checks
 * whether the row's schema equals the file's write schema. parquet-avro gives rows a schema parsed again from
 * text, so that check is a deep comparison of two equal schemas for every row (a third of a merge's CPU time in
 * the profile, docs/BENCHMARKS.md). Rows handed to Hudi with the very schema instance it asked for pass the check
 * at once.
 */
public class SchemaIdentityIOFactory extends HoodieHadoopIOFactory {

    public SchemaIdentityIOFactory(HoodieStorage storage) {
        super(storage);
    }

    @Override
    public HoodieFileReaderFactory getReaderFactory(HoodieRecordType recordType) {
        if (recordType != HoodieRecordType.AVRO) {
            return super.getReaderFactory(recordType);
        }
        return new HoodieAvroFileReaderFactory(storage) {
            @Override
            protected HoodieFileReader newParquetFileReader(StoragePath path) {
                return new SchemaIdentityParquetReader(storage, path);
            }
        };
    }
}
