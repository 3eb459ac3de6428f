package io.tributary.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic transaction records in the three formats: the same events written as JSON lines,
 * CSV and POS log lines, with varied ids, amounts, currencies, offsets and optional fields.
 */
final class SampleRecords {

    static final Instant INGEST = Instant.parse("2026-11-27T00:00:00Z");

    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF", "JPY", "SEK"};
    private static final String[] CHANNELS = {"POS", "WEB", "MOBILE", "ATM"};
    private static final String[] STATUSES = {"APPROVED", "APPROVED", "APPROVED", "DECLINED", "REVERSED"};
    private static final String[] COUNTRIES = {"DE", "FR", "GB", "US", "CH", "SE", "NL"};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5)};
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /** One event's fields as text. */
    private record Event(String eventId, String customerId, String merchantId, String amount, String currency,
                         String eventTime, String channel, String status, String country) {
    }

    private SampleRecords() {
    }

    private static Event[] events(int n) {
        SplittableRandom random = new SplittableRandom(20261126);
        Event[] events = new Event[n];
        Instant dayStart = Instant.parse("2026-11-26T00:00:00Z");
        for (int i = 0; i < n; i++) {
            long cents = random.nextLong(1, 500_000);
            String amount = (cents / 100) + "." + String.format("%02d", cents % 100);
            Instant t = dayStart.plusMillis(random.nextLong(86_400_000L));
            String time = MILLIS.format(t.atOffset(OFFSETS[random.nextInt(OFFSETS.length)]));
            events[i] = new Event(
                String.format("e-%08d", i),
                String.format("C%07d", random.nextInt(200_000)),
                random.nextInt(10) == 0 ? null : String.format("M%05d", random.nextInt(20_000)),
                amount,
                CURRENCIES[random.nextInt(CURRENCIES.length)],
                time,
                CHANNELS[random.nextInt(CHANNELS.length)],
                STATUSES[random.nextInt(STATUSES.length)],
                random.nextInt(5) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        return events;
    }

    static String[] jsonLines(int n) {
        Event[] events = events(n);
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events[i];
            StringBuilder s = new StringBuilder(256)
                .append("{\"event_id\":\"").append(e.eventId())
                .append("\",\"customer_id\":\"").append(e.customerId()).append('"');
            if (e.merchantId() != null) {
                s.append(",\"merchant_id\":\"").append(e.merchantId()).append('"');
            }
            // Producers write the amount both ways; the contract allows both.
            s.append(",\"amount\":").append(i % 2 == 0 ? "\"" + e.amount() + "\"" : e.amount())
                .append(",\"currency\":\"").append(e.currency())
                .append("\",\"event_time\":\"").append(e.eventTime())
                .append("\",\"channel\":\"").append(e.channel())
                .append("\",\"status\":\"").append(e.status()).append('"');
            if (e.country() != null) {
                s.append(",\"country\":\"").append(e.country()).append('"');
            }
            s.append(",\"schema_version\":1}");
            lines[i] = s.toString();
        }
        return lines;
    }

    static String csvHeader() {
        return "event_id,customer_id,merchant_id,amount,currency,event_time,channel,status,country";
    }

    static String[] csvRecords(int n) {
        Event[] events = events(n);
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events[i];
            lines[i] = String.join(",", e.eventId(), e.customerId(), e.merchantId() == null ? "" : e.merchantId(),
                e.amount(), e.currency(), e.eventTime(), e.channel(), e.status(), e.country() == null ? "" : e.country());
        }
        return lines;
    }

    static String[] posLines(int n) {
        Event[] events = events(n);
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events[i];
            StringBuilder s = new StringBuilder(160).append(e.eventTime()).append(' ').append(e.channel())
                .append(" txn=").append(e.eventId()).append(" cust=").append(e.customerId());
            if (e.merchantId() != null) {
                s.append(" merch=").append(e.merchantId());
            }
            s.append(" amt=").append(e.amount()).append(' ').append(e.currency()).append(" status=").append(e.status());
            if (e.country() != null) {
                s.append(" country=").append(e.country());
            }
            lines[i] = s.toString();
        }
        return lines;
    }

    /** The lines as one file's content, LF-terminated, with an optional first line. */
    static byte[] file(String header, String[] lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length * 200);
        if (header != null) {
            out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (String line : lines) {
            out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
