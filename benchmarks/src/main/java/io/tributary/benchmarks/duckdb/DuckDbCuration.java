package io.tributary.benchmarks.duckdb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The DuckDB side of the batch curation comparison ({@code scripts/bench-batch.sh}): reads a data set made by
 * {@code tributary generate} (the day folders of {@code transactions/} and {@code customers/}; the Kafka file is
 * not the batch layer's input), validates, deduplicates, filters, enriches and aggregates it as
 * {@link CurationSql} says, and writes partitioned Parquet: {@code curated/transactions},
 * {@code views/customer_daily_spend} and {@code errors/transactions} below {@code --out}.
 *
 * <pre>
 * java -cp benchmarks/target/tributary-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/runtime-classpath.txt) \
 *   io.tributary.benchmarks.duckdb.DuckDbCuration --input DIR --out DIR [--threads 2] [--memory-limit 3GB] [--result FILE]
 * </pre>
 *
 * Prints one line per step with its time, and writes {@code --result} (JSON): the step times, the counts in the
 * generator manifest's terms and the curated events and approved amount per event date, for the comparison.
 */
public final class DuckDbCuration {

    private final Path input;
    private final Path out;
    private final ObjectNode result;
    private final ObjectNode seconds;
    private final Statement sql;

    private DuckDbCuration(Path input, Path out, Statement sql, ObjectNode result) {
        this.input = input;
        this.out = out;
        this.sql = sql;
        this.result = result;
        this.seconds = result.putObject("seconds");
    }

    public static void main(String[] args) throws Exception {
        Path input = null;
        Path out = null;
        Path resultFile = null;
        int threads = 2;
        String memoryLimit = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = Path.of(need(args[i], value));
                case "--out" -> out = Path.of(need(args[i], value));
                case "--result" -> resultFile = Path.of(need(args[i], value));
                case "--threads" -> threads = Integer.parseInt(need(args[i], value));
                case "--memory-limit" -> memoryLimit = need(args[i], value);
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (input == null || out == null) {
            usage("--input and --out are required");
        }
        if (!Files.isRegularFile(input.resolve("manifest.json"))) {
            usage(input + " is not a generated data set (no manifest.json)");
        }
        input = input.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        deleteTree(out);
        Files.createDirectories(out.resolve("curated"));
        Files.createDirectories(out.resolve("views"));
        Files.createDirectories(out.resolve("errors"));

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode result = json.createObjectNode();
        result.put("duckdb_threads", threads);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("SET threads = " + threads);
            sql.execute("SET TimeZone = 'UTC'");
            sql.execute("SET temp_directory = '" + out.resolve(".spill") + "'");
            if (memoryLimit != null) {
                sql.execute("SET memory_limit = '" + memoryLimit + "'");
            }
            try (ResultSet r = sql.executeQuery("SELECT version(), current_setting('memory_limit')")) {
                r.next();
                result.put("duckdb_version", r.getString(1));
                result.put("duckdb_memory_limit", r.getString(2));
            }
            new DuckDbCuration(input, out, sql, result).run();
        }
        result.put("total_seconds", (System.nanoTime() - start) / 1e9);
        deleteTree(out.resolve(".spill"));
        result.set("output_bytes", outputBytes(out));
        System.out.printf(Locale.ROOT, "duckdb: done in %.1f s (in process, JVM start not included)%n",
            result.get("total_seconds").asDouble());
        if (resultFile != null) {
            json.writeValue(resultFile.toFile(), result);
        }
    }

    private void run() throws SQLException {
        step("read_validate", List.of(
            CurationSql.codeTable("currencies", Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).filter(c -> c.matches("[A-Z]{3}")).toList()),
            CurationSql.codeTable("countries", List.of(Locale.getISOCountries())),
            CurationSql.readJson(input), CurationSql.readCsv(input), CurationSql.readPos(input),
            CurationSql.CHECKED, CurationSql.REJECTED_LINES));
        step("customers", List.of(CurationSql.customers(input)));
        step("dedup", List.of(CurationSql.SURVIVORS, CurationSql.CONFLICTS));
        step("filter_enrich", List.of(CurationSql.CURATED));
        step("write_curated", List.of(CurationSql.writeCurated(out)));
        step("write_views", List.of(CurationSql.writeDailySpend(out)));
        step("write_errors", List.of(CurationSql.writeErrors(out)));
        counts();
    }

    private void step(String name, List<String> statements) throws SQLException {
        long t0 = System.nanoTime();
        for (String s : statements) {
            try {
                sql.execute(s);
            } catch (SQLException e) {
                throw new SQLException(name + ": " + e.getMessage() + "\n  in: " + s, e);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        seconds.put(name, s);
        System.out.printf(Locale.ROOT, "duckdb: %-14s %7.1f s%n", name, s);
    }

    /** The counts of the generator's manifest (transactions.by_source.files), and the curated rows per event date. */
    private void counts() throws SQLException {
        ObjectNode c = result.putObject("counts");
        long lines = scalar("SELECT count(*) FROM checked");
        long skipped = scalar("SELECT count(*) FROM rejected_lines");
        long valid = scalar("SELECT count(*) FROM checked WHERE reason IS NULL");
        long survivors = scalar("SELECT count(*) FROM survivors");
        long curated = scalar("SELECT count(*) FROM curated");
        c.put("read", lines + skipped);
        c.put("valid", valid);
        c.put("rejected", lines + skipped - valid);
        ObjectNode reasons = c.putObject("rejected_by_reason");
        try (ResultSet r = sql.executeQuery("SELECT reason, count(*) FROM (SELECT reason FROM checked WHERE reason IS NOT NULL "
            + "UNION ALL SELECT reason_code FROM rejected_lines) GROUP BY reason ORDER BY reason")) {
            while (r.next()) {
                reasons.put(r.getString(1), r.getLong(2));
            }
        }
        c.put("duplicates", valid - survivors);
        c.put("conflicting_duplicates", scalar("SELECT count(*) FROM conflicts"));
        c.put("filtered", survivors - curated);
        c.put("curated", curated);
        c.put("unmatched_customers_final", scalar("SELECT count(*) FROM curated WHERE customer_segment = 'UNKNOWN'"));
        ObjectNode byDate = result.putObject("curated_by_event_date");
        try (ResultSet r = sql.executeQuery("SELECT CAST(event_date AS VARCHAR), count(*), "
            + "count(*) FILTER (WHERE status = 'APPROVED'), "
            + "CAST(coalesce(sum(amount) FILTER (WHERE status = 'APPROVED'), 0) AS VARCHAR) "
            + "FROM curated GROUP BY event_date ORDER BY event_date")) {
            while (r.next()) {
                ObjectNode d = byDate.putObject(r.getString(1));
                d.put("events", r.getLong(2));
                d.put("approved_events", r.getLong(3));
                d.put("approved_amount", r.getString(4));
            }
        }
    }

    private long scalar(String query) throws SQLException {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ObjectNode outputBytes(Path out) throws IOException {
        ObjectNode bytes = new ObjectMapper().createObjectNode();
        long total = 0;
        for (String table : List.of("curated/transactions", "views/customer_daily_spend", "errors/transactions")) {
            long b = treeBytes(out.resolve(table));
            bytes.put(table, b);
            total += b;
        }
        bytes.put("total", total);
        return bytes;
    }

    private static long treeBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String need(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String message) {
        System.err.println("duckdb-curation: " + message);
        System.err.println("usage: DuckDbCuration --input DIR --out DIR [--threads N] [--memory-limit SIZE] [--result FILE]");
        System.exit(2);
    }
}
