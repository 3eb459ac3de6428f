package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.SAMPLE;
import static io.tributary.core.testing.Fixtures.VALID_JSON;
import static io.tributary.core.testing.Fixtures.json;
import static io.tributary.core.testing.Fixtures.position;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.Channel;
import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTransactionParserTest {

    private final JsonTransactionParser parser = new JsonTransactionParser();

    private ParseResult<Transaction> parse(String line) {
        return parser.parse(utf8(line), position());
    }

    @Test
    void parsesTheContractsExample() {
        ParseResult<Transaction> result = parse(VALID_JSON);
        assertThat(assertValid(result)).isEqualTo(SAMPLE);
        assertThat(result.position()).isEqualTo(position());
    }

    @Test
    void optionalFieldsMayBeAbsentNullOrEmpty() {
        Transaction absent = assertValid(parse(json().without("merchant_id").without("country").without("schema_version").toString()));
        assertThat(absent.merchantId()).isNull();
        assertThat(absent.country()).isNull();
        assertThat(absent.schemaVersion()).isEqualTo(1);
        Transaction nulls = assertValid(parse(json().raw("merchant_id", "null").raw("country", "null").raw("schema_version", "null").toString()));
        assertThat(nulls).isEqualTo(absent);
        Transaction empty = assertValid(parse(json().str("merchant_id", "").str("country", "").toString()));
        assertThat(empty.merchantId()).isNull();
        assertThat(empty.country()).isNull();
    }

    @Test
    void theWholeArrayIsTheRawPayloadWithoutCopy() {
        byte[] line = utf8(VALID_JSON);
        assertThat(parser.parse(line, position()).valid().rawPayload()).isSameAs(line);
        byte[] bad = utf8("{oops");
        assertThat(parser.parse(bad, position()).rejection().rawPayload()).isSameAs(bad);
        assertThat(parser.parse(bad, position()).rawPayload()).isSameAs(bad);
        assertThat(parser.parse(line, position()).rawPayload()).isSameAs(line);
    }

    @Test
    void aSliceIsParsedAndCopied() {
        byte[] buffer = utf8("xx" + VALID_JSON + "\nyy");
        ParseResult<Transaction> result = parser.parse(buffer, 2, VALID_JSON.length(), position());
        assertThat(assertValid(result)).isEqualTo(SAMPLE);
        assertThat(result.valid().rawPayload()).isEqualTo(utf8(VALID_JSON));
        Arrays.fill(buffer, (byte) 'x');
        assertThat(result.valid().rawPayload()).isEqualTo(utf8(VALID_JSON));
    }

    @Test
    void rejectionsKeepTheExactOriginalBytes() {
        String line = "{\"event_id\":\"e 1\",  \"x\": [1, 2]}";
        byte[] buffer = utf8("##" + line + "##");
        Rejection r = assertRejected(parser.parse(buffer, 2, utf8(line).length, position()), ReasonCode.INVALID_EVENT_ID);
        assertThat(r.rawPayload()).isEqualTo(utf8(line));
        assertThat(r.position()).isEqualTo(position());
    }

    @Test
    void whitespaceBetweenTokensIsAllowed() {
        String spaced = " \t{ \"event_id\" :\t\"e-000001\" , \"customer_id\":\"C0000042\",\"merchant_id\":\"M00017\","
            + "\"amount\" : 123.45 ,\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:15:30.123Z\",\"channel\":\"POS\","
            + "\"status\":\"APPROVED\",\"country\":\"DE\",\"schema_version\": 1 } \r";
        assertThat(assertValid(parse(spaced))).isEqualTo(SAMPLE);
    }

    @Test
    void fieldOrderDoesNotMatter() {
        String reversed = "{\"schema_version\":1,\"country\":\"DE\",\"status\":\"APPROVED\",\"channel\":\"POS\","
            + "\"event_time\":\"2026-11-26T10:15:30.123Z\",\"currency\":\"EUR\",\"amount\":\"123.45\","
            + "\"merchant_id\":\"M00017\",\"customer_id\":\"C0000042\",\"event_id\":\"e-000001\"}";
        assertThat(assertValid(parse(reversed))).isEqualTo(SAMPLE);
    }

    @Test
    void unknownFieldsOfEveryKindAreSkipped() {
        String line = json()
            .raw("note", "\"a \\\"quoted\\\" } ] { [ , : text with \\\\ and \\u00e9 and \\ud83d\\ude00\"")
            .raw("nested", "{\"a\":{\"b\":[1,2,{\"c\":\"}\"}],\"d\":null},\"e\":[[],{}],\"f\":\"\\\"]}\"}")
            .raw("list", "[true,false,null,-0.5e-3,1E+9,\"x\",[\"{\"],{}]")
            .raw("big", "1e400")
            .raw("huge", "123456789012345678901234567890123456789012345678901234567890")
            .raw("empty_object", "{}")
            .raw("empty_array", "[ ]")
            .raw("flag", "true")
            .raw("nothing", "null")
            .toString();
        assertThat(assertValid(parse(line))).isEqualTo(SAMPLE);
    }

    @Test
    void unknownFieldNamesMayHoldEscapesAndUnicode() {
        String line = json().raw("\\u00fcber \\\"name\\\"", "1").raw("größe", "2").raw("\\ud83d\\ude00", "3").toString();
        assertThat(assertValid(parse(line))).isEqualTo(SAMPLE);
    }

    @Test
    void stringEscapesAreDecoded() {
        Transaction t = assertValid(parse(json()
            .raw("customer_id", "\"C\\u00e9\\\"q\\\\\\/\\b\\f\\n\\r\\t\\ud83d\\ude00\"")
            .raw("event_id", "\"\\u0065-0\\u0030\"")
            .raw("currency", "\"\\u0045UR\"")
            .toString()));
        assertThat(t.customerId()).isEqualTo("Cé\"q\\/\b\f\n\r\t\uD83D\uDE00");
        assertThat(t.eventId()).isEqualTo("e-00");
        assertThat(t.currency()).isEqualTo("EUR");
    }

    @Test
    void rawUtf8InStringsIsKept() {
        Transaction t = assertValid(parse(json().str("customer_id", "Zoë-東京-😀").str("merchant_id", "Café").toString()));
        assertThat(t.customerId()).isEqualTo("Zoë-東京-😀");
        assertThat(t.merchantId()).isEqualTo("Café");
    }

    @Test
    void fieldNamesAreComparedAfterUnescaping() {
        String escapedName = VALID_JSON.replace("\"event_id\"", "\"event\\u005fid\"");
        assertThat(assertValid(parse(escapedName))).isEqualTo(SAMPLE);
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        String upper = VALID_JSON.replace("\"event_id\"", "\"EVENT_ID\"");
        assertRejected(parse(upper), ReasonCode.MISSING_FIELD);
    }

    @Test
    void duplicateFieldNamesMakeTheRecordMalformed() {
        assertThat(assertRejected(parse(VALID_JSON.replace("}", ",\"amount\":\"1.00\"}")), ReasonCode.MALFORMED_RECORD)
            .message()).contains("duplicate field \"amount\"");
        assertRejected(parse(VALID_JSON.replace("}", ",\"amount\":\"123.45\"}")), ReasonCode.MALFORMED_RECORD);
        assertRejected(parse(VALID_JSON.replace("}", ",\"event\\u005fid\":\"e-000001\"}")), ReasonCode.MALFORMED_RECORD);
        assertRejected(parse(json().raw("x", "1").raw("y", "2").toString().replace("}", ",\"x\":1}")),
            ReasonCode.MALFORMED_RECORD);
        assertRejected(parse(json().raw("x", "1").toString().replace("}", ",\"\\u0078\":1}")), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void duplicateNamesInNestedObjectsAreNotChecked() {
        assertValid(parse(json().raw("nested", "{\"a\":1,\"a\":2}").toString()));
    }

    @Test
    void manyUnknownFieldsAreFine() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            fields.append(",\"extra_").append(i).append("\":").append(i);
        }
        assertValid(parse(VALID_JSON.replace("}", fields + "}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "[]",
        "[" + "{}" + "]",
        "\"a string\"",
        "42",
        "null",
        "true",
        "{",
        "}",
        "{\"event_id\"}",
        "{\"event_id\":}",
        "{\"event_id\" \"e1\"}",
        "{\"event_id\":\"e1\",}",
        "{,\"event_id\":\"e1\"}",
        "{\"event_id\":\"e1\"",
        "{\"event_id\":\"e1}",
        "{\"event_id\":\"e1\"}}",
        "{\"event_id\":\"e1\"} {}",
        "{\"event_id\":\"e1\"} x",
        "{'event_id':'e1'}",
        "{event_id:\"e1\"}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":.5}",
        "{\"a\":-}",
        "{\"a\":+1}",
        "{\"a\":1e}",
        "{\"a\":0x10}",
        "{\"a\":NaN}",
        "{\"a\":Infinity}",
        "{\"a\":tru}",
        "{\"a\":nul}",
        "{\"a\":True}",
        "{\"a\":[1,2}",
        "{\"a\":[1,,2]}",
        "{\"a\":{\"b\"}}",
        "{\"a\":{\"b\":1,}}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"\\ud83d\"}",
        "{\"a\":\"\\ude00\"}",
        "{\"a\":\"\\ud83d\\u0041\"}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":1 /* comment */}",
    })
    void anythingButOneJsonObjectIsMalformed(String line) {
        assertRejected(parse(line), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void controlCharactersInsideStringsMustBeEscaped() {
        assertRejected(parse(VALID_JSON.replace("C0000042", "C00\u000100042")), ReasonCode.MALFORMED_RECORD);
        assertThat(assertValid(parse(VALID_JSON.replace("C0000042", "C00\\u000100042"))).customerId())
            .isEqualTo("C00\u000100042");
    }

    @Test
    void nestingIsLimited() {
        String deepOk = "[".repeat(JsonObjectReader.MAX_DEPTH) + "]".repeat(JsonObjectReader.MAX_DEPTH);
        assertValid(parse(json().raw("deep", deepOk).toString()));
        String tooDeep = "[".repeat(JsonObjectReader.MAX_DEPTH + 1) + "]".repeat(JsonObjectReader.MAX_DEPTH + 1);
        assertRejected(parse(json().raw("deep", tooDeep).toString()), ReasonCode.MALFORMED_RECORD);
        String hostile = "[".repeat(50_000);
        assertRejected(parse(json().raw("deep", hostile).toString()), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void anEmptyObjectMissesItsFields() {
        assertThat(assertRejected(parse("{}"), ReasonCode.MISSING_FIELD).message()).contains("event_id");
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0x80},                  // overlong NUL
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80},      // overlong
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},      // surrogate D800
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xE2, (byte) 0x82},                   // truncated euro sign
            {(byte) 0x80},                                // lone continuation
        };
        for (byte[] seq : bad) {
            byte[] line = withBytesInCustomerId(seq);
            Rejection r = assertRejected(parser.parse(line, position()), ReasonCode.MALFORMED_RECORD);
            assertThat(r.message()).contains("UTF-8");
            assertThat(r.rawPayload()).isEqualTo(line);
        }
        assertValid(parser.parse(withBytesInCustomerId(new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC}), position()));
    }

    private static byte[] withBytesInCustomerId(byte[] seq) {
        byte[] before = utf8("{\"event_id\":\"e1\",\"customer_id\":\"C");
        byte[] after = utf8("\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:15:30Z\","
            + "\"channel\":\"WEB\",\"status\":\"DECLINED\"}");
        byte[] line = new byte[before.length + seq.length + after.length];
        System.arraycopy(before, 0, line, 0, before.length);
        System.arraycopy(seq, 0, line, before.length, seq.length);
        System.arraycopy(after, 0, line, before.length + seq.length, after.length);
        return line;
    }

    @Test
    void everyChannelAndStatusIsAccepted() {
        for (Channel c : Channel.values()) {
            for (TxnStatus s : TxnStatus.values()) {
                Transaction t = assertValid(parse(json().str("channel", c.name()).str("status", s.name()).toString()));
                assertThat(t.channel()).isEqualTo(c);
                assertThat(t.status()).isEqualTo(s);
            }
        }
    }

    @Test
    void aKafkaMessageOverTheLimitIsTooLargeLikeAFileRecord() {
        String prefix = VALID_JSON.substring(0, VALID_JSON.length() - 1) + ",\"pad\":\"";
        int limit = RecordParser.MAX_RECORD_BYTES;
        String exact = prefix + "p".repeat(limit - prefix.length() - 2) + "\"}";
        assertThat(utf8(exact)).hasSize(limit);
        assertValid(parse(exact));
        byte[] over = utf8(prefix + "p".repeat(limit - prefix.length() - 1) + "\"}");
        Rejection r = assertRejected(parser.parse(over, position()), ReasonCode.RECORD_TOO_LARGE);
        assertThat(r.rawPayload()).isEqualTo(Arrays.copyOf(over, limit));
    }

    @Test
    void theParserIsReusableAfterErrors() {
        assertRejected(parse("{\"event_id\":\"e\\u00\"}"), ReasonCode.MALFORMED_RECORD);
        assertRejected(parse(json().str("amount", "x").toString()), ReasonCode.INVALID_AMOUNT);
        assertThat(assertValid(parse(VALID_JSON))).isEqualTo(SAMPLE);
        assertThat(assertValid(parse(json().without("merchant_id").toString())).merchantId()).isNull();
    }
}
