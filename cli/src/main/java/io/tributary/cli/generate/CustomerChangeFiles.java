package io.tributary.cli.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the customer change files, one per ingest day ({@code days + 1} of them: the last holds
 * changes that arrive after the last transactions day), each with a few broken rows, and computes
 * the customer dimension a correct "greatest updated_at wins" merge must end with.
 */
final class CustomerChangeFiles {
    static final String HEADER = "op,customer_id,name,email,country,segment,updated_at";
    static final int BROKEN_ROWS_PER_FILE = 5;

    private final CustomerChangePlan plan;
    private final CustomerUniverse universe;
    private final LocalDate start;

    CustomerChangeFiles(CustomerChangePlan plan, LocalDate start) {
        this.plan = plan;
        this.universe = plan.universe();
        this.start = start;
    }

    static String relativePath(LocalDate date) {
        return "customers/ingest_date=" + date + "/customers-00000.csv";
    }

    /** Writes every day's file under {@code root}; returns the manifest entry of each. */
    List<Map<String, Object>> writeAll(Path root) throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        for (int day = 0; day <= universe.days(); day++) {
            files.add(writeDay(root, day));
        }
        return files;
    }

    private Map<String, Object> writeDay(Path root, int day) throws IOException {
        String relative = relativePath(start.plusDays(day));
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        int total = universe.total();
        Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        long rows = 0;
        long upserts = 0;
        long deletes = 0;
        LineBuilder line = new LineBuilder();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeLine(out, line.append(HEADER));
            int broken = 0;
            for (int index = 0; index < total; index++) {
                while (broken < BROKEN_ROWS_PER_FILE && index == (long) total * (broken + 1) / (BROKEN_ROWS_PER_FILE + 1)) {
                    rejected.merge(brokenRow(line, day, broken), 1L, Long::sum);
                    writeLine(out, line);
                    rows++;
                    broken++;
                }
                for (CustomerChangePlan.Row row : plan.rowsOf(index)) {
                    if (row.day() == day) {
                        render(line, row);
                        writeLine(out, line);
                        rows++;
                        if (row.op() == 'U') {
                            upserts++;
                        } else {
                            deletes++;
                        }
                    }
                }
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", relative);
        entry.put("ingest_date", start.plusDays(day).toString());
        entry.put("bytes", Files.size(file));
        entry.put("read", rows);
        entry.put("valid", upserts + deletes);
        entry.put("rejected", rows - upserts - deletes);
        entry.put("rejected_by_reason", OutcomeCounts.reasonMap(rejected));
        entry.put("upserts", upserts);
        entry.put("deletes", deletes);
        return entry;
    }

    private static void writeLine(OutputStream out, LineBuilder line) throws IOException {
        line.ascii('\n');
        out.write(line.toBytes());
        line.clear();
    }

    private void render(LineBuilder line, CustomerChangePlan.Row row) {
        line.ascii(row.op()).ascii(',');
        CsvLineRenderer.field(line, universe.id(row.index()), false).ascii(',');
        CsvLineRenderer.field(line, row.name(), false).ascii(',');
        CsvLineRenderer.field(line, row.email(), false).ascii(',');
        CsvLineRenderer.field(line, row.country(), false).ascii(',');
        CsvLineRenderer.field(line, row.segment(), false).ascii(',');
        CsvLineRenderer.field(line, row.updatedAt(), false);
    }

    /**
     * A broken row about a real customer, with the newest updated_at of the day, so that applying
     * it by mistake would visibly change the dimension. Returns its reason code.
     */
    private RejectReason brokenRow(LineBuilder line, int day, int which) {
        int victim = firstKnownCustomer();
        String id = universe.id(victim);
        String when = EventTimes.format(plan.dayStart(day) + 23 * EventTimes.HOUR, 0, 0);
        String email = id.toLowerCase(java.util.Locale.ROOT) + "@example.com";
        switch (which) {
            case 0:
                line.append("U,").append(id).append(",Broken Row,").append(email).append(",DE,RETAIL");
                return RejectReason.MALFORMED_RECORD; // six columns instead of seven
            case 1:
                line.append("X,").append(id).append(",Broken Row,").append(email).append(",DE,RETAIL,").append(when);
                return RejectReason.INVALID_ENUM; // op
            case 2:
                line.append("U,").append(id).append(",Broken Row,").append(email).append(",DE,VIP,").append(when);
                return RejectReason.INVALID_ENUM; // segment
            case 3:
                line.append("U,,Broken Row,").append(email).append(",DE,RETAIL,").append(when);
                return RejectReason.MISSING_FIELD; // customer_id
            default:
                line.append("U,").append(id).append(",Broken Row,").append(email).append(",DE,RETAIL,last tuesday");
                return RejectReason.INVALID_EVENT_TIME; // updated_at
        }
    }

    private int firstKnownCustomer() {
        for (int i = 0; i < universe.customers(); i++) {
            if (universe.kind(i) == CustomerUniverse.Kind.KNOWN) {
                return i;
            }
        }
        return universe.customers(); // the first churned customer: always exists
    }

    /**
     * The dimension after applying the change files of days 0..{@code lastDay}: the row with the
     * greatest updated_at wins per customer, ties going to the later file, then the later line.
     * Returns {present, deleted, present RETAIL, SMB, CORPORATE, TEST}.
     */
    long[] stateAfter(int lastDay) {
        long[] counts = new long[6];
        for (int index = 0; index < universe.total(); index++) {
            CustomerChangePlan.Row winner = null;
            for (CustomerChangePlan.Row row : plan.rowsOf(index)) {
                // Rows come in file order, so ">=" lets the later one win a tie.
                if (row.day() <= lastDay && (winner == null || row.updatedAtMillis() >= winner.updatedAtMillis())) {
                    winner = row;
                }
            }
            if (winner == null) {
                continue;
            }
            if (winner.op() == 'D') {
                counts[1]++;
            } else {
                counts[0]++;
                counts[2 + segmentIndex(winner.segment())]++;
            }
        }
        return counts;
    }

    private static int segmentIndex(String segment) {
        for (int i = 0; i < CustomerChangePlan.SEGMENTS.length; i++) {
            if (CustomerChangePlan.SEGMENTS[i].equals(segment)) {
                return i;
            }
        }
        return 3; // TEST
    }

    /** The manifest's expected customer dimension: after each day's file, and in the end. */
    Map<String, Object> expectedDimension() {
        Map<String, Object> byDay = new LinkedHashMap<>();
        for (int day = 0; day <= universe.days(); day++) {
            long[] c = stateAfter(day);
            byDay.put(start.plusDays(day).toString(), c[0]);
        }
        long[] end = stateAfter(universe.days());
        Map<String, Object> segments = new LinkedHashMap<>();
        segments.put("RETAIL", end[2]);
        segments.put("SMB", end[3]);
        segments.put("CORPORATE", end[4]);
        segments.put("TEST", end[5]);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("present", end[0]);
        result.put("deleted", end[1]);
        result.put("present_by_segment", segments);
        result.put("present_after_ingest_date", byDay);
        return result;
    }
}
