package io.tributary.customers.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.metastore.api.FieldSchema;
import org.apache.hadoop.hive.metastore.api.Table;
import org.junit.jupiter.api.Test;

/** How earlier versions registered curated.customers (with Hudi's meta columns) is recognised, and nothing else. */
class EarlierMetaColumnLayoutTest {
    private static final TableSpec SPEC = CustomerTables.CURATED_CUSTOMERS;

    private static Table registered(List<FieldSchema> leading) {
        Table t = CustomersCatalog.table(SPEC, new Path("file:///lake/curated/customers"));
        List<FieldSchema> cols = new ArrayList<>(leading);
        cols.addAll(t.getSd().getCols());
        t.getSd().setCols(cols);
        return t;
    }

    private static List<FieldSchema> meta() {
        List<FieldSchema> cols = new ArrayList<>();
        for (String n : List.of("commit_time", "commit_seqno", "record_key", "partition_path", "file_name")) {
            cols.add(new FieldSchema("_hoodie_" + n, "string", ""));
        }
        return cols;
    }

    @Test
    void theMetaColumnsInFrontOfTheDeclaredOnesAreTheEarlierLayout() {
        Table earlier = registered(meta());
        assertThat(CustomersCatalog.differences(SPEC, earlier)).isNotEmpty();
        assertThat(CustomersCatalog.isEarlierMetaColumnLayout(SPEC, earlier)).isTrue();
    }

    @Test
    void anyOtherDifferenceIsNot() {
        Table current = registered(List.of());
        assertThat(CustomersCatalog.isEarlierMetaColumnLayout(SPEC, current)).isFalse();

        Table otherColumn = registered(List.of(new FieldSchema("extra", "string", "")));
        assertThat(CustomersCatalog.isEarlierMetaColumnLayout(SPEC, otherColumn)).isFalse();

        Table otherFormat = registered(meta());
        otherFormat.getSd().setInputFormat(CustomerTables.PARQUET_INPUT_FORMAT);
        assertThat(CustomersCatalog.isEarlierMetaColumnLayout(SPEC, otherFormat)).isFalse();
    }
}
