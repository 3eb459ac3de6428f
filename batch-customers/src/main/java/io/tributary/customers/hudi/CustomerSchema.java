package io.tributary.customers.hudi;

import io.tributary.core.model.ChangeOp;
import io.tributary.core.model.Customer;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.model.CustomerSegment;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * The row of the Hudi customer table, as Avro (Hudi's record model) and Parquet (its files).
 *
 * <p>A delete is kept as a <em>tombstone</em>: a row with {@code deleted = true} and the delete's
 * {@code updated_at}. Hudi's ordering then compares every later change with the tombstone, so an update older than
 * the delete, arriving in a later run, cannot bring the customer back (a hard delete would forget when the customer
 * was deleted). Readers of the current dimension skip tombstones.
 */
public final class CustomerSchema {
    public static final String CUSTOMER_ID = "customer_id";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String COUNTRY = "country";
    public static final String SEGMENT = "segment";
    public static final String UPDATED_AT = "updated_at";
    public static final String DELETED = "deleted";
    public static final String RUN_ID = "run_id";

    /** The record key of the table. */
    public static final String RECORD_KEY = CUSTOMER_ID;
    /** The ordering (precombine) field: the greatest wins, also against the stored row. */
    public static final String ORDERING_FIELD = UPDATED_AT;

    public static final Schema SCHEMA = new Schema.Parser().parse("""
        {"type": "record", "name": "customer", "namespace": "io.tributary.customers",
         "fields": [
           {"name": "customer_id", "type": "string"},
           {"name": "name", "type": ["null", "string"], "default": null},
           {"name": "email", "type": ["null", "string"], "default": null},
           {"name": "country", "type": ["null", "string"], "default": null},
           {"name": "segment", "type": ["null", "string"], "default": null},
           {"name": "updated_at", "type": {"type": "long", "logicalType": "timestamp-micros"}},
           {"name": "deleted", "type": "boolean"},
           {"name": "run_id", "type": "string"}
         ]}
        """);

    /** The two columns that decide how a change compares with a stored row before the rows themselves are read. */
    public static final Schema VERSION_PROJECTION = new Schema.Parser().parse("""
        {"type": "record", "name": "customer", "namespace": "io.tributary.customers",
         "fields": [
           {"name": "customer_id", "type": "string"},
           {"name": "updated_at", "type": {"type": "long", "logicalType": "timestamp-micros"}}
         ]}
        """);

    private CustomerSchema() {
    }

    /** The table row a change leaves behind: the profile for an upsert, a tombstone for a delete. */
    public static GenericRecord toRecord(CustomerChange change, String runId) {
        GenericRecord r = new GenericData.Record(SCHEMA);
        boolean delete = change.op() == ChangeOp.DELETE;
        r.put(CUSTOMER_ID, change.customerId());
        r.put(NAME, delete ? null : change.name());
        r.put(EMAIL, delete ? null : change.email());
        r.put(COUNTRY, delete ? null : change.country());
        r.put(SEGMENT, delete || change.segment() == null ? null : change.segment().name());
        r.put(UPDATED_AT, micros(change.updatedAt()));
        r.put(DELETED, delete);
        r.put(RUN_ID, runId);
        return r;
    }

    public static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** A stored row as read back: any record with at least this schema's fields. */
    public static StoredCustomer fromRecord(GenericRecord r) {
        return new StoredCustomer(text(r, CUSTOMER_ID), text(r, NAME), text(r, EMAIL), text(r, COUNTRY),
            text(r, SEGMENT), instant((Long) r.get(UPDATED_AT)), Boolean.TRUE.equals(r.get(DELETED)), text(r, RUN_ID));
    }

    private static String text(GenericRecord r, String field) {
        Object v = r.get(field);
        return v == null ? null : v.toString();
    }

    /**
     * One stored row of the table.
     *
     * @param segment null only on a tombstone whose delete row named no segment
     */
    public record StoredCustomer(String customerId, String name, String email, String country, String segment,
                                 Instant updatedAt, boolean deleted, String runId) {

        /** The customer this row stands for, or null for a tombstone. */
        public Customer toCustomer() {
            return deleted ? null : new Customer(customerId, name, email, country, CustomerSegment.valueOf(segment), updatedAt);
        }

        /** True when a change would leave exactly this row behind (apart from the run that wrote it). */
        public boolean sameAs(CustomerChange change) {
            StoredCustomer wanted = fromRecord(toRecord(change, runId));
            return equals(wanted);
        }
    }
}
