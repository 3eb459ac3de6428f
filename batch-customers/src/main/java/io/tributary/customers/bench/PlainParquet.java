package io.tributary.customers.bench;

import io.tributary.customers.hudi.CustomerSchema;
import java.io.IOException;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** The baseline the upsert is compared with: the rows written as one plain Parquet file, Snappy as the table. */
final class PlainParquet {
    private PlainParquet() {
    }

    static void write(Configuration conf, Path file, List<GenericRecord> rows) throws IOException {
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(file, conf))
            .withSchema(CustomerSchema.SCHEMA).withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (GenericRecord r : rows) {
                w.write(r);
            }
        }
    }
}
