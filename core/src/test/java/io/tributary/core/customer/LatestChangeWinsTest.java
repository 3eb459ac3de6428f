package io.tributary.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatestChangeWinsTest {

    private static final Instant LANDED = Instant.parse("2026-11-27T00:00:00Z");

    private static Valid<CustomerChange> change(String customer, CustomerSegment segment, String updatedAt,
                                                String file, long line) {
        CustomerChange c = new CustomerChange(ChangeOp.UPSERT, customer, null, null, null, segment, Instant.parse(updatedAt));
        return new Valid<>(c, SourcePosition.ofFile(file, line * 50, line, LANDED), new byte[0]);
    }

    @Test
    void theGreatestUpdatedAtWinsWhateverTheOrder() {
        Valid<CustomerChange> old = change("C1", CustomerSegment.RETAIL, "2026-11-20T00:00:00Z", "b.csv", 9);
        Valid<CustomerChange> newest = change("C1", CustomerSegment.TEST, "2026-11-25T00:00:00Z", "a.csv", 1);
        Valid<CustomerChange> middle = change("C1", CustomerSegment.SMB, "2026-11-22T00:00:00Z", "c.csv", 2);
        List<Valid<CustomerChange>> all = new ArrayList<>(List.of(old, newest, middle));
        Random random = new Random(5);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(all, random);
            assertThat(LatestChangeWins.winner(all)).isEqualTo(newest);
        }
    }

    @Test
    void onATieTheLaterPositionWins() {
        String t = "2026-11-25T00:00:00Z";
        Valid<CustomerChange> earlyLine = change("C1", CustomerSegment.RETAIL, t, "a.csv", 2);
        Valid<CustomerChange> laterLine = change("C1", CustomerSegment.SMB, t, "a.csv", 3);
        Valid<CustomerChange> laterFile = change("C1", CustomerSegment.CORPORATE, t, "b.csv", 1);
        assertThat(LatestChangeWins.newer(earlyLine, laterLine)).isEqualTo(laterLine);
        assertThat(LatestChangeWins.newer(laterLine, earlyLine)).isEqualTo(laterLine);
        assertThat(LatestChangeWins.winner(List.of(laterFile, laterLine, earlyLine))).isEqualTo(laterFile);
    }

    @Test
    void aLaterLandedFileWinsATie() {
        String t = "2026-11-25T00:00:00Z";
        CustomerChange c = new CustomerChange(ChangeOp.DELETE, "C1", null, null, null, null, Instant.parse(t));
        Valid<CustomerChange> landedLater = new Valid<>(c, SourcePosition.ofFile("a.csv", 0, 1, LANDED.plusSeconds(60)), new byte[0]);
        Valid<CustomerChange> zFile = change("C1", CustomerSegment.SMB, t, "z.csv", 1);
        assertThat(LatestChangeWins.winner(List.of(landedLater, zFile))).isEqualTo(landedLater);
        assertThat(LatestChangeWins.winner(List.of(landedLater, zFile)).value().resultingCustomer()).isEmpty();
    }

    @Test
    void refusesMixedCustomersAndEmptyInput() {
        assertThatThrownBy(() -> LatestChangeWins.newer(
            change("C1", CustomerSegment.SMB, "2026-11-25T00:00:00Z", "a.csv", 1),
            change("C2", CustomerSegment.SMB, "2026-11-25T00:00:00Z", "a.csv", 2)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatestChangeWins.winner(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
