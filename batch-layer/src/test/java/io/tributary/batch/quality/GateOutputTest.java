package io.tributary.batch.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateOutputTest {
    @TempDir
    Path dir;

    @Test
    void writesPassedReasonAndNumbersAsJavaProperties() throws Exception {
        GateResult failed = new GateResult(List.of(GateCheck.pass("run", "ok"),
            GateCheck.fail("error rate", "error rate 30.00% is above 25.00%"),
            GateCheck.fail("curated rows", "fell 50.00%")), Map.of("read", "100", "error_rate", "0.300000"));
        Path file = dir.resolve("out/gate.properties");
        GateOutput.write(failed, file);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        assertThat(p).containsEntry("passed", "false")
            .containsEntry("reason", "error rate: error rate 30.00% is above 25.00%; curated rows: fell 50.00%")
            .containsEntry("read", "100").containsEntry("error_rate", "0.300000");
    }

    @Test
    void aPassIsTrueAndALongReasonIsShortenedToFitOozie() {
        assertThat(GateOutput.properties(QualityGate.nothingPending())).containsEntry("passed", "true");
        GateResult verbose = new GateResult(List.of(GateCheck.fail("accounting", "x".repeat(5000))), Map.of());
        String reason = GateOutput.properties(verbose).getProperty("reason");
        assertThat(reason).hasSize(GateOutput.MAX_REASON).endsWith("...");
    }
}
