package io.tributary.customers.hudi;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.Statistics;
import org.apache.parquet.filter2.predicate.UserDefinedPredicate;
import org.apache.parquet.io.api.Binary;

/**
 * A Parquet record filter that keeps the rows whose {@code customer_id} is one of a set of keys. Parquet tests the
 * key column of each row before it assembles the row, so the rows of other customers are never turned into
 * objects: a run that needs the stored rows of its 10k changed keys out of a million pays for decoding the columns,
 * not for building a million records.
 */
final class StoredKeyFilter extends UserDefinedPredicate<Binary> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Set<Binary> keys;

    private StoredKeyFilter(Set<Binary> keys) {
        this.keys = keys;
    }

    static FilterCompat.Filter of(Set<String> keys) {
        Set<Binary> bytes = new HashSet<>(keys.size() * 2);
        for (String k : keys) {
            bytes.add(Binary.fromConstantByteArray(k.getBytes(StandardCharsets.UTF_8)));
        }
        return FilterCompat.get(FilterApi.userDefined(FilterApi.binaryColumn(CustomerSchema.RECORD_KEY),
            new StoredKeyFilter(bytes)));
    }

    @Override
    public boolean keep(Binary value) {
        return value != null && keys.contains(value);
    }

    // Min/max statistics could drop row groups outside the keys' range; with random keys over a dense id space
    // every row group holds some, so no group is dropped.
    @Override
    public boolean canDrop(Statistics<Binary> statistics) {
        return false;
    }

    @Override
    public boolean inverseCanDrop(Statistics<Binary> statistics) {
        return false;
    }
}
