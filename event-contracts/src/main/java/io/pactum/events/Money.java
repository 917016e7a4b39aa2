package io.pactum.events;

import java.util.Objects;

/** An amount in integer minor units (cents) of an ISO 4217 currency. Never a double. */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
    }
}
