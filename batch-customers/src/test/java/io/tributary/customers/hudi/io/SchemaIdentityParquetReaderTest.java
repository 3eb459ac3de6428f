package io.tributary.customers.hudi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hudi.common.model.HoodieRecord;
import org.apache.hudi.common.util.collection.ClosableIterator;
import org.apache.hudi.hadoop.fs.HadoopFSUtils;
import org.apache.hudi.storage.StoragePath;
import org.apache.hudi.storage.hadoop.HoodieHadoopStorage;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaIdentityParquetReaderTest {
    private static final String SCHEMA_TEXT = SchemaBuilder.record("row").namespace("t").fields()
        .requiredString("id").optionalString("name").requiredLong("at").endRecord().toString();

    @TempDir
    Path dir;

    @Test
    void rowsCarryTheVeryInstanceOfAnEqualRequestedSchemaWithTheSameValues() throws IOException {
        StoragePath file = write(List.of(row("a", "x", 1), row("b", null, 2)));
        Schema wanted = new Schema.Parser().parse(SCHEMA_TEXT);

        List<IndexedRecord> rows = readAll(file, wanted);

        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.getSchema()).isSameAs(wanted));
        assertThat(rows.get(0).get(0).toString()).isEqualTo("a");
        assertThat(rows.get(0).get(1).toString()).isEqualTo("x");
        assertThat(rows.get(0).get(2)).isEqualTo(1L);
        assertThat(rows.get(1).get(1)).isNull();
        assertThat(rows.get(1).get(2)).isEqualTo(2L);
    }

    @Test
    void aProjectionIsPassedOnAsTheParquetReaderMadeIt() throws IOException {
        StoragePath file = write(List.of(row("a", "x", 1)));
        Schema projection = SchemaBuilder.record("row").namespace("t").fields().requiredString("id").endRecord();

        List<IndexedRecord> rows = readAll(file, projection);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getSchema()).isEqualTo(projection);
        assertThat(rows.get(0).get(0).toString()).isEqualTo("a");
    }

    private static GenericRecord row(String id, String name, long at) {
        GenericRecord r = new GenericData.Record(new Schema.Parser().parse(SCHEMA_TEXT));
        r.put("id", id);
        r.put("name", name);
        r.put("at", at);
        return r;
    }

    private StoragePath write(List<GenericRecord> rows) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir.resolve("rows.parquet").toUri());
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(
            HadoopOutputFile.fromPath(path, new Configuration())).withSchema(rows.get(0).getSchema()).build()) {
            for (GenericRecord r : rows) {
                w.write(r);
            }
        }
        return new StoragePath(path.toUri());
    }

    private static List<IndexedRecord> readAll(StoragePath file, Schema schema) throws IOException {
        HoodieHadoopStorage storage = new HoodieHadoopStorage(file, HadoopFSUtils.getStorageConf(new Configuration()));
        SchemaIdentityParquetReader reader = new SchemaIdentityParquetReader(storage, file);
        List<IndexedRecord> out = new ArrayList<>();
        try (ClosableIterator<HoodieRecord<IndexedRecord>> it = reader.getRecordIterator(schema)) {
            while (it.hasNext()) {
                out.add(it.next().getData());
            }
        } finally {
            reader.close();
        }
        return out;
    }
}
