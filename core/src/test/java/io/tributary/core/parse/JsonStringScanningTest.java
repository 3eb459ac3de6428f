package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.json;
import static io.tributary.core.testing.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import org.junit.jupiter.api.Test;

/** Strings are scanned 8 bytes at a time: every special byte must be found wherever it sits in a word. */
class JsonStringScanningTest {

    private final JsonTransactionParser parser = new JsonTransactionParser();

    @Test
    void escapesAreFoundAtEveryPosition() {
        for (int length = 1; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                String plain = "ab\u00e9cdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ".substring(0, length);
                String raw = plain.substring(0, at) + "\\\"" + plain.substring(at);
                String expected = plain.substring(0, at) + "\"" + plain.substring(at);
                assertThat(assertValid(parser.parse(json().raw("customer_id", "\"" + raw + "\"").bytes(), position()))
                    .customerId()).isEqualTo(expected);
                String slash = plain.substring(0, at) + "\\\\" + plain.substring(at);
                assertThat(assertValid(parser.parse(json().raw("merchant_id", "\"" + slash + "\"").bytes(), position()))
                    .merchantId()).isEqualTo(plain.substring(0, at) + "\\" + plain.substring(at));
            }
        }
    }

    @Test
    void controlBytesAreFoundAtEveryPosition() {
        for (int length = 1; length <= 24; length++) {
            for (int at = 0; at < length; at++) {
                for (char control : new char[] {'\u0000', '\u0001', '\n', '\u001f'}) {
                    String s = "x".repeat(at) + control + "y".repeat(length - at - 1);
                    assertRejected(parser.parse(json().raw("note", "\"" + s + "\"").bytes(), position()),
                        ReasonCode.MALFORMED_RECORD);
                }
                String spaceAndDel = "x".repeat(at) + " \u007f" + "y".repeat(length - at);
                assertValid(parser.parse(json().raw("note", "\"" + spaceAndDel + "\"").bytes(), position()));
            }
        }
    }

    @Test
    void theClosingQuoteIsFoundAtEveryPositionAndUnterminatedStringsAreCaught() {
        for (int length = 0; length <= 24; length++) {
            String value = "é".repeat(length);
            assertThat(assertValid(parser.parse(json().str("customer_id", "C" + value).bytes(), position())).customerId())
                .isEqualTo("C" + value);
            String cut = "{\"event_id\":\"e1\",\"note\":\"" + "z".repeat(length);
            assertRejected(parser.parse(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8), position()),
                ReasonCode.MALFORMED_RECORD);
        }
    }

    @Test
    void knownNamesThatOnlyStartLikeAnExpectedOneAreNotTakenForIt() {
        String line = "{\"event_id\":\"e1\",\"customer_idx\":\"C1\",\"customer_id\":\"C2\",\"merchant_id\":\"M\","
            + "\"amount\":\"1\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:00:00Z\",\"channel\":\"POS\","
            + "\"status\":\"APPROVED\"}";
        assertThat(assertValid(parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), position()))
            .customerId()).isEqualTo("C2");
        String truncatedName = "{\"event_id\":\"e1\",\"customer_id";
        assertRejected(parser.parse(truncatedName.getBytes(java.nio.charset.StandardCharsets.UTF_8), position()),
            ReasonCode.MALFORMED_RECORD);
    }
}
