package io.tributary.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer as the customer dimension holds it: the profile set by the winning change.
 *
 * @param customerId the key
 * @param name       optional, null when absent
 * @param email      optional, null when absent
 * @param country    optional ISO 3166-1 alpha-2 code, null when absent
 * @param segment    the segment used for filtering and enrichment
 * @param updatedAt  the {@code updated_at} of the change that set this profile
 */
public record Customer(String customerId, String name, String email, String country, CustomerSegment segment,
                       Instant updatedAt) {

    public Customer {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
