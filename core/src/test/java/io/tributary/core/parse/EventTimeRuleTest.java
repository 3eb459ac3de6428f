package io.tributary.core.parse;

import static io.tributary.core.parse.ParseAssertions.assertRejected;
import static io.tributary.core.parse.ParseAssertions.assertValid;
import static io.tributary.core.testing.Fixtures.INGEST;
import static io.tributary.core.testing.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimeRuleTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "2026-11-26T10:15:30Z, 2026-11-26T10:15:30Z",
        "2026-11-26T10:15:30.1Z, 2026-11-26T10:15:30.100Z",
        "2026-11-26T10:15:30.123Z, 2026-11-26T10:15:30.123Z",
        "2026-11-26T10:15:30.123456789Z, 2026-11-26T10:15:30.123456789Z",
        "2026-11-26T12:15:30+02:00, 2026-11-26T10:15:30Z",
        "2026-11-26T05:15:30-05:00, 2026-11-26T10:15:30Z",
        "2026-11-26T15:45:30+05:30, 2026-11-26T10:15:30Z",
        "2026-11-26T01:30:00+02:00, 2026-11-25T23:30:00Z",
        "2026-11-25T22:30:00-05:00, 2026-11-26T03:30:00Z",
        "2026-11-26T10:15:30+00:00, 2026-11-26T10:15:30Z",
        "2026-11-26T10:15:30-00:00, 2026-11-26T10:15:30Z",
        "2026-11-27T04:15:30+18:00, 2026-11-26T10:15:30Z",
        "2026-11-25T16:15:30-18:00, 2026-11-26T10:15:30Z",
        "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
        "2000-02-29T23:59:59.999Z, 2000-02-29T23:59:59.999Z",
        "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59.500Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
    })
    void readsInstantsWithOffsets(String text, String expected) {
        for (TxnFormat format : TxnFormat.values()) {
            Transaction t = assertValid(format.parse(TxnFormat.sampleWith("event_time", text)));
            assertThat(t.eventTime()).as(format.name()).isEqualTo(Instant.parse(expected));
        }
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void anOffsetCanMoveTheRecordToAnotherUtcDate(TxnFormat format) {
        Transaction t = assertValid(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T01:30:00+02:00")));
        assertThat(t.eventDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-26T10:15:30", "2026-11-26", "2026-11-26T10:15Z", "2026-11-26 10:15:30Z", "2026-11-26t10:15:30Z",
        "2026-11-26T10:15:30z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-26T24:00:00Z",
        "2026-11-26T10:60:00Z", "2026-11-26T10:15:60Z", "2026-11-26T10:15:30.Z", "2026-11-26T10:15:30.1234567890Z",
        "2026-11-26T10:15:30+0200", "2026-11-26T10:15:30+02", "2026-11-26T10:15:30+19:00",
        "2026-11-26T10:15:30+18:01", "2026-11-26T10:15:30+02:60", "2026-11-26T10:15:30+2:00",
        "20261126T101530Z", "yesterday", "2026-11-26T10:15:30ZZ", "1764152130", "+2026-11-26T10:15:30Z",
        "12026-11-26T10:15:30Z", "2026-1-26T10:15:30Z", "2026-11-26T10:15:30Z[UTC]", "2026-11-26T10:15:30UTC",
        "2026-11-26T10:15:30.12a3Z", "２０２６-11-26T10:15:30Z", "2026/11/26T10:15:30Z", "2026-11-26T10-15-30Z",
    })
    void refusesAnythingElse(String text) {
        for (TxnFormat format : TxnFormat.values()) {
            // A blank splits a POS log line into more tokens: the line no longer has the format's shape.
            ReasonCode expected = format == TxnFormat.POS && text.contains(" ")
                ? ReasonCode.MALFORMED_RECORD : ReasonCode.INVALID_EVENT_TIME;
            assertRejected(format.parse(TxnFormat.sampleWith("event_time", text)), expected);
        }
    }

    @Test
    void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
        Random random = new Random(42);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        long min = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long max = LocalDate.of(9999, 12, 31).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long seconds = min + (long) (random.nextDouble() * (max - min));
            int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60);
            OffsetDateTime odt = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
            String text = iso.format(odt);
            byte[] b = utf8("xx" + text + "yy");
            assertThat(InstantSyntax.parse(b, 2, b.length - 4)).as(text).isEqualTo(odt.toInstant());
        }
    }

    @Test
    void epochDayAgreesWithLocalDate() {
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() < 10_000; d = d.plusDays(13)) {
            assertThat(InstantSyntax.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
        }
    }

    // ---- FUTURE_EVENT_TIME: at most 5 minutes after the ingest time (12:00:00Z) ----

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void exactlyFiveMinutesAfterIngestIsAccepted(TxnFormat format) {
        assertValid(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T12:05:00Z")));
        assertValid(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T14:05:00+02:00")));
        assertValid(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T12:05:00.000000000Z")));
        assertValid(format.parse(TxnFormat.sampleWith("event_time", "2020-01-01T00:00:00Z")));
    }

    @ParameterizedTest
    @EnumSource(TxnFormat.class)
    void oneMillisecondMoreIsInTheFuture(TxnFormat format) {
        Rejection r = assertRejected(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T12:05:00.001Z")),
            ReasonCode.FUTURE_EVENT_TIME);
        assertThat(r.message()).contains("2026-11-26T12:05:00.001Z").contains(INGEST.toString());
        assertRejected(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T14:05:00.001+02:00")),
            ReasonCode.FUTURE_EVENT_TIME);
        assertRejected(format.parse(TxnFormat.sampleWith("event_time", "2026-11-26T12:05:00.000000001Z")),
            ReasonCode.FUTURE_EVENT_TIME);
        assertRejected(format.parse(TxnFormat.sampleWith("event_time", "9999-12-31T23:59:59Z")),
            ReasonCode.FUTURE_EVENT_TIME);
    }

    @Test
    void theLimitFollowsTheRecordsIngestTimeAndTheRules() {
        byte[] line = utf8(TxnFormat.JSON.render(TxnFormat.sampleWith("event_time", "2026-11-26T12:05:00.001Z")));
        SourcePosition laterIngest = SourcePosition.ofFile("f", 0, 1, INGEST.plusMillis(1));
        assertValid(new JsonTransactionParser().parse(line, laterIngest));
        SourcePosition subMillisIngest = SourcePosition.ofFile("f", 0, 1, INGEST.plusNanos(999_999));
        assertRejected(new JsonTransactionParser().parse(line, subMillisIngest), ReasonCode.FUTURE_EVENT_TIME);
        ValidationRules noSkew = new ValidationRules(Duration.ZERO);
        byte[] atIngest = utf8(TxnFormat.JSON.render(TxnFormat.sampleWith("event_time", "2026-11-26T12:00:00Z")));
        assertValid(new JsonTransactionParser(noSkew).parse(atIngest, SourcePosition.ofFile("f", 0, 1, INGEST)));
        byte[] justAfter = utf8(TxnFormat.JSON.render(TxnFormat.sampleWith("event_time", "2026-11-26T12:00:00.000000001Z")));
        assertRejected(new JsonTransactionParser(noSkew).parse(justAfter, SourcePosition.ofFile("f", 0, 1, INGEST)),
            ReasonCode.FUTURE_EVENT_TIME);
        ValidationRules oddSkew = new ValidationRules(Duration.ofMillis(1500));
        byte[] at1499 = utf8(TxnFormat.JSON.render(TxnFormat.sampleWith("event_time", "2026-11-26T12:00:01.5Z")));
        assertValid(new JsonTransactionParser(oddSkew).parse(at1499, SourcePosition.ofFile("f", 0, 1, INGEST)));
        byte[] at1501 = utf8(TxnFormat.JSON.render(TxnFormat.sampleWith("event_time", "2026-11-26T12:00:01.501Z")));
        assertRejected(new JsonTransactionParser(oddSkew).parse(at1501, SourcePosition.ofFile("f", 0, 1, INGEST)),
            ReasonCode.FUTURE_EVENT_TIME);
    }
}
