package io.tributary.cli.generate;

/** JSON lines (CONTRACT §1.1): one object per line, absent fields omitted. */
final class JsonLineRenderer implements LineRenderer {

    @Override
    public void render(TransactionRecord r, LineBuilder out) {
        switch (r.shape) {
            case NOT_JSON:
                out.append(r.rawText);
                return;
            case JSON_ARRAY:
                out.ascii('[');
                string(out, r.eventId).ascii(',');
                string(out, r.customerId).ascii(',');
                out.append(r.amount).ascii(']');
                return;
            default:
                break;
        }
        out.ascii('{');
        boolean first = true;
        first = field(out, first, "event_id", r.eventId);
        first = field(out, first, "customer_id", r.customerId);
        first = field(out, first, "merchant_id", r.merchantId);
        if (r.amount != null) {
            first = name(out, first, "amount");
            if (r.amountAsNumber) {
                out.append(r.amount);
            } else {
                string(out, r.amount);
            }
        }
        first = field(out, first, "currency", r.currency);
        first = field(out, first, "event_time", r.eventTime);
        first = field(out, first, "channel", r.channel);
        first = field(out, first, "status", r.status);
        first = field(out, first, "country", r.country);
        if (r.schemaVersion != null) {
            first = name(out, first, "schema_version");
            out.append(r.schemaVersion);
        }
        field(out, first, r.extraName, r.extraValue);
        out.ascii('}');
        if (r.shape == TransactionRecord.Shape.TRUNCATED_JSON) {
            out.truncate(out.length() / 2);
        }
    }

    private static boolean field(LineBuilder out, boolean first, String name, String value) {
        if (value == null || name == null) {
            return first;
        }
        name(out, first, name);
        string(out, value);
        return false;
    }

    private static boolean name(LineBuilder out, boolean first, String name) {
        if (!first) {
            out.ascii(',');
        }
        string(out, name).ascii(':');
        return false;
    }

    static LineBuilder string(LineBuilder out, String s) {
        out.ascii('"');
        // Generated values hold no control characters; quotes and backslashes are rare (merchant names).
        if (s.indexOf('"') < 0 && s.indexOf('\\') < 0) {
            return out.append(s).ascii('"');
        }
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append(s.subSequence(start, i)).ascii('\\').ascii(c);
                start = i + 1;
            }
        }
        out.append(s.substring(start));
        return out.ascii('"');
    }
}
