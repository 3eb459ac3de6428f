package io.tributary.customers.serving;

import io.tributary.core.model.Customer;
import java.io.IOException;

/**
 * The seam for copying the current customer dimension into the serving store (HBase {@code tributary:customers},
 * delivered with the serving layer; HBase stays off this module's classpath).
 *
 * <p>Contract: {@link CurrentDimension#copyTo} calls {@link #begin} once with the Hudi commit being copied, then
 * {@link #put} once per current customer (tombstones are not passed: a customer absent from a completed copy is
 * deleted), then {@link #commit}. An implementation makes the copy visible atomically at {@link #commit} (e.g. a
 * bulk load into a new table generation and one pointer swap, as the batch views do) and may skip the copy when
 * {@code commit} equals the commit it last loaded. On an exception nothing of the copy may become visible.
 */
public interface CurrentDimensionSink {

    /** A copy of the dimension as of Hudi commit {@code commit} starts. */
    void begin(String commit) throws IOException;

    /** One current customer. */
    void put(Customer customer) throws IOException;

    /** The copy is complete: make it visible. */
    void commit() throws IOException;
}
