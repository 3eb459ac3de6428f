/**
 * The domain's records: transactions, customers and their changes, where a record was read
 * ({@link io.tributary.core.model.SourcePosition}) and why one was rejected
 * ({@link io.tributary.core.model.ReasonCode}). Immutable, plain Java, shared by every layer.
 */
package io.tributary.core.model;
