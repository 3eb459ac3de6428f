package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.hadoop.io.Text;
import org.junit.jupiter.api.Test;

class EventDatePartitionerTest {

    @Test
    void everyDateGoesToTheReducerOfItsDayNumber() {
        EventDatePartitioner partitioner = new EventDatePartitioner();
        for (LocalDate d = LocalDate.parse("1999-12-25"); d.isBefore(LocalDate.parse("2001-03-05")); d = d.plusDays(1)) {
            Text key = new Text(d + "\tC1\tEUR\te-1");
            for (int reducers : new int[] {1, 2, 3, 7}) {
                assertThat(partitioner.getPartition(key, null, reducers))
                    .as("%s with %d reducers", d, reducers).isEqualTo((int) Math.floorMod(d.toEpochDay(), (long) reducers));
            }
        }
    }

    @Test
    void aKeyWithoutADateIsABug() {
        assertThatThrownBy(() -> EventDatePartitioner.epochDay(new Text("C1\tEUR\t2026-11-20").getBytes()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
