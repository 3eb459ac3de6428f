package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/TABLES.md lists every column of every table with its type, as declared. */
class TablesDocTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", ".")).resolve("../docs/TABLES.md").normalize();

    static List<TableSpec> specs() {
        return Tables.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyColumnIsDocumentedWithItsType(TableSpec spec) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(doc).contains("## " + spec.qualifiedName() + "\n");
        for (Column c : spec.allColumns()) {
            assertThat(doc).as("row of %s.%s in %s", spec.qualifiedName(), c.name(), DOC)
                .contains("| `" + c.name() + "` | `" + c.hiveType() + "` |");
        }
    }
}
