package io.tributary.customers.run;

import io.tributary.core.accounting.RunAccounting;
import io.tributary.core.customer.LatestChangeWins;
import io.tributary.core.io.RecordFileReader;
import io.tributary.core.model.CustomerChange;
import io.tributary.core.parse.Rejection;
import io.tributary.core.parse.Valid;
import io.tributary.core.parse.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Reads the customer change files of one run with core's CDC parser and keeps, per customer, the winning change
 * (core's {@link LatestChangeWins}: greatest {@code updated_at}, ties to the later file and line). Every row read is
 * accounted for its file: a rejection, a change superseded within the input (a duplicate), or a winner (decided
 * later against the stored table).
 */
public final class ChangeInput {
    private final Map<String, Valid<CustomerChange>> winners = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final RunAccounting.Builder accounting;
    private final List<String> files = new ArrayList<>();

    private ChangeInput(RunAccounting.Builder accounting) {
        this.accounting = accounting;
    }

    /**
     * Reads {@code input}: one change file, or every supported file below a folder (names starting with {@code _}
     * or {@code .} are skipped), in path order.
     */
    public static ChangeInput read(FileSystem fs, Path input, ValidationRules rules, Instant ingestTime,
                                   RunAccounting.Builder accounting) throws IOException {
        ChangeInput in = new ChangeInput(accounting);
        RecordFileReader<CustomerChange> reader = RecordFileReader.forCustomerChanges(rules);
        for (Path file : listFiles(fs, input, reader)) {
            String source = file.toString();
            in.files.add(source);
            // A file with no rows still appears in the manifest, with zero counts.
            accounting.source(source);
            try (InputStream stream = fs.open(file)) {
                reader.read(source, stream, ingestTime, result -> {
                    accounting.source(source).read(result);
                    if (result.isValid()) {
                        in.accept(result.valid());
                    } else {
                        in.rejections.add(result.rejection());
                    }
                });
            }
        }
        return in;
    }

    private void accept(Valid<CustomerChange> change) {
        Valid<CustomerChange> previous = winners.get(change.value().customerId());
        if (previous == null) {
            winners.put(change.value().customerId(), change);
            return;
        }
        Valid<CustomerChange> winner = LatestChangeWins.newer(previous, change);
        Valid<CustomerChange> loser = winner == previous ? change : previous;
        accounting.source(loser.position().sourceName()).duplicate();
        winners.put(change.value().customerId(), winner);
    }

    static List<Path> listFiles(FileSystem fs, Path input, RecordFileReader<?> reader) throws IOException {
        if (!fs.exists(input)) {
            throw new java.io.FileNotFoundException("no such file or folder: " + input);
        }
        List<Path> out = new ArrayList<>();
        FileStatus st = fs.getFileStatus(input);
        if (st.isFile()) {
            if (!reader.supports(input.getName())) {
                throw new IOException(input + " is not a customer change file (.csv, optionally .gz)");
            }
            out.add(st.getPath());
            return out;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(input, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            String name = p.getName();
            if (!name.startsWith("_") && !name.startsWith(".") && reader.supports(name)) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /** The winning change of each customer in the input. */
    public Map<String, Valid<CustomerChange>> winners() {
        return winners;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public List<String> files() {
        return files;
    }
}
