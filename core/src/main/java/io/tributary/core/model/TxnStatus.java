package io.tributary.core.model;

/** Outcome of a transaction as reported by the source. Spelled exactly as on the wire (upper case). */
public enum TxnStatus {
    APPROVED,
    DECLINED,
    REVERSED
}
