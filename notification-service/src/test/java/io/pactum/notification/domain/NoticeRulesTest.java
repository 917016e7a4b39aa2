package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.MilestoneMissed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    static final People PEOPLE = new TestPeople();
    final NoticeRules rules = new NoticeRules(PEOPLE);

    @Test
    void a_proposal_goes_to_whoever_did_not_propose() {
        assertThat(rules.noticesFor("e1", new ContractProposed("c1", "erin", "mona", 1, "erin", "ENG", 2026, null)))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipients()).containsExactly("mona");
                    assertThat(n.category()).isEqualTo(Category.SIGNATURE);
                    assertThat(n.cause()).isEqualTo("e1");
                    assertThat(n.facts()).containsEntry("by", "Erin Eriksson");
                });
        assertThat(rules.noticesFor("e2", new ContractProposed("c1", "erin", "mona", 1, "mona", "ENG", 2026, null))
                .getFirst().recipients()).containsExactly("erin");
    }

    @Test
    void an_amendment_finds_the_manager_in_the_directory() {
        assertThat(rules.noticesFor("e3", new ContractAmended("c1", "erin", 2, "erin", List.of("title"), "ENG", 2026, null))
                .getFirst().recipients()).containsExactly("mona");
    }

    @Test
    void funding_news_reaches_employee_manager_and_the_units_learning_admins_once_each() {
        assertThat(rules.noticesFor("e4", new ContractFundingDeclined("c1", "erin", 1, "ENG", 2026, "INSUFFICIENT_FUNDS", null))
                .getFirst()).satisfies(n -> {
                    assertThat(n.recipients()).containsExactly("erin", "mona", "lars");
                    assertThat(n.facts()).containsEntry("reason", "INSUFFICIENT_FUNDS");
                    assertThat(n.unit()).as("also the unit's webhook").isEqualTo("ENG");
                });
        assertThat(rules.noticesFor("e5", new BudgetReservationPendingApproval("a1", "c1", "erin", 1, 2026, "ENG",
                new Money(150000, "EUR"), new Money(100000, "EUR"))).getFirst()).satisfies(n -> {
                    assertThat(n.facts()).containsEntry("requested", "1500.00 EUR").containsEntry("threshold", "1000.00 EUR");
                    assertThat(n.unit()).isEqualTo("ENG");
                });
        assertThat(rules.noticesFor("e6", new MilestoneMissed("c1", "erin", "mona", "m1", "Course", LocalDate.of(2026, 11, 1),
                "ENG", 2026)).getFirst().unit()).as("for employee and manager only").isNull();
        // an L&D admin who is also the manager hears it once
        assertThat(new Notice("x", Category.FUNDING, "t", "erin", java.util.Map.of(), List.of("mona", "mona")).recipients())
                .containsExactly("mona");
    }

    @Test
    void a_missed_milestone_goes_to_employee_and_manager_and_a_lost_level_to_nobody() {
        assertThat(rules.noticesFor("e6", new MilestoneMissed("c1", "erin", "mona", "m1", "Course", LocalDate.of(2026, 11, 1),
                "ENG", 2026)).getFirst().recipients()).containsExactly("erin", "mona");
        assertThat(rules.noticesFor("e7", new CompetencyLevelChanged("erin", "java", 3, 2, "DECAY", null))).isEmpty();
        assertThat(rules.noticesFor("e8", new CompetencyLevelChanged("erin", "java", 2, 3, "ASSESSMENT", "mona"))
                .getFirst().category()).isEqualTo(Category.COMPETENCY);
        assertThat(rules.noticesFor("e10", new io.pactum.events.contract.CheckInMissed("c1", "erin", "mona",
                LocalDate.of(2026, 11, 1), "ENG", 2026)).getFirst()).satisfies(n -> {
                    assertThat(n.category()).isEqualTo(Category.CHECK_IN);
                    assertThat(n.recipients()).containsExactly("erin", "mona");
                });
        assertThat(rules.noticesFor("e9", new BudgetSpent("erin", "c1", 2026, "ENG", new Money(1, "EUR"), "x", "y"))).isEmpty();
    }

    @Test
    void amounts_show_the_currencys_minor_digits() {
        assertThat(NoticeRules.amount(new Money(150000, "EUR"))).isEqualTo("1500.00 EUR");
        assertThat(NoticeRules.amount(new Money(1500, "JPY"))).isEqualTo("1500 JPY");
    }
}
