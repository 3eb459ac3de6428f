package io.tributary.batch.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurateToolTest {

    @Test
    void datesComeAsAListOrAnInclusiveRange() {
        assertThat(CurateTool.dates(List.of("--dates", "2026-11-21,2026-11-20")))
            .containsExactly(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"));
        assertThat(CurateTool.dates(List.of("--from", "2026-11-30", "--to", "2026-12-02"))).hasSize(3);
    }

    @Test
    void badDatesAreUsageErrorsNamingTheOption() {
        assertThatThrownBy(() -> CurateTool.dates(List.of("--from", "2026-11-30", "--to", "2026-11-01")))
            .isInstanceOf(UsageException.class).hasMessageContaining("before --from");
        assertThatThrownBy(() -> CurateTool.dates(List.of("--dates", "20261130")))
            .isInstanceOf(UsageException.class).hasMessageContaining("--dates");
        assertThatThrownBy(() -> CurateTool.dates(List.of("--from", "2020-01-01", "--to", "2026-01-01")))
            .isInstanceOf(UsageException.class).hasMessageContaining("at most 366");
    }

    @Test
    void aWrongCommandLineExitsTwoBeforeAnythingRuns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CurateTool tool = new CurateTool(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(tool.run(new String[] {"--set", "no.such.key=1", "--dates", "2026-11-20"})).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("no.such.key").contains("usage:");
        assertThat(tool.run(new String[] {"--when", "yesterday"})).isEqualTo(2);
    }
}
