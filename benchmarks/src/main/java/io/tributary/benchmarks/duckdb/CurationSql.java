package io.tributary.benchmarks.duckdb;

import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The SQL of the DuckDB side of the batch curation comparison: the same work as {@code tributary ingest} +
 * {@code tributary batch curate} on a generated data set (CONTRACT §2: parse -> validate -> dedup -> filter ->
 * enrich -> aggregate), written the way one would write it for DuckDB.
 *
 * <p>Record order: every format is read by one scan over its files in path order, and {@code row_number() OVER ()}
 * numbers the rows of that scan. DuckDB keeps a scan's rows in file order (insertion order is preserved), so within
 * a file the number grows with the line, and {@code (ingest_date, file, line)} is the ingest order that decides the
 * dedup survivor. Lines a reader skips (see {@link #READ_CSV}) leave gaps in the numbering, which does not change
 * the order.
 *
 * <p>Ingest time: a day folder {@code ingest_date=D} is taken as landed at D + 1 day, 01:00 UTC, as the bench
 * script lands it with {@code tributary ingest}; a record more than 5 minutes after that is FUTURE_EVENT_TIME.
 */
final class CurationSql {

    /** The business columns of a transaction, all read as text and checked by {@link #CHECKED}. */
    static final String COLUMNS = "event_id, customer_id, merchant_id, amount, currency, event_time, channel, status, "
        + "country, schema_version";

    private static final String VARCHAR_COLUMNS = "{event_id: 'VARCHAR', customer_id: 'VARCHAR', merchant_id: 'VARCHAR', "
        + "amount: 'VARCHAR', currency: 'VARCHAR', event_time: 'VARCHAR', channel: 'VARCHAR', status: 'VARCHAR', "
        + "country: 'VARCHAR'}";

    private CurationSql() {
    }

    /**
     * JSON lines, gzipped or not, framed by lines: each line is one record, parsed once with
     * {@code json_extract_string} over the ten field paths ({@code try}: a line that is not JSON gives NULL). Not
     * {@code read_json}: its newline-delimited reader parses a truncated object on into the next line, so the valid
     * record after a line cut in half is lost (it also never shows the record's size, needed for RECORD_TOO_LARGE).
     * A line that is not UTF-8 is skipped by the reader and lands in {@code reject_errors_json}.
     */
    static String readJson(Path input) {
        String[] fields = COLUMNS.split(", ");
        StringBuilder paths = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            paths.append(i == 0 ? "" : ", ").append("'$.").append(fields[i]).append('\'');
            if (fields[i].equals("amount")) {
                // A JSON number comes back from json_extract_string re-printed (168.480 -> 168.48): keep its own text.
                columns.append(", CASE WHEN f IS NOT NULL THEN coalesce(nullif(regexp_extract(text, "
                    + "'\"amount\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)', 1), ''), f[").append(i + 1).append("]) END AS amount");
            } else {
                columns.append(", f[").append(i + 1).append("] AS ").append(fields[i]);
            }
        }
        return "CREATE TEMP TABLE json_rows AS "
            + "WITH numbered AS (SELECT ingest_date, filename, row_number() OVER () AS line, "
            + "  strlen(text) > 65536 AS too_large, "
            + "  try(json_extract_string(text, [" + paths + "])) AS f, text "
            + "  FROM read_csv(" + globs(input, "jsonl", "jsonl.gz") + ", " + ONE_COLUMN
            + ", rejects_table = 'reject_errors_json', rejects_scan = 'reject_scans_json')) "
            + "SELECT 'json' AS format, ingest_date, filename, line" + columns + ", too_large FROM numbered";
    }

    /** Options shared by the CSV reads: strict RFC 4180, no sniffing, rejected lines kept in {@code reject_errors}. */
    static final String READ_CSV = "auto_detect = false, delim = ',', quote = '\"', escape = '\"', strict_mode = true, "
        + "ignore_errors = true, store_rejects = true, filename = true, hive_partitioning = true";

    /** Whole lines as one text column: a delimiter that never occurs, no quoting. */
    static final String ONE_COLUMN = "header = false, columns = {text: 'VARCHAR'}, "
        + READ_CSV.replace("delim = ','", "delim = chr(31)").replace("quote = '\"', escape = '\"'", "quote = '', escape = ''");

    /**
     * Legacy CSV with header. A line with another column count or bytes that are not UTF-8 is skipped by the
     * reader and lands in {@code reject_errors}: counted as MALFORMED_RECORD.
     */
    static String readCsv(Path input) {
        return "CREATE TEMP TABLE csv_rows AS SELECT 'csv' AS format, ingest_date, filename, "
            + "row_number() OVER () AS line, " + COLUMNS.replace("schema_version", "NULL AS schema_version")
            + ", false AS too_large FROM read_csv(" + globs(input, "csv") + ", header = true, columns = " + VARCHAR_COLUMNS + ", " + READ_CSV
            + ", rejects_table = 'reject_errors', rejects_scan = 'reject_scans')";
    }

    /**
     * POS log lines, read as one column (a delimiter that never occurs) and taken apart with one regular
     * expression; the key=value pairs after the amount may come in any order.
     */
    static String readPos(Path input) {
        String pattern = "^(\\S+) (\\S+) txn=(\\S+) cust=(\\S+)(?: merch=(\\S+))? amt=(\\S+) (\\S+)((?: \\S+=\\S*)*)$";
        return "CREATE TEMP TABLE pos_rows AS "
            + "WITH numbered AS (SELECT ingest_date, filename, row_number() OVER () AS line, "
            + "  regexp_extract(text, '" + pattern + "', "
            + "  ['event_time', 'channel', 'event_id', 'customer_id', 'merchant_id', 'amount', 'currency', 'pairs']) AS m "
            + "  FROM read_csv(" + globs(input, "log", "log.gz") + ", " + ONE_COLUMN + ", rejects_table = 'reject_errors_pos', rejects_scan = 'reject_scans_pos')) "
            + "SELECT 'pos' AS format, ingest_date, filename, line, "
            + "nullif(m.event_id, '') AS event_id, nullif(m.customer_id, '') AS customer_id, "
            + "nullif(m.merchant_id, '') AS merchant_id, nullif(m.amount, '') AS amount, nullif(m.currency, '') AS currency, "
            + "nullif(m.event_time, '') AS event_time, nullif(m.channel, '') AS channel, "
            + "nullif(regexp_extract(m.pairs, ' status=(\\S*)', 1), '') AS status, "
            + "nullif(regexp_extract(m.pairs, ' country=(\\S*)', 1), '') AS country, NULL AS schema_version, false AS too_large "
            + "FROM numbered";
    }

    /** Known codes, for the currency and country checks (the JDK's lists, as the project's validator uses). */
    static String codeTable(String name, Collection<String> codes) {
        return "CREATE TEMP TABLE " + name + " AS SELECT unnest(["
            + codes.stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + "]) AS code";
    }

    /**
     * Every record with its typed values and the reason it is rejected (NULL: valid). The rules are CONTRACT §1.1's
     * main ones; each generated defect breaks exactly one rule, so the order of the checks does not matter for it.
     */
    static final String CHECKED = """
        CREATE TEMP TABLE checked AS
        WITH rows AS (
          SELECT * FROM json_rows UNION ALL SELECT * FROM csv_rows UNION ALL SELECT * FROM pos_rows
        ), typed AS (
          SELECT *,
            TRY_CAST(amount AS DECIMAL(18, 2)) AS amount_value,
            CASE WHEN regexp_full_match(event_time, '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})')
                 THEN TRY_CAST(event_time AS TIMESTAMPTZ) END AS event_instant,
            CAST(ingest_date AS TIMESTAMPTZ) + INTERVAL 25 HOUR AS ingest_time
          FROM rows
        )
        SELECT *,
          CASE
            WHEN too_large THEN 'RECORD_TOO_LARGE'
            WHEN coalesce(event_id, customer_id, merchant_id, amount, currency, event_time, channel, status, country,
                          schema_version) IS NULL THEN 'MALFORMED_RECORD'
            WHEN schema_version IS NOT NULL AND schema_version <> '1' THEN 'UNSUPPORTED_SCHEMA_VERSION'
            WHEN coalesce(event_id, '') = '' OR coalesce(customer_id, '') = '' OR amount IS NULL OR currency IS NULL
                 OR event_time IS NULL OR channel IS NULL OR status IS NULL THEN 'MISSING_FIELD'
            WHEN NOT regexp_full_match(event_id, '[A-Za-z0-9._:-]{1,64}') THEN 'INVALID_EVENT_ID'
            WHEN length(customer_id) > 64 THEN 'MISSING_FIELD'
            WHEN length(merchant_id) > 64 OR (country IS NOT NULL AND country NOT IN (SELECT code FROM countries))
                 THEN 'INVALID_FIELD'
            WHEN NOT regexp_full_match(amount, '[+-]?\\d+(\\.\\d{1,2})?') OR amount_value IS NULL
                 OR abs(amount_value) >= 1000000000000 THEN 'INVALID_AMOUNT'
            WHEN currency NOT IN (SELECT code FROM currencies) THEN 'INVALID_CURRENCY'
            WHEN event_instant IS NULL THEN 'INVALID_EVENT_TIME'
            WHEN event_instant > ingest_time + INTERVAL 5 MINUTE THEN 'FUTURE_EVENT_TIME'
            WHEN channel NOT IN ('POS', 'WEB', 'MOBILE', 'ATM') OR status NOT IN ('APPROVED', 'DECLINED', 'REVERSED')
                 THEN 'INVALID_ENUM'
          END AS reason
        FROM typed
        """;

    /**
     * The customer dimension after every change file: per customer the valid row with the greatest
     * {@code updated_at} (ties: the later file, then the later line); deleted customers are absent.
     */
    static String customers(Path input) {
        return "CREATE TEMP TABLE customers AS "
            + "WITH changes AS (SELECT *, row_number() OVER () AS line FROM read_csv('" + input.resolve("customers/*/*.csv")
            + "', header = true, columns = {op: 'VARCHAR', customer_id: 'VARCHAR', name: 'VARCHAR', email: 'VARCHAR', "
            + "country: 'VARCHAR', segment: 'VARCHAR', updated_at: 'VARCHAR'}, " + READ_CSV
            + ", rejects_table = 'reject_errors_customers', rejects_scan = 'reject_scans_customers')), "
            + "latest AS (SELECT * FROM changes"
            + "  WHERE op IN ('U', 'D') AND coalesce(customer_id, '') <> '' AND segment IN ('RETAIL', 'SMB', 'CORPORATE', 'TEST')"
            + "    AND TRY_CAST(updated_at AS TIMESTAMPTZ) IS NOT NULL"
            + "  QUALIFY row_number() OVER (PARTITION BY customer_id"
            + "    ORDER BY TRY_CAST(updated_at AS TIMESTAMPTZ) DESC, ingest_date DESC, filename DESC, line DESC) = 1) "
            + "SELECT customer_id, segment, country FROM latest WHERE op = 'U'";
    }

    /** Dedup among valid records: the first by ingest position survives. */
    static final String SURVIVORS = """
        CREATE TEMP TABLE survivors AS
        SELECT * FROM checked WHERE reason IS NULL
        QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY ingest_date, filename, line) = 1
        """;

    /** Later copies of a survivor whose business fields differ from it: DUPLICATE_CONFLICT. */
    static final String CONFLICTS = """
        CREATE TEMP TABLE conflicts AS
        SELECT d.*
        FROM checked d JOIN survivors s USING (event_id)
        WHERE d.reason IS NULL AND (d.filename <> s.filename OR d.line <> s.line)
          AND (d.customer_id IS DISTINCT FROM s.customer_id OR d.merchant_id IS DISTINCT FROM s.merchant_id
               OR d.amount_value <> s.amount_value OR d.currency <> s.currency OR d.event_instant <> s.event_instant
               OR d.channel <> s.channel OR d.status <> s.status OR d.country IS DISTINCT FROM s.country)
        """;

    /** Filter TEST customers, enrich from the dimension (UNKNOWN when absent): the rows of the curated table. */
    static final String CURATED = """
        CREATE TEMP TABLE curated AS
        SELECT s.event_id, s.customer_id, s.merchant_id, CAST(s.amount_value AS DECIMAL(14, 2)) AS amount, s.currency,
          CAST(s.event_instant AS TIMESTAMP) AS event_time, s.channel, s.status, s.country,
          CAST(coalesce(s.schema_version, '1') AS INTEGER) AS schema_version,
          coalesce(c.segment, 'UNKNOWN') AS customer_segment, c.country AS customer_country,
          'files' AS source, s.filename AS source_name, s.line AS source_line,
          CAST(s.ingest_time AS TIMESTAMP) AS ingest_time, CAST(s.event_instant AS DATE) AS event_date
        FROM survivors s LEFT JOIN customers c USING (customer_id)
        WHERE c.segment IS DISTINCT FROM 'TEST'
        """;

    static String writeCurated(Path out) {
        return "COPY (SELECT * FROM curated ORDER BY event_date, customer_id, currency, event_id) TO '"
            + out.resolve("curated/transactions") + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (event_date))";
    }

    /** views.customer_daily_spend: the measures of CONTRACT §2 per customer, UTC day and currency. */
    static String writeDailySpend(Path out) {
        return "COPY (SELECT customer_id, currency, count(*) AS txn_count, "
            + "count(*) FILTER (WHERE status = 'APPROVED') AS approved_count, "
            + "CAST(coalesce(sum(amount) FILTER (WHERE status = 'APPROVED'), 0) AS DECIMAL(18, 2)) AS approved_amount, "
            + "count(*) FILTER (WHERE status = 'DECLINED') AS declined_count, "
            + "CAST(coalesce(sum(amount) FILTER (WHERE status = 'REVERSED'), 0) AS DECIMAL(18, 2)) AS reversed_amount, "
            + "event_date FROM curated GROUP BY event_date, customer_id, currency "
            + "ORDER BY event_date, customer_id, currency) TO '" + out.resolve("views/customer_daily_spend")
            + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (event_date))";
    }

    /**
     * errors.transactions: rejected records with their reason, file and line, and the duplicate conflicts. The raw
     * bytes of a rejected record are not kept (DuckDB's readers do not hand them out); the fields are.
     */
    static String writeErrors(Path out) {
        String fields = "filename AS source_name, line AS source_line, " + COLUMNS + ", ingest_date";
        return "COPY (SELECT reason AS reason_code, " + fields + ", CAST(NULL AS DATE) AS event_date FROM checked "
            + "WHERE reason IS NOT NULL "
            + "UNION ALL SELECT reason_code, " + fields.replace("line AS", "CAST(line AS BIGINT) AS")
            + ", CAST(NULL AS DATE) FROM rejected_lines "
            + "UNION ALL SELECT 'DUPLICATE_CONFLICT', " + fields + ", CAST(event_instant AS DATE) FROM conflicts) TO '"
            + out.resolve("errors/transactions")
            + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (ingest_date, event_date))";
    }

    /** Lines the CSV readers skipped (wrong column count, not UTF-8): MALFORMED_RECORD. */
    static final String REJECTED_LINES = """
        CREATE TEMP TABLE rejected_lines AS
        SELECT DISTINCT 'MALFORMED_RECORD' AS reason_code, file_path AS filename, line,
          CAST(regexp_extract(file_path, 'ingest_date=(\\d{4}-\\d{2}-\\d{2})', 1) AS DATE) AS ingest_date,
          NULL AS event_id, NULL AS customer_id, NULL AS merchant_id, NULL AS amount, NULL AS currency,
          NULL AS event_time, NULL AS channel, NULL AS status, NULL AS country, NULL AS schema_version
        FROM (SELECT e.line, s.file_path FROM reject_errors e JOIN reject_scans s USING (scan_id, file_id)
              UNION ALL
              SELECT e.line, s.file_path FROM reject_errors_json e JOIN reject_scans_json s USING (scan_id, file_id)
              UNION ALL
              SELECT e.line, s.file_path FROM reject_errors_pos e JOIN reject_scans_pos s USING (scan_id, file_id)) e
        """;

    private static String globs(Path input, String... extensions) {
        StringBuilder b = new StringBuilder("[");
        for (String ext : extensions) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('\'').append(input.resolve("transactions/*/*." + ext)).append('\'');
        }
        return b.append(']').toString();
    }
}
