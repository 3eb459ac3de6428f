package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.Channel;
import io.tributary.core.model.SourceKind;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySpendFolderTest {
    private static Transaction t(String id, String customer, String currency, String time, long cents, TxnStatus s) {
        return new Transaction(id, customer, null, cents, currency, Instant.parse(time), Channel.POS, s, null, 1);
    }

    @Test
    void oneRowPerDayCustomerAndCurrencyInSortedOrder() throws Exception {
        List<Transaction> rows = new ArrayList<>(List.of(
            t("e1", "C10", "EUR", "2026-11-20T10:00:00Z", 500, TxnStatus.APPROVED),
            t("e2", "C1", "EUR", "2026-11-20T11:00:00Z", 100, TxnStatus.APPROVED),
            t("e3", "C1", "EUR", "2026-11-20T12:00:00Z", 70, TxnStatus.DECLINED),
            t("e4", "C1", "USD", "2026-11-20T12:00:00Z", 30, TxnStatus.REVERSED),
            t("e5", "C1", "EUR", "2026-11-21T00:00:00Z", 1, TxnStatus.APPROVED)));
        rows.sort(Comparator.comparing(SortKey::of, SortKey::compareText));
        List<DailySpendFolder.DailySpend> out = new ArrayList<>();
        DailySpendFolder folder = new DailySpendFolder(out::add);
        for (Transaction r : rows) {
            folder.add(r, r.eventId().equals("e2") ? SourceKind.KAFKA : SourceKind.FILES, "RETAIL");
        }
        folder.flush();

        assertThat(out).extracting(d -> d.eventDate() + "/" + d.customerId() + "/" + d.currency())
            .containsExactly("2026-11-20/C1/EUR", "2026-11-20/C1/USD", "2026-11-20/C10/EUR", "2026-11-21/C1/EUR");
        DailySpendFolder.DailySpend c1eur = out.get(0);
        assertThat(c1eur.measures().txnCount()).isEqualTo(2);
        assertThat(c1eur.measures().approvedCents()).isEqualTo(100);
        assertThat(c1eur.measures().declinedCount()).isEqualTo(1);
        assertThat(c1eur.measures().kafkaCount()).isEqualTo(1);
        assertThat(out.get(1).measures().reversedCents()).isEqualTo(30);
    }

    @Test
    void rowsOutOfOrderAreABugNotSilentlyWrongNumbers() throws Exception {
        DailySpendFolder folder = new DailySpendFolder(d -> { });
        folder.add(t("e1", "C2", "EUR", "2026-11-20T10:00:00Z", 1, TxnStatus.APPROVED), SourceKind.FILES, "RETAIL");
        assertThatThrownBy(() -> folder.add(t("e2", "C1", "EUR", "2026-11-20T10:00:00Z", 1, TxnStatus.APPROVED),
            SourceKind.FILES, "RETAIL")).isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
    }
}
