package io.pactum.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pactum.contract.domain.ContractTerms.ActivityType;
import io.pactum.contract.domain.ContractTerms.Assessment;
import io.pactum.contract.domain.ContractTerms.AssessmentMethod;
import io.pactum.contract.domain.ContractTerms.Objective;
import io.pactum.events.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<Objective> OBJECTIVES = List.of(new Objective("Design AWS architectures", "cloud-architecture", 3));
    private static final Assessment EXAM = new Assessment(AssessmentMethod.CERTIFICATION_EXAM, "Pass SAA-C03");

    @Test
    void a_draft_from_a_template_counts_its_dates_from_the_day_it_starts() {
        ContractTemplate template = ContractTemplate.publish("t1", "ENG", "AWS certification path", "Three months",
                "Cloud migration", OBJECTIVES,
                List.of(new ContractTemplate.Activity(ActivityType.ONLINE_COURSE, "SAA course", "Acme", new Money(40_000, "EUR"), 0, 59),
                        new ContractTemplate.Activity(ActivityType.CERTIFICATION, "SAA exam", "AWS", new Money(15_000, "EUR"), 75, 0)),
                List.of(new ContractTemplate.Milestone("Course finished", 59, "Course certificate", List.of(0), List.of(0)),
                        new ContractTemplate.Milestone("Exam passed", 75, null, null, List.of(1))),
                EXAM, 14, List.of("AWS sandbox account"), new ContractTerms.RepaymentClause(50, 12), "lars", NOW);

        ContractTerms terms = template.termsFrom(LocalDate.of(2027, 1, 4));

        assertThat(terms.activities()).extracting(ContractTerms.Activity::start, ContractTerms.Activity::end).containsExactly(
                tuple(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 4)),
                tuple(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 20)));
        assertThat(terms.milestones()).containsExactly(
                new ContractTerms.Milestone("m1", "Course finished", LocalDate.of(2027, 3, 4), "Course certificate", List.of(0), List.of(0)),
                new ContractTerms.Milestone("m2", "Exam passed", LocalDate.of(2027, 3, 20), null, List.of(), List.of(1)));
        assertThat(terms.totalPlannedCost()).isEqualTo(new Money(55_000, "EUR"));
        assertThat(terms.violations()).isEmpty();
        assertThat(terms.title()).isEqualTo("AWS certification path");
        assertThat(terms.resources()).containsExactly("AWS sandbox account");
        assertThat(terms.repaymentClause()).isEqualTo(new ContractTerms.RepaymentClause(50, 12));
    }

    @Test
    void a_template_breaking_a_contracts_rules_is_refused_naming_its_own_fields() {
        assertThatThrownBy(() -> ContractTemplate.publish("t2", "ENG", "t", null, null, OBJECTIVES,
                List.of(new ContractTemplate.Activity(ActivityType.WORKSHOP, "w", null, new Money(100, "EUR"), 0, 10),
                        new ContractTemplate.Activity(ActivityType.WORKSHOP, "w", null, new Money(100, "SEK"), 0, 10)),
                List.of(new ContractTemplate.Milestone("late", 30, null, null, null)), EXAM, 14, null, null, "lars", NOW))
                .isInstanceOfSatisfying(InvalidTermsException.class, e -> assertThat(e.violations())
                        .extracting(ContractTerms.TermsViolation::field)
                        .containsExactly("activities[1].plannedCost.currency", "milestones[0].dueDay"));
    }
}
