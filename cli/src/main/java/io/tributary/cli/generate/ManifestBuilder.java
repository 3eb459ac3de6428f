package io.tributary.cli.generate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts the manifest together (format and definitions: docs/GENERATOR.md). */
final class ManifestBuilder {
    static final int MANIFEST_VERSION = 1;

    private final GeneratorSettings settings;
    private final CustomerUniverse universe;

    ManifestBuilder(GeneratorSettings settings, CustomerUniverse universe) {
        this.settings = settings;
        this.universe = universe;
    }

    Map<String, Object> build(List<OutputFile> files, List<Map<String, Object>> kafkaBlocks,
                              List<Map<String, Object>> customerFiles, Map<String, Object> dimension) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifest_version", MANIFEST_VERSION);
        m.put("settings", settings());
        m.put("transactions", transactions(files, kafkaBlocks));
        m.put("customers", customers(customerFiles, dimension));
        return m;
    }

    long total(List<OutputFile> files) {
        long read = 0;
        for (OutputFile f : files) {
            read += f.counts.read;
        }
        return read;
    }

    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seed", settings.seed());
        s.put("events", settings.events());
        s.put("customers", settings.customers());
        s.put("days", settings.days());
        s.put("start_date", settings.startDate().toString());
        s.put("duplicate_rate", settings.duplicateRate());
        s.put("invalid_rate", settings.invalidRate());
        s.put("late_rate", settings.lateRate());
        s.put("kafka_share", settings.kafkaShare());
        s.put("kafka_grace_seconds", TransactionGenerator.GRACE_MILLIS / 1000);
        return s;
    }

    private static Map<String, Object> transactions(List<OutputFile> files, List<Map<String, Object>> kafkaBlocks)
        throws IOException {
        OutcomeCounts fromFiles = new OutcomeCounts();
        OutcomeCounts fromKafka = new OutcomeCounts();
        EventDateTotals datesFiles = new EventDateTotals();
        EventDateTotals datesKafka = new EventDateTotals();
        List<Object> entries = new java.util.ArrayList<>();
        for (OutputFile f : files) {
            Map<String, Object> entry = f.toJson();
            if (f.destination.isKafka()) {
                entry.put("day_blocks", kafkaBlocks);
                fromKafka.add(f.counts);
                datesKafka.add(f.curatedByDate);
            } else {
                fromFiles.add(f.counts);
                datesFiles.add(f.curatedByDate);
            }
            entries.add(entry);
        }
        OutcomeCounts total = new OutcomeCounts();
        total.add(fromFiles);
        total.add(fromKafka);
        EventDateTotals datesTotal = new EventDateTotals();
        datesTotal.add(datesFiles);
        datesTotal.add(datesKafka);

        Map<String, Object> bySource = new LinkedHashMap<>();
        bySource.put("files", fromFiles.toJson());
        bySource.put("kafka", fromKafka.toJson());
        Map<String, Object> byDate = new LinkedHashMap<>();
        byDate.put("files", datesFiles.toJson());
        byDate.put("kafka", datesKafka.toJson());
        byDate.put("total", datesTotal.toJson());

        Map<String, Object> t = new LinkedHashMap<>();
        t.put("files", entries);
        t.put("by_source", bySource);
        t.put("total", total.toJson());
        t.put("curated_by_event_date", byDate);
        return t;
    }

    private Map<String, Object> customers(List<Map<String, Object>> customerFiles, Map<String, Object> dimension) {
        long[] kinds = new long[CustomerUniverse.Kind.values().length];
        for (int i = 0; i < universe.total(); i++) {
            kinds[universe.kind(i).ordinal()]++;
        }
        Map<String, Object> population = new LinkedHashMap<>();
        population.put("transacting", (long) universe.customers());
        population.put("known_from_first_day", kinds[CustomerUniverse.Kind.KNOWN.ordinal()]);
        population.put("test_segment", kinds[CustomerUniverse.Kind.TEST.ordinal()]);
        population.put("late_arriving", kinds[CustomerUniverse.Kind.LATE_ARRIVING.ordinal()]);
        population.put("never_in_change_files", kinds[CustomerUniverse.Kind.UNKNOWN.ordinal()]);
        population.put("without_transactions", kinds[CustomerUniverse.Kind.CHURNED.ordinal()]);

        long read = 0;
        long valid = 0;
        long upserts = 0;
        long deletes = 0;
        Map<String, Long> rejected = new LinkedHashMap<>();
        for (Map<String, Object> f : customerFiles) {
            read += (Long) f.get("read");
            valid += (Long) f.get("valid");
            upserts += (Long) f.get("upserts");
            deletes += (Long) f.get("deletes");
            @SuppressWarnings("unchecked")
            Map<String, Object> byReason = (Map<String, Object>) f.get("rejected_by_reason");
            byReason.forEach((k, v) -> rejected.merge(k, (Long) v, Long::sum));
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("read", read);
        total.put("valid", valid);
        total.put("rejected", read - valid);
        total.put("rejected_by_reason", new LinkedHashMap<String, Object>(rejected));
        total.put("upserts", upserts);
        total.put("deletes", deletes);

        Map<String, Object> c = new LinkedHashMap<>();
        c.put("population", population);
        c.put("files", customerFiles);
        c.put("total", total);
        c.put("expected_dimension", dimension);
        return c;
    }
}
