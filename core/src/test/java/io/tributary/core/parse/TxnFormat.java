package io.tributary.core.parse;

import io.tributary.core.model.Transaction;
import io.tributary.core.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three transaction formats, each able to render the same field values, so that one rule table is checked
 * against all of them. Values are strings; null means absent.
 */
enum TxnFormat {
    JSON {
        @Override
        String render(Map<String, String> f) {
            StringBuilder s = new StringBuilder("{");
            f.forEach((k, v) -> {
                if (v != null) {
                    s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":");
                    s.append(k.equals("schema_version") ? v : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                }
            });
            return s.append('}').toString();
        }

        @Override
        RecordParser<Transaction> parser(ValidationRules rules) {
            return new JsonTransactionParser(rules);
        }
    },
    CSV {
        @Override
        String render(Map<String, String> f) {
            StringBuilder s = new StringBuilder();
            for (String column : CsvTransactionParser.HEADER) {
                String v = f.get(column);
                if (s.length() > 0 || !column.equals("event_id")) {
                    s.append(',');
                }
                if (v != null) {
                    boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
                    s.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
            }
            return s.toString();
        }

        @Override
        RecordParser<Transaction> parser(ValidationRules rules) {
            return new CsvTransactionParser(rules);
        }
    },
    POS {
        @Override
        String render(Map<String, String> f) {
            StringBuilder s = new StringBuilder();
            s.append(orEmpty(f.get("event_time"))).append(' ').append(orEmpty(f.get("channel")));
            s.append(" txn=").append(orEmpty(f.get("event_id"))).append(" cust=").append(orEmpty(f.get("customer_id")));
            if (f.get("merchant_id") != null) {
                s.append(" merch=").append(f.get("merchant_id"));
            }
            s.append(" amt=").append(orEmpty(f.get("amount"))).append(' ').append(orEmpty(f.get("currency")));
            if (f.get("status") != null) {
                s.append(" status=").append(f.get("status"));
            }
            if (f.get("country") != null) {
                s.append(" country=").append(f.get("country"));
            }
            return s.toString();
        }

        @Override
        RecordParser<Transaction> parser(ValidationRules rules) {
            return new PosLogParser(rules);
        }

        private String orEmpty(String v) {
            return v == null ? "" : v;
        }
    };

    abstract String render(Map<String, String> fields);

    abstract RecordParser<Transaction> parser(ValidationRules rules);

    RecordParser<Transaction> parser() {
        return parser(ValidationRules.DEFAULT);
    }

    /** The valid sample's fields, as strings. */
    static Map<String, String> sample() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("event_id", "e-000001");
        f.put("customer_id", "C0000042");
        f.put("merchant_id", "M00017");
        f.put("amount", "123.45");
        f.put("currency", "EUR");
        f.put("event_time", "2026-11-26T10:15:30.123Z");
        f.put("channel", "POS");
        f.put("status", "APPROVED");
        f.put("country", "DE");
        return f;
    }

    /** The sample with one field changed (null: absent). */
    static Map<String, String> sampleWith(String field, String value) {
        Map<String, String> f = sample();
        f.put(field, value);
        return f;
    }

    ParseResult<Transaction> parse(Map<String, String> fields) {
        return parser().parse(Fixtures.utf8(render(fields)), Fixtures.position());
    }
}
