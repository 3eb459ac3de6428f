package io.tributary.batch.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's verdict: every check with its outcome, and the numbers they were decided on (name to value as text,
 * in a fixed order).
 */
public record GateResult(List<GateCheck> checks, Map<String, String> numbers) {
    public GateResult {
        checks = List.copyOf(checks);
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /** True when every check passed. */
    public boolean passed() {
        return checks.stream().allMatch(GateCheck::passed);
    }

    /** One line per failed check, in check order; empty when the gate passed. */
    public List<String> failures() {
        return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList();
    }

    /** The failures on one line, or a line saying all checks passed. */
    public String reason() {
        List<String> f = failures();
        return f.isEmpty() ? "all " + checks.size() + " checks passed" : String.join("; ", f);
    }

    /** One line per check then one per number, for a command's output. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("gate: " + (passed() ? "passed" : "FAILED"));
        checks.forEach(c -> lines.add("  " + (c.passed() ? "ok    " : "FAILED") + " " + c.name() + ": " + c.detail()));
        numbers.forEach((k, v) -> lines.add("  " + k + " = " + v));
        return lines;
    }
}
