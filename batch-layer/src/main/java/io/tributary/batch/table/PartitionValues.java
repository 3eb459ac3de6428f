package io.tributary.batch.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The values of one partition, in the order of the table's partition columns. A {@code null} value is a
 * NULL partition value: Hive stores it as {@value #HIVE_DEFAULT_PARTITION} (in the metastore and in the
 * folder name) and every engine reads that back as NULL. Values are restricted to characters Hive does not
 * escape in folder names, so the metastore's partition name and the folder name are always the same text.
 */
public final class PartitionValues implements Comparable<PartitionValues> {
    /** Hive's spelling of a NULL partition value. */
    public static final String HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    // Dates sort as text; NULL (Hive's default partition) after every value, as engines list it.
    private static final Comparator<String> VALUE_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private final List<String> values;

    private PartitionValues(List<String> values, boolean checked) {
        for (String v : values) {
            if (checked && v != null && !SAFE.matcher(v).matches()) {
                throw new IllegalArgumentException("partition value '" + v
                    + "' must be letters, digits, '.', '_' or '-' (null for a NULL value)");
            }
        }
        this.values = Collections.unmodifiableList(values);
    }

    /**
     * Date partition values, e.g. {@code of(ingestDate, null)} for the NULL {@code event_date} of an error
     * partition. A lone null ({@code of((LocalDate) null)}) is one NULL value.
     */
    public static PartitionValues of(LocalDate... dates) {
        if (dates == null) {
            return new PartitionValues(Arrays.asList((String) null), true);
        }
        List<String> text = new ArrayList<>(dates.length);
        for (LocalDate d : dates) {
            text.add(d == null ? null : d.toString());
        }
        return new PartitionValues(text, true);
    }

    /** Values as text; null, or Hive's {@value #HIVE_DEFAULT_PARTITION}, is a NULL value. */
    public static PartitionValues ofText(List<String> values) {
        return new PartitionValues(nullsForDefault(values), true);
    }

    /**
     * The values as the metastore lists them (NULL spelled {@value #HIVE_DEFAULT_PARTITION}). Not checked
     * against the safe characters: a table Tributary did not write may hold any value.
     */
    public static PartitionValues fromMetastore(List<String> metastoreValues) {
        return new PartitionValues(nullsForDefault(metastoreValues), false);
    }

    private static List<String> nullsForDefault(List<String> values) {
        List<String> text = new ArrayList<>(values.size());
        for (String v : values) {
            text.add(v == null || v.equals(HIVE_DEFAULT_PARTITION) ? null : v);
        }
        return text;
    }

    /** The values in partition-column order; NULL values are {@code null}. */
    public List<String> values() {
        return values;
    }

    public int size() {
        return values.size();
    }

    /** The value of the i-th partition column, null for NULL. */
    public String get(int i) {
        return values.get(i);
    }

    /** The i-th value as a date, null for NULL. */
    public LocalDate date(int i) {
        String v = values.get(i);
        return v == null ? null : LocalDate.parse(v);
    }

    /** The values as the metastore wants them, with NULL spelled {@value #HIVE_DEFAULT_PARTITION}. */
    public List<String> metastoreValues() {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(v == null ? HIVE_DEFAULT_PARTITION : v);
        }
        return out;
    }

    /** Hive's partition name and folder path, e.g. {@code ingest_date=2026-11-27/event_date=__HIVE_DEFAULT_PARTITION__}. */
    public String name(List<Column> partitionColumns) {
        if (partitionColumns.size() != values.size()) {
            throw new IllegalArgumentException("expected " + partitionColumns.size() + " partition values for "
                + partitionColumns.stream().map(Column::name).toList() + ", got " + this);
        }
        List<String> stored = metastoreValues();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < stored.size(); i++) {
            if (i > 0) {
                s.append('/');
            }
            s.append(partitionColumns.get(i).name()).append('=').append(stored.get(i));
        }
        return s.toString();
    }

    @Override
    public int compareTo(PartitionValues other) {
        int n = Math.min(values.size(), other.values.size());
        for (int i = 0; i < n; i++) {
            int c = VALUE_ORDER.compare(values.get(i), other.values.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(values.size(), other.values.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartitionValues p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return metastoreValues().toString();
    }
}
