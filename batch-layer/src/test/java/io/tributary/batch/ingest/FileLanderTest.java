package io.tributary.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.lake.LakePaths;
import io.tributary.core.io.FileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLanderTest {

    private static final Instant AT = SampleInputs.INGEST_TIME;

    @TempDir
    Path tmp;

    @Test
    void aFileIsOnlyVisibleInItsPartitionOnceComplete() throws IOException {
        Path input = SampleInputs.write(tmp.resolve("in"));
        LakePaths lake = new LakePaths(new org.apache.hadoop.fs.Path(tmp.resolve("lake").toUri()));
        FileSystem local = FileSystem.getLocal(new Configuration());
        FileSystem renameFails = new FilterFileSystem(local) {
            @Override
            public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) {
                return false;
            }
        };
        Path file = input.resolve(SampleInputs.JSON);

        assertThatThrownBy(() -> new FileLander(renameFails, lake, AT)
            .land(file, SampleInputs.JSON, FileFormat.of(file.toString()).orElseThrow()))
            .isInstanceOf(IOException.class).hasMessageContaining("cannot rename");

        assertThat(filesBelow(tmp.resolve("lake/raw/transactions"))).isZero();
        assertThat(filesBelow(tmp.resolve("lake/raw/_landed"))).isZero();
        assertThat(filesBelow(tmp.resolve("lake/raw/_landing"))).as("the temporary copy is removed").isZero();
    }

    @Test
    void tellsCustomerChangeFilesByTheirHeader() throws IOException {
        Path input = SampleInputs.write(tmp.resolve("in"));

        assertThat(kind(input.resolve(SampleInputs.CUSTOMERS))).isEqualTo(LandedKind.CUSTOMERS);
        assertThat(kind(input.resolve(SampleInputs.CUSTOMERS_GZ))).as("gzip, BOM, CRLF").isEqualTo(LandedKind.CUSTOMERS);
        assertThat(kind(input.resolve(SampleInputs.CSV))).isEqualTo(LandedKind.TRANSACTIONS);
        assertThat(kind(input.resolve(SampleInputs.JSON))).isEqualTo(LandedKind.TRANSACTIONS);
        Path corrupt = tmp.resolve("in/bad.csv.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        assertThat(kind(corrupt)).as("unreadable: indexed as CORRUPT_FILE later").isEqualTo(LandedKind.TRANSACTIONS);
        Path empty = tmp.resolve("in/empty.csv");
        Files.write(empty, new byte[0]);
        assertThat(kind(empty)).isEqualTo(LandedKind.TRANSACTIONS);
    }

    private static LandedKind kind(Path file) throws IOException {
        return ChangeFileDetector.kindOf(file, FileFormat.of(file.toString()).orElseThrow());
    }

    private static long filesBelow(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
