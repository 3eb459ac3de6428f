package io.tributary.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;

/** Short assertions on parse results. */
final class ParseAssertions {

    private ParseAssertions() {
    }

    static Transaction assertValid(ParseResult<Transaction> result) {
        assertThat(result.isValid()).as("valid, but was %s", result).isTrue();
        return result.valid().value();
    }

    static Rejection assertRejected(ParseResult<?> result, ReasonCode reason) {
        assertThat(result.isValid()).as("rejected, but was %s", result).isFalse();
        assertThat(result.rejection().reason()).as("reason of %s", result).isEqualTo(reason);
        assertThat(result.rejection().message()).isNotBlank().doesNotContain("\n");
        return result.rejection();
    }
}
