package io.tributary.cli.generate;

import io.tributary.core.config.ConfigKeys;
import io.tributary.core.config.TributaryConfig;
import java.io.IOException;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The event stream: for each position of the run, in order, one record of one kind (invalid,
 * re-send of an earlier record, or a new valid event, possibly late) into one destination, and
 * the manifest counts of that record's file. One seeded random source, consumed in a fixed order,
 * makes the run deterministic.
 */
final class TransactionGenerator {
    /** The lateness rule's grace (speed.grace's default); generated lateness is far beyond it. */
    static final long GRACE_MILLIS = TributaryConfig.defaults().get(ConfigKeys.SPEED_GRACE).toMillis();
    private static final int FILE_POOL_SIZE = 4096;
    private static final int KAFKA_POOL_SIZE = 256;

    private final GeneratorSettings settings;
    private final CustomerUniverse customers;
    private final EventFactory events;
    private final DefectPlan defects;
    private final SplittableRandom rng;
    private final DuplicatePool todaysFileRecords = new DuplicatePool(FILE_POOL_SIZE);
    private final DuplicatePool earlierFileRecords = new DuplicatePool(FILE_POOL_SIZE);
    private final DuplicatePool kafkaRecords = new DuplicatePool(KAFKA_POOL_SIZE);
    private final Map<LineFormat, LineRenderer> renderers = new java.util.EnumMap<>(LineFormat.class);
    private final LineBuilder line = new LineBuilder();
    private final OutputFile kafka;
    private final Progress progress;
    private long kafkaMaxEventMillis = Long.MIN_VALUE;

    TransactionGenerator(GeneratorSettings settings, CustomerUniverse customers, OutputFile kafka, Progress progress) {
        this.settings = settings;
        this.customers = customers;
        this.events = new EventFactory(customers, settings.seed());
        this.defects = new DefectPlan(settings.events(), settings.invalidRate() > 0);
        this.rng = new SplittableRandom(settings.seed());
        this.kafka = kafka;
        this.progress = progress;
        for (LineFormat f : LineFormat.values()) {
            renderers.put(f, f.renderer());
        }
    }

    /** Writes ingest day {@code day}: its share of the run into its five files and the Kafka stream. */
    void writeDay(int day, long dayStart, Map<Destination, OutputFile> files) throws IOException {
        long first = settings.events() * day / settings.days();
        long end = settings.events() * (day + 1) / settings.days();
        long n = end - first;
        for (long p = 0; p < n; p++) {
            long slot = first + p;
            long base = dayStart + p * EventTimes.DAY / n;
            DefectPlan.Reserved reserved = defects.reservedAt(slot);
            if (reserved != null) {
                writeInvalid(slot, day, dayStart, base, target(reserved.destination(), files), reserved.defect());
            } else {
                Destination dest = rng.nextDouble() < settings.kafkaShare() ? Destination.KAFKA
                    : Destination.fileByWeight(rng.nextInt(100));
                double u = rng.nextDouble();
                if (u < settings.invalidRate()) {
                    writeInvalid(slot, day, dayStart, base, target(dest, files), defects.draw(dest.format, rng));
                } else if (u >= settings.invalidRate() + settings.duplicateRate() || !writeDuplicate(dest, day, files)) {
                    writeOriginal(slot, day, dayStart, base, target(dest, files), rng.nextDouble() < settings.lateRate());
                }
            }
            progress.recordWritten();
        }
        todaysFileRecords.drainInto(earlierFileRecords, rng);
    }

    private OutputFile target(Destination dest, Map<Destination, OutputFile> files) {
        return dest.isKafka() ? kafka : files.get(dest);
    }

    private void writeInvalid(long slot, int day, long dayStart, long base, OutputFile file, Defect defect) throws IOException {
        TransactionRecord r = events.create(slot, day, dayStart, base, file.destination, false, rng);
        defect.apply(r, rng);
        write(file, r);
        file.counts.reject(defect.reason);
    }

    private void writeOriginal(long slot, int day, long dayStart, long base, OutputFile file, boolean late) throws IOException {
        TransactionRecord r = events.create(slot, day, dayStart, base, file.destination, late, rng);
        write(file, r);
        OutcomeCounts c = file.counts;
        c.read++;
        int customer = r.customerIndex;
        if (customers.isTest(customer)) {
            c.filtered++;
        } else {
            c.curated++;
            if (!customers.knownAfterDay(customer, day)) {
                c.unmatchedCustomers++;
            }
            if (customers.arrivalDay(customer) == CustomerUniverse.NEVER) {
                c.unmatchedCustomersFinal++;
            }
            if (isLate(file, r, dayStart)) {
                c.late++;
            }
            file.curatedByDate.add(r.eventMillis, r.isApproved(), r.cents);
        }
        if (file.destination.isKafka()) {
            kafkaMaxEventMillis = Math.max(kafkaMaxEventMillis, r.eventMillis);
            kafkaRecords.offer(r, rng);
        } else {
            todaysFileRecords.offer(r, rng);
        }
    }

    /**
     * Files: the UTC event date is before the ingest date. Kafka: the event time is behind the
     * greatest event time of the valid records before it by more than the grace.
     */
    private boolean isLate(OutputFile file, TransactionRecord r, long dayStart) {
        if (file.destination.isKafka()) {
            return kafkaMaxEventMillis != Long.MIN_VALUE && r.eventMillis < kafkaMaxEventMillis - GRACE_MILLIS;
        }
        return r.eventMillis < dayStart;
    }

    /**
     * Re-sends a record already written: on the Kafka stream one of its recent records; in files one
     * from today (into the same file, later) or from an earlier day (into today's file of the same
     * format). A quarter of re-sends carry a different amount (conflicting duplicates).
     */
    private boolean writeDuplicate(Destination dest, int day, Map<Destination, OutputFile> files) throws IOException {
        TransactionRecord original;
        OutputFile file;
        if (dest.isKafka()) {
            original = kafkaRecords.take(rng);
            file = kafka;
        } else {
            boolean earlierFirst = day > 0 && rng.nextBoolean();
            original = (earlierFirst ? earlierFileRecords : todaysFileRecords).take(rng);
            if (original == null) {
                original = (earlierFirst ? todaysFileRecords : earlierFileRecords).take(rng);
            }
            file = original == null ? null
                : files.get(original.day == day ? original.destination : original.destination.sibling(rng.nextBoolean()));
        }
        if (original == null) {
            return false;
        }
        TransactionRecord copy = original.copy();
        boolean conflicting = rng.nextInt(4) == 0;
        if (conflicting) {
            copy.amount = EventFactory.otherAmount(copy.amount);
        } else if (copy.destination.format == LineFormat.JSON && copy.extraName == null && rng.nextInt(3) == 0) {
            // Extra fields are not business fields: still an exact duplicate.
            copy.extraName = "resent";
            copy.extraValue = "true";
        }
        write(file, copy);
        file.counts.read++;
        if (conflicting) {
            file.counts.conflictingDuplicates++;
        } else {
            file.counts.exactDuplicates++;
        }
        return true;
    }

    private void write(OutputFile file, TransactionRecord r) throws IOException {
        renderers.get(file.destination.format).render(r, line);
        file.writeLine(line);
    }
}
