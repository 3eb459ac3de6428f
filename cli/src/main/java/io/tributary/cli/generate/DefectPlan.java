package io.tributary.cli.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which defect an invalid record gets. Most are drawn by weight among the defects of the record's
 * format; a fixed set of records, spread evenly over the run, is reserved so that every defect
 * appears in every file format it applies to, and every reason code on the Kafka stream, whatever
 * the random draws did (a test relies on it).
 */
final class DefectPlan {
    /** Below this many events the reserved records would distort the rates too much. */
    static final long MIN_EVENTS_FOR_COVERAGE = 1000;

    /** A reserved record: its position in the run, where it goes, how it is broken. */
    record Reserved(long slot, Destination destination, Defect defect) {
    }

    private final Map<LineFormat, Defect[]> defects = new EnumMap<>(LineFormat.class);
    private final Map<LineFormat, int[]> cumulative = new EnumMap<>(LineFormat.class);
    private final List<Reserved> reserved;
    private int nextReserved;

    DefectPlan(long events, boolean invalidWanted) {
        for (LineFormat f : LineFormat.values()) {
            List<Defect> list = new ArrayList<>();
            for (Defect d : Defect.values()) {
                if (d.formats.contains(f)) {
                    list.add(d);
                }
            }
            Defect[] array = list.toArray(new Defect[0]);
            int[] cum = new int[array.length];
            int acc = 0;
            for (int i = 0; i < array.length; i++) {
                acc += array[i].weight();
                cum[i] = acc;
            }
            defects.put(f, array);
            cumulative.put(f, cum);
        }
        reserved = invalidWanted && events >= MIN_EVENTS_FOR_COVERAGE ? spread(coverage(), events) : List.of();
    }

    /** Every (file format, defect) pair, plus one defect per reason code on the Kafka stream. */
    static List<Reserved> coverage() {
        List<Reserved> pairs = new ArrayList<>();
        int alternate = 0;
        for (Destination file : new Destination[] {Destination.JSONL, Destination.CSV, Destination.LOG}) {
            for (Defect d : Defect.values()) {
                if (d.formats.contains(file.format)) {
                    pairs.add(new Reserved(-1, file.sibling(alternate++ % 2 == 1), d));
                }
            }
        }
        Set<RejectReason> onKafka = EnumSet.noneOf(RejectReason.class);
        for (Defect d : Defect.values()) {
            if (d.formats.contains(LineFormat.JSON) && onKafka.add(d.reason)) {
                pairs.add(new Reserved(-1, Destination.KAFKA, d));
            }
        }
        return pairs;
    }

    private static List<Reserved> spread(List<Reserved> pairs, long events) {
        List<Reserved> out = new ArrayList<>(pairs.size());
        int n = pairs.size();
        for (int k = 0; k < n; k++) {
            long slot = (2L * k + 1) * events / (2L * n);
            out.add(new Reserved(slot, pairs.get(k).destination(), pairs.get(k).defect()));
        }
        return out;
    }

    /** The reserved record at {@code slot}, or null; slots must be asked in increasing order. */
    Reserved reservedAt(long slot) {
        if (nextReserved < reserved.size() && reserved.get(nextReserved).slot() == slot) {
            return reserved.get(nextReserved++);
        }
        return null;
    }

    Defect draw(LineFormat format, SplittableRandom rng) {
        int[] cum = cumulative.get(format);
        int roll = rng.nextInt(cum[cum.length - 1]);
        for (int i = 0; i < cum.length; i++) {
            if (roll < cum[i]) {
                return defects.get(format)[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
