package io.tributary.batch.curate;

import io.tributary.core.model.Customer;
import java.util.Optional;

/**
 * Where enrichment finds a customer: the seam between curation and the customer dimension. Today a
 * snapshot folded from the raw customer change files; the Hudi dimension plugs in here.
 */
public interface CustomerLookup {
    /** The customer as of the run, or empty when the dimension does not (yet) know them. */
    Optional<Customer> find(String customerId);
}
