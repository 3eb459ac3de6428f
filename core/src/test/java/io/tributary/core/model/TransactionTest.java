package io.tributary.core.model;

import static io.tributary.core.testing.Fixtures.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TransactionTest {

    private static Transaction at(Instant t) {
        return new Transaction("e1", "C1", null, 100, "EUR", t, Channel.WEB, TxnStatus.APPROVED, null, 1);
    }

    @Test
    void eventDateIsTheUtcDate() {
        assertThat(SAMPLE.eventDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        Instant earlyInBerlin = OffsetDateTime.parse("2026-11-26T01:30:00+02:00").toInstant();
        assertThat(at(earlyInBerlin).eventDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        Instant lateInNewYork = OffsetDateTime.parse("2026-11-25T22:30:00-05:00").toInstant();
        assertThat(at(lateInNewYork).eventDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(at(Instant.parse("2026-11-25T23:59:59.999999999Z")).eventDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(at(Instant.parse("2026-11-26T00:00:00Z")).eventDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void amountHasExactlyTwoDecimals() {
        assertThat(SAMPLE.amountText()).isEqualTo("123.45");
        assertThat(SAMPLE.amount()).isEqualTo(new BigDecimal("123.45"));
        assertThat(SAMPLE.amount().scale()).isEqualTo(2);
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThatThrownBy(() -> new Transaction(null, "C1", null, 1, "EUR", Instant.EPOCH, Channel.ATM,
            TxnStatus.DECLINED, null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("eventId");
    }

    @Test
    void exactDuplicatesHaveTheSameBusinessFields() {
        Transaction copy = new Transaction("e-000001", "C0000042", "M00017", 12345, "EUR",
            OffsetDateTime.parse("2026-11-26T12:15:30.123+02:00").toInstant(), Channel.POS, TxnStatus.APPROVED, "DE", 1);
        assertThat(SAMPLE.sameBusinessFields(copy)).isTrue();
        assertThat(SAMPLE.differingBusinessFields(copy)).isEmpty();
    }

    @Test
    void differingBusinessFieldsAreNamed() {
        Transaction other = new Transaction("e-000001", "C0000043", null, 12346, "USD",
            Instant.parse("2026-11-26T10:15:31Z"), Channel.WEB, TxnStatus.DECLINED, null, 1);
        assertThat(SAMPLE.differingBusinessFields(other)).containsExactly(
            "customer_id", "merchant_id", "amount", "currency", "event_time", "channel", "status", "country");
        assertThat(SAMPLE.sameBusinessFields(other)).isFalse();
    }

    @Test
    void schemaVersionIsNotABusinessField() {
        Transaction v2 = new Transaction(SAMPLE.eventId(), SAMPLE.customerId(), SAMPLE.merchantId(), SAMPLE.amountCents(),
            SAMPLE.currency(), SAMPLE.eventTime(), SAMPLE.channel(), SAMPLE.status(), SAMPLE.country(), 2);
        assertThat(SAMPLE.sameBusinessFields(v2)).isTrue();
    }
}
