package io.pactum.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pactum.contract.domain.ContractTerms.Activity;
import io.pactum.contract.domain.ContractTerms.ActivityType;
import io.pactum.contract.domain.ContractTerms.Assessment;
import io.pactum.contract.domain.ContractTerms.AssessmentMethod;
import io.pactum.contract.domain.ContractTerms.Milestone;
import io.pactum.contract.domain.ContractTerms.Objective;
import io.pactum.events.Money;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.ObjectiveResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An active contract's progress: milestones, check-ins, missed deadlines, assessment, audit trail. No Spring. */
class ContractProgressTest {

    private static final Money COST = new Money(40_000, "EUR");
    /** Activated on 1 Dec 2026; the contract runs 1 Dec 2026 – 28 Feb 2027, check-ins every 30 days. */
    private static final Instant ACTIVATED = Instant.parse("2026-12-01T09:00:00Z");
    private static final ContractTerms TERMS = new ContractTerms("AWS Solutions Architect", "Cloud migration",
            List.of(new Objective("Design AWS architectures", "cloud-architecture", 3),
                    new Objective("Automate infrastructure", "infrastructure-as-code", 2)),
            List.of(new Activity(ActivityType.ONLINE_COURSE, "SAA course", "Acme", COST,
                    LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28))),
            List.of(new Milestone("m1", "Course half done", LocalDate.of(2026, 12, 20)),
                    new Milestone("m2", "Exam passed", LocalDate.of(2027, 2, 15))),
            new Assessment(AssessmentMethod.CERTIFICATION_EXAM, "Pass SAA-C03"), 30);

    static LearningContract active() {
        LearningContract contract = LearningContract.draft("c1", "erin", "mona", "ENG", 2026, TERMS, "erin",
                ACTIVATED.minusSeconds(86_400));
        contract.sign("erin", 1, ACTIVATED);
        contract.sign("mona", 1, ACTIVATED);
        contract.fundingReserved(1, COST, COST, ACTIVATED);
        return contract;
    }

    private static Instant on(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    @Nested
    class Milestones {

        @Test
        void a_party_completes_a_milestone_with_evidence_once() {
            LearningContract contract = active();

            var events = contract.completeMilestone("erin", "m1", "Finished modules 1-6", "https://acme.example/cert/1",
                    on("2026-12-18"));

            assertThat(events).containsExactly(new MilestoneCompleted("c1", "erin", "m1", "Course half done",
                    on("2026-12-18"), "Finished modules 1-6 (https://acme.example/cert/1)", "ENG", 2026));
            assertThat(contract.completions()).containsExactly(new MilestoneCompletion("m1", "Finished modules 1-6",
                    "https://acme.example/cert/1", "erin", on("2026-12-18"), 1));
            assertThat(contract.completeMilestone("erin", "m1", "Finished modules 1-6", "https://acme.example/cert/1",
                    on("2026-12-19"))).as("the same completion again").isEmpty();
            assertThatThrownBy(() -> contract.completeMilestone("mona", "m1", "other evidence", null, on("2026-12-19")))
                    .isInstanceOf(ContractRuleException.class);
            assertThat(contract.nextMilestoneDue()).contains(LocalDate.of(2027, 2, 15));
        }

        @Test
        void only_a_party_completes_only_a_known_milestone_only_of_an_active_contract() {
            assertThatThrownBy(() -> active().completeMilestone("lars", "m1", "e", null, on("2026-12-18")))
                    .isInstanceOf(NotAPartyException.class);
            assertThatThrownBy(() -> active().completeMilestone("erin", "m9", "e", null, on("2026-12-18")))
                    .isInstanceOf(UnknownMilestoneException.class);
            LearningContract proposed = LearningContract.draft("c2", "erin", "mona", "ENG", 2026, TERMS, "erin", ACTIVATED);
            assertThatThrownBy(() -> proposed.completeMilestone("erin", "m1", "e", null, on("2026-12-18")))
                    .isInstanceOf(ContractRuleException.class).hasMessageContaining("DRAFT");
            assertThat(proposed.completions()).isEmpty();
        }

        @Test
        void a_milestone_due_outside_the_contracts_span_is_refused_by_field() {
            ContractTerms late = new ContractTerms("t", "p", TERMS.objectives(), TERMS.activities(),
                    List.of(new Milestone("m1", "ok", LocalDate.of(2026, 12, 1)),
                            new Milestone("m2", "too late", LocalDate.of(2027, 3, 1)),
                            new Milestone("m3", "too early", LocalDate.of(2026, 11, 30))),
                    TERMS.assessment(), 30);
            assertThat(late.violations()).extracting(ContractTerms.TermsViolation::field)
                    .containsExactly("milestones[1].dueDate", "milestones[2].dueDate");
        }
    }

    @Nested
    class MissedDeadlines {

        @Test
        void a_milestone_past_due_and_not_completed_is_reported_once_and_the_contract_is_at_risk() {
            LearningContract contract = active();
            assertThat(contract.reportMissedDeadlines(on("2026-12-20"))).as("due today is not missed yet").isEmpty();

            var events = contract.reportMissedDeadlines(on("2026-12-21"));

            assertThat(events).containsExactly(new MilestoneMissed("c1", "erin", "mona", "m1", "Course half done",
                    LocalDate.of(2026, 12, 20), "ENG", 2026));
            assertThat(contract.reportMissedDeadlines(on("2026-12-22"))).isEmpty();
            assertThat(contract.atRisk()).isTrue();
            contract.completeMilestone("erin", "m1", "Done, late", null, on("2026-12-23"));
            assertThat(contract.atRisk()).as("completed late").isFalse();
            assertThat(contract.missedMilestones()).containsExactly("m1");
        }

        @Test
        void after_downtime_one_scan_catches_up_on_every_deadline_passed_each_once() {
            LearningContract contract = active();
            contract.recordCheckIn("mona", 3, "on track", List.of(), on("2026-12-28"));

            var events = contract.reportMissedDeadlines(on("2027-03-10"));

            // check-ins due 31 Dec (kept on 28 Dec), 30 Jan and 1 Mar (missed); both milestones missed
            assertThat(events).containsExactly(
                    new MilestoneMissed("c1", "erin", "mona", "m1", "Course half done", LocalDate.of(2026, 12, 20), "ENG", 2026),
                    new MilestoneMissed("c1", "erin", "mona", "m2", "Exam passed", LocalDate.of(2027, 2, 15), "ENG", 2026),
                    new CheckInMissed("c1", "erin", "mona", LocalDate.of(2027, 1, 30), "ENG", 2026));
            assertThat(contract.reportMissedDeadlines(on("2027-04-10"))).isEmpty();
            assertThat(contract.audit()).filteredOn(a -> a.actor().equals(LearningContract.DEADLINE_SCAN)).hasSize(3);
        }

        @Test
        void the_next_deadline_is_the_earliest_open_milestone_or_unmet_check_in() {
            LearningContract contract = active();
            // check-ins due 31 Dec, 30 Jan; m1 due 20 Dec, m2 15 Feb
            assertThat(contract.nextDeadline()).contains(LocalDate.of(2026, 12, 20));
            contract.completeMilestone("erin", "m1", "done", null, on("2026-12-10"));
            assertThat(contract.nextDeadline()).contains(LocalDate.of(2026, 12, 31));
            contract.recordCheckIn("erin", 3, "", List.of(), on("2026-12-12"));
            assertThat(contract.nextDeadline()).as("the check-in due 31 Dec is met").contains(LocalDate.of(2027, 1, 30));
            contract.reportMissedDeadlines(on("2027-03-01"));
            assertThat(contract.nextDeadline()).as("everything reported").isEmpty();
            assertThat(LearningContract.draft("c2", "erin", "mona", "ENG", 2026, TERMS, "erin", ACTIVATED).nextDeadline()).isEmpty();
        }

        @Test
        void a_contract_that_is_not_active_misses_nothing() {
            LearningContract draft = LearningContract.draft("c2", "erin", "mona", "ENG", 2026, TERMS, "erin", ACTIVATED);
            assertThat(draft.reportMissedDeadlines(on("2027-03-10"))).isEmpty();
            LearningContract cancelled = active();
            cancelled.cancel("erin", "left", on("2026-12-02"));
            assertThat(cancelled.reportMissedDeadlines(on("2027-03-10"))).isEmpty();
        }

        @Test
        void the_cadence_starts_at_activation_when_that_is_after_the_start() {
            LearningContract contract = LearningContract.draft("c3", "erin", "mona", "ENG", 2026, TERMS, "erin", ACTIVATED);
            contract.sign("erin", 1, ACTIVATED);
            contract.sign("mona", 1, ACTIVATED);
            contract.fundingReserved(1, COST, COST, on("2026-12-10"));
            assertThat(contract.checkInDueDates()).containsExactly(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 2, 8));
        }
    }

    @Nested
    class CheckIns {

        @Test
        void a_party_records_a_check_in_with_date_progress_notes_and_agreed_actions() {
            LearningContract contract = active();

            var events = contract.recordCheckIn("mona", 4, "Ahead of plan", List.of("Book the exam"), on("2026-12-15"));

            assertThat(events).containsExactly(new CheckInRecorded("c1", "erin", "ci1", 4, "mona", on("2026-12-15"), "ENG", 2026));
            assertThat(contract.checkIns()).containsExactly(new CheckIn("ci1", LocalDate.of(2026, 12, 15), "mona",
                    on("2026-12-15"), 4, "Ahead of plan", List.of("Book the exam")));
            assertThat(contract.recordCheckIn("mona", 4, "Ahead of plan", List.of("Book the exam"), on("2026-12-15").plusSeconds(60)))
                    .as("the same check-in retried the same day").isEmpty();
            assertThatThrownBy(() -> contract.recordCheckIn("erin", 6, "", List.of(), on("2026-12-16")))
                    .isInstanceOfSatisfying(FieldViolation.class, e -> assertThat(e.violations())
                            .extracting(ContractTerms.TermsViolation::field).containsExactly("progress"));
            assertThatThrownBy(() -> contract.recordCheckIn("sam", 3, "", List.of(), on("2026-12-16")))
                    .isInstanceOf(NotAPartyException.class);
            assertThat(contract.checkIns()).hasSize(1);
        }
    }

    @Nested
    class Assessing {

        @Test
        void achieved_completes_the_contract_with_the_level_reached_per_objective() {
            LearningContract contract = active();
            List<ObjectiveResult> results = List.of(new ObjectiveResult("cloud-architecture", 3),
                    new ObjectiveResult("infrastructure-as-code", 2));

            var events = contract.assess("mona", AssessmentOutcome.Result.ACHIEVED, results, "Passed", on("2027-03-01"));

            assertThat(events).containsExactly(new ContractCompleted("c1", "erin", 1, results, "ENG", 2026, on("2027-03-01")));
            assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
            assertThat(contract.assessment().assessedBy()).isEqualTo("mona");
            assertThatThrownBy(() -> contract.cancel("erin", "too late", on("2027-03-02"))).isInstanceOf(ContractRuleException.class);
            assertThatThrownBy(() -> contract.recordCheckIn("erin", 3, "", List.of(), on("2027-03-02")))
                    .isInstanceOf(ContractRuleException.class);
            assertThat(contract.reportMissedDeadlines(on("2027-04-01"))).isEmpty();
        }

        @Test
        void not_achieved_fails_the_contract() {
            LearningContract contract = active();
            assertThat(contract.assess("lars", AssessmentOutcome.Result.NOT_ACHIEVED, List.of(), "Exam failed twice",
                    on("2027-03-01"))).containsExactly(new ContractFailed("c1", "erin", 1, "ENG", 2026, on("2027-03-01")));
            assertThat(contract.status()).isEqualTo(ContractStatus.FAILED);
            assertThatThrownBy(() -> contract.assess("mona", AssessmentOutcome.Result.ACHIEVED, List.of(), null,
                    on("2027-03-02"))).isInstanceOf(ContractRuleException.class);
        }

        @Test
        void results_must_match_the_objectives_and_an_achieved_contract_needs_one_for_each() {
            LearningContract contract = active();
            assertThatThrownBy(() -> contract.assess("mona", AssessmentOutcome.Result.ACHIEVED,
                    List.of(new ObjectiveResult("cloud-architecture", 6), new ObjectiveResult("knitting", 2),
                            new ObjectiveResult("cloud-architecture", 3)), null, on("2027-03-01")))
                    .isInstanceOfSatisfying(FieldViolation.class, e -> assertThat(e.violations())
                            .extracting(ContractTerms.TermsViolation::field).containsExactly(
                                    "objectiveResults[0].achievedLevel", "objectiveResults[1].competencyId",
                                    "objectiveResults[2].competencyId", "objectiveResults"));
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.assessment()).isNull();
        }

        @Test
        void only_an_active_contract_is_assessed() {
            LearningContract draft = LearningContract.draft("c2", "erin", "mona", "ENG", 2026, TERMS, "erin", ACTIVATED);
            assertThatThrownBy(() -> draft.assess("mona", AssessmentOutcome.Result.NOT_ACHIEVED, List.of(), null,
                    on("2027-03-01"))).isInstanceOf(ContractRuleException.class);
        }
    }

    @Test
    void the_audit_trail_records_every_change_with_actor_time_and_revision() {
        LearningContract contract = active();
        contract.recordCheckIn("mona", 4, "fine", List.of(), on("2026-12-15"));

        assertThat(contract.audit()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::revision).containsExactly(
                tuple(AuditEntry.Action.DRAFTED, "erin", 1),
                tuple(AuditEntry.Action.PROPOSED, "erin", 1),
                tuple(AuditEntry.Action.SIGNED, "erin", 1),
                tuple(AuditEntry.Action.SIGNED, "mona", 1),
                tuple(AuditEntry.Action.FUNDING_RESERVED, LearningContract.BUDGET_SERVICE, 1),
                tuple(AuditEntry.Action.CHECK_IN_RECORDED, "mona", 1));
        assertThat(contract.audit().getLast().at()).isEqualTo(on("2026-12-15"));
    }

    @Test
    void an_amendment_records_what_changed_field_by_field() {
        ContractTerms changed = new ContractTerms("AWS Solutions Architect", "Cloud migration", TERMS.objectives().subList(0, 1),
                List.of(new Activity(ActivityType.ONLINE_COURSE, "SAA course", "Acme", new Money(45_000, "EUR"),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28))),
                List.of(new Milestone("m1", "Course half done", LocalDate.of(2026, 12, 22)), TERMS.milestones().get(1)),
                new Assessment(AssessmentMethod.CERTIFICATION_EXAM, "Pass SAA-C03 with 800+"), 30);

        assertThat(changed.changedFrom(TERMS)).containsExactly("objectives[1]", "activities[0].plannedCost",
                "milestones[0].dueDate", "assessment.criteria");
        assertThat(TERMS.changedFrom(TERMS)).isEmpty();

        ContractTerms withClause = new ContractTerms(TERMS.title(), TERMS.purpose(), TERMS.objectives(), TERMS.activities(),
                TERMS.milestones(), TERMS.assessment(), 30, List.of("AWS sandbox"), new ContractTerms.RepaymentClause(50, 12));
        assertThat(withClause.changedFrom(TERMS)).containsExactly("resources[0]", "repaymentClause");
        ContractTerms longerRetention = new ContractTerms(TERMS.title(), TERMS.purpose(), TERMS.objectives(), TERMS.activities(),
                TERMS.milestones(), TERMS.assessment(), 30, List.of("AWS sandbox"), new ContractTerms.RepaymentClause(50, 24));
        assertThat(longerRetention.changedFrom(withClause)).containsExactly("repaymentClause.retentionMonths");
    }

    @Test
    void a_milestone_evidences_objectives_and_activities_that_exist() {
        ContractTerms terms = new ContractTerms(TERMS.title(), TERMS.purpose(), TERMS.objectives(), TERMS.activities(),
                List.of(new Milestone("m1", "Course half done", LocalDate.of(2026, 12, 20), "Certificate", List.of(0, 1), List.of(0)),
                        new Milestone("m2", "Exam passed", LocalDate.of(2027, 2, 15), null, List.of(2), List.of(0, 1))),
                TERMS.assessment(), 30);
        assertThat(terms.violations()).extracting(ContractTerms.TermsViolation::field)
                .containsExactly("milestones[1].objectives[0]", "milestones[1].activities[1]");
        assertThat(terms.changedFrom(TERMS)).containsExactly("milestones[0].evidenceRequired", "milestones[0].objectives",
                "milestones[0].activities", "milestones[1].objectives", "milestones[1].activities");
    }

    @Test
    void a_repayment_clause_needs_a_percentage_of_1_to_100_and_1_to_60_months() {
        ContractTerms terms = new ContractTerms(TERMS.title(), TERMS.purpose(), TERMS.objectives(), TERMS.activities(),
                TERMS.milestones(), TERMS.assessment(), 30, List.of(), new ContractTerms.RepaymentClause(0, 61));
        assertThat(terms.violations()).extracting(ContractTerms.TermsViolation::field)
                .containsExactly("repaymentClause.percentage", "repaymentClause.retentionMonths");
    }
}
