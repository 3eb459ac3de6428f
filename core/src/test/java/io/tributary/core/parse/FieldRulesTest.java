package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule table of contract section 1.1, checked in each of the three formats with the same values. */
class FieldRulesTest {

    private static final String VALID = "valid";

    /** field, value, expected reason (or VALID). Values hold no blanks, so every format can carry them. */
    private static final Object[][] RULES = {
        {"event_id", "", ReasonCode.MISSING_FIELD},
        {"event_id", "a", VALID},
        {"event_id", "A.z_0:9-", VALID},
        {"event_id", "e".repeat(64), VALID},
        {"event_id", "e".repeat(65), ReasonCode.INVALID_EVENT_ID},
        {"event_id", "e/1", ReasonCode.INVALID_EVENT_ID},
        {"event_id", "e#1", ReasonCode.INVALID_EVENT_ID},
        {"event_id", "é", ReasonCode.INVALID_EVENT_ID},
        {"customer_id", "", ReasonCode.MISSING_FIELD},
        {"customer_id", "c", VALID},
        {"customer_id", "c".repeat(64), VALID},
        {"customer_id", "é".repeat(64), VALID},
        {"customer_id", "😀".repeat(64), VALID},
        {"customer_id", "c".repeat(65), ReasonCode.MISSING_FIELD},
        {"customer_id", "é".repeat(65), ReasonCode.MISSING_FIELD},
        {"merchant_id", "", VALID},
        {"merchant_id", "m".repeat(64), VALID},
        {"merchant_id", "m".repeat(65), ReasonCode.INVALID_FIELD},
        {"amount", "", ReasonCode.MISSING_FIELD},
        {"amount", "1.5", VALID},
        {"amount", "abc", ReasonCode.INVALID_AMOUNT},
        {"amount", "1.234", ReasonCode.INVALID_AMOUNT},
        {"amount", "1000000000000", ReasonCode.INVALID_AMOUNT},
        {"amount", "1e2", ReasonCode.INVALID_AMOUNT},
        {"currency", "", ReasonCode.MISSING_FIELD},
        {"currency", "USD", VALID},
        {"currency", "JPY", VALID},
        {"currency", "eur", ReasonCode.INVALID_CURRENCY},
        {"currency", "Eur", ReasonCode.INVALID_CURRENCY},
        {"currency", "EU", ReasonCode.INVALID_CURRENCY},
        {"currency", "EURO", ReasonCode.INVALID_CURRENCY},
        {"currency", "QQQ", ReasonCode.INVALID_CURRENCY},
        {"currency", "€", ReasonCode.INVALID_CURRENCY},
        {"event_time", "", ReasonCode.MISSING_FIELD},
        {"event_time", "2026-11-26T10:15:30+02:00", VALID},
        {"event_time", "2026-11-26T10:15:30", ReasonCode.INVALID_EVENT_TIME},
        {"event_time", "2026-11-26", ReasonCode.INVALID_EVENT_TIME},
        {"event_time", "2026-11-26T12:05:00.001Z", ReasonCode.FUTURE_EVENT_TIME},
        {"event_time", "2026-11-26T12:05:00Z", VALID},
        {"channel", "", ReasonCode.MISSING_FIELD},
        {"channel", "ATM", VALID},
        {"channel", "MOBILE", VALID},
        {"channel", "WEB", VALID},
        {"channel", "pos", ReasonCode.INVALID_ENUM},
        {"channel", "ONLINE", ReasonCode.INVALID_ENUM},
        {"status", "", ReasonCode.MISSING_FIELD},
        {"status", "DECLINED", VALID},
        {"status", "REVERSED", VALID},
        {"status", "approved", ReasonCode.INVALID_ENUM},
        {"status", "PENDING", ReasonCode.INVALID_ENUM},
        {"country", "", VALID},
        {"country", "GB", VALID},
        {"country", "de", ReasonCode.INVALID_FIELD},
        {"country", "XX", ReasonCode.INVALID_FIELD},
        {"country", "DEU", ReasonCode.INVALID_FIELD},
        {"country", "D", ReasonCode.INVALID_FIELD},
    };

    static Stream<Arguments> rules() {
        List<Arguments> args = new ArrayList<>();
        for (TxnFormat format : TxnFormat.values()) {
            for (Object[] rule : RULES) {
                if (format == TxnFormat.POS && ((String) rule[1]).isEmpty()
                    && (rule[0].equals("event_time") || rule[0].equals("channel") || rule[0].equals("currency"))) {
                    continue; // positional tokens: an empty one shifts the line (see PosLogParserTest)
                }
                args.add(Arguments.of(format, rule[0], rule[1], rule[2]));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}: {1}={2} -> {3}")
    @MethodSource("rules")
    void appliesTheContractsRule(TxnFormat format, String field, String value, Object expected) {
        ParseResult<Transaction> result = format.parse(TxnFormat.sampleWith(field, value));
        if (expected == VALID) {
            assertValid(result);
        } else {
            Rejection r = assertRejected(result, (ReasonCode) expected);
            assertThat(r.message()).contains(field);
        }
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void everyFormatReadsTheSampleTheSameWay(TxnFormat format) {
        assertThat(assertValid(format.parse(TxnFormat.sample()))).isEqualTo(Fixtures.SAMPLE);
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void absentOptionalFieldsAreNull(TxnFormat format) {
        var fields = TxnFormat.sample();
        fields.put("merchant_id", null);
        fields.put("country", null);
        Transaction t = assertValid(format.parse(fields));
        assertThat(t.merchantId()).isNull();
        assertThat(t.country()).isNull();
        assertThat(t.schemaVersion()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void aMissingStatusIsAMissingField(TxnFormat format) {
        assertRejected(format.parse(TxnFormat.sampleWith("status", null)), ReasonCode.MISSING_FIELD);
    }

    @Test
    void validValuesAreKeptExactly() {
        for (TxnFormat format : TxnFormat.values()) {
            Transaction t = assertValid(format.parse(TxnFormat.sampleWith("customer_id", "😀".repeat(64))));
            assertThat(t.customerId()).isEqualTo("😀".repeat(64));
            assertThat(assertValid(format.parse(TxnFormat.sampleWith("merchant_id", ""))).merchantId()).isNull();
            assertThat(assertValid(format.parse(TxnFormat.sampleWith("currency", "JPY"))).currency()).isEqualTo("JPY");
            assertThat(assertValid(format.parse(TxnFormat.sampleWith("country", "GB"))).country()).isEqualTo("GB");
        }
    }
}
