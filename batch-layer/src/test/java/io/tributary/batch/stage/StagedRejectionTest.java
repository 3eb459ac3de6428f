package io.tributary.batch.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.SourcePosition;
import io.tributary.core.parse.Rejection;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StagedRejectionTest {

    private static final SourcePosition POSITION =
        SourcePosition.ofFile("/lake/raw/x/20261127T143012Z-0123456789ab-a.csv", 77, 3, Instant.parse("2026-11-27T14:30:12Z"));

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void roundTripsEveryReason(ReasonCode reason) {
        StagedRejection rejection = new StagedRejection(
            new Rejection(reason, "amount \"1.234\" has more than 2 decimals — ünïcode", new byte[] {'x'}, POSITION),
            null);

        assertThat(StagedRejection.decode(rejection.encode())).isEqualTo(rejection);
    }

    @Test
    void keepsTheEventIdWhenKnown() {
        StagedRejection rejection = new StagedRejection(
            new Rejection(ReasonCode.DUPLICATE_CONFLICT, "differs from the survivor", new byte[] {'{', '}'}, POSITION),
            "e-000042");

        StagedRejection back = StagedRejection.decode(rejection.encode());

        assertThat(back.eventId()).isEqualTo("e-000042");
        assertThat(back).isEqualTo(rejection);
    }

    @Test
    void roundTripsEmptyLargeAndNonUtf8Payloads() {
        byte[] large = new byte[64 * 1024];
        new Random(3).nextBytes(large);
        for (byte[] payload : new byte[][] {new byte[0], large, {(byte) 0xC0, (byte) 0x80, (byte) 0xFF}}) {
            StagedRejection rejection = new StagedRejection(
                new Rejection(ReasonCode.MALFORMED_RECORD, "not UTF-8", payload, POSITION), null);

            StagedRejection back = StagedRejection.decode(rejection.encode());

            assertThat(back.rejection().rawPayload()).isEqualTo(payload);
            assertThat(back).isEqualTo(rejection);
        }
    }

    @Test
    void refusesDamagedBytes() {
        byte[] encoded = new StagedRejection(
            new Rejection(ReasonCode.CORRUPT_FILE, "gzip", new byte[0], POSITION), null).encode();

        assertThatThrownBy(() -> StagedRejection.decode(Arrays.copyOf(encoded, encoded.length - 1)))
            .isInstanceOf(IllegalArgumentException.class);
        byte[] otherVersion = encoded.clone();
        otherVersion[0] = 9;
        assertThatThrownBy(() -> StagedRejection.decode(otherVersion)).isInstanceOf(IllegalArgumentException.class);
    }
}
