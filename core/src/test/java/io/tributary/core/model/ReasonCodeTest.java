package io.tributary.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {

    @Test
    void holdsTheContractsCodesPlusCorruptFile() {
        assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name)).containsExactly(
            "MISSING_FIELD", "INVALID_EVENT_ID", "INVALID_FIELD", "INVALID_AMOUNT", "INVALID_CURRENCY",
            "INVALID_EVENT_TIME", "FUTURE_EVENT_TIME", "INVALID_ENUM", "UNSUPPORTED_SCHEMA_VERSION", "MALFORMED_RECORD",
            "RECORD_TOO_LARGE", "DUPLICATE_CONFLICT", "CORRUPT_FILE");
    }

    @Test
    void everyCodeHasAOneLineDescription() {
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(code.description()).isNotBlank().doesNotContain("\n");
        }
    }
}
