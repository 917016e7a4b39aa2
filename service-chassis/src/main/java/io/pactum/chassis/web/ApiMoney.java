package io.pactum.chassis.web;

import io.pactum.events.Money;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money at the API: {@code {"amount": "1500.00", "currency": "EUR"}}, a decimal string with at most the
 * currency's minor digits. Inside, always {@link Money} in integer minor units.
 */
public record ApiMoney(@NotBlank String amount, @NotBlank String currency) {

    /**
     * The amount in minor units.
     *
     * @param field the request field this value came from, named in the error (e.g. {@code activities[0].plannedCost})
     * @throws InvalidFieldException when the amount is not a decimal or has too many digits, or the currency is unknown
     */
    public Money toMoney(String field) {
        Currency iso;
        try {
            iso = Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException(field + ".currency", "is not an ISO 4217 currency code");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new InvalidFieldException(field + ".currency", "is not an ISO 4217 currency code");
        }
        if (amount == null || !amount.matches("-?[0-9]{1,15}(\\.[0-9]+)?")) {
            throw new InvalidFieldException(field + ".amount", "must be a decimal number such as \"1500.00\"");
        }
        BigDecimal decimal = new BigDecimal(amount);
        int digits = Math.max(iso.getDefaultFractionDigits(), 0);
        if (decimal.scale() > digits) {
            throw new InvalidFieldException(field + ".amount", "has more than " + digits + " decimal places for " + currency);
        }
        return new Money(decimal.movePointRight(digits).longValueExact(), currency);
    }

    public static ApiMoney of(Money money) {
        int digits = Math.max(Currency.getInstance(money.currency()).getDefaultFractionDigits(), 0);
        return new ApiMoney(BigDecimal.valueOf(money.amountMinor(), digits).toPlainString(), money.currency());
    }
}
