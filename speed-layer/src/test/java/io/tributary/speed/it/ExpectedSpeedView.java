package io.tributary.speed.it;

import io.tributary.core.model.SourcePosition;
import io.tributary.core.model.Transaction;
import io.tributary.core.parse.JsonTransactionParser;
import io.tributary.core.parse.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Utils;

/**
 * What the speed layer must produce for a published event file, computed the plainest way: the records of each
 * partition in order, a set of event ids, a running max of event times, a map of buckets. It uses core only to read
 * a record's fields and its reason code (the generator's manifest checks those independently); dedup, lateness,
 * filtering and the measures are written out here again on purpose.
 */
final class ExpectedSpeedView {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    /** {@code row|m:qualifier -> value}, rows as {@code customer|yyyyMMddHHcurrency}. */
    final Map<String, Long> view = new TreeMap<>();
    /** {@code speed:late:yyyyMMddHH|s:p<partition> -> count}. */
    final Map<String, Long> lateHours = new TreeMap<>();
    /** {@code speed:watermark|s:p<partition> -> Ws millis}. */
    final Map<String, Long> watermarks = new TreeMap<>();
    /** DLQ records as "REASON value". */
    final List<String> dlq = new ArrayList<>();
    /** late topic values. */
    final List<String> late = new ArrayList<>();
    long valid;
    long duplicates;

    static ExpectedSpeedView compute(List<Path> eventFiles, Set<String> testCustomers, int partitions, Duration grace)
        throws IOException {
        ExpectedSpeedView e = new ExpectedSpeedView();
        JsonTransactionParser parser = new JsonTransactionParser();
        Instant ingest = Instant.now();
        List<List<Transaction>> byPartition = new ArrayList<>();
        List<List<byte[]>> rawByPartition = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            byPartition.add(new ArrayList<>());
            rawByPartition.add(new ArrayList<>());
        }
        for (Path f : eventFiles) {
            for (byte[] line : lines(Files.readAllBytes(f))) {
                ParseResult<Transaction> r = parser.parse(line, SourcePosition.ofKafka("t", 0, 0, ingest));
                if (!r.isValid()) {
                    e.dlq.add(r.rejection().reason() + " " + new String(line, StandardCharsets.UTF_8));
                    continue;
                }
                Transaction t = r.valid().value();
                int p = Utils.toPositive(Utils.murmur2(t.customerId().getBytes(StandardCharsets.UTF_8))) % partitions;
                byPartition.get(p).add(t);
                rawByPartition.get(p).add(line);
            }
        }
        for (int p = 0; p < partitions; p++) {
            e.partition(p, byPartition.get(p), rawByPartition.get(p), testCustomers, grace);
        }
        return e;
    }

    private void partition(int p, List<Transaction> events, List<byte[]> raw, Set<String> testCustomers, Duration grace) {
        Map<String, String> firstFields = new HashMap<>();
        Instant max = null;
        Map<String, long[]> buckets = new TreeMap<>();
        Map<String, Long> lateByHour = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            Transaction t = events.get(i);
            String value = new String(raw.get(i), StandardCharsets.UTF_8);
            valid++;
            String fields = t.customerId() + "/" + t.merchantId() + "/" + t.amountCents() + "/" + t.currency() + "/"
                + t.eventTime() + "/" + t.channel() + "/" + t.status() + "/" + t.country();
            String before = firstFields.putIfAbsent(t.eventId(), fields);
            if (before != null) {
                duplicates++;
                if (!before.equals(fields)) {
                    dlq.add("DUPLICATE_CONFLICT " + value);
                }
                continue;
            }
            Instant hour = t.eventTime().truncatedTo(ChronoUnit.HOURS);
            boolean isLate = max != null && !hour.plus(Duration.ofHours(1)).isAfter(max.minus(grace));
            if (max == null || t.eventTime().isAfter(max)) {
                max = t.eventTime();
            }
            long[] b = buckets.computeIfAbsent(t.customerId() + "|" + HOUR.format(hour) + t.currency(), k -> new long[8]);
            boolean test = testCustomers.contains(t.customerId());
            if (!test) {
                b[0]++; // seen: what the batch can count too
            }
            if (isLate) {
                if (!test) {
                    b[1]++;
                }
                late.add(value);
                lateByHour.merge(HOUR.format(hour), 1L, Long::sum);
            } else if (!test) {
                b[2]++; // txn_count
                b[7]++; // kafka_count
                switch (t.status()) {
                    case APPROVED -> {
                        b[3]++;
                        b[4] += t.amountCents();
                    }
                    case DECLINED -> b[5]++;
                    case REVERSED -> b[6] += t.amountCents();
                    default -> throw new IllegalStateException();
                }
            }
        }
        String[] names = {"seen", "late", "txn_count", "approved_count", "approved_amount_cents", "declined_count",
            "reversed_amount_cents", "kafka_count"};
        buckets.forEach((row, b) -> {
            for (int i = 0; i < names.length; i++) {
                view.put(row + "|m:" + names[i], b[i]);
            }
        });
        lateByHour.forEach((hour, n) -> lateHours.put("speed:late:" + hour + "|s:p" + p, n));
        if (max != null) {
            watermarks.put("speed:watermark|s:p" + p, max.minus(grace).toEpochMilli());
        }
    }

    private static List<byte[]> lines(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (start < all.length) {
            out.add(java.util.Arrays.copyOfRange(all, start, all.length));
        }
        return out;
    }

    /** TEST customers by the contract's rule over the change files: greatest updated_at wins, ties to the later row. */
    static Set<String> testCustomers(List<Path> customerFiles) throws IOException {
        io.tributary.core.parse.CustomerChangeCsvParser parser = new io.tributary.core.parse.CustomerChangeCsvParser();
        Map<String, io.tributary.core.model.CustomerChange> latest = new HashMap<>();
        for (Path f : customerFiles) {
            List<byte[]> rows = lines(Files.readAllBytes(f));
            for (byte[] row : rows.subList(1, rows.size())) {
                ParseResult<io.tributary.core.model.CustomerChange> r = parser.parse(row,
                    SourcePosition.ofFile(f.toString(), 0, 0, Instant.now()));
                if (!r.isValid()) {
                    continue;
                }
                io.tributary.core.model.CustomerChange c = r.valid().value();
                io.tributary.core.model.CustomerChange prev = latest.get(c.customerId());
                if (prev == null || !prev.updatedAt().isAfter(c.updatedAt())) {
                    latest.put(c.customerId(), c);
                }
            }
        }
        Set<String> test = new HashSet<>();
        latest.forEach((id, c) -> {
            if (c.op() == io.tributary.core.model.ChangeOp.UPSERT && c.segment() == io.tributary.core.model.CustomerSegment.TEST) {
                test.add(id);
            }
        });
        return test;
    }
}
