package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.batch.stage.ByteReader;
import io.tributary.batch.stage.ByteWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNamesTest {
    private static final String A = "/lake/raw/transactions/source=files/ingest_date=2026-11-21/ingest_hour=01/20261121T010000Z-0123456789ab-a.jsonl";
    private static final String B = "/lake/raw/transactions/source=files/ingest_date=2026-11-22/ingest_hour=01/20261122T010000Z-ba9876543210-b.csv.gz";

    private static SourceNames reloaded(SourceNames names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        names.writeTo(out);
        return SourceNames.readFrom(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void numbersTheSortedNamesFromOneAndSurvivesItsFile() throws Exception {
        SourceNames names = reloaded(SourceNames.of(List.of(B, A, A)));

        assertThat(names.size()).isEqualTo(2);
        assertThat(names.reference(A)).isEqualTo(1);
        assertThat(names.reference(B)).isEqualTo(2);
        assertThat(names.reference("elsewhere")).isZero();
    }

    @Test
    void aListedNameTakesOneByteAndComesBackAsTheSharedInstance() {
        SourceNames names = SourceNames.of(List.of(A, B));
        ByteWriter out = new ByteWriter(16);
        names.write(out, B);
        byte[] utf8 = A.getBytes(StandardCharsets.UTF_8);
        names.write(out, utf8, 0, utf8.length);
        names.write(out, utf8, 0, utf8.length);

        assertThat(out.size()).isEqualTo(3);
        ByteReader in = new ByteReader(out.toByteArray(), 0, out.size());
        assertThat(names.read(in)).isSameAs(names.read(new ByteReader(new byte[] {2}, 0, 1))).isEqualTo(B);
        assertThat(names.read(in)).isEqualTo(A);
        assertThat(names.read(in)).isEqualTo(A);
        in.expectEnd();
    }

    @Test
    void anUnlistedNameTravelsInFull() {
        SourceNames names = SourceNames.of(List.of(A));
        String other = "topic-3";
        ByteWriter out = new ByteWriter(16);
        byte[] utf8 = other.getBytes(StandardCharsets.UTF_8);
        names.write(out, utf8, 0, utf8.length);
        names.write(out, other);

        ByteReader in = new ByteReader(out.toByteArray(), 0, out.size());
        assertThat(names.read(in)).isEqualTo(other);
        assertThat(names.read(in)).isEqualTo(other);
        in.expectEnd();
    }

    @Test
    void aNameWithALineBreakIsNotListedButStillCarried() throws Exception {
        String odd = "/lake/raw/a\nb.jsonl";
        SourceNames names = reloaded(SourceNames.of(List.of(odd, A)));
        ByteWriter out = new ByteWriter(16);
        names.write(out, odd);

        assertThat(names.size()).isEqualTo(1);
        assertThat(names.read(new ByteReader(out.toByteArray(), 0, out.size()))).isEqualTo(odd);
    }

    @Test
    void refusesAReferenceBeyondTheList() {
        SourceNames names = SourceNames.of(List.of(A));

        assertThatThrownBy(() -> names.read(new ByteReader(new byte[] {2}, 0, 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
    }
}
