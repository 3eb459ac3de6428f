package io.tributary.batch.stage;

import io.tributary.batch.ingest.LandedFile;
import io.tributary.batch.ingest.LandedKind;
import io.tributary.batch.ingest.LandingCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The landed transaction files that have no index yet: the index job's input. */
final class PendingFiles {

    private PendingFiles() {
    }

    /**
     * Landed and not indexed, transaction files only (customer change files are read by the customer job), sorted
     * by raw path. Costs one listing of {@code raw/_landed} plus one small read per pending file.
     */
    static List<LandedFile> find(LandingCatalog catalog) throws IOException {
        List<LandedFile> pending = new ArrayList<>();
        for (String sha : catalog.list().notIndexed()) {
            LandedFile file = catalog.read(sha);
            if (file.kind() == LandedKind.TRANSACTIONS) {
                pending.add(file);
            }
        }
        pending.sort(Comparator.comparing(LandedFile::rawPath));
        return pending;
    }
}
