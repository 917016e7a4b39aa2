package io.pactum.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.Money;
import org.junit.jupiter.api.Test;

class FundsTest {

    @Test
    void adds_and_subtracts_exactly_in_minor_units() {
        Funds available = new Funds(200_000, "EUR").minus(new Funds(1_500, "EUR")).plus(new Funds(1, "EUR"));
        assertThat(available).isEqualTo(new Funds(198_501, "EUR"));
        assertThat(available.money()).isEqualTo(new Money(198_501, "EUR"));
        assertThat(Funds.of(new Money(7, "SEK"))).isEqualTo(new Funds(7, "SEK"));
    }

    @Test
    void covers_what_it_is_at_least() {
        Funds fifteen = new Funds(1_500, "EUR");
        assertThat(fifteen.covers(new Funds(1_500, "EUR"))).isTrue();
        assertThat(fifteen.covers(new Funds(1_501, "EUR"))).isFalse();
        assertThat(new Funds(-1, "EUR").isNegative()).isTrue();
        assertThat(Funds.zero("EUR").covers(Funds.zero("EUR"))).isTrue();
    }

    @Test
    void never_mixes_currencies_nor_overflows_silently() {
        assertThatThrownBy(() -> new Funds(1, "EUR").plus(new Funds(1, "SEK")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("SEK");
        assertThatThrownBy(() -> new Funds(1, "EUR").covers(new Funds(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Funds(Long.MAX_VALUE, "EUR").plus(new Funds(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Funds(Long.MIN_VALUE, "EUR").minus(new Funds(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Funds(1, "EUX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_for_people_with_the_currency_minor_digits() {
        assertThat(new Funds(250_000, "EUR").inWords()).isEqualTo("2,500.00 EUR");
        assertThat(new Funds(5, "EUR").inWords()).isEqualTo("0.05 EUR");
        assertThat(new Funds(-90_000, "EUR").inWords()).isEqualTo("-900.00 EUR");
        assertThat(new Funds(1_234_567, "JPY").inWords()).isEqualTo("1,234,567 JPY");
        assertThat(new Funds(1_234_567, "BHD").inWords()).isEqualTo("1,234.567 BHD");
        assertThat(new Funds(9_900_000, "EUR").inWords()).isEqualTo("99,000.00 EUR");
    }
}
