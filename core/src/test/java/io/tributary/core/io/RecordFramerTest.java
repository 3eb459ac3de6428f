package io.tributary.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFramerTest {

    /** One framed record as the tests compare it. */
    record Framed(String text, long line, long offset, boolean tooLarge, long fullLength) {
        static Framed of(String text, long line, long offset) {
            return new Framed(text, line, offset, false, text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private static List<Framed> frame(byte[] content, boolean csv, int max, int chunk) throws IOException {
        RecordFramer framer = new RecordFramer(new TrickleInputStream(content, chunk), csv, max);
        List<Framed> out = new ArrayList<>();
        while (framer.next()) {
            String text = new String(framer.buffer(), framer.recordOffset(), framer.recordLength(), StandardCharsets.UTF_8);
            out.add(new Framed(text, framer.line(), framer.byteOffset(), framer.isTooLarge(), framer.fullLength()));
        }
        return out;
    }

    private static List<Framed> frame(String content, boolean csv) throws IOException {
        List<Framed> whole = frame(content.getBytes(StandardCharsets.UTF_8), csv, RecordFramer.MAX_RECORD_BYTES, Integer.MAX_VALUE);
        // Whatever the read sizes, the framing is the same.
        for (int chunk : new int[] {1, 2, 3, 7}) {
            assertThat(frame(content.getBytes(StandardCharsets.UTF_8), csv, RecordFramer.MAX_RECORD_BYTES, chunk))
                .as("chunk %d", chunk).isEqualTo(whole);
        }
        return whole;
    }

    @Test
    void linesWithLfCrlfAndNoFinalTerminator() throws IOException {
        assertThat(frame("a\nbb\r\nccc", false)).containsExactly(
            Framed.of("a", 1, 0), Framed.of("bb", 2, 2), Framed.of("ccc", 3, 6));
        assertThat(frame("a\n", false)).containsExactly(Framed.of("a", 1, 0));
        assertThat(frame("a\r\n", false)).containsExactly(Framed.of("a", 1, 0));
        assertThat(frame("", false)).isEmpty();
    }

    @Test
    void aLoneCarriageReturnInsideALineIsData() throws IOException {
        assertThat(frame("a\rb\n", false)).containsExactly(Framed.of("a\rb", 1, 0));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        RecordFramer framer = new RecordFramer(new ByteArrayInputStream("\n \t\r\na\n\r\n\nb\n\n".getBytes(StandardCharsets.UTF_8)), false);
        List<String> texts = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        while (framer.next()) {
            texts.add(new String(framer.buffer(), framer.recordOffset(), framer.recordLength(), StandardCharsets.UTF_8));
            lines.add(framer.line());
        }
        assertThat(texts).containsExactly("a", "b");
        assertThat(lines).containsExactly(3L, 6L);
        assertThat(framer.blankLinesSkipped()).isEqualTo(5);
    }

    @Test
    void offsetsCountBytesNotCharacters() throws IOException {
        assertThat(frame("é😀\nx\n", false)).containsExactly(Framed.of("é😀", 1, 0), Framed.of("x", 2, 7));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b'};
        assertThat(frame(content, false, 100, 1)).containsExactly(Framed.of("a", 1, 3), Framed.of("b", 2, 5));
        byte[] onlyBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(frame(onlyBom, false, 100, 1)).isEmpty();
        byte[] shortContent = {'a', 'b'};
        assertThat(frame(shortContent, false, 100, 1)).containsExactly(Framed.of("ab", 1, 0));
    }

    @Test
    void csvRecordsSpanLinesInsideQuotes() throws IOException {
        String content = "h1,h2\r\n\"multi\nline\",x\r\n\"a \"\"quoted\"\"\r\nvalue\",\"with,comma\"\nlast,\"\"\n";
        assertThat(frame(content, true)).containsExactly(
            Framed.of("h1,h2", 1, 0),
            Framed.of("\"multi\nline\",x", 2, 7),
            Framed.of("\"a \"\"quoted\"\"\r\nvalue\",\"with,comma\"", 4, 23),
            Framed.of("last,\"\"", 6, 58));
    }

    @Test
    void withoutCsvQuotingQuotesMeanNothing() throws IOException {
        assertThat(frame("\"a\nb\"\n", false)).containsExactly(Framed.of("\"a", 1, 0), Framed.of("b\"", 2, 3));
    }

    @Test
    void anUnterminatedCsvQuoteRunsToTheEnd() throws IOException {
        assertThat(frame("a,\"b\nc\nd", true)).containsExactly(Framed.of("a,\"b\nc\nd", 1, 0));
    }

    @Test
    void exactlyTheLimitIsFineOneMoreIsTooLarge() throws IOException {
        int max = RecordFramer.MAX_RECORD_BYTES;
        String exact = "x".repeat(max);
        String over = "y".repeat(max + 1);
        for (String terminator : new String[] {"\n", "\r\n"}) {
            for (int chunk : new int[] {max + 7, 4096, 1000}) {
                byte[] content = (exact + terminator + over + terminator + "z" + terminator + over).getBytes(StandardCharsets.UTF_8);
                List<Framed> framed = frame(content, false, max, chunk);
                int t = terminator.length();
                assertThat(framed).containsExactly(
                    new Framed(exact, 1, 0, false, max),
                    new Framed("y".repeat(max), 2, max + t, true, max + 1),
                    new Framed("z", 3, 2L * max + 1 + 2L * t, false, 1),
                    new Framed("y".repeat(max), 4, 2L * max + 2 + 3L * t, true, max + 1));
            }
        }
    }

    @Test
    void aHugeRecordIsSkippedInBoundedMemory() throws IOException {
        int max = 1024;
        int huge = 5_000_000;
        byte[] content = new byte[huge + 1 + 5];
        Arrays.fill(content, 0, huge, (byte) 'h');
        content[huge - 1] = '\r';
        content[huge] = '\n';
        System.arraycopy("next\n".getBytes(StandardCharsets.UTF_8), 0, content, huge + 1, 5);
        List<Framed> framed = frame(content, false, max, 8192);
        assertThat(framed).containsExactly(
            new Framed("h".repeat(max), 1, 0, true, huge - 1),
            new Framed("next", 2, huge + 1, false, 4));
    }

    @Test
    void aTooLargeRecordAtTheEndOfTheStream() throws IOException {
        int max = 10;
        assertThat(frame("a\n0123456789ABC".getBytes(StandardCharsets.UTF_8), false, max, 3)).containsExactly(
            Framed.of("a", 1, 0), new Framed("0123456789", 2, 2, true, 13));
        assertThat(frame("0123456789AB\r".getBytes(StandardCharsets.UTF_8), false, max, 100)).containsExactly(
            new Framed("0123456789", 1, 0, true, 12));
    }

    @Test
    void aTooLargeCsvRecordEndsAtTheNextLineFeedEvenInsideQuotes() throws IOException {
        int max = 10;
        // An unbalanced quote would otherwise swallow the rest of the file.
        String content = "\"0123456789ABCDEF\nnext,1\n\"s\nq\",2\n";
        List<Framed> framed = frame(content.getBytes(StandardCharsets.UTF_8), true, max, 4);
        assertThat(framed).containsExactly(
            new Framed("\"012345678", 1, 0, true, 17),
            Framed.of("next,1", 2, 18),
            Framed.of("\"s\nq\",2", 3, 25));
    }

    @Test
    void aQuotedLineFeedWithinTheLimitStillCounts() throws IOException {
        int max = 10;
        String content = "\"a\nb\",cdefgh\nx\n"; // 12 bytes with a quoted line feed: too large, framed quote-aware
        List<Framed> framed = frame(content.getBytes(StandardCharsets.UTF_8), true, max, 100);
        assertThat(framed).containsExactly(new Framed("\"a\nb\",cdef", 1, 0, true, 12), Framed.of("x", 3, 13));
    }

    /** Hands out at most {@code chunk} bytes per read, as sockets and decompressors do. */
    static final class TrickleInputStream extends InputStream {
        private final byte[] data;
        private final int chunk;
        private int pos;

        TrickleInputStream(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
