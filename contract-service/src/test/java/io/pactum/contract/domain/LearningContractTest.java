package io.pactum.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactum.contract.domain.ContractTerms.Activity;
import io.pactum.contract.domain.ContractTerms.ActivityType;
import io.pactum.contract.domain.ContractTerms.Assessment;
import io.pactum.contract.domain.ContractTerms.AssessmentMethod;
import io.pactum.contract.domain.ContractTerms.Objective;
import io.pactum.events.Money;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningContractTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void both_parties_signing_the_same_revision_signs_the_contract_once() {
        LearningContract contract = proposed();
        assertThat(contract.sign("erin", 1, NOW)).isEmpty();
        assertThat(contract.sign("erin", 1, NOW)).as("signing twice is harmless").isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);

        var events = contract.sign("mona", 1, NOW);

        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(events).singleElement().isEqualTo(new ContractSigned("c1", "erin", "mona", 1,
                new Money(65_000, "EUR"), 2026, "ENG", NOW));
    }

    @Test
    void a_stale_revision_or_someone_else_cannot_sign() {
        LearningContract contract = proposed();
        assertThatThrownBy(() -> contract.sign("erin", 2, NOW)).isInstanceOf(ContractRuleException.class)
                .hasMessageContaining("not the current revision");
        assertThatThrownBy(() -> contract.sign("sam", 1, NOW)).isInstanceOf(NotAPartyException.class);
        assertThatThrownBy(() -> draft().sign("erin", 1, NOW)).isInstanceOf(ContractRuleException.class)
                .hasMessageContaining("propose");
        assertThat(contract.signatures()).isEmpty();
    }

    @Test
    void an_amendment_makes_a_new_revision_keeps_the_old_one_and_clears_signatures() {
        LearningContract contract = proposed();
        contract.sign("erin", 1, NOW);
        ContractTerms cheaper = terms("Kubernetes", 30_000);

        var events = contract.amend(cheaper, "mona", NOW);

        assertThat(contract.revision()).isEqualTo(2);
        assertThat(contract.signatures()).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
        assertThat(contract.history()).extracting(Revision::number).containsExactly(1, 2);
        assertThat(contract.history().getFirst().terms().title()).isEqualTo("AWS Solutions Architect");
        assertThat(events).singleElement().isInstanceOfSatisfying(ContractAmended.class, amended -> {
            assertThat(amended.revision()).isEqualTo(2);
            assertThat(amended.changedFields()).containsExactly("title", "activities");
        });
        assertThatThrownBy(() -> contract.sign("erin", 1, NOW)).isInstanceOf(ContractRuleException.class);
    }

    @Test
    void funding_outcomes_move_only_the_current_signed_revision() {
        LearningContract contract = signed();
        assertThat(contract.fundingReserved(7, NOW)).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);

        assertThat(contract.fundingReserved(1, NOW)).singleElement().isInstanceOf(ContractActivated.class);
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.fundingDeclined(1, "INSUFFICIENT_FUNDS", "no", null, null)).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void a_declined_contract_can_be_amended_and_signed_again() {
        LearningContract contract = signed();
        var declined = contract.fundingDeclined(1, "INSUFFICIENT_FUNDS", "Requested 650.00 EUR but only 500.00 EUR is available",
                new Money(50_000, "EUR"), new Money(65_000, "EUR"));
        assertThat(declined).singleElement().isInstanceOf(ContractFundingDeclined.class);
        assertThat(contract.fundingDecision().reason()).isEqualTo("INSUFFICIENT_FUNDS");

        contract.amend(terms("AWS Solutions Architect", 40_000), "erin", NOW);
        contract.sign("erin", 2, NOW);
        var signedAgain = contract.sign("mona", 2, NOW);

        assertThat(signedAgain).singleElement().isInstanceOfSatisfying(ContractSigned.class, s -> {
            assertThat(s.revision()).isEqualTo(2);
            assertThat(s.totalPlannedCost()).isEqualTo(new Money(40_000, "EUR"));
        });
    }

    @Test
    void an_active_contract_cannot_be_amended_or_proposed_again() {
        LearningContract contract = signed();
        contract.fundingReserved(1, NOW);
        assertThatThrownBy(() -> contract.amend(terms("x", 1), "erin", NOW)).isInstanceOf(ContractRuleException.class);
        assertThatThrownBy(() -> contract.propose("erin", NOW)).isInstanceOf(ContractRuleException.class);
    }

    @Test
    void terms_name_each_broken_rule() {
        ContractTerms mixed = new ContractTerms("t", "p", List.of(new Objective("o", "c", 7)),
                List.of(activity(100, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                        activity(100, "SEK", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1))),
                List.of(), new Assessment(AssessmentMethod.MANAGER_REVIEW, "ok"), 14);
        assertThat(mixed.violations()).extracting(ContractTerms.TermsViolation::field).containsExactly(
                "activities[1].end", "activities[1].plannedCost.currency", "objectives[0].targetLevel");
        assertThatThrownBy(() -> LearningContract.draft("c", "erin", "mona", "ENG", 2026, mixed, "erin", NOW))
                .isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void proposing_names_the_proposer_and_the_cost() {
        LearningContract contract = draft();
        assertThat(contract.propose("mona", NOW)).singleElement().isEqualTo(
                new ContractProposed("c1", "erin", "mona", 1, "mona", "ENG", 2026, new Money(65_000, "EUR")));
    }

    static LearningContract draft() {
        return LearningContract.draft("c1", "erin", "mona", "ENG", 2026, terms("AWS Solutions Architect", 65_000), "erin", NOW);
    }

    static LearningContract proposed() {
        LearningContract contract = draft();
        contract.propose("erin", NOW);
        return contract;
    }

    static LearningContract signed() {
        LearningContract contract = proposed();
        contract.sign("erin", 1, NOW);
        contract.sign("mona", 1, NOW);
        return contract;
    }

    static ContractTerms terms(String title, long costMinor) {
        return new ContractTerms(title, "Cloud migration strategy",
                List.of(new Objective("Design resilient AWS architectures", "cloud-architecture", 3)),
                List.of(activity(costMinor, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))),
                List.of(new ContractTerms.Milestone("m1", "Course finished", LocalDate.of(2027, 1, 31))),
                new Assessment(AssessmentMethod.CERTIFICATION_EXAM, "Pass SAA-C03"), 14);
    }

    private static Activity activity(long costMinor, String currency, LocalDate start, LocalDate end) {
        return new Activity(ActivityType.ONLINE_COURSE, "SAA course", "Acme Learning", new Money(costMinor, currency), start, end);
    }
}
