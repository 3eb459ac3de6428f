package io.tributary.serving.hbase;

import io.tributary.core.time.Granularity;
import io.tributary.core.time.TimeBucket;
import io.tributary.serving.view.CurrencyBucket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Reads a speed view row key ({@code customer_id 0x00 yyyyMMddHH currency}) back into its bucket. */
final class SpeedRowKeys {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");
    private static final int SUFFIX = 10 + 3;

    private SpeedRowKeys() {
    }

    static CurrencyBucket parse(byte[] key) {
        String s = new String(key, StandardCharsets.UTF_8);
        int sep = s.length() - SUFFIX - 1;
        if (sep < 1 || s.charAt(sep) != '\0') {
            throw new IllegalArgumentException("not a speed view row key: " + s.replace('\0', '|'));
        }
        LocalDateTime hour = LocalDateTime.parse(s.substring(sep + 1, sep + 11), HOUR);
        return new CurrencyBucket(new TimeBucket(Granularity.HOUR, hour.toInstant(ZoneOffset.UTC)), s.substring(sep + 11));
    }
}
