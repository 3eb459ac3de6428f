package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WriteRangesTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int partition(WriteRanges ranges, String key, int reducers) {
        byte[] k = bytes(key);
        return ranges.partition(k, k.length, reducers);
    }

    /** Three days of 100 customers each, as the sample would see them. */
    private static List<byte[]> threeDays() {
        List<byte[]> sample = new ArrayList<>();
        for (String day : List.of("2026-11-20", "2026-11-21", "2026-11-22")) {
            IntStream.range(100, 200).forEach(c -> sample.add(bytes(day + "\tC" + c)));
        }
        return sample;
    }

    @Test
    void splitsThreeEqualDaysEvenlyBetweenTwoReducersInsideTheMiddleDay() {
        WriteRanges ranges = WriteRanges.fromSample(threeDays(), 2);

        assertThat(ranges.cutCount()).isEqualTo(1);
        long first = 0;
        for (byte[] k : threeDays()) {
            String key = new String(k, StandardCharsets.UTF_8) + "\tEUR\te-1";
            first += partition(ranges, key, 2) == 0 ? 1 : 0;
        }
        assertThat(first).isEqualTo(150);
        assertThat(partition(ranges, "2026-11-21\tC149\tEUR\te-9", 2)).isZero();
        assertThat(partition(ranges, "2026-11-21\tC150\tEUR\te-9", 2)).isEqualTo(1);
    }

    @Test
    void sendsEveryRowOfACustomerAndDateToOneReducerWhateverItsCurrencyOrEventId() {
        WriteRanges ranges = WriteRanges.fromSample(threeDays(), 2);

        assertThat(partition(ranges, "2026-11-21\tC150\tAUD\ta", 2))
            .isEqualTo(partition(ranges, "2026-11-21\tC150\tUSD\tz", 2))
            .isEqualTo(partition(ranges, "2026-11-21\tC150", 2));
    }

    @Test
    void reducersFollowTheSortOrderSoFilesInNameOrderAreSorted() {
        WriteRanges ranges = WriteRanges.fromSample(threeDays(), 4);
        List<String> keys = new ArrayList<>();
        for (String day : List.of("2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23")) {
            for (String c : List.of("C1", "C10", "C150", "C151", "C2", "D", "\u00e9")) {
                keys.add(day + "\t" + c + "\tEUR\te-1");
            }
        }
        keys.sort((a, b) -> Arrays.compareUnsigned(bytes(a), bytes(b)));

        int previous = 0;
        for (String key : keys) {
            int p = partition(ranges, key, 4);
            assertThat(p).as(key).isBetween(previous, 3);
            previous = p;
        }
        assertThat(previous).isEqualTo(3);
    }

    @Test
    void anEmptySampleOrOneHotCustomerLeavesRangesEmptyInsteadOfTwiceTheSame() {
        assertThat(WriteRanges.fromSample(List.of(), 2).cutCount()).isZero();
        assertThat(partition(WriteRanges.fromSample(List.of(), 2), "2026-11-21\tC1\tEUR\te", 2)).isZero();

        List<byte[]> hot = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> hot.add(bytes("2026-11-21\tC1")));
        hot.add(bytes("2026-11-22\tC2"));
        assertThat(WriteRanges.fromSample(hot, 4).cutCount()).isEqualTo(1);
    }

    @Test
    void survivesItsBinaryForm() {
        WriteRanges ranges = WriteRanges.fromSample(threeDays(), 3);
        WriteRanges back = WriteRanges.decode(ranges.encode());

        assertThat(back.cutCount()).isEqualTo(2);
        assertThat(back.toString()).isEqualTo(ranges.toString());
        for (byte[] k : threeDays()) {
            assertThat(back.partition(k, k.length, 3)).isEqualTo(ranges.partition(k, k.length, 3));
        }
    }

    @Test
    void samplesAFixedShareOfEventIds() {
        long sampled = IntStream.range(0, 256_000).filter(i -> WriteRanges.sampled("e-" + i)).count();

        assertThat(sampled).isBetween(800L, 1200L);
        assertThat(WriteRanges.sampled("e-12345")).isEqualTo(WriteRanges.sampled("e-12345"));
    }
}
