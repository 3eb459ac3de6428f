package io.tributary.batch.quality;

/**
 * One check of the gate and its outcome.
 *
 * @param name   short name: accounting, error rate, curated rows, bucket rows, ...
 * @param passed whether it holds
 * @param detail one line: why it failed, or what was found when it passed
 */
public record GateCheck(String name, boolean passed, String detail) {
    static GateCheck pass(String name, String detail) {
        return new GateCheck(name, true, detail);
    }

    static GateCheck fail(String name, String detail) {
        return new GateCheck(name, false, detail);
    }
}
