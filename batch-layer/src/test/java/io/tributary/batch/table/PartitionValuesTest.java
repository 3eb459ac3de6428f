package io.tributary.batch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionValuesTest {
    private static final LocalDate D1 = LocalDate.of(2026, 11, 26);
    private static final LocalDate D2 = LocalDate.of(2026, 11, 27);

    @Test
    void nullIsHivesDefaultPartitionInTheMetastoreAndInFolderNames() {
        PartitionValues values = PartitionValues.of(D2, null);

        assertThat(values.values()).containsExactly("2026-11-27", null);
        assertThat(values.metastoreValues()).containsExactly("2026-11-27", "__HIVE_DEFAULT_PARTITION__");
        assertThat(values.name(Tables.ERRORS_TRANSACTIONS.partitionColumns()))
            .isEqualTo("ingest_date=2026-11-27/event_date=__HIVE_DEFAULT_PARTITION__");
        assertThat(PartitionValues.fromMetastore(values.metastoreValues())).isEqualTo(values);
        assertThat(values.date(0)).isEqualTo(D2);
        assertThat(values.date(1)).isNull();
    }

    @Test
    void aLoneNullIsOneNullValue() {
        assertThat(PartitionValues.of((LocalDate) null).values()).containsExactly((String) null);
        assertThat(PartitionValues.ofText(Arrays.asList("__HIVE_DEFAULT_PARTITION__")))
            .isEqualTo(PartitionValues.of((LocalDate) null));
    }

    @Test
    void sortsByValueWithNullLast() {
        List<PartitionValues> list = new ArrayList<>(List.of(
            PartitionValues.of(D2, null), PartitionValues.of(D2, D1), PartitionValues.of(D1, D2)));
        list.sort(null);

        assertThat(list).containsExactly(PartitionValues.of(D1, D2), PartitionValues.of(D2, D1),
            PartitionValues.of(D2, null));
    }

    @Test
    void refusesValuesHiveWouldEscapeInFolderNames() {
        assertThatThrownBy(() -> PartitionValues.ofText(List.of("a/b"))).hasMessageContaining("a/b");
        assertThatThrownBy(() -> PartitionValues.ofText(List.of("a b"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartitionValues.fromMetastore(List.of("a b")).get(0)).isEqualTo("a b");
    }

    @Test
    void nameChecksTheNumberOfValues() {
        assertThatThrownBy(() -> PartitionValues.of(D1).name(Tables.ERRORS_TRANSACTIONS.partitionColumns()))
            .hasMessageContaining("expected 2 partition values");
    }
}
