package io.tributary.core.parse;

/** Slot numbers of the transaction fields, in the order of the contract's table (which is also the CSV order). */
final class TxnField {

    static final int EVENT_ID = 0;
    static final int CUSTOMER_ID = 1;
    static final int MERCHANT_ID = 2;
    static final int AMOUNT = 3;
    static final int CURRENCY = 4;
    static final int EVENT_TIME = 5;
    static final int CHANNEL = 6;
    static final int STATUS = 7;
    static final int COUNTRY = 8;
    static final int SCHEMA_VERSION = 9;

    /** Field names as on the wire, indexed by slot. */
    static final String[] NAMES = {
        "event_id", "customer_id", "merchant_id", "amount", "currency", "event_time", "channel", "status", "country",
        "schema_version"
    };

    private TxnField() {
    }

    static FieldSlots newSlots() {
        return new FieldSlots(NAMES);
    }
}
