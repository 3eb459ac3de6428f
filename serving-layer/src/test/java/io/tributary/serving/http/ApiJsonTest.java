package io.tributary.serving.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.spend.BucketAnswer;
import io.tributary.serving.spend.BucketSource;
import io.tributary.serving.spend.SpendAnswer;
import io.tributary.serving.view.CurrencyBucket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

    @Test
    void theStreamedSpendAnswerIsTheContractsShapeByteForByte() throws IOException {
        BucketAnswer batch = new BucketAnswer(new CurrencyBucket(TimeBucket.ofDate(LocalDate.parse("2026-11-20")), "EUR"),
            SpendMeasures.of(3, 2, 12345, 1, -500, 0), BucketSource.BATCH, true, 0);
        BucketAnswer speed = new BucketAnswer(new CurrencyBucket(
            TimeBucket.hourOf(Instant.parse("2026-11-21T09:00:00Z")), "CHF\"x"),
            SpendMeasures.of(1, 1, 100, 0, 0, 1), BucketSource.SPEED, false, 2);
        SpendAnswer a = new SpendAnswer("C1", Instant.parse("2026-11-21T00:00:00Z"), null, 7, 2, List.of(batch, speed));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApiJson.writeSpend(a, out);
        out.write('.'); // the stream is left open for the response

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"customer_id\":\"C1\","
            + "\"batch_watermark\":\"2026-11-21T00:00:00Z\",\"speed_watermark\":null,\"generation\":7,"
            + "\"pending_late_events\":2,\"buckets\":["
            + "{\"start\":\"2026-11-20T00:00:00Z\",\"end\":\"2026-11-21T00:00:00Z\",\"currency\":\"EUR\",\"txn_count\":3,"
            + "\"approved_count\":2,\"approved_amount\":\"123.45\",\"declined_count\":1,\"reversed_amount\":\"-5.00\","
            + "\"source\":\"batch\",\"reconciled\":true,\"pending_late_events\":0},"
            + "{\"start\":\"2026-11-21T09:00:00Z\",\"end\":\"2026-11-21T10:00:00Z\",\"currency\":\"CHF\\\"x\","
            + "\"txn_count\":1,\"approved_count\":1,\"approved_amount\":\"1.00\",\"declined_count\":0,"
            + "\"reversed_amount\":\"0.00\",\"source\":\"speed\",\"reconciled\":false,\"pending_late_events\":2}]}.");
    }
}
