package io.pactum.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.events.Money;
import org.junit.jupiter.api.Test;

class ApiMoneyTest {

    @Test
    void decimal_strings_become_minor_units_and_back() {
        assertThat(new ApiMoney("1500.00", "EUR").toMoney("cost")).isEqualTo(new Money(150_000, "EUR"));
        assertThat(new ApiMoney("0.5", "EUR").toMoney("cost")).isEqualTo(new Money(50, "EUR"));
        assertThat(new ApiMoney("-250.00", "EUR").toMoney("cost")).isEqualTo(new Money(-25_000, "EUR"));
        assertThat(new ApiMoney("1200", "JPY").toMoney("cost")).isEqualTo(new Money(1200, "JPY"));
        assertThat(ApiMoney.of(new Money(150_000, "EUR"))).isEqualTo(new ApiMoney("1500.00", "EUR"));
        assertThat(ApiMoney.of(new Money(-5, "SEK"))).isEqualTo(new ApiMoney("-0.05", "SEK"));
        assertThat(ApiMoney.of(new Money(1200, "JPY"))).isEqualTo(new ApiMoney("1200", "JPY"));
    }

    @Test
    void bad_amounts_and_currencies_name_the_field() {
        assertThatThrownBy(() -> new ApiMoney("12.345", "EUR").toMoney("activities[0].plannedCost"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).errors().getFirst().field())
                        .isEqualTo("activities[0].plannedCost.amount"));
        assertThatThrownBy(() -> new ApiMoney("1e3", "EUR").toMoney("cost")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new ApiMoney("12.5", "JPY").toMoney("cost")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new ApiMoney("10.00", "XYZ").toMoney("cost"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).errors().getFirst().field()).isEqualTo("cost.currency"));
        assertThatThrownBy(() -> new ApiMoney("10.00", "eur").toMoney("cost")).isInstanceOf(InvalidFieldException.class);
    }
}
