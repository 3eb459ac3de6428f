package io.tributary.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A valid transaction event (schema version 1), whatever format it came in. Instances are only built from
 * values that passed validation; the constructor checks the structural invariants, not the contract rules.
 *
 * @param eventId       the dedup key
 * @param customerId    required
 * @param merchantId    optional, null when absent
 * @param amountCents   amount x 100, exact
 * @param currency      ISO 4217 code
 * @param eventTime     when the transaction happened
 * @param channel       where it happened
 * @param status        what happened
 * @param country       optional ISO 3166-1 alpha-2 code, null when absent
 * @param schemaVersion version of the record's schema (1)
 */
public record Transaction(
    String eventId,
    String customerId,
    String merchantId,
    long amountCents,
    String currency,
    Instant eventTime,
    Channel channel,
    TxnStatus status,
    String country,
    int schemaVersion) {

    public Transaction {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }

    /** The UTC date of the event time: the {@code event_date} partition of curated tables and views. */
    public LocalDate eventDate() {
        return LocalDate.ofInstant(eventTime, ZoneOffset.UTC);
    }

    /** The amount with exactly two decimals, e.g. "-0.50" or "123.00". */
    public String amountText() {
        return Amounts.format(amountCents);
    }

    /** The amount as a decimal of scale 2. */
    public BigDecimal amount() {
        return Amounts.toDecimal(amountCents);
    }

    /**
     * True when both records say the same thing about the transaction, so that one is an exact duplicate of
     * the other. The event id is the dedup key and the schema version is envelope, so neither is compared;
     * event times are compared as instants (the same moment written with another offset is the same).
     */
    public boolean sameBusinessFields(Transaction other) {
        return differingBusinessFields(other).isEmpty();
    }

    /** Names (as in the contract) of the business fields whose values differ; empty for an exact duplicate. */
    public List<String> differingBusinessFields(Transaction other) {
        List<String> differ = new ArrayList<>(2);
        if (!customerId.equals(other.customerId)) {
            differ.add("customer_id");
        }
        if (!Objects.equals(merchantId, other.merchantId)) {
            differ.add("merchant_id");
        }
        if (amountCents != other.amountCents) {
            differ.add("amount");
        }
        if (!currency.equals(other.currency)) {
            differ.add("currency");
        }
        if (!eventTime.equals(other.eventTime)) {
            differ.add("event_time");
        }
        if (channel != other.channel) {
            differ.add("channel");
        }
        if (status != other.status) {
            differ.add("status");
        }
        if (!Objects.equals(country, other.country)) {
            differ.add("country");
        }
        return differ;
    }
}
