package io.tributary.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            byte[] b = new byte[1 + random.nextInt(8)];
            random.nextBytes(b);
            if (random.nextBoolean()) {
                b[0] = (byte) (0xC0 | random.nextInt(0x40));
            }
            assertThat(Utf8.firstInvalid(b, 0, b.length) < 0).as("bytes %s", java.util.Arrays.toString(b))
                .isEqualTo(jdkAccepts(b));
        }
    }

    @Test
    void acceptsEveryCodePointEncodedByTheJdk() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += (cp < 0x11000 ? 1 : 97)) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(-1);
            byte[] mine = new byte[4];
            assertThat(java.util.Arrays.copyOf(mine, Utf8.encode(cp, mine, 0))).isEqualTo(b);
            assertThat(Utf8.codePoints(b, 0, b.length)).isEqualTo(1);
        }
    }

    @Test
    void reportsTheFirstBadByte() {
        byte[] b = {'a', 'b', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 'c'};
        assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(4);
        assertThat(Utf8.firstInvalid(b, 0, 4)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(b, 0, 3)).isEqualTo(2);
    }

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
