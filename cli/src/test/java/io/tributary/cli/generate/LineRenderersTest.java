package io.tributary.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineRenderersTest {

    private static TransactionRecord record() {
        TransactionRecord r = new TransactionRecord();
        r.eventId = "e-1";
        r.customerId = "C0000042";
        r.merchantId = "Café \"Zur Post\", Berlin";
        r.amount = "12.5";
        r.currency = "EUR";
        r.eventTime = "2026-11-20T10:15:30.123Z";
        r.channel = "POS";
        r.status = "APPROVED";
        r.country = "DE";
        return r;
    }

    private static String render(LineFormat format, TransactionRecord r) {
        LineBuilder line = new LineBuilder();
        format.renderer().render(r, line);
        return new String(line.toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void json() {
        TransactionRecord r = record();
        r.amountAsNumber = true;
        r.schemaVersion = "1";
        assertThat(render(LineFormat.JSON, r)).isEqualTo("{\"event_id\":\"e-1\",\"customer_id\":\"C0000042\","
            + "\"merchant_id\":\"Café \\\"Zur Post\\\", Berlin\",\"amount\":12.5,\"currency\":\"EUR\","
            + "\"event_time\":\"2026-11-20T10:15:30.123Z\",\"channel\":\"POS\",\"status\":\"APPROVED\",\"country\":\"DE\",\"schema_version\":1}");
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        TransactionRecord r = record();
        r.country = null;
        assertThat(render(LineFormat.CSV, r))
            .isEqualTo("e-1,C0000042,\"Café \"\"Zur Post\"\", Berlin\",12.5,EUR,2026-11-20T10:15:30.123Z,POS,APPROVED,");
        r.shape = TransactionRecord.Shape.CSV_EXTRA_COLUMN;
        assertThat(render(LineFormat.CSV, r).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSize(10);
    }

    @Test
    void posWithKeysInEitherOrder() {
        TransactionRecord r = record();
        r.merchantId = "M00017";
        assertThat(render(LineFormat.POS, r))
            .isEqualTo("2026-11-20T10:15:30.123Z POS txn=e-1 cust=C0000042 merch=M00017 amt=12.5 EUR status=APPROVED country=DE");
        r.countryBeforeStatus = true;
        assertThat(render(LineFormat.POS, r)).endsWith("amt=12.5 EUR country=DE status=APPROVED");
    }

    @Test
    void sentinelsBecomeBytesThatAreNotUtf8() {
        LineBuilder line = new LineBuilder();
        line.append("M" + LineBuilder.BAD_BYTE_FF + LineBuilder.BAD_BYTE_80 + "é\uD83C\uDF55");
        byte[] bytes = line.toBytes();
        assertThat(bytes).containsExactly('M', 0xFF, 0x80, 0xC3, 0xA9, 0xF0, 0x9F, 0x8D, 0x95);
    }

    @Test
    void aConflictingResendChangesOnlyTheWholePart() {
        assertThat(EventFactory.otherAmount("12.5")).isEqualTo("13.5");
        assertThat(EventFactory.otherAmount("0.07")).isEqualTo("1.07");
        assertThat(EventFactory.otherAmount("41")).isEqualTo("42");
    }

    @Test
    void coveragePlanHoldsEveryDefectInEveryFormatItAppliesTo() {
        for (Defect d : Defect.values()) {
            for (LineFormat f : d.formats) {
                assertThat(DefectPlan.coverage()).as(d + " in " + f)
                    .anyMatch(r -> r.defect() == d && r.destination().format == f && !r.destination().isKafka());
            }
        }
        for (RejectReason reason : RejectReason.values()) {
            assertThat(DefectPlan.coverage()).as(reason + " on Kafka")
                .anyMatch(r -> r.defect().reason == reason && r.destination().isKafka());
        }
    }
}
