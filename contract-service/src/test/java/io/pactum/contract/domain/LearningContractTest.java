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
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LearningContractTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Money COST = new Money(65_000, "EUR");

    @Nested
    class Signing {

        @Test
        void both_parties_signing_the_same_revision_signs_the_contract_and_asks_for_the_money_once() {
            LearningContract contract = proposed();
            assertThat(contract.sign("erin", 1, NOW)).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);

            var events = contract.sign("mona", 1, LATER);

            assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
            assertThat(events).containsExactly(new ContractSigned("c1", "erin", "mona", 1, COST, 2026, "ENG", LATER,
                    "AWS Solutions Architect", null, List.of(new PlannedObjective("cloud-architecture", 3)),
                    List.of(new PlannedActivity("ONLINE_COURSE", "SAA course", "Acme Learning", COST,
                            LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))),
                    List.of(new PlannedMilestone("m1", "Course finished", LocalDate.of(2027, 1, 31))), 14));
            assertThat(contract.signatures()).containsExactly(new Signature("erin", 1, NOW), new Signature("mona", 1, LATER));
        }

        @Test
        void signing_again_what_one_already_signed_changes_nothing_even_after_the_contract_moved_on() {
            LearningContract contract = proposed();
            contract.sign("erin", 1, NOW);
            assertThat(contract.sign("erin", 1, LATER)).isEmpty();
            assertThat(contract.signatures()).containsExactly(new Signature("erin", 1, NOW));

            contract.sign("mona", 1, NOW);
            assertThat(contract.sign("mona", 1, LATER)).as("a retried signature after SIGNED").isEmpty();
            contract.fundingReserved(1, COST, new Money(135_000, "EUR"), NOW);
            assertThat(contract.sign("erin", 1, LATER)).as("and after ACTIVE").isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        }

        @Test
        void a_stale_revision_is_refused_and_leaves_no_signature() {
            LearningContract contract = proposed();
            contract.amend(terms("Kubernetes", 30_000), "mona", NOW);

            assertThatThrownBy(() -> contract.sign("erin", 1, NOW)).isInstanceOf(ContractRuleException.class)
                    .hasMessageContaining("not the current revision 2");
            assertThatThrownBy(() -> contract.sign("erin", 3, NOW)).isInstanceOf(ContractRuleException.class);
            assertThat(contract.signatures()).isEmpty();
        }

        @Test
        void only_the_employee_and_their_manager_sign() {
            LearningContract contract = proposed();
            assertThatThrownBy(() -> contract.sign("sam", 1, NOW)).isInstanceOf(NotAPartyException.class);
            assertThatThrownBy(() -> contract.sign("lars", 1, NOW)).isInstanceOf(NotAPartyException.class);
            assertThat(contract.signatures()).isEmpty();
        }

        @Test
        void signing_a_draft_proposes_it_first() {
            LearningContract contract = draft();

            var events = contract.sign("erin", 1, NOW);

            assertThat(events).containsExactly(new ContractProposed("c1", "erin", "mona", 1, "erin", "ENG", 2026, COST));
            assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
            assertThat(contract.signatures()).extracting(Signature::signedBy).containsExactly("erin");
        }

        @Test
        void a_signed_contract_is_not_proposed_again() {
            LearningContract contract = signed();
            assertThatThrownBy(() -> contract.propose("erin", NOW)).isInstanceOf(ContractRuleException.class);
            assertThat(contract.signatures()).hasSize(2);
        }
    }

    @Nested
    class Amending {

        @Test
        void an_amendment_makes_a_new_revision_keeps_the_old_one_with_its_signatures_and_starts_unsigned() {
            LearningContract contract = proposed();
            contract.sign("erin", 1, NOW);

            var events = contract.amend(terms("Kubernetes", 30_000), "mona", LATER);

            assertThat(contract.revision()).isEqualTo(2);
            assertThat(contract.signatures()).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
            assertThat(contract.terms().totalPlannedCost()).isEqualTo(new Money(30_000, "EUR"));
            assertThat(contract.revisions()).extracting(Revision::number).containsExactly(1, 2);
            Revision first = contract.revisions().getFirst();
            assertThat(first.terms().title()).isEqualTo("AWS Solutions Architect");
            assertThat(first.signatures()).containsExactly(new Signature("erin", 1, NOW));
            assertThat(contract.revisions().getLast().createdBy()).isEqualTo("mona");
            assertThat(events).containsExactly(new ContractAmended("c1", "erin", 2, "mona", List.of("title", "activities[0].plannedCost"),
                    "ENG", 2026, new Money(30_000, "EUR")));
        }

        @Test
        void amending_a_draft_tells_no_one_and_it_stays_a_draft() {
            LearningContract contract = draft();
            assertThat(contract.amend(terms("Kubernetes", 30_000), "erin", NOW)).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
            assertThat(contract.revision()).isEqualTo(2);
        }

        @Test
        void the_same_terms_again_change_nothing_but_a_declined_contract_may_be_resubmitted_unchanged() {
            LearningContract proposed = proposed();
            proposed.sign("erin", 1, NOW);
            assertThat(proposed.amend(terms("AWS Solutions Architect", 65_000), "erin", NOW)).isEmpty();
            assertThat(proposed.revision()).isEqualTo(1);
            assertThat(proposed.signatures()).hasSize(1);

            LearningContract declined = declined();
            var events = declined.amend(terms("AWS Solutions Architect", 65_000), "erin", NOW);
            assertThat(events).singleElement().isInstanceOfSatisfying(ContractAmended.class,
                    amended -> assertThat(amended.changedFields()).isEmpty());
            assertThat(declined.revision()).isEqualTo(2);
            assertThat(declined.status()).isEqualTo(ContractStatus.PROPOSED);
        }

        @Test
        void only_the_parties_amend_and_only_before_the_money_is_asked_for() {
            assertThatThrownBy(() -> proposed().amend(terms("x", 1), "lars", NOW)).isInstanceOf(NotAPartyException.class);
            LearningContract signed = signed();
            assertThatThrownBy(() -> signed.amend(terms("x", 1), "erin", NOW)).isInstanceOf(ContractRuleException.class);
            LearningContract active = signed();
            active.fundingReserved(1, COST, COST, NOW);
            assertThatThrownBy(() -> active.amend(terms("x", 1), "erin", NOW)).isInstanceOf(ContractRuleException.class);
            assertThat(active.revision()).isEqualTo(1);
        }
    }

    @Nested
    class Terms {

        @Test
        void the_total_planned_cost_is_the_sum_of_the_activities() {
            ContractTerms terms = new ContractTerms("t", "p", List.of(new Objective("o", "c", 3)),
                    List.of(activity(40_000, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                            activity(12_550, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)),
                            activity(0, "EUR", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))),
                    List.of(), new Assessment(AssessmentMethod.MANAGER_REVIEW, "ok"), 14);
            assertThat(terms.violations()).isEmpty();
            assertThat(terms.totalPlannedCost()).isEqualTo(new Money(52_550, "EUR"));
        }

        @Test
        void each_broken_rule_is_named_by_its_field_and_no_contract_is_drafted() {
            ContractTerms broken = new ContractTerms("t", "p", List.of(new Objective("o", "c", 7)),
                    List.of(activity(100, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                            activity(100, "SEK", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1)),
                            activity(-1, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2))),
                    List.of(), new Assessment(AssessmentMethod.MANAGER_REVIEW, "ok"), 0);

            assertThat(broken.violations()).extracting(ContractTerms.TermsViolation::field).containsExactly(
                    "activities[1].end", "activities[1].plannedCost.currency", "activities[2].plannedCost.amount",
                    "objectives[0].targetLevel", "checkInEveryDays");
            assertThatThrownBy(() -> LearningContract.draft("c", "erin", "mona", "ENG", 2026, broken, "erin", NOW))
                    .isInstanceOfSatisfying(InvalidTermsException.class, e -> assertThat(e.violations()).hasSize(5));
        }

        @Test
        void mixed_currencies_are_refused_also_in_an_amendment() {
            LearningContract contract = proposed();
            ContractTerms mixed = new ContractTerms("t", "p", List.of(new Objective("o", "c", 3)),
                    List.of(activity(100, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                            activity(100, "USD", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))),
                    List.of(), new Assessment(AssessmentMethod.MANAGER_REVIEW, "ok"), 14);

            assertThatThrownBy(() -> contract.amend(mixed, "erin", NOW)).isInstanceOfSatisfying(InvalidTermsException.class,
                    e -> assertThat(e.violations()).extracting(ContractTerms.TermsViolation::field)
                            .containsExactly("activities[1].plannedCost.currency"));
            assertThat(contract.revision()).isEqualTo(1);
        }

        @Test
        void an_activity_may_end_on_the_day_it_starts_but_not_before() {
            LocalDate day = LocalDate.of(2027, 1, 31); // the milestone's due date: inside the span
            assertThat(terms(activity(1, "EUR", day, day)).violations()).isEmpty();
            assertThat(terms(activity(1, "EUR", day, day.minusDays(1))).violations())
                    .extracting(ContractTerms.TermsViolation::field).contains("activities[0].end");
        }
    }

    @Nested
    class Funding {

        @Test
        void a_reservation_of_the_current_signed_revision_activates_it() {
            LearningContract contract = signed();

            var events = contract.fundingReserved(1, COST, new Money(135_000, "EUR"), LATER);

            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(events).containsExactly(new ContractActivated("c1", "erin", 1, "ENG", 2026, LATER));
            assertThat(contract.fundingDecision().outcome()).isEqualTo(FundingDecision.Outcome.RESERVED);
        }

        @Test
        void answers_for_another_revision_or_before_signing_or_after_the_decision_change_nothing() {
            LearningContract contract = signed();
            assertThat(contract.fundingReserved(7, COST, COST, NOW)).isEmpty();
            assertThat(contract.fundingDeclined(0, "INSUFFICIENT_FUNDS", "no", COST, COST, NOW)).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);

            LearningContract unsigned = proposed();
            assertThat(unsigned.fundingReserved(1, COST, COST, NOW)).isEmpty();
            assertThat(unsigned.fundingPendingApproval(1, "a1", COST, COST, NOW)).isEmpty();
            assertThat(unsigned.status()).isEqualTo(ContractStatus.PROPOSED);

            contract.fundingReserved(1, COST, COST, NOW);
            assertThat(contract.fundingDeclined(1, "INSUFFICIENT_FUNDS", "late", COST, COST, NOW)).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.fundingDecision().outcome()).isEqualTo(FundingDecision.Outcome.RESERVED);
        }

        @Test
        void a_decline_keeps_the_reason_and_the_figures() {
            LearningContract contract = declined();

            assertThat(contract.status()).isEqualTo(ContractStatus.FUNDING_DECLINED);
            assertThat(contract.fundingDecision()).isEqualTo(new FundingDecision(FundingDecision.Outcome.DECLINED, 1,
                    "INSUFFICIENT_FUNDS", "Requested 650.00 EUR but only 500.00 EUR is available",
                    new Money(50_000, "EUR"), COST, null, null));
        }

        @Test
        void above_the_threshold_it_waits_for_approval_then_either_answer_applies() {
            LearningContract approved = signed();
            assertThat(approved.fundingPendingApproval(1, "approval-1", COST, new Money(50_000, "EUR"), NOW)).isEmpty();
            assertThat(approved.status()).isEqualTo(ContractStatus.FUNDING_PENDING_APPROVAL);
            assertThat(approved.fundingDecision().approvalId()).isEqualTo("approval-1");
            assertThat(approved.fundingReserved(1, COST, COST, NOW)).singleElement().isInstanceOf(ContractActivated.class);
            assertThat(approved.status()).isEqualTo(ContractStatus.ACTIVE);

            LearningContract refused = signed();
            refused.fundingPendingApproval(1, "approval-2", COST, new Money(50_000, "EUR"), NOW);
            assertThat(refused.fundingDeclined(1, "APPROVAL_DECLINED", "not this year", null, COST, NOW))
                    .singleElement().isInstanceOf(ContractFundingDeclined.class);
            assertThat(refused.status()).isEqualTo(ContractStatus.FUNDING_DECLINED);
        }

        @Test
        void a_declined_contract_can_be_amended_and_signed_again_which_asks_for_the_new_cost() {
            LearningContract contract = declined();

            contract.amend(terms("AWS Solutions Architect", 40_000), "erin", NOW);
            assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
            contract.sign("erin", 2, NOW);
            var signedAgain = contract.sign("mona", 2, LATER);

            assertThat(signedAgain).singleElement().isInstanceOfSatisfying(ContractSigned.class, signed -> {
                assertThat(signed.revision()).isEqualTo(2);
                assertThat(signed.totalPlannedCost()).isEqualTo(new Money(40_000, "EUR"));
                assertThat(signed.activities()).extracting(PlannedActivity::plannedCost).containsExactly(new Money(40_000, "EUR"));
                assertThat(signed.signedAt()).isEqualTo(LATER);
            });
            assertThat(contract.fundingReserved(1, COST, COST, NOW)).as("a late answer for revision 1").isEmpty();
            assertThat(contract.fundingReserved(2, new Money(40_000, "EUR"), COST, NOW)).hasSize(1);
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void a_party_cancels_before_the_money_is_asked_for_and_cancelling_again_changes_nothing() {
            LearningContract contract = proposed();

            var events = contract.cancel("mona", "Project cancelled", LATER);

            assertThat(events).containsExactly(new ContractCancelled("c1", "erin", "Project cancelled", "mona", "ENG", 2026, LATER));
            assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
            assertThat(contract.cancellation()).isEqualTo(new Cancellation("Project cancelled", "mona", LATER));
            assertThat(contract.cancel("erin", "again", LATER)).isEmpty();
            assertThat(contract.cancellation().cancelledBy()).isEqualTo("mona");
            assertThatThrownBy(() -> contract.sign("erin", 1, NOW)).isInstanceOf(ContractRuleException.class);
        }

        @Test
        void a_signed_or_active_contract_can_be_cancelled_but_not_by_someone_else() {
            LearningContract active = signed();
            active.fundingReserved(1, COST, new Money(135_000, "EUR"), NOW);

            assertThat(active.cancel("mona", "Left the team", LATER))
                    .containsExactly(new ContractCancelled("c1", "erin", "Left the team", "mona", "ENG", 2026, LATER));
            assertThat(active.status()).isEqualTo(ContractStatus.CANCELLED);
            assertThat(signed().cancel("erin", "r", NOW)).singleElement().isInstanceOf(ContractCancelled.class);
            assertThat(declined().cancel("erin", "r", NOW)).singleElement().isInstanceOf(ContractCancelled.class);
            assertThatThrownBy(() -> proposed().cancel("sam", "r", NOW)).isInstanceOf(NotAPartyException.class);
        }

        @Test
        void funding_that_arrives_after_cancelling_changes_nothing() {
            LearningContract contract = signed();
            contract.cancel("erin", "Changed my mind", LATER);

            assertThat(contract.fundingReserved(1, COST, new Money(135_000, "EUR"), LATER)).isEmpty();
            assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
        }
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

    static LearningContract declined() {
        LearningContract contract = signed();
        contract.fundingDeclined(1, "INSUFFICIENT_FUNDS", "Requested 650.00 EUR but only 500.00 EUR is available",
                new Money(50_000, "EUR"), COST, NOW);
        return contract;
    }

    static ContractTerms terms(String title, long costMinor) {
        return terms(title, activity(costMinor, "EUR", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
    }

    static ContractTerms terms(Activity activity) {
        return terms("AWS Solutions Architect", activity);
    }

    static ContractTerms terms(String title, Activity activity) {
        return new ContractTerms(title, "Cloud migration strategy",
                List.of(new Objective("Design resilient AWS architectures", "cloud-architecture", 3)),
                List.of(activity),
                List.of(new ContractTerms.Milestone("m1", "Course finished", LocalDate.of(2027, 1, 31))),
                new Assessment(AssessmentMethod.CERTIFICATION_EXAM, "Pass SAA-C03"), 14);
    }

    private static Activity activity(long costMinor, String currency, LocalDate start, LocalDate end) {
        return new Activity(ActivityType.ONLINE_COURSE, "SAA course", "Acme Learning", new Money(costMinor, currency), start, end);
    }
}
