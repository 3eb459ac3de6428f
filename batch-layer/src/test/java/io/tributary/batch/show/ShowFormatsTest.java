package io.tributary.batch.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.Tables;
import io.tributary.cli.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowFormatsTest {

    @Test
    void valuesAsJson() {
        assertThat(CellText.json(new BigDecimal("-0.50"))).isEqualTo("-0.50");
        assertThat(CellText.json(Instant.parse("2026-11-26T10:15:30.120Z"))).isEqualTo("2026-11-26T10:15:30.120Z");
        assertThat(CellText.json(LocalDate.of(2026, 11, 26))).isEqualTo("2026-11-26");
        assertThat(CellText.json(new byte[] {(byte) 0xFF, 0})).isEqualTo("/wA=");
        assertThat(CellText.json(42L)).isEqualTo(42L);
        assertThat(CellText.json(null)).isNull();
        assertThat(CellText.text(null)).isEqualTo("NULL");
    }

    @Test
    void jsonLinesKeepColumnOrderAndNulls() {
        StringWriter out = new StringWriter();
        JsonLinesPrinter printer = new JsonLinesPrinter(new PrintWriter(out), List.of("b", "a", "c"));
        printer.row(Arrays.asList("x", new BigDecimal("1.00"), null));
        printer.finish();

        assertThat(out).hasToString("{\"b\":\"x\",\"a\":\"1.00\",\"c\":null}" + System.lineSeparator());
    }

    @Test
    void tableCellsAreCutAndEscaped() {
        assertThat(AlignedTablePrinter.cell("a\tb\nc\u0001")).isEqualTo("a\\tb\\nc?");
        String wide = "x".repeat(41);
        assertThat(AlignedTablePrinter.cell(wide)).hasSize(40).endsWith("...");
        assertThat(AlignedTablePrinter.cell("y".repeat(40))).isEqualTo("y".repeat(40));
        String emoji = "z".repeat(36) + "\uD83D\uDE00" + "tail";
        assertThat(AlignedTablePrinter.cell(emoji)).isEqualTo("z".repeat(36) + "...");
    }

    @Test
    void alignedTableLinesUp() {
        StringWriter out = new StringWriter();
        AlignedTablePrinter printer = new AlignedTablePrinter(new PrintWriter(out), List.of("id", "amount"));
        printer.row(List.of("long-identifier", new BigDecimal("1.00")));
        printer.row(Arrays.asList("e", null));
        printer.finish();

        assertThat(out.toString().lines().toList()).containsExactly(
            "id              | amount",
            "--------------- | ------",
            "long-identifier | 1.00",
            "e               | NULL",
            "(2 rows)");
    }

    @Test
    void partitionFilterMatchesAlternativesPerKeyAndAllKeys() {
        PartitionFilter filter = PartitionFilter.parse(Tables.ERRORS_TRANSACTIONS, List.of(
            "ingest_date=2026-11-27", "event_date=2026-11-20", "event_date=__HIVE_DEFAULT_PARTITION__"));

        LocalDate ingest = LocalDate.of(2026, 11, 27);
        assertThat(filter.matches(PartitionValues.of(ingest, null))).isTrue();
        assertThat(filter.matches(PartitionValues.of(ingest, LocalDate.of(2026, 11, 20)))).isTrue();
        assertThat(filter.matches(PartitionValues.of(ingest, LocalDate.of(2026, 11, 21)))).isFalse();
        assertThat(filter.matches(PartitionValues.of(ingest.plusDays(1), null))).isFalse();
        assertThat(PartitionFilter.parse(Tables.ERRORS_TRANSACTIONS, List.of()).matches(PartitionValues.of(ingest, null)))
            .isTrue();
    }

    @Test
    void partitionFilterRefusesWhatCannotMatch() {
        assertThatThrownBy(() -> PartitionFilter.parse(Tables.CURATED_TRANSACTIONS, List.of("event_date")))
            .isInstanceOf(UsageException.class).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> PartitionFilter.parse(Tables.CURATED_TRANSACTIONS, List.of("customer_id=C1")))
            .hasMessageContaining("'customer_id' is not a partition column").hasMessageContaining("event_date");
        assertThatThrownBy(() -> PartitionFilter.parse(Tables.CURATED_TRANSACTIONS, List.of("event_date=2026-02-30")))
            .hasMessageContaining("not a date");
    }
}
