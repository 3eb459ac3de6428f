package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.VALID_POS;
import static io.tributary.core.testing.Fixtures.position;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PosLogParserTest {

    private final PosLogParser parser = new PosLogParser();

    private ParseResult<Transaction> parse(String line) {
        return parser.parse(utf8(line), position());
    }

    @Test
    void parsesTheContractsExample() {
        assertThat(assertValid(parse(VALID_POS))).isEqualTo(SAMPLE);
    }

    @Test
    void pairsAfterTheAmountComeInAnyOrder() {
        String swapped = "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 merch=M00017 amt=123.45 EUR "
            + "country=DE status=APPROVED";
        assertThat(assertValid(parse(swapped))).isEqualTo(SAMPLE);
    }

    @Test
    void merchantAndCountryAreOptional() {
        Transaction t = assertValid(parse(
            "2026-11-26T10:15:30.123Z WEB txn=e-000001 cust=C0000042 amt=-0.50 USD status=REVERSED"));
        assertThat(t.merchantId()).isNull();
        assertThat(t.country()).isNull();
        assertThat(t.amountCents()).isEqualTo(-50);
        Transaction empty = assertValid(parse(
            "2026-11-26T10:15:30.123Z WEB txn=e-000001 cust=C0000042 merch= amt=1 USD status=REVERSED country="));
        assertThat(empty.merchantId()).isNull();
        assertThat(empty.country()).isNull();
    }

    @Test
    void blanksBetweenTokensMayRepeat() {
        String spaced = "  2026-11-26T10:15:30.123Z\tPOS   txn=e-000001 cust=C0000042  merch=M00017 amt=123.45\t\tEUR "
            + "status=APPROVED   country=DE  ";
        assertThat(assertValid(parse(spaced))).isEqualTo(SAMPLE);
    }

    @Test
    void valuesMayHoldEqualsSigns() {
        assertRejected(parse(VALID_POS.replace("txn=e-000001", "txn=e=1")), ReasonCode.INVALID_EVENT_ID);
        assertThat(assertValid(parse(VALID_POS.replace("cust=C0000042", "cust=C=42"))).customerId()).isEqualTo("C=42");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "garbage",
        "2026-11-26T10:15:30.123Z",
        "2026-11-26T10:15:30.123Z POS",
        "2026-11-26T10:15:30.123Z POS e-000001 C0000042 123.45 EUR APPROVED",
        "2026-11-26T10:15:30.123Z POS cust=C0000042 txn=e-000001 amt=123.45 EUR status=APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 amt=123.45 EUR status=APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 status=APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 status=APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED status=DECLINED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED country=DE country=FR",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED terminal=7",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED merch=M1",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 merch=M1 merch=M2 amt=123.45 EUR status=APPROVED",
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED =x",
        "2026-11-26T10:15:30.123Z POS TXN=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED",
    })
    void aLineThatDoesNotMatchIsMalformed(String line) {
        assertRejected(parse(line), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void valuesGoThroughTheSharedValidator() {
        assertRejected(parse(VALID_POS.replace("txn=e-000001", "txn=")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(VALID_POS.replace("cust=C0000042", "cust=")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(VALID_POS.replace("amt=123.45", "amt=")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(VALID_POS.replace("status=APPROVED", "status=")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(VALID_POS.replace("status=APPROVED ", "")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(VALID_POS.replace("txn=e-000001", "txn=e/1")), ReasonCode.INVALID_EVENT_ID);
        assertRejected(parse(VALID_POS.replace("merch=M00017", "merch=" + "m".repeat(65))), ReasonCode.INVALID_FIELD);
        assertRejected(parse(VALID_POS.replace("country=DE", "country=XX")), ReasonCode.INVALID_FIELD);
        assertRejected(parse(VALID_POS.replace("amt=123.45", "amt=1.234")), ReasonCode.INVALID_AMOUNT);
        assertRejected(parse(VALID_POS.replace(" EUR ", " XYZ ")), ReasonCode.INVALID_CURRENCY);
        assertRejected(parse(VALID_POS.replace("2026-11-26T10:15:30.123Z", "2026-11-26T10:15:30")), ReasonCode.INVALID_EVENT_TIME);
        assertRejected(parse(VALID_POS.replace("2026-11-26T10:15:30.123Z", "2026-11-27T10:15:30Z")), ReasonCode.FUTURE_EVENT_TIME);
        assertRejected(parse(VALID_POS.replace(" POS ", " KIOSK ")), ReasonCode.INVALID_ENUM);
        // The first two tokens are positional: swapped, the time is not a time.
        assertRejected(parse("POS 2026-11-26T10:15:30.123Z txn=e-000001 cust=C0000042 amt=123.45 EUR status=APPROVED"),
            ReasonCode.INVALID_EVENT_TIME);
        assertRejected(parse(VALID_POS.replace("status=APPROVED", "status=OK")), ReasonCode.INVALID_ENUM);
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] b = utf8(VALID_POS);
        b[b.length - 1] = (byte) 0xC3;
        assertRejected(parser.parse(b, position()), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void messagesNameTheMissingPiece() {
        assertThat(parse("2026-11-26T10:15:30.123Z POS txn=e-000001").rejection().message()).contains("cust=");
        assertThat(parse("2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C amt=1 EUR status=APPROVED x")
            .rejection().message()).contains("key=value");
    }
}
