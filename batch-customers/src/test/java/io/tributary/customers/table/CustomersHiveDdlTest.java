package io.tributary.customers.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL files in {@code hive/} are what the code registers. When this fails, the generated text is in
 * {@code batch-customers/target/hive/}: review it and copy it over the file.
 */
class CustomersHiveDdlTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path HIVE = MODULE.resolve("../hive").normalize();

    static List<TableSpec> specs() {
        return CustomerTables.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void ddlFileIsTheGeneratedDdl(TableSpec spec) throws IOException {
        String generated = CustomersHiveDdl.render(spec);
        Path copy = MODULE.resolve("target/hive").resolve(CustomersHiveDdl.fileName(spec));
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, generated, StandardCharsets.UTF_8);
        Path file = HIVE.resolve(CustomersHiveDdl.fileName(spec));
        assertThat(file).as("DDL file of %s (generated text: %s)", spec.qualifiedName(), copy).exists();
        assertThat(normalise(Files.readString(file, StandardCharsets.UTF_8)))
            .as("%s differs from the table declaration; the generated text is in %s", file, copy)
            .isEqualTo(normalise(generated));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theRegisteredThriftTableSaysWhatTheDdlSays(TableSpec spec) {
        Table t = CustomersCatalog.table(spec, new org.apache.hadoop.fs.Path("/lake/" + spec.relativeLocation()));
        String ddl = CustomersHiveDdl.render(spec);
        for (FieldSchema f : t.getSd().getCols()) {
            assertThat(ddl).contains("`" + f.getName() + "`");
        }
        assertThat(ddl).contains("STORED AS INPUTFORMAT '" + t.getSd().getInputFormat() + "'")
            .contains("OUTPUTFORMAT '" + t.getSd().getOutputFormat() + "'")
            .contains("ROW FORMAT SERDE '" + t.getSd().getSerdeInfo().getSerializationLib() + "'");
        assertThat(t.getTableType()).isEqualTo("EXTERNAL_TABLE");
    }

    @Test
    void theDimensionIsReadThroughHudisInputFormat() {
        assertThat(CustomersHiveDdl.render(CustomerTables.CURATED_CUSTOMERS))
            .contains("STORED AS INPUTFORMAT 'org.apache.hudi.hadoop.HoodieParquetInputFormat'")
            .contains("ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'")
            .contains("LOCATION '${hivevar:root}/curated/customers'");
    }

    private static String normalise(String text) {
        return text.lines().filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining(" ")).replaceAll("\\s+", " ").strip();
    }
}
