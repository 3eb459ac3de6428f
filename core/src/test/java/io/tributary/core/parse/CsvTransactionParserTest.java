package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.VALID_CSV;
import static io.tributary.core.testing.Fixtures.position;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTransactionParserTest {

    private final CsvTransactionParser parser = new CsvTransactionParser();

    private ParseResult<Transaction> parse(String record) {
        return parser.parse(utf8(record), position());
    }

    @Test
    void parsesAPlainRecord() {
        assertThat(assertValid(parse(VALID_CSV))).isEqualTo(SAMPLE);
    }

    @Test
    void everyFieldMayBeQuoted() {
        String quoted = "\"e-000001\",\"C0000042\",\"M00017\",\"123.45\",\"EUR\",\"2026-11-26T10:15:30.123Z\",\"POS\","
            + "\"APPROVED\",\"DE\"";
        assertThat(assertValid(parse(quoted))).isEqualTo(SAMPLE);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        Transaction t = assertValid(parse(
            "e-000001,\"C,42 \"\"the answer\"\"\r\nsecond line\",\"M\"\"\",123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE"));
        assertThat(t.customerId()).isEqualTo("C,42 \"the answer\"\r\nsecond line");
        assertThat(t.merchantId()).isEqualTo("M\"");
    }

    @Test
    void aQuotedFieldMayBeOnlyAQuote() {
        Transaction t = assertValid(parse("e-000001,\"\"\"\",,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,"));
        assertThat(t.customerId()).isEqualTo("\"");
    }

    @Test
    void emptyFieldsAreMissing() {
        Transaction t = assertValid(parse("e-000001,C0000042,,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,"));
        assertThat(t.merchantId()).isNull();
        assertThat(t.country()).isNull();
        assertThat(assertValid(parse("e-000001,C0000042,\"\",123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,\"\""))
            .merchantId()).isNull();
        assertRejected(parse(",C0000042,,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,"), ReasonCode.MISSING_FIELD);
        assertRejected(parse("\"\",C0000042,,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,"), ReasonCode.MISSING_FIELD);
    }

    @Test
    void spacesAreData() {
        assertRejected(parse(VALID_CSV.replace(",EUR,", ", EUR,")), ReasonCode.INVALID_CURRENCY);
        assertThat(assertValid(parse(VALID_CSV.replace("C0000042", " C 42 "))).customerId()).isEqualTo(" C 42 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "e-000001,C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED",
        "e-000001,C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE,extra",
        "e-000001,C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE,",
        "e-000001",
        "x",
        ",,,,,,,,,",
        "e-000001;C0000042;M00017;123.45;EUR;2026-11-26T10:15:30.123Z;POS;APPROVED;DE",
    })
    void aWrongColumnCountIsMalformed(String record) {
        assertThat(assertRejected(parse(record), ReasonCode.MALFORMED_RECORD).message()).contains("columns");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "e-000001,\"C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE",
        "e-000001,C00\"00042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE",
        "e-000001,\"C0000042\"x,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE",
        "e-000001,\"C0000042\" ,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE",
        "e-000001,C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,\"DE",
    })
    void brokenQuotingIsMalformed(String record) {
        assertRejected(parse(record), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void allNineColumnsComeFromTheHeader() {
        assertThat(CsvTransactionParser.HEADER).containsExactly(
            "event_id", "customer_id", "merchant_id", "amount", "currency", "event_time", "channel", "status", "country");
    }

    @Test
    void headerMatching() {
        String header = String.join(",", CsvTransactionParser.HEADER);
        assertThat(matches(header)).isTrue();
        assertThat(matches("\"event_id\",customer_id,merchant_id,amount,currency,event_time,channel,status,\"country\"")).isTrue();
        assertThat(matches(header.toUpperCase())).isFalse();
        assertThat(matches(header + ",extra")).isFalse();
        assertThat(matches(header.replace("amount,currency", "currency,amount"))).isFalse();
        assertThat(matches(header.replace(",", ", "))).isFalse();
        assertThat(matches("\"event_id")).isFalse();
        assertThat(matches(VALID_CSV)).isFalse();
    }

    private static boolean matches(String line) {
        byte[] b = utf8(line);
        return CsvHeader.matches(b, 0, b.length, List.copyOf(CsvTransactionParser.HEADER));
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] b = utf8(VALID_CSV);
        b[10] = (byte) 0xFE;
        assertRejected(parser.parse(b, position()), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void thereIsNoSchemaVersionInCsv() {
        assertThat(assertValid(parse(VALID_CSV)).schemaVersion()).isEqualTo(1);
    }
}
