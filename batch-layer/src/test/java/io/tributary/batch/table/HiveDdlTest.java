package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL files in {@code hive/} are what the code registers. When this fails, the generated text is in
 * {@code batch-layer/target/hive/}: review it and copy it over the file.
 */
class HiveDdlTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path HIVE = MODULE.resolve("../hive").normalize();

    static List<TableSpec> specs() {
        return Tables.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void ddlFileIsTheGeneratedDdl(TableSpec spec) throws IOException {
        String generated = HiveDdl.render(spec);
        Path generatedCopy = MODULE.resolve("target/hive").resolve(HiveDdl.fileName(spec));
        Files.createDirectories(generatedCopy.getParent());
        Files.writeString(generatedCopy, generated, StandardCharsets.UTF_8);

        Path file = HIVE.resolve(HiveDdl.fileName(spec));
        assertThat(file).as("DDL file of %s (generated text: %s)", spec.qualifiedName(), generatedCopy).exists();
        assertThat(normalise(Files.readString(file, StandardCharsets.UTF_8)))
            .as("%s differs from the table declaration; the generated text is in %s", file, generatedCopy)
            .isEqualTo(normalise(generated));
    }

    @Test
    void ddlDeclaresAnExternalOrcTableBelowTheRootVariable() {
        String ddl = HiveDdl.render(Tables.CURATED_TRANSACTIONS);

        assertThat(ddl).contains("CREATE DATABASE IF NOT EXISTS `curated`")
            .contains("LOCATION '${hivevar:root}/curated';")
            .contains("CREATE EXTERNAL TABLE IF NOT EXISTS `curated`.`transactions` (")
            .contains("`amount`           DECIMAL(14,2) COMMENT")
            .contains("PARTITIONED BY (\n  `event_date` DATE COMMENT 'UTC date of event_time.'\n)")
            .contains("STORED AS ORC\nLOCATION '${hivevar:root}/curated/transactions'")
            .contains("'orc.compress'='ZSTD'")
            .contains("'orc.bloom.filter.columns'='event_id,customer_id'");
    }

    @Test
    void quotesLiterals() {
        assertThat(HiveDdl.literal("it's a \\ test")).isEqualTo("'it\\'s a \\\\ test'");
        assertThatThrownBy(() -> HiveDdl.literal("a; b")).hasMessageContaining("must not contain ';'");
    }

    /** Whitespace runs become one space; comment lines are documentation, not DDL. */
    private static String normalise(String text) {
        return text.lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining(" "))
            .replaceAll("\\s+", " ")
            .strip();
    }
}
