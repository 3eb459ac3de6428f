package io.tributary.serving.view;

import java.time.Instant;
import java.util.Objects;

/** The current row of the customer dimension, as the serving layer's copy holds it. */
public record CustomerProfile(String customerId, String name, String email, String country, String segment,
                              Instant updatedAt) {

    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segment, "segment");
    }
}
