package io.pactum.budget.domain;

import io.pactum.events.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of a budget in integer minor units of one ISO 4217 currency. Arithmetic is exact: adding
 * amounts of different currencies, or overflowing a long, fails instead of producing a wrong figure.
 */
public record Funds(long minor, String currency) implements Comparable<Funds> {

    public Funds {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // an unknown code fails here
    }

    public static Funds of(Money money) {
        return new Funds(money.amountMinor(), money.currency());
    }

    public static Funds zero(String currency) {
        return new Funds(0, currency);
    }

    public Funds plus(Funds other) {
        return new Funds(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Funds minus(Funds other) {
        return new Funds(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    /** True when this amount is at least {@code other}: enough to pay for it. */
    public boolean covers(Funds other) {
        return compareTo(other) >= 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    @Override
    public int compareTo(Funds other) {
        return Long.compare(minor, sameCurrency(other).minor);
    }

    public Money money() {
        return new Money(minor, currency);
    }

    /** For people: {@code 2,500.00 EUR}, with the currency's minor digits and thousands separators. */
    public String inWords() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    private Funds sameCurrency(Funds other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}
