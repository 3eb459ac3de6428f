package io.tributary.batch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A small hand-made input folder with every kind of file landing meets: the three transaction formats, a gzipped
 * file, a corrupt gzip file, customer change files (plain and gzipped), a copy of a file under another name, an
 * unrelated file and a hidden one. Record contents are chosen so each file has valid records on known event dates
 * and rejects with known reason codes, given {@link #INGEST_TIME}.
 */
public final class SampleInputs {

    /** The ingest time the expectations assume (FUTURE_EVENT_TIME is relative to it). */
    public static final Instant INGEST_TIME = Instant.parse("2026-11-27T14:30:12Z");

    public static final String JSON = "day1/events.jsonl";
    public static final String CSV = "day1/legacy.csv";
    public static final String POS = "day1/terminals.log";
    public static final String JSON_GZ = "day2/events.jsonl.gz";
    public static final String CORRUPT_GZ = "day2/broken.log.gz";
    public static final String JSON_COPY = "day2/events-copy.jsonl";
    public static final String CUSTOMERS = "customers/changes.csv";
    public static final String CUSTOMERS_GZ = "customers/changes-2.csv.gz";
    public static final String UNRELATED = "notes.txt";
    public static final String HIDDEN = "day2/.partial.jsonl";

    /** The transaction files that land (the copy is skipped as already landed). */
    public static final List<String> TRANSACTION_FILES = List.of(JSON, CSV, POS, CORRUPT_GZ, JSON_GZ);
    public static final List<String> CUSTOMER_FILES = List.of(CUSTOMERS, CUSTOMERS_GZ);

    public static final String JSON_LINES = String.join("\n",
        json("e-1", "C1", "10.00", "EUR", "2026-11-25T10:00:00Z"),
        json("e-2", "C2", "20.50", "USD", "2026-11-26T23:59:59.999Z"),
        "",
        json("e-3", "C3", "3", "JPY", "2026-11-26T01:00:00+02:00"),
        "{\"event_id\": ",
        json("e-5", "C5", "1.234", "EUR", "2026-11-26T10:00:00Z"),
        json("e-6", "C6", "1.00", "EUR", "2026-11-27T15:00:00Z")) + "\n";

    public static final String CSV_LINES = String.join("\r\n",
        "event_id,customer_id,merchant_id,amount,currency,event_time,channel,status,country",
        "e-10,C1,M1,10.00,EUR,2026-11-26T08:00:00Z,POS,APPROVED,DE",
        "e-11,C2,\"Shop, \"\"Best\"\"\",5,USD,2026-11-26T09:00:00Z,WEB,DECLINED,US",
        "e-12,C3,M3,7.5,EUR,2026-11-26T10:00:00Z,POS,APPROVED",
        "e-13,C4,M4,1.00,ABC,2026-11-26T11:00:00Z,MOBILE,APPROVED,DE") + "\r\n";

    public static final String POS_LINES = String.join("\n",
        "2026-11-26T10:15:30.123Z POS txn=e-20 cust=C5 merch=M17 amt=123.45 EUR status=APPROVED country=DE",
        "2026-11-27T01:00:00Z ATM txn=e-21 cust=C6 amt=50.00 EUR country=FR status=REVERSED",
        "this is not a terminal line") + "\n";

    public static final String GZ_JSON_LINES = String.join("\n",
        json("e-30", "C7", "99.99", "GBP", "2026-11-27T02:00:00Z"),
        json("e-31", "C8", "0.01", "CHF", "2026-11-24T12:00:00Z")) + "\n";

    public static final String CUSTOMER_LINES = String.join("\n",
        "op,customer_id,name,email,country,segment,updated_at",
        "U,C1,Ann,ann@example.com,DE,RETAIL,2026-11-20T00:00:00Z",
        "D,C2,,,,,2026-11-21T00:00:00Z") + "\n";

    private SampleInputs() {
    }

    static String json(String id, String customer, String amount, String currency, String eventTime) {
        return "{\"event_id\":\"" + id + "\",\"customer_id\":\"" + customer + "\",\"merchant_id\":\"M1\",\"amount\":\""
            + amount + "\",\"currency\":\"" + currency + "\",\"event_time\":\"" + eventTime
            + "\",\"channel\":\"WEB\",\"status\":\"APPROVED\",\"country\":\"DE\",\"schema_version\":1}";
    }

    /** Writes the folder below {@code dir} and returns {@code dir}. */
    public static Path write(Path dir) {
        try {
            put(dir, JSON, utf8(JSON_LINES));
            put(dir, CSV, utf8(CSV_LINES));
            put(dir, POS, utf8(POS_LINES));
            put(dir, JSON_GZ, gzip(utf8(GZ_JSON_LINES)));
            put(dir, CORRUPT_GZ, corruptGzip());
            put(dir, JSON_COPY, utf8(JSON_LINES));
            put(dir, CUSTOMERS, utf8(CUSTOMER_LINES));
            put(dir, CUSTOMERS_GZ, gzip(utf8("\uFEFF" + CUSTOMER_LINES.replace("\n", "\r\n").replace("Ann", "Anna"))));
            put(dir, UNRELATED, utf8("not data\n"));
            put(dir, HIDDEN, utf8(json("e-99", "C9", "1.00", "EUR", "2026-11-26T00:00:00Z") + "\n"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzip stream cut in the middle of its compressed data: readable at first, then broken. */
    public static byte[] corruptGzip() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("2026-11-26T10:15:30Z POS txn=g-").append(i).append(" cust=C").append(i % 97)
                .append(" amt=").append(i % 500).append(".25 EUR status=APPROVED\n");
        }
        byte[] whole = gzip(utf8(lines.toString()));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(Path dir, String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
