package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.testing.Fixtures.position;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.ReasonCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerChangeCsvParserTest {

    private static final String UPSERT = "U,C0000042,\"Lovelace, Ada\",ada@example.org,GB,RETAIL,2026-11-26T09:00:00+01:00";

    private final CustomerChangeCsvParser parser = new CustomerChangeCsvParser();

    private ParseResult<CustomerChange> parse(String row) {
        return parser.parse(utf8(row), position());
    }

    private CustomerChange valid(String row) {
        ParseResult<CustomerChange> r = parse(row);
        assertThat(r.isValid()).as("valid: %s", r).isTrue();
        return r.valid().value();
    }

    @Test
    void parsesAnUpsert() {
        assertThat(valid(UPSERT)).isEqualTo(new CustomerChange(ChangeOp.UPSERT, "C0000042", "Lovelace, Ada",
            "ada@example.org", "GB", CustomerSegment.RETAIL, Instant.parse("2026-11-26T08:00:00Z")));
    }

    @Test
    void aDeleteNeedsOnlyItsKeyAndTime() {
        CustomerChange d = valid("D,C0000042,,,,,2026-11-26T09:00:00Z");
        assertThat(d.op()).isEqualTo(ChangeOp.DELETE);
        assertThat(d.segment()).isNull();
        assertThat(d.name()).isNull();
        assertThat(valid("D,C0000042,Ada,,,TEST,2026-11-26T09:00:00Z").segment()).isEqualTo(CustomerSegment.TEST);
    }

    @Test
    void optionalFieldsMayBeEmpty() {
        CustomerChange c = valid("U,C1,,,,SMB,2026-11-26T09:00:00Z");
        assertThat(c.name()).isNull();
        assertThat(c.email()).isNull();
        assertThat(c.country()).isNull();
        assertThat(c.segment()).isEqualTo(CustomerSegment.SMB);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        ",C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | MISSING_FIELD",
        "X,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_ENUM",
        "u,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_ENUM",
        "UPSERT,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_ENUM",
        "U,,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | MISSING_FIELD",
        "U,CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | MISSING_FIELD",
        "U,C1,Ada,not-an-email,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a@@b.c,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,@b.c,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a@,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a b@c.d,GB,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a@b.c,gb,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a@b.c,GBR,RETAIL,2026-11-26T09:00:00Z | INVALID_FIELD",
        "U,C1,Ada,a@b.c,GB,,2026-11-26T09:00:00Z | MISSING_FIELD",
        "U,C1,Ada,a@b.c,GB,retail,2026-11-26T09:00:00Z | INVALID_ENUM",
        "U,C1,Ada,a@b.c,GB,VIP,2026-11-26T09:00:00Z | INVALID_ENUM",
        "D,C1,,,,VIP,2026-11-26T09:00:00Z | INVALID_ENUM",
        "U,C1,Ada,a@b.c,GB,RETAIL, | MISSING_FIELD",
        "D,C1,,,,, | MISSING_FIELD",
        "U,C1,Ada,a@b.c,GB,RETAIL,2026-11-26 09:00:00 | INVALID_EVENT_TIME",
        "U,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00 | INVALID_EVENT_TIME",
        "U,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T12:05:00.001Z | FUTURE_EVENT_TIME",
        "U,C1,Ada,a@b.c,GB,RETAIL | MALFORMED_RECORD",
        "U,C1,Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z,extra | MALFORMED_RECORD",
        "U,C1,\"Ada,a@b.c,GB,RETAIL,2026-11-26T09:00:00Z | MALFORMED_RECORD",
    })
    void brokenRowsGetTheirReasonCode(String row, ReasonCode expected) {
        assertRejected(parse(row), expected);
    }

    @Test
    void theFirstBrokenColumnIsReported() {
        assertRejected(parse("X,,Ada,bad,gb,VIP,never"), ReasonCode.INVALID_ENUM);
        assertRejected(parse("U,,Ada,bad,gb,VIP,never"), ReasonCode.MISSING_FIELD);
        assertRejected(parse("U,C1,Ada,bad,gb,VIP,never"), ReasonCode.INVALID_FIELD);
        assertRejected(parse("U,C1,Ada,a@b.c,GB,VIP,never"), ReasonCode.INVALID_ENUM);
    }

    @Test
    void exactlyTheSkewAfterIngestIsAccepted() {
        assertThat(valid("U,C1,,,,RETAIL,2026-11-26T12:05:00Z").updatedAt()).isEqualTo(Instant.parse("2026-11-26T12:05:00Z"));
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] b = utf8(UPSERT);
        b[20] = (byte) 0xFF;
        assertRejected(parser.parse(b, position()), ReasonCode.MALFORMED_RECORD);
    }

    @Test
    void headerColumns() {
        assertThat(CustomerChangeCsvParser.HEADER)
            .containsExactly("op", "customer_id", "name", "email", "country", "segment", "updated_at");
    }
}
