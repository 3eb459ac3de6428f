package io.tributary.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawFileNameTest {

    private static final String SHA = "3f9a0c1d2e4b" + "0".repeat(52);

    @Test
    void writesStampHashAndOriginalName() {
        RawFileName name = RawFileName.of(Instant.parse("2026-11-27T14:30:12.789Z"), SHA, "part-00000.jsonl.gz");

        assertThat(name).hasToString("20261127T143012Z-3f9a0c1d2e4b-part-00000.jsonl.gz");
        assertThat(name.ingestTime()).isEqualTo(Instant.parse("2026-11-27T14:30:12Z"));
    }

    @Test
    void parsesWhatItWrites() {
        RawFileName name = RawFileName.of(Instant.parse("2026-01-02T03:04:05Z"), SHA, "a-b-c.csv");

        RawFileName parsed = RawFileName.parse("/lake/raw/transactions/source=files/x/" + name);

        assertThat(parsed).isEqualTo(name);
        assertThat(parsed.originalName()).isEqualTo("a-b-c.csv");
        assertThat(parsed.matchesHash(SHA)).isTrue();
        assertThat(parsed.matchesHash("f".repeat(64))).isFalse();
    }

    @Test
    void rejectsOtherNames() {
        assertThatThrownBy(() -> RawFileName.parse("part-00000.jsonl")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawFileName.parse("20261127T143012Z-3F9A0C1D2E4B-a.csv"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawFileName.parse("20261327T143012Z-3f9a0c1d2e4b-a.csv"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawFileName.parse("20261127T143012Z-3f9a0c1d2e4b-"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
