package io.tributary.benchmarks.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the two sides of the batch curation comparison against each other and against the generator's manifest:
 * curated rows and approved amount per event date, and the run's counts. Exit 0 when ours, DuckDB's and the
 * manifest's curated rows and approved amounts agree for every event date and our run's counts equal the
 * manifest's; 1 otherwise. DuckDB's own counts are printed beside them (its validation is close to, not exactly, the
 * contract's: see {@link CurationSql}).
 *
 * <pre>
 * CompareResults --manifest input/manifest.json --run-manifest run-manifest.json \
 *   --daily-spend ours-daily-spend.jsonl --duckdb duckdb-result.json
 * </pre>
 * {@code --daily-spend} is {@code tributary show views.customer_daily_spend --limit 0} (JSON lines).
 */
public final class CompareResults {

    /** Events, approved events, approved amount of one event date. */
    record DateTotals(long events, long approvedEvents, BigDecimal approvedAmount) {
        static DateTotals of(JsonNode n) {
            return new DateTotals(n.path("events").asLong(), n.path("approved_events").asLong(),
                new BigDecimal(n.path("approved_amount").asText("0")));
        }

        DateTotals plus(long events, long approved, BigDecimal amount) {
            return new DateTotals(this.events + events, approvedEvents + approved, approvedAmount.add(amount));
        }

        boolean sameAs(DateTotals o) {
            return o != null && events == o.events && approvedEvents == o.approvedEvents
                && approvedAmount.compareTo(o.approvedAmount) == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%9d %9d %16s", events, approvedEvents, approvedAmount.toPlainString());
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            files.put(args[i].replaceFirst("^--", ""), Path.of(args[i + 1]));
        }
        for (String need : List.of("manifest", "run-manifest", "daily-spend", "duckdb")) {
            if (!files.containsKey(need)) {
                System.err.println("compare: --" + need + " FILE is required");
                System.exit(2);
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(files.get("manifest").toFile()).path("transactions");
        JsonNode run = json.readTree(files.get("run-manifest").toFile());
        JsonNode duck = json.readTree(files.get("duckdb").toFile());
        List<String> problems = new ArrayList<>();

        Map<String, DateTotals> expected = new TreeMap<>();
        manifest.path("curated_by_event_date").path("files").fields()
            .forEachRemaining(e -> expected.put(e.getKey(), DateTotals.of(e.getValue())));
        Map<String, DateTotals> theirs = new TreeMap<>();
        duck.path("curated_by_event_date").fields().forEachRemaining(e -> theirs.put(e.getKey(), DateTotals.of(e.getValue())));
        Map<String, DateTotals> ours = dailySpend(json, files.get("daily-spend"));
        Map<String, Long> ourRows = new TreeMap<>();
        run.path("outputs").forEach(o -> {
            if (o.path("table").asText().equals("curated.transactions")) {
                ourRows.merge(o.path("partition").asText().replace("event_date=", ""), o.path("rows").asLong(), Long::sum);
            }
        });

        System.out.println("curated rows, approved rows, approved amount per event date (manifest | ours | DuckDB):");
        TreeSet<String> dates = new TreeSet<>(expected.keySet());
        dates.addAll(ours.keySet());
        dates.addAll(theirs.keySet());
        for (String d : dates) {
            DateTotals e = expected.get(d);
            DateTotals o = ours.get(d);
            DateTotals t = theirs.get(d);
            boolean oursOk = e != null && e.sameAs(o) && Objects.equals(ourRows.get(d), e.events());
            boolean theirsOk = e != null && e.sameAs(t);
            System.out.printf(Locale.ROOT, "  %s  %s | %s | %s  %s%n", d, e, o, t,
                oursOk && theirsOk ? "ok" : "MISMATCH" + (oursOk ? "" : " (ours)") + (theirsOk ? "" : " (DuckDB)"));
            if (o != null && !Objects.equals(ourRows.get(d), o.events())) {
                problems.add(d + ": our run manifest says " + ourRows.get(d) + " curated rows, our daily spend view "
                    + o.events());
            }
            if (!oursOk) {
                problems.add(d + ": ours " + o + " vs manifest " + e);
            }
            if (!theirsOk) {
                problems.add(d + ": DuckDB " + t + " vs manifest " + e);
            }
        }

        JsonNode want = manifest.path("by_source").path("files");
        JsonNode got = run.path("accounting").path("total");
        JsonNode duckCounts = duck.path("counts");
        System.out.println("counts (manifest | ours | DuckDB):");
        String[][] keys = {{"read", "read"}, {"rejected", "rejected"}, {"duplicates", "duplicates"},
            {"filtered", "filtered"}, {"curated", "curated"}, {"unmatched_customers_final", "unmatched_customer"}};
        for (String[] k : keys) {
            String mine = got.path(k[1]).asText();
            boolean ok = want.path(k[0]).asText().equals(mine);
            System.out.printf(Locale.ROOT, "  %-26s %10s | %10s | %10s  %s%n", k[0], want.path(k[0]).asText(), mine,
                duckCounts.path(k[0]).asText(), ok ? "" : "MISMATCH (ours)");
            if (!ok) {
                problems.add(k[0] + ": ours " + mine + " vs manifest " + want.path(k[0]).asText());
            }
        }
        System.out.println("error table rows by reason (manifest | ours | DuckDB):");
        TreeSet<String> reasons = new TreeSet<>();
        want.path("rejected_by_reason").fieldNames().forEachRemaining(reasons::add);
        got.path("errors_by_reason").fieldNames().forEachRemaining(reasons::add);
        duckCounts.path("rejected_by_reason").fieldNames().forEachRemaining(reasons::add);
        reasons.add("DUPLICATE_CONFLICT");
        for (String r : reasons) {
            // The manifest counts conflicts as duplicates, not as rejected; the error table holds them as rows.
            boolean conflict = r.equals("DUPLICATE_CONFLICT");
            long w = conflict ? want.path("conflicting_duplicates").asLong() : want.path("rejected_by_reason").path(r).asLong();
            long m = got.path("errors_by_reason").path(r).asLong();
            long d = conflict ? duckCounts.path("conflicting_duplicates").asLong()
                : duckCounts.path("rejected_by_reason").path(r).asLong();
            System.out.printf(Locale.ROOT, "  %-26s %10d | %10d | %10d  %s%n", r, w, m, d, w == m ? "" : "MISMATCH (ours)");
            if (w != m) {
                problems.add(r + ": ours " + m + " vs manifest " + w);
            }
        }
        if (!run.path("accounting").path("balanced").asBoolean()) {
            problems.add("our run manifest is not balanced: " + run.path("accounting").path("imbalance").asText());
        }
        if (problems.isEmpty()) {
            System.out.println("compare: ours, DuckDB and the manifest agree on every event date; our counts equal the manifest's");
        } else {
            problems.forEach(p -> System.out.println("compare: MISMATCH " + p));
            System.exit(1);
        }
    }

    private static Map<String, DateTotals> dailySpend(ObjectMapper json, Path file) throws IOException {
        Map<String, DateTotals> out = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                out.merge(r.path("event_date").asText(), new DateTotals(0, 0, BigDecimal.ZERO).plus(
                    r.path("txn_count").asLong(), r.path("approved_count").asLong(),
                    new BigDecimal(r.path("approved_amount").asText("0"))), (a, b) -> a.plus(b.events(),
                    b.approvedEvents(), b.approvedAmount()));
            }
        }
        return out;
    }
}
