package io.tributary.customers.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Customer change files for tests: the contract's header and the given rows. */
final class ChangeFiles {
    static final String HEADER = "op,customer_id,name,email,country,segment,updated_at\n";

    private ChangeFiles() {
    }

    static Path write(Path file, String... rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder s = new StringBuilder(HEADER);
        for (String r : rows) {
            s.append(r).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }
}
