package io.tributary.cli.generate;

/**
 * POS terminal log lines (CONTRACT §1.3):
 * {@code <event_time> <channel> txn=<id> cust=<id> [merch=<id>] amt=<amount> <currency> status=<s> [country=<cc>]}.
 */
final class PosLineRenderer implements LineRenderer {

    @Override
    public void render(TransactionRecord r, LineBuilder out) {
        out.append(r.eventTime).ascii(' ').append(r.channel);
        if (r.shape == TransactionRecord.Shape.POS_NOT_A_TXN) {
            out.append(" terminal=T-").append(r.customerId).append(" event=REBOOT");
            return;
        }
        if (r.shape != TransactionRecord.Shape.POS_NO_TXN_KEY) {
            out.append(" txn=").append(r.eventId);
        }
        out.append(" cust=").append(r.customerId);
        if (r.merchantId != null) {
            out.append(" merch=").append(r.merchantId);
        }
        out.append(" amt=").append(r.amount).ascii(' ').append(r.currency);
        if (r.countryBeforeStatus && r.country != null) {
            out.append(" country=").append(r.country).append(" status=").append(r.status);
        } else {
            out.append(" status=").append(r.status);
            if (r.country != null) {
                out.append(" country=").append(r.country);
            }
        }
    }
}
