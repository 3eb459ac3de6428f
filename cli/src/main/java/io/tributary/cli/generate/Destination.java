package io.tributary.cli.generate;

/**
 * Where a generated record goes: one of the five files of an ingest day, or the Kafka stream file.
 * The weights split the file share of the events; the Kafka share is a setting of its own.
 */
enum Destination {
    JSONL(LineFormat.JSON, "part-00000.jsonl", false, 25),
    JSONL_GZ(LineFormat.JSON, "part-00001.jsonl.gz", true, 20),
    CSV(LineFormat.CSV, "part-00002.csv", false, 25),
    LOG(LineFormat.POS, "part-00003.log", false, 15),
    LOG_GZ(LineFormat.POS, "part-00004.log.gz", true, 15),
    KAFKA(LineFormat.JSON, "transactions.jsonl", false, 0);

    static final Destination[] FILES = {JSONL, JSONL_GZ, CSV, LOG, LOG_GZ};
    private static final int FILE_WEIGHT_TOTAL = 100;

    final LineFormat format;
    final String fileName;
    final boolean gzip;
    private final int weight;

    Destination(LineFormat format, String fileName, boolean gzip, int weight) {
        this.format = format;
        this.fileName = fileName;
        this.gzip = gzip;
        this.weight = weight;
    }

    boolean isKafka() {
        return this == KAFKA;
    }

    /** A file destination drawn by weight from {@code roll} in [0, 100). */
    static Destination fileByWeight(int roll) {
        int acc = 0;
        for (Destination d : FILES) {
            acc += d.weight;
            if (roll < acc) {
                return d;
            }
        }
        throw new IllegalArgumentException("roll out of range: " + roll + " of " + FILE_WEIGHT_TOTAL);
    }

    /** The plain or gzipped file of the same format; CSV has one file only. */
    Destination sibling(boolean gzipped) {
        switch (format) {
            case JSON: return gzipped ? JSONL_GZ : JSONL;
            case POS: return gzipped ? LOG_GZ : LOG;
            default: return CSV;
        }
    }
}
