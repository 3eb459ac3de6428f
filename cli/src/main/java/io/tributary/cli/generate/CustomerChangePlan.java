package io.tributary.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The change rows (CONTRACT §1.4) of every customer, as a pure function of the customer: which
 * day's file holds each row, with which values and updated_at. The interesting cases are built in:
 * updates, updates that arrive after a newer one (stale, must lose), deletes, deletes older than
 * the upsert they follow (must lose), a delete with the same updated_at as the upsert (tie: the
 * later file wins) and a delete written after a newer upsert in the same file (line order must not
 * matter).
 */
final class CustomerChangePlan {
    static final String[] SEGMENTS = {"RETAIL", "SMB", "CORPORATE"};
    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "Dmitri", "Elif", "Femi", "Grace", "Hiro", "Inès", "Jonas"};
    private static final String[] LAST = {"Müller", "Smith", "Nowak", "Rossi", "Dubois", "Jensen", "Kowalski", "O'Brien", "García", "Novák"};
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "GB", "US", "PL", "SE", "CH", "AT", "IT", "ES", "JP"};

    private static final int PURPOSE_PROFILE = 10;
    private static final int PURPOSE_UPDATE = 11;
    private static final int PURPOSE_STALE = 12;
    private static final int PURPOSE_CHURN = 13;
    private static final int PURPOSE_TIME = 14;

    /** One row of a change file. {@code op} is 'U' or 'D'. */
    record Row(int day, char op, int index, String name, String email, String country, String segment,
               long updatedAtMillis, String updatedAt) {
    }

    private final CustomerUniverse universe;
    private final long startMillis;

    CustomerChangePlan(CustomerUniverse universe, LocalDate start) {
        this.universe = universe;
        this.startMillis = EventTimes.dayStartMillis(start);
    }

    CustomerUniverse universe() {
        return universe;
    }

    long dayStart(int day) {
        return startMillis + day * EventTimes.DAY;
    }

    /** The rows of one customer in the order they are written (by day, then as listed). */
    List<Row> rowsOf(int index) {
        List<Row> rows = new ArrayList<>(3);
        long h = hash(PURPOSE_TIME, index);
        long before = startMillis - EventTimes.DAY + Hashing.below(h, 86_400) * 1000L;
        switch (universe.kind(index)) {
            case UNKNOWN:
                break;
            case TEST:
                rows.add(row(0, 'U', index, 0, "TEST", before));
                break;
            case LATE_ARRIVING:
                // Created long ago, but the row reaches us only on its arrival day.
                rows.add(row(universe.arrivalDay(index), 'U', index, 0, segment(index, 0), before - 2 * EventTimes.DAY));
                break;
            case KNOWN:
                known(rows, index, before);
                break;
            default:
                churned(rows, index, before);
                break;
        }
        return rows;
    }

    private void known(List<Row> rows, int index, long before) {
        rows.add(row(0, 'U', index, 0, segment(index, 0), before));
        long u = hash(PURPOSE_UPDATE, index);
        if (Hashing.below(u, 100) < 10) {
            int day = laterDay(u);
            rows.add(row(day, 'U', index, 1, segment(index, 1), dayStart(day) + Hashing.below(u >>> 20, 86_400) * 1000L));
        }
        long s = hash(PURPOSE_STALE, index);
        if (Hashing.below(s, 100) < 3) {
            rows.add(row(laterDay(s), 'U', index, 2, segment(index, 2), startMillis - 30 * EventTimes.DAY));
        }
        rows.sort((a, b) -> Integer.compare(a.day(), b.day()));
    }

    private void churned(List<Row> rows, int index, long before) {
        Row upsert = row(0, 'U', index, 0, segment(index, 0), before);
        rows.add(upsert);
        long c = hash(PURPOSE_CHURN, index);
        int day = laterDay(c >>> 8);
        long dayStart = dayStart(day);
        switch (Hashing.below(c, 4)) {
            case 0: // a plain delete
                rows.add(row(day, 'D', index, 0, upsert.segment(), dayStart + EventTimes.HOUR));
                break;
            case 1: // a delete older than the upsert: loses, the customer stays
                rows.add(row(day, 'D', index, 0, upsert.segment(), before - EventTimes.HOUR));
                break;
            case 2: // same updated_at as the upsert: the later file wins, the customer is deleted
                rows.add(new Row(day, 'D', index, upsert.name(), upsert.email(), upsert.country(), upsert.segment(),
                    upsert.updatedAtMillis(), upsert.updatedAt()));
                break;
            default: // newer upsert written before an older delete in the same file: the upsert wins
                rows.add(row(day, 'U', index, 1, segment(index, 1), dayStart + 2 * EventTimes.HOUR));
                rows.add(row(day, 'D', index, 1, segment(index, 1), dayStart + EventTimes.HOUR));
                break;
        }
    }

    private int laterDay(long hash) {
        return 1 + Hashing.below(hash, universe.days());
    }

    private Row row(int day, char op, int index, int version, String segment, long updatedAtMillis) {
        long p = hash(PURPOSE_PROFILE, index);
        String first = FIRST[Hashing.below(p, FIRST.length)];
        String last = LAST[Hashing.below(p >>> 8, LAST.length)];
        // Some names carry a comma or quotes, as real exports do; the CSV writer quotes them.
        String name;
        switch (Hashing.below(p >>> 16, 10)) {
            case 0: name = last + ", " + first; break;
            case 1: name = first + " \"" + first.charAt(0) + "\" " + last; break;
            default: name = first + " " + last; break;
        }
        String id = universe.id(index).toLowerCase(java.util.Locale.ROOT);
        String email = version == 1 ? id + ".new@example.org" : id + "@example.com";
        String country = COUNTRIES[Hashing.below((p >>> 24) + version, COUNTRIES.length)];
        int offsetMinutes = Hashing.below(p >>> 32, 5) == 0 ? 60 : 0;
        return new Row(day, op, index, name, email, country, segment, updatedAtMillis,
            EventTimes.format(updatedAtMillis, offsetMinutes, 0));
    }

    /** Version 0 by hash (mostly retail); each later version a different segment, never TEST. */
    private String segment(int index, int version) {
        int base = Hashing.below(hash(PURPOSE_PROFILE + 100, index), 100);
        int first = base < 70 ? 0 : base < 92 ? 1 : 2;
        return SEGMENTS[(first + version) % SEGMENTS.length];
    }

    private long hash(int purpose, long value) {
        return Hashing.hash(universe.seed(), purpose, value);
    }
}
