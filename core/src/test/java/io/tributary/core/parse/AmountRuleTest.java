package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.json;
import static io.tributary.core.testing.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** amount = exact cents: as a JSON string, a JSON number, a CSV field and a POS log value. */
class AmountRuleTest {

    private final JsonTransactionParser json = new JsonTransactionParser();

    @ParameterizedTest(name = "{0} -> {1} cents")
    @CsvSource({
        "123.45, 12345",
        "1.5, 150",
        "1.50, 150",
        "1.05, 105",
        "0.01, 1",
        "0, 0",
        "0.0, 0",
        "0.00, 0",
        "-0, 0",
        "-0.00, 0",
        "-0.50, -50",
        "-12, -1200",
        "7, 700",
        "100, 10000",
        "999999999999.99, 99999999999999",
        "-999999999999.99, -99999999999999",
        "999999999999, 99999999999900",
    })
    void exactCentsInEveryFormat(String text, long cents) {
        assertThat(amountOf(json.parse(json().str("amount", text).bytes(), position()))).isEqualTo(cents);
        assertThat(amountOf(json.parse(json().raw("amount", text).bytes(), position()))).isEqualTo(cents);
        for (TxnFormat format : TxnFormat.values()) {
            assertThat(amountOf(format.parse(TxnFormat.sampleWith("amount", text)))).as(format.name()).isEqualTo(cents);
        }
    }

    private static long amountOf(ParseResult<Transaction> result) {
        return assertValid(result).amountCents();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.234", "1.230", "0.001", "1.", ".5", "-.5", "+1", "+1.00", "01", "00.5", "-01.00", "1e2", "1E2", "1.5e1",
        "1e-2", "1e400", "-1e400", "1000000000000", "-1000000000000", "1000000000000.00", "9999999999999",
        "12345678901234567890123456789012345678901234567890", "0.12345678901234567890123456789012345678901234567890",
        "abc", "-", "--1", "1-", "1.2.3", "NaN", "Infinity", "0x10", "1_000", "١٢٣",
    })
    void invalidAmountsInEveryFormat(String text) {
        assertRejected(json.parse(json().str("amount", text).bytes(), position()), ReasonCode.INVALID_AMOUNT);
        for (TxnFormat format : TxnFormat.values()) {
            assertRejected(format.parse(TxnFormat.sampleWith("amount", text)), ReasonCode.INVALID_AMOUNT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1e2", "1E+2", "1e400", "-1e400", "1000000000000", "1000000000000.5",
        "12345678901234567890123456789012345678901234567890", "0.001"})
    void invalidJsonNumbers(String number) {
        assertRejected(json.parse(json().raw("amount", number).bytes(), position()), ReasonCode.INVALID_AMOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "{}", "{\"v\":\"1.00\"}", "[1]", "[]"})
    void otherJsonTypesAreInvalidAmounts(String value) {
        assertRejected(json.parse(json().raw("amount", value).bytes(), position()), ReasonCode.INVALID_AMOUNT);
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void blanksAroundTheAmountAreRefused(TxnFormat format) {
        if (format != TxnFormat.POS) {
            assertRejected(format.parse(TxnFormat.sampleWith("amount", " 1.50")), ReasonCode.INVALID_AMOUNT);
            assertRejected(format.parse(TxnFormat.sampleWith("amount", "1.50 ")), ReasonCode.INVALID_AMOUNT);
            assertRejected(format.parse(TxnFormat.sampleWith("amount", "1,50")), ReasonCode.INVALID_AMOUNT);
        }
    }

    @org.junit.jupiter.api.Test
    void messagesSayWhatIsWrong() {
        assertThat(message("1.234")).contains("more than 2 decimals");
        assertThat(message("1e2")).contains("exponent");
        assertThat(message("1000000000000")).contains("10^12");
        assertThat(message("007")).contains("leading zeros");
        assertThat(message("x")).contains("not a plain decimal");
        assertThat(json.parse(json().raw("amount", "null").bytes(), position()).rejection().reason())
            .isEqualTo(ReasonCode.MISSING_FIELD);
    }

    private String message(String text) {
        return json.parse(json().str("amount", text).bytes(), position()).rejection().message();
    }
}
