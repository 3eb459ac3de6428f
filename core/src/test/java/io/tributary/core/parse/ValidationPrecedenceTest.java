package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.testing.Fixtures.json;
import static io.tributary.core.testing.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import io.tributary.core.testing.Fixtures.JsonRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several problems in one record: structure first, then the schema version, then the fields in the order of the
 * contract's table; the first broken rule wins.
 */
class ValidationPrecedenceTest {

    private final JsonTransactionParser parser = new JsonTransactionParser();

    private ParseResult<Transaction> parse(JsonRecord record) {
        return parser.parse(record.bytes(), position());
    }

    @Test
    void malformedWinsOverEverything() {
        String line = json().raw("schema_version", "2").without("event_id").toString() + ",";
        assertRejected(parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), position()),
            ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void schemaVersionComesBeforeTheFields() {
        assertRejected(parse(json().raw("schema_version", "2").without("event_id").str("amount", "x")),
            ReasonCode.UNSUPPORTED_SCHEMA_VERSION);
    }

    @Test
    void fieldsAreCheckedInContractOrder() {
        var broken = Map.of(
            "event_id", "e/1",
            "customer_id", "",
            "merchant_id", "m".repeat(65),
            "amount", "1.234",
            "currency", "eur",
            "event_time", "never",
            "channel", "pos",
            "status", "ok",
            "country", "de");
        ReasonCode[] expected = {
            ReasonCode.INVALID_EVENT_ID, ReasonCode.MISSING_FIELD, ReasonCode.INVALID_FIELD, ReasonCode.INVALID_AMOUNT,
            ReasonCode.INVALID_CURRENCY, ReasonCode.INVALID_EVENT_TIME, ReasonCode.INVALID_ENUM, ReasonCode.INVALID_ENUM,
            ReasonCode.INVALID_FIELD,
        };
        String[] order = TxnField.NAMES;
        // Break field k and every field after it: field k's code must be reported, in every format.
        for (int k = 0; k < expected.length; k++) {
            for (TxnFormat format : TxnFormat.values()) {
                Map<String, String> fields = TxnFormat.sample();
                for (int j = k; j < expected.length; j++) {
                    fields.put(order[j], broken.get(order[j]));
                }
                Rejection r = assertRejected(format.parse(fields), expected[k]);
                assertThat(r.message()).as(format + " " + order[k]).contains(order[k]);
            }
        }
    }

    @Test
    void missingComesBeforeInvalidWithinTheRecord() {
        assertRejected(parse(json().without("currency").str("channel", "pos")), ReasonCode.MISSING_FIELD);
        assertRejected(parse(json().str("currency", "eur").without("channel")), ReasonCode.INVALID_CURRENCY);
    }

    @Test
    void futureEventTimeIsCheckedAtTheEventTimesPlace() {
        assertRejected(parse(json().str("event_time", "2030-01-01T00:00:00Z").str("channel", "pos")),
            ReasonCode.FUTURE_EVENT_TIME);
        assertRejected(parse(json().str("event_time", "2030-01-01T00:00:00Z").str("currency", "eur")),
            ReasonCode.INVALID_CURRENCY);
    }
}
