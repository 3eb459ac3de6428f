package io.tributary.core.model;

/** Where a transaction was made. Spelled exactly as on the wire (upper case). */
public enum Channel {
    POS,
    WEB,
    MOBILE,
    ATM
}
