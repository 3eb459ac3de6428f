package io.tributary.serving.it;

import io.tributary.core.measure.SpendMeasures;
import io.tributary.core.model.Channel;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random events of a few customers over a few days, each marked with how the two layers saw it: a Kafka event may be
 * late for the speed layer (seen, not windowed) or may have reached Kafka after the batch's archive cut-off (seen by
 * speed, missing from every batch generation: pending).
 */
final class TestEvents {
    static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-20");
    static final int DAYS = 6;
    static final List<String> CUSTOMERS = List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08");
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};

    record Event(Transaction txn, SourceKind source, boolean speedLate, boolean missedByBatch) {
        boolean kafka() {
            return source == SourceKind.KAFKA;
        }

        void addTo(SpendMeasures m) {
            m.add(txn, source);
        }
    }

    static List<Event> generate(long seed, int n) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        long start = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < n; i++) {
            Instant t = Instant.ofEpochSecond(start + r.nextInt(DAYS * 86_400));
            TxnStatus status = TxnStatus.values()[r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2)];
            long cents = 100 + r.nextInt(100_000);
            Transaction txn = new Transaction("e" + i, CUSTOMERS.get(r.nextInt(CUSTOMERS.size())), null, cents,
                CURRENCIES[r.nextInt(CURRENCIES.length)], t, Channel.WEB, status, null, 1);
            boolean kafka = r.nextInt(10) < 6;
            out.add(new Event(txn, kafka ? SourceKind.KAFKA : SourceKind.FILES, kafka && r.nextInt(10) == 0,
                kafka && r.nextInt(15) == 0));
        }
        return out;
    }

    private TestEvents() {
    }
}
