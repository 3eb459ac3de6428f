package io.tributary.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One valid row of a customer change (CDC) file.
 *
 * @param op         upsert or delete
 * @param customerId the key
 * @param name       optional, null when absent
 * @param email      optional, null when absent
 * @param country    optional ISO 3166-1 alpha-2 code, null when absent
 * @param segment    required for an upsert, optional (null) for a delete
 * @param updatedAt  when the change happened at the source; the greatest wins
 */
public record CustomerChange(ChangeOp op, String customerId, String name, String email, String country,
                             CustomerSegment segment, Instant updatedAt) {

    public CustomerChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (op == ChangeOp.UPSERT) {
            Objects.requireNonNull(segment, "segment of an upsert");
        }
    }

    /** The customer this change leaves behind: the new profile for an upsert, nothing for a delete. */
    public Optional<Customer> resultingCustomer() {
        return op == ChangeOp.DELETE
            ? Optional.empty()
            : Optional.of(new Customer(customerId, name, email, country, segment, updatedAt));
    }
}
