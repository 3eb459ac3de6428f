package io.tributary.core.testing;

import io.tributary.core.model.Channel;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.model.TxnStatus;
import io.tributary.core.parse.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records and positions for tests: one valid transaction and ways to break it. */
public final class Fixtures {

    /** Ingest time of every test record: 2 hours after the sample's event time. */
    public static final Instant INGEST = Instant.parse("2026-11-26T12:00:00Z");

    public static final String VALID_JSON = "{\"event_id\":\"e-000001\",\"customer_id\":\"C0000042\",\"merchant_id\":\"M00017\","
        + "\"amount\":\"123.45\",\"currency\":\"EUR\",\"event_time\":\"2026-11-26T10:15:30.123Z\",\"channel\":\"POS\","
        + "\"status\":\"APPROVED\",\"country\":\"DE\",\"schema_version\":1}";

    public static final String VALID_CSV = "e-000001,C0000042,M00017,123.45,EUR,2026-11-26T10:15:30.123Z,POS,APPROVED,DE";

    public static final String VALID_POS =
        "2026-11-26T10:15:30.123Z POS txn=e-000001 cust=C0000042 merch=M00017 amt=123.45 EUR status=APPROVED country=DE";

    public static final Transaction SAMPLE = new Transaction("e-000001", "C0000042", "M00017", 12345, "EUR",
        Instant.parse("2026-11-26T10:15:30.123Z"), Channel.POS, TxnStatus.APPROVED, "DE", 1);

    private Fixtures() {
    }

    public static SourcePosition position() {
        return SourcePosition.ofFile("in/t.jsonl", 0, 1, INGEST);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON object built from raw JSON values in insertion order; start from {@link #json()}. */
    public static final class JsonRecord {
        private final Map<String, String> fields = new LinkedHashMap<>();

        /** Sets a field to a raw JSON value (write strings with their quotes). */
        public JsonRecord raw(String name, String jsonValue) {
            fields.put(name, jsonValue);
            return this;
        }

        /** Sets a field to a JSON string. */
        public JsonRecord str(String name, String value) {
            return raw(name, "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }

        public JsonRecord without(String name) {
            fields.remove(name);
            return this;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("{");
            fields.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return s.append('}').toString();
        }

        public byte[] bytes() {
            return utf8(toString());
        }
    }

    /** The valid sample as an editable JSON record. */
    public static JsonRecord json() {
        return new JsonRecord().str("event_id", "e-000001").str("customer_id", "C0000042").str("merchant_id", "M00017")
            .str("amount", "123.45").str("currency", "EUR").str("event_time", "2026-11-26T10:15:30.123Z")
            .str("channel", "POS").str("status", "APPROVED").str("country", "DE").raw("schema_version", "1");
    }

    /** A valid record at a position, for dedup tests. */
    public static Valid<Transaction> valid(Transaction t, SourcePosition p) {
        return new Valid<>(t, p, utf8(t.eventId() + "@" + p.describe()));
    }
}
