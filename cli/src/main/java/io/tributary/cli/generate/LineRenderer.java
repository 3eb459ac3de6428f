package io.tributary.cli.generate;

/** Writes one transaction record as one line of its format, without the line terminator. */
interface LineRenderer {
    void render(TransactionRecord r, LineBuilder out);
}
