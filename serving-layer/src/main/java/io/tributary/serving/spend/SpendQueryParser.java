package io.tributary.serving.spend;

import io.tributary.core.time.Granularity;
import io.tributary.serving.http.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Turns the raw path and query parameters of {@code GET /v1/customers/{id}/spend} into a {@link SpendQuery}, or
 * refuses them with a 400 that names the parameter. Ranges are bounded so one request can never make the service
 * scan an unbounded number of rows: {@code maxDays} for days, {@code maxHourDays} days of hours.
 */
public final class SpendQueryParser {
    /** The contract's customer id: 1..64 characters; we also refuse control characters and '/'. */
    private static final int MAX_ID_LENGTH = 64;

    private final int maxDays;
    private final int maxHourDays;

    public SpendQueryParser(int maxDays, int maxHourDays) {
        if (maxDays < 1 || maxHourDays < 1) {
            throw new IllegalArgumentException("range bounds must be positive");
        }
        this.maxDays = maxDays;
        this.maxHourDays = maxHourDays;
    }

    public SpendQuery parse(String customerId, String from, String to, String granularity) {
        String id = customerId(customerId);
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (toDate.isBefore(fromDate)) {
            throw new BadRequestException("invalid_range", "'to' (" + toDate + ") is before 'from' (" + fromDate + ")");
        }
        Granularity g = granularity(granularity);
        long days = ChronoUnit.DAYS.between(fromDate, toDate) + 1;
        int limit = g == Granularity.DAY ? maxDays : maxHourDays;
        if (days > limit) {
            throw new BadRequestException("range_too_long", "the range covers " + days + " days; at most " + limit
                + " days are allowed with granularity=" + g.name().toLowerCase());
        }
        return new SpendQuery(id, fromDate, toDate, g);
    }

    /** Validates a customer id from the path (also used by the profile endpoint). */
    public static String customerId(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new BadRequestException("invalid_customer_id", "the customer id is empty");
        }
        if (raw.length() > MAX_ID_LENGTH) {
            throw new BadRequestException("invalid_customer_id", "the customer id is longer than 64 characters");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) || c == '/' || Character.isWhitespace(c)) {
                throw new BadRequestException("invalid_customer_id",
                    "the customer id holds a control, blank or '/' character at position " + i);
            }
        }
        return raw;
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new BadRequestException("missing_parameter", "'" + name + "' is required (YYYY-MM-DD)");
        }
        if (raw.length() != 10) {
            throw new BadRequestException("invalid_date", "'" + name + "' must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("invalid_date", "'" + name + "' must be a date YYYY-MM-DD");
        }
    }

    private static Granularity granularity(String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("day")) {
            return Granularity.DAY;
        }
        if (raw.equals("hour")) {
            return Granularity.HOUR;
        }
        throw new BadRequestException("invalid_granularity", "'granularity' must be 'day' or 'hour'");
    }
}
