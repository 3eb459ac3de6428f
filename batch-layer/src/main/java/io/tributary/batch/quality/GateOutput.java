package io.tributary.batch.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Writes a gate verdict as the properties an Oozie java action captures ({@code <capture-output/>}), so the
 * workflow's decision node can read {@code ${wf:actionData('gate')['passed']}}: {@code passed=true|false},
 * {@code reason=...} (the failures on one line) and the numbers. Oozie caps captured output
 * ({@code oozie.action.max.output.data}, 2 KB by default), so the reason is shortened to fit.
 */
public final class GateOutput {
    /** Room left for the reason after the other properties; well under Oozie's default 2048 characters in all. */
    static final int MAX_REASON = 1000;

    private GateOutput() {
    }

    /** The properties, in a fixed order of meaning (Properties itself is unordered). */
    public static Properties properties(GateResult result) {
        Properties p = new Properties();
        p.setProperty("passed", Boolean.toString(result.passed()));
        String reason = result.reason();
        p.setProperty("reason", reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3) + "...");
        result.numbers().forEach(p::setProperty);
        return p;
    }

    /** Writes the properties to {@code file} (the path Oozie names in {@code oozie.action.output.properties}). */
    public static void write(GateResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            properties(result).store(out, "data-quality gate");
        }
    }
}
