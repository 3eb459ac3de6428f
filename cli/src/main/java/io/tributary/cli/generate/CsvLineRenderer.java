package io.tributary.cli.generate;

/** Legacy CSV (CONTRACT §1.2, RFC 4180): nine columns, quoted where a value needs it. */
final class CsvLineRenderer implements LineRenderer {
    static final String HEADER = "event_id,customer_id,merchant_id,amount,currency,event_time,channel,status,country";

    @Override
    public void render(TransactionRecord r, LineBuilder out) {
        field(out, r.eventId, r.quoteAll).ascii(',');
        field(out, r.customerId, r.quoteAll).ascii(',');
        field(out, r.merchantId, r.quoteAll).ascii(',');
        field(out, r.amount, r.quoteAll).ascii(',');
        field(out, r.currency, r.quoteAll).ascii(',');
        field(out, r.eventTime, r.quoteAll).ascii(',');
        field(out, r.channel, r.quoteAll).ascii(',');
        field(out, r.status, r.quoteAll);
        if (r.shape != TransactionRecord.Shape.CSV_MISSING_COLUMN) {
            field(out.ascii(','), r.country, r.quoteAll);
        }
        if (r.shape == TransactionRecord.Shape.CSV_EXTRA_COLUMN) {
            out.append(",extra");
        }
    }

    /** Appends one field; null is the empty field. */
    static LineBuilder field(LineBuilder out, String value, boolean quoteAlways) {
        if (value == null) {
            return quoteAlways ? out.append("\"\"") : out;
        }
        boolean quote = quoteAlways || needsQuotes(value);
        if (!quote) {
            return out.append(value);
        }
        out.ascii('"');
        out.append(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\""));
        return out.ascii('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
