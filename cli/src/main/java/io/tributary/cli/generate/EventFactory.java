package io.tributary.cli.generate;

import io.tributary.core.model.Amounts;
import java.util.SplittableRandom;

/**
 * Makes valid transaction records, valid by CONTRACT §1 exactly: event ids of the allowed
 * characters, amounts with at most two decimals far below 10^12, known ISO currencies and
 * countries, instants that name their offset. Variety that a parser must accept is built in:
 * amounts as JSON numbers and strings, absent optional fields, non-UTC offsets (some of which put
 * the local date on another day than the UTC date), merchant names that need CSV quoting or JSON
 * escaping, unknown extra JSON fields, POS key=value pairs in either order.
 */
final class EventFactory {
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF", "SEK", "PLN", "JPY", "DKK"};
    private static final int[] CURRENCY_WEIGHTS = {40, 25, 12, 6, 5, 5, 4, 3};
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "GB", "US", "PL", "SE", "CH", "AT", "IT", "ES", "JP", "DK", "BE"};
    private static final String[] CHANNELS = {"POS", "WEB", "MOBILE", "ATM"};
    private static final int[] CHANNEL_WEIGHTS = {40, 30, 25, 5};
    private static final String[] STATUSES = {"APPROVED", "DECLINED", "REVERSED"};
    private static final int[] STATUS_WEIGHTS = {85, 10, 5};
    /** Offsets in minutes; +14:00 and -11:00 move the local date for many instants. */
    private static final int[] OFFSETS = {60, 120, 330, 345, -300, -480, 540, 840, -660, -210};
    private static final String[] NAMED_MERCHANTS = {
        "Café \"Zur Post\", Berlin", "Müller & Söhne GmbH", "O'Brien's Pub, Dublin", "Bäckerei \"Am Markt\"",
        "Sushi 寿司 Bar", "Smith, Jones and Partners", "Pizza \uD83C\uDF55 Napoli", "Tabac \"Le Chat Noir\", Paris"};
    static final int MERCHANTS = 2000;
    /** On-time events are at most this far from their position in the day's sequence. */
    static final long JITTER_MILLIS = 2 * EventTimes.MINUTE;
    private static final double LOG_MAX_CENTS = Math.log(500_000);
    private static final double LOG_MAX_YEN = Math.log(50_000);

    private final CustomerUniverse customers;
    private final String idPrefix;

    EventFactory(CustomerUniverse customers, long seed) {
        this.customers = customers;
        // A seed-specific prefix keeps data sets of different seeds apart if both are ingested.
        this.idPrefix = "e-" + Long.toString(Hashing.mix64(seed) >>> 40, 36) + "-";
    }

    /**
     * A valid record for position {@code baseMillis} of ingest day {@code day} (which starts at
     * {@code dayStart}); a late one has an event time 1 to 3 days and up to 12 hours earlier.
     */
    TransactionRecord create(long slot, int day, long dayStart, long baseMillis, Destination dest, boolean late,
                             SplittableRandom rng) {
        TransactionRecord r = new TransactionRecord();
        LineFormat format = dest.format;
        r.day = day;
        r.destination = dest;
        r.eventId = idPrefix + slot;
        r.customerIndex = rng.nextInt(customers.customers());
        r.customerId = customers.id(r.customerIndex);
        r.merchantId = merchant(format, rng);
        amount(r, rng);
        r.amountAsNumber = format == LineFormat.JSON && rng.nextInt(4) == 0;
        eventTime(r, dayStart, baseMillis, late, rng);
        r.channel = format == LineFormat.POS ? (rng.nextInt(10) == 0 ? "ATM" : "POS") : pick(CHANNELS, CHANNEL_WEIGHTS, rng);
        r.status = pick(STATUSES, STATUS_WEIGHTS, rng);
        r.country = rng.nextInt(10) == 0 ? null : COUNTRIES[rng.nextInt(COUNTRIES.length)];
        if (format == LineFormat.JSON) {
            r.schemaVersion = rng.nextBoolean() ? "1" : null;
            if (rng.nextInt(10) == 0) {
                r.extraName = "terminal_id";
                r.extraValue = "T-" + rng.nextInt(10_000);
            }
        }
        r.quoteAll = format == LineFormat.CSV && rng.nextInt(10) == 0;
        r.countryBeforeStatus = format == LineFormat.POS && rng.nextInt(10) < 3;
        return r;
    }

    private static String merchant(LineFormat format, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        if (roll < 10) {
            return null;
        }
        // POS values end at a blank, so named merchants go to JSON and CSV only.
        if (roll < 18 && format != LineFormat.POS) {
            return NAMED_MERCHANTS[rng.nextInt(NAMED_MERCHANTS.length)];
        }
        int m = rng.nextInt(MERCHANTS);
        return "M" + (m < 10 ? "0000" : m < 100 ? "000" : m < 1000 ? "00" : "0") + m;
    }

    private static void amount(TransactionRecord r, SplittableRandom rng) {
        r.currency = pick(CURRENCIES, CURRENCY_WEIGHTS, rng);
        if (r.currency.equals("JPY")) {
            // No minor unit in practice: whole yen, valid under any reading of the rule.
            long yen = 1 + (long) Math.exp(rng.nextDouble() * LOG_MAX_YEN);
            r.cents = yen * 100;
            r.amount = Long.toString(yen);
            return;
        }
        long cents = 1 + (long) Math.exp(rng.nextDouble() * LOG_MAX_CENTS);
        r.cents = cents;
        int style = rng.nextInt(10);
        if (style == 0 && cents % 100 == 0) {
            r.amount = Long.toString(cents / 100);
        } else if (style == 1 && cents % 10 == 0) {
            r.amount = (cents / 100) + "." + (cents % 100 / 10);
        } else {
            r.amount = Amounts.format(cents);
        }
    }

    private static void eventTime(TransactionRecord r, long dayStart, long baseMillis, boolean late, SplittableRandom rng) {
        long t;
        if (late) {
            t = baseMillis - (1 + rng.nextInt(3)) * EventTimes.DAY - rng.nextLong(12 * EventTimes.HOUR);
        } else {
            t = baseMillis + rng.nextLong(-JITTER_MILLIS, JITTER_MILLIS + 1);
            // Keep on-time events on their ingest day (UTC), so "late" has one meaning.
            t = Math.max(dayStart, Math.min(dayStart + EventTimes.DAY - 1, t));
        }
        int roll = rng.nextInt(20);
        int fraction = roll < 16 ? 3 : roll < 19 ? 0 : 6;
        if (fraction == 0) {
            t = Math.floorDiv(t, 1000) * 1000;
        }
        int offset = rng.nextInt(10) < 3 ? OFFSETS[rng.nextInt(OFFSETS.length)] : 0;
        r.eventMillis = t;
        r.eventTime = EventTimes.format(t, offset, fraction);
    }

    private static String pick(String[] values, int[] weights, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        int acc = 0;
        for (int i = 0; i < values.length; i++) {
            acc += weights[i];
            if (roll < acc) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** The same record with a different amount: a conflicting re-send. Amounts here are positive. */
    static String otherAmount(String amount) {
        int dot = amount.indexOf('.');
        String whole = dot < 0 ? amount : amount.substring(0, dot);
        return (Long.parseLong(whole) + 1) + (dot < 0 ? "" : amount.substring(dot));
    }
}
