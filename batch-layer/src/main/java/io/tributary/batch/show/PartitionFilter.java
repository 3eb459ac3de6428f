package io.tributary.batch.show;

import io.tributary.batch.table.Column;
import io.tributary.batch.table.PartitionValues;
import io.tributary.batch.table.TableSpec;
import io.tributary.cli.UsageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which partitions {@code show} reads, from repeated {@code --partition KEY=VALUE} options: values of one
 * key are alternatives, different keys must all match. {@code __HIVE_DEFAULT_PARTITION__} selects NULL.
 */
final class PartitionFilter {
    private final TableSpec spec;
    private final Map<Integer, Set<String>> wanted;

    private PartitionFilter(TableSpec spec, Map<Integer, Set<String>> wanted) {
        this.spec = spec;
        this.wanted = wanted;
    }

    /** Checks every option against the table's partition columns; a wrong one is a usage error naming it. */
    static PartitionFilter parse(TableSpec spec, List<String> options) {
        List<Column> keys = spec.partitionColumns();
        Map<Integer, Set<String>> wanted = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--partition wants KEY=VALUE, got '" + option + "'");
            }
            String key = option.substring(0, eq).trim();
            String value = option.substring(eq + 1).trim();
            int index = indexOf(keys, key);
            if (index < 0) {
                throw new UsageException("'" + key + "' is not a partition column of " + spec.qualifiedName()
                    + (keys.isEmpty() ? " (it has none)" : " (partition columns: "
                    + String.join(", ", keys.stream().map(Column::name).toList()) + ")"));
            }
            String normal = value.equals(PartitionValues.HIVE_DEFAULT_PARTITION) ? null : value;
            if (normal != null && keys.get(index).hiveType().equals("date")) {
                checkDate(key, value);
            }
            wanted.computeIfAbsent(index, i -> new LinkedHashSet<>()).add(normal == null ? NULL : normal);
        }
        return new PartitionFilter(spec, wanted);
    }

    // Stands for NULL in the sets of wanted values, which cannot hold null.
    private static final String NULL = PartitionValues.HIVE_DEFAULT_PARTITION;

    boolean matches(PartitionValues values) {
        for (Map.Entry<Integer, Set<String>> e : wanted.entrySet()) {
            String v = values.get(e.getKey());
            if (!e.getValue().contains(v == null ? NULL : v)) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return wanted.isEmpty();
    }

    TableSpec spec() {
        return spec;
    }

    private static int indexOf(List<Column> keys, String name) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkDate(String key, String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--partition " + key + "=" + value + ": not a date (YYYY-MM-DD, or "
                + PartitionValues.HIVE_DEFAULT_PARTITION + " for NULL)");
        }
    }
}
