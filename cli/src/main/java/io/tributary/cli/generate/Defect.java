package io.tributary.cli.generate;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One way to break an otherwise valid record, with the reason code CONTRACT §1 gives it. Each
 * defect breaks exactly one rule, so its reason code is the same whatever order a parser checks
 * the rules in; cases the contract leaves open (is a missing amount MISSING_FIELD or
 * INVALID_AMOUNT?) are not generated. Each defect lists the formats in which it is unambiguous.
 */
enum Defect {
    EVENT_ID_ABSENT(RejectReason.MISSING_FIELD, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventId = null;
        }
    },
    EVENT_ID_EMPTY(RejectReason.MISSING_FIELD, EnumSet.of(LineFormat.CSV)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventId = null;
        }
    },
    CUSTOMER_ID_ABSENT(RejectReason.MISSING_FIELD, EnumSet.of(LineFormat.JSON, LineFormat.CSV)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.customerId = null;
        }
    },
    EVENT_ID_BAD_CHARACTER(RejectReason.INVALID_EVENT_ID, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventId = r.eventId.replace('-', rng.nextBoolean() ? '#' : '/');
        }
    },
    EVENT_ID_TOO_LONG(RejectReason.INVALID_EVENT_ID, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventId = (r.eventId + "-" + "x".repeat(65)).substring(0, 65);
        }
    },
    MERCHANT_ID_TOO_LONG(RejectReason.INVALID_FIELD, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.merchantId = "M" + "0123456789".repeat(7).substring(0, 64);
        }
    },
    COUNTRY_NOT_ALPHA2(RejectReason.INVALID_FIELD, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.country = rng.nextBoolean() ? "DEU" : "Germany";
        }
    },
    AMOUNT_THREE_DECIMALS(RejectReason.INVALID_AMOUNT, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.amount = (r.cents / 100) + "." + (100 + rng.nextInt(900));
        }
    },
    AMOUNT_NOT_A_NUMBER(RejectReason.INVALID_AMOUNT, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.amount = rng.nextBoolean() ? "12,50" : "twelve";
            r.amountAsNumber = false;
        }
    },
    AMOUNT_TOO_LARGE(RejectReason.INVALID_AMOUNT, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.amount = rng.nextBoolean() ? "1000000000000.00" : "-1000000000000";
        }
    },
    CURRENCY_UNKNOWN(RejectReason.INVALID_CURRENCY, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            String[] bad = {"XYZ", "EURO", "eur"};
            r.currency = bad[rng.nextInt(bad.length)];
        }
    },
    EVENT_TIME_NO_OFFSET(RejectReason.INVALID_EVENT_TIME, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventTime = EventTimes.format(r.eventMillis / 1000 * 1000, 0, 0).replace("Z", "");
        }
    },
    EVENT_TIME_IMPOSSIBLE_DATE(RejectReason.INVALID_EVENT_TIME, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventTime = "2026-02-30T10:15:30Z";
        }
    },
    EVENT_TIME_NOT_A_TIME(RejectReason.INVALID_EVENT_TIME, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.eventTime = "yesterday";
        }
    },
    EVENT_TIME_IN_FUTURE(RejectReason.FUTURE_EVENT_TIME, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            // Decades ahead: future against any ingest time, the nominal one of its folder or a wall clock.
            r.eventTime = EventTimes.format(r.eventMillis + FUTURE_YEARS * 365 * EventTimes.DAY, 0, 3);
        }
    },
    CHANNEL_UNKNOWN(RejectReason.INVALID_ENUM, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.channel = "KIOSK";
        }
    },
    STATUS_UNKNOWN(RejectReason.INVALID_ENUM, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.status = "PENDING";
        }
    },
    SCHEMA_VERSION_UNKNOWN(RejectReason.UNSUPPORTED_SCHEMA_VERSION, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.schemaVersion = rng.nextBoolean() ? "2" : "99";
        }
    },
    NOT_JSON(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.NOT_JSON;
            r.rawText = rng.nextBoolean() ? "terminal 0042 rebooted at " + r.eventTime : "<txn id=\"" + r.eventId + "\"/>";
        }
    },
    JSON_TRUNCATED(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.TRUNCATED_JSON;
        }
    },
    JSON_NOT_AN_OBJECT(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.JSON_ARRAY;
        }
    },
    CSV_MISSING_COLUMN(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.CSV)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.CSV_MISSING_COLUMN;
        }
    },
    CSV_EXTRA_COLUMN(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.CSV)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.CSV_EXTRA_COLUMN;
        }
    },
    POS_NOT_A_TRANSACTION(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.POS)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.POS_NOT_A_TXN;
        }
    },
    POS_WITHOUT_TXN(RejectReason.MALFORMED_RECORD, EnumSet.of(LineFormat.POS)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            r.shape = TransactionRecord.Shape.POS_NO_TXN_KEY;
        }
    },
    NOT_UTF8(RejectReason.MALFORMED_RECORD, Formats.ALL) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            // Inside a value, where a mis-encoded export puts it: a lone 0xFF or continuation byte.
            r.merchantId = "M" + (rng.nextBoolean() ? LineBuilder.BAD_BYTE_FF : LineBuilder.BAD_BYTE_80) + "017";
        }
    },
    TOO_LARGE(RejectReason.RECORD_TOO_LARGE, EnumSet.of(LineFormat.JSON)) {
        @Override
        void apply(TransactionRecord r, SplittableRandom rng) {
            // Otherwise valid (an unknown extra field), so only the size can reject it.
            r.extraName = "debug_dump";
            r.extraValue = HUGE_VALUE;
        }

        @Override
        int weight() {
            return 1; // 70 KB each: rare, or the data set would be mostly padding
        }
    };

    /** Relative frequency of the common defects; {@link #TOO_LARGE} is 100 times rarer. */
    private static final int COMMON_WEIGHT = 100;
    static final int FUTURE_YEARS = 30;
    /** More than 64 KiB, the contract's record size limit. */
    static final int HUGE_LENGTH = 70_000;
    private static final String HUGE_VALUE = "x".repeat(HUGE_LENGTH);

    final RejectReason reason;
    final Set<LineFormat> formats;

    Defect(RejectReason reason, Set<LineFormat> formats) {
        this.reason = reason;
        this.formats = formats;
    }

    abstract void apply(TransactionRecord r, SplittableRandom rng);

    int weight() {
        return COMMON_WEIGHT;
    }

    /** Holder: enum constants are built before the enum's own static fields. */
    private static final class Formats {
        static final Set<LineFormat> ALL = EnumSet.allOf(LineFormat.class);
    }
}
