package io.tributary.batch.curate;

import io.tributary.core.model.Customer;
import java.util.Optional;

/**
 * Where enrichment finds a customer: the seam between curation and the customer dimension. Implemented by
 * {@link CustomerSnapshot}, loaded by {@link CustomerDimension} from the Hudi dimension's export.
 */
public interface CustomerLookup {
    /** The customer as of the run, or empty when the dimension does not (yet) know them. */
    Optional<Customer> find(String customerId);
}
