package io.tributary.batch.curate;

import io.tributary.core.customer.LatestChangeWins;
import io.tributary.core.model.Customer;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import io.tributary.core.parse.Valid;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The customer dimension as of a run, folded from change rows with the contract's survivor rule
 * (greatest updated_at wins whatever the order; deletes remove). Written once per run as a small
 * tab-separated file that every reduce task loads, so all tasks enrich from the same snapshot.
 */
public final class CustomerSnapshot implements CustomerLookup {
    private final Map<String, Customer> customers;

    private CustomerSnapshot(Map<String, Customer> customers) {
        this.customers = customers;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Customer> find(String customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    public int size() {
        return customers.size();
    }

    /** Every customer, in no particular order. */
    public java.util.Collection<Customer> customers() {
        return java.util.Collections.unmodifiableCollection(customers.values());
    }

    /** Writes the snapshot sorted by customer id: the same dimension always gives the same bytes. */
    public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Customer c : new TreeMap<>(customers).values()) {
            w.write(c.customerId());
            w.write('\t');
            w.write(c.segment().name());
            w.write('\t');
            w.write(c.country() == null ? "" : c.country());
            w.write('\t');
            w.write(c.updatedAt().toString());
            w.write('\n');
        }
        w.flush();
    }

    /** Reads what {@link #writeTo} wrote. Only the fields enrichment needs travel. */
    public static CustomerSnapshot readFrom(InputStream in) throws IOException {
        Map<String, Customer> customers = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IOException("bad customer snapshot line: " + line);
            }
            customers.put(f[0], new Customer(f[0], null, null, f[2].isEmpty() ? null : f[2],
                CustomerSegment.valueOf(f[1]), Instant.parse(f[3])));
        }
        return new CustomerSnapshot(customers);
    }

    /** Folds change rows in any order. */
    public static final class Builder {
        private final Map<String, Valid<CustomerChange>> winners = new HashMap<>();

        public Builder accept(Valid<CustomerChange> change) {
            winners.merge(change.value().customerId(), change, LatestChangeWins::newer);
            return this;
        }

        public CustomerSnapshot build() {
            Map<String, Customer> customers = new HashMap<>();
            for (Valid<CustomerChange> w : winners.values()) {
                w.value().resultingCustomer().ifPresent(c -> customers.put(c.customerId(), c));
            }
            return new CustomerSnapshot(customers);
        }
    }
}
