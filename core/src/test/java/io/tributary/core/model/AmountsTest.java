package io.tributary.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0.00",
        "1, 0.01",
        "-50, -0.50",
        "-5, -0.05",
        "12300, 123.00",
        "12345, 123.45",
        "150, 1.50",
        "99999999999999, 999999999999.99",
        "-99999999999999, -999999999999.99",
        "-9223372036854775808, -92233720368547758.08",
        "9223372036854775807, 92233720368547758.07",
    })
    void formatsWithExactlyTwoDecimals(long cents, String text) {
        assertThat(Amounts.format(cents)).isEqualTo(text);
        assertThat(Amounts.toDecimal(cents)).isEqualTo(new BigDecimal(text));
    }
}
