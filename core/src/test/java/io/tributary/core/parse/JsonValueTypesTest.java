package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.json;
import static io.tributary.core.testing.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON only: null, wrong value types and schema_version. */
class JsonValueTypesTest {

    private final JsonTransactionParser parser = new JsonTransactionParser();

    private ParseResult<Transaction> parse(String line) {
        return parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), position());
    }

    static Stream<Arguments> wrongTypes() {
        String[] values = {"42", "-1.5", "true", "false", "{}", "{\"a\":\"b\"}", "[]", "[\"EUR\"]"};
        Object[][] fields = {
            {"event_id", ReasonCode.INVALID_EVENT_ID},
            {"customer_id", ReasonCode.MISSING_FIELD},
            {"merchant_id", ReasonCode.INVALID_FIELD},
            {"currency", ReasonCode.INVALID_CURRENCY},
            {"event_time", ReasonCode.INVALID_EVENT_TIME},
            {"channel", ReasonCode.INVALID_ENUM},
            {"status", ReasonCode.INVALID_ENUM},
            {"country", ReasonCode.INVALID_FIELD},
        };
        Stream.Builder<Arguments> args = Stream.builder();
        for (Object[] f : fields) {
            for (String v : values) {
                args.add(Arguments.of(f[0], v, f[1]));
            }
        }
        return args.build();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("wrongTypes")
    void aWrongTypeGetsTheFieldsReasonCode(String field, String value, ReasonCode expected) {
        Rejection r = assertRejected(parse(json().raw(field, value).toString()), expected);
        assertThat(r.message()).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "customer_id", "amount", "currency", "event_time", "channel", "status"})
    void nullOrAbsentRequiredFieldsAreMissing(String field) {
        assertThat(assertRejected(parse(json().raw(field, "null").toString()), ReasonCode.MISSING_FIELD).message())
            .isEqualTo("required field " + field + " is missing");
        assertRejected(parse(json().without(field).toString()), ReasonCode.MISSING_FIELD);
        assertRejected(parse(json().str(field, "").toString()), ReasonCode.MISSING_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", " 1 "})
    void schemaVersionOneIsSupported(String value) {
        assertThat(assertValid(parse(json().raw("schema_version", value).toString())).schemaVersion()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "0", "-1", "1.0", "10", "1e0", "99999999999999999999", "\"1\"", "\"2\"", "true", "{}", "[1]"})
    void otherSchemaVersionsAreUnsupported(String value) {
        assertRejected(parse(json().raw("schema_version", value).toString()), ReasonCode.UNSUPPORTED_SCHEMA_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "+1", "1.", "0x1"})
    void anInvalidJsonNumberIsMalformedWhateverTheField(String value) {
        assertRejected(parse(json().raw("schema_version", value).toString()), ReasonCode.MALFORMED_RECORD);
    }
}
