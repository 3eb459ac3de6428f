package io.tributary.batch.nightly;

import io.tributary.cli.UsageException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date option of the nightly commands: a bad one is a usage error (exit 2) naming the option. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
