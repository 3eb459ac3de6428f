package io.tributary.serving.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.time.Granularity;
import io.tributary.serving.http.BadRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpendQueryParserTest {
    private final SpendQueryParser parser = new SpendQueryParser(366, 31);

    @Test
    void aValidRequestDefaultsToDays() {
        SpendQuery q = parser.parse("C0000042", "2026-11-20", "2026-11-22", null);
        assertThat(q.from()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(q.to()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(q.granularity()).isEqualTo(Granularity.DAY);
        assertThat(q.end().toString()).isEqualTo("2026-11-23T00:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "C1|NULL|2026-11-20|day|missing_parameter",
        "C1|2026-11-20|NULL|day|missing_parameter",
        "C1|2026-13-01|2026-11-20|day|invalid_date",
        "C1|2026-11-20T00:00Z|2026-11-20|day|invalid_date",
        "C1|2026-2-1|2026-11-20|day|invalid_date",
        "C1|2026-11-21|2026-11-20|day|invalid_range",
        "C1|2026-11-20|2026-11-20|minute|invalid_granularity",
        "C1|2025-01-01|2026-11-20|day|range_too_long",
        "C1|2026-10-01|2026-11-20|hour|range_too_long",
        "a b|2026-11-20|2026-11-20|day|invalid_customer_id",
    })
    void badParametersAreRefusedWithANamedError(String id, String from, String to, String g, String error) {
        assertThatThrownBy(() -> parser.parse(id, from, to, g))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void customerIdsAreBoundedAndFreeOfControlCharacters() {
        assertThat(SpendQueryParser.customerId("C-1.x:2")).isEqualTo("C-1.x:2");
        assertThatThrownBy(() -> SpendQueryParser.customerId("x".repeat(65))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SpendQueryParser.customerId("a\u0000")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SpendQueryParser.customerId("")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theLongestAllowedRangesPass() {
        assertThat(parser.parse("C1", "2026-01-01", "2027-01-01", "day").from()).isNotNull();
        assertThat(parser.parse("C1", "2026-11-01", "2026-12-01", "hour").granularity()).isEqualTo(Granularity.HOUR);
    }
}
