package io.tributary.batch.stage;

import io.tributary.core.model.ReasonCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files one index run indexed, with their counts, for the run manifest: which event dates gained valid records
 * (they need a recompute) and which ingest dates gained rejects (their error partitions need a rebuild).
 *
 * @param files the file indexes, sorted by raw path
 */
public record IndexResult(List<FileIndex> files) {

    public static final IndexResult NOTHING = new IndexResult(List.of());

    public IndexResult {
        files = files.stream().sorted(Comparator.comparing(FileIndex::rawPath)).toList();
    }

    public long read() {
        return files.stream().mapToLong(FileIndex::read).sum();
    }

    public long valid() {
        return files.stream().mapToLong(FileIndex::valid).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileIndex::rejected).sum();
    }

    public SortedMap<LocalDate, Long> validByEventDate() {
        SortedMap<LocalDate, Long> sum = new TreeMap<>();
        files.forEach(f -> f.validByEventDate().forEach((d, n) -> sum.merge(d, n, Long::sum)));
        return Collections.unmodifiableSortedMap(sum);
    }

    public Map<ReasonCode, Long> rejectedByReason() {
        Map<ReasonCode, Long> sum = new EnumMap<>(ReasonCode.class);
        files.forEach(f -> f.rejectedByReason().forEach((r, n) -> sum.merge(r, n, Long::sum)));
        return Collections.unmodifiableMap(sum);
    }

    /** Event dates with new valid records. */
    public SortedSet<LocalDate> eventDates() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(validByEventDate().keySet()));
    }

    /** Ingest dates (UTC) of the files indexed: where their rejects were staged. */
    public SortedSet<LocalDate> ingestDates() {
        SortedSet<LocalDate> dates = new TreeSet<>();
        files.forEach(f -> dates.add(LocalDate.ofInstant(f.ingestTime(), ZoneOffset.UTC)));
        return Collections.unmodifiableSortedSet(dates);
    }

    /** One line, e.g. {@code 12 file(s), 1000 read, 980 valid on 3 event date(s), 20 rejected}. */
    public String describe() {
        return files.size() + " file(s), " + read() + " read, " + valid() + " valid on " + eventDates().size()
            + " event date(s), " + rejected() + " rejected " + rejectedByReason();
    }
}
