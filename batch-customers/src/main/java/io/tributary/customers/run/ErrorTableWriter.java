package io.tributary.customers.run;

import io.tributary.core.parse.Rejection;
import io.tributary.customers.hudi.CustomerSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * Writes the rejected rows of a run as one Parquet file of {@code errors.customers}, partition
 * {@code run_id=<run>}. Written under a temporary name and renamed, so a reader never sees half a file.
 */
public final class ErrorTableWriter {
    static final Schema SCHEMA = new Schema.Parser().parse("""
        {"type": "record", "name": "customer_error", "namespace": "io.tributary.customers",
         "fields": [
           {"name": "raw_payload", "type": "bytes"},
           {"name": "raw_text", "type": "string"},
           {"name": "reason_code", "type": "string"},
           {"name": "message", "type": "string"},
           {"name": "source", "type": "string"},
           {"name": "source_name", "type": "string"},
           {"name": "source_offset", "type": "long"},
           {"name": "source_line", "type": "long"},
           {"name": "ingest_time", "type": {"type": "long", "logicalType": "timestamp-micros"}}
         ]}
        """);

    private ErrorTableWriter() {
    }

    /** Writes {@code rejections} into {@code folder}/part-00000.parquet; returns the file. */
    public static Path write(FileSystem fs, Configuration conf, Path folder, List<Rejection> rejections) throws IOException {
        fs.mkdirs(folder);
        Path tmp = new Path(folder, "_part-00000.parquet.tmp");
        Path target = new Path(folder, "part-00000.parquet");
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(tmp, conf))
            .withSchema(SCHEMA)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
            for (Rejection r : rejections) {
                w.write(row(r));
            }
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
        return target;
    }

    static GenericRecord row(Rejection r) {
        GenericRecord g = new GenericData.Record(SCHEMA);
        g.put("raw_payload", ByteBuffer.wrap(r.rawPayload()));
        g.put("raw_text", new String(r.rawPayload(), StandardCharsets.UTF_8));
        g.put("reason_code", r.reason().name());
        g.put("message", r.message());
        g.put("source", r.position().kind().name().toLowerCase(java.util.Locale.ROOT));
        g.put("source_name", r.position().sourceName());
        g.put("source_offset", r.position().offset());
        g.put("source_line", r.position().line());
        g.put("ingest_time", CustomerSchema.micros(r.position().ingestTime()));
        return g;
    }
}
