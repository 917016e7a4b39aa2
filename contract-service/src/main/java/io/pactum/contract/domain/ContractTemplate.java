package io.pactum.contract.domain;

import io.pactum.events.Money;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.PlannedActivity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A starting point L&D publishes (e.g. a certification path): the terms of a contract with its dates as
 * days from the start, so an employee's draft gets real dates from the day they start. Published
 * templates do not change; a better one is published anew.
 */
public record ContractTemplate(String id, String businessUnit, String title, String description, String purpose,
                               List<ContractTerms.Objective> objectives, List<Activity> activities,
                               List<Milestone> milestones, ContractTerms.Assessment assessment, int checkInEveryDays,
                               List<String> resources, ContractTerms.RepaymentClause repaymentClause,
                               String publishedBy, Instant publishedAt) {

    public ContractTemplate {
        objectives = List.copyOf(objectives);
        activities = List.copyOf(activities);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** An activity starting {@code startDay} days after the contract's start and lasting {@code durationDays}. */
    public record Activity(ContractTerms.ActivityType type, String title, String provider, Money plannedCost,
                           int startDay, int durationDays) {
    }

    /** A milestone due {@code dueDay} days after the contract's start. */
    public record Milestone(String title, int dueDay, String evidenceRequired, List<Integer> objectives,
                            List<Integer> activities) {

        public Milestone {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    /** Publishes a template whose terms, started on any day, are valid contract terms; else the violations name the template's fields. */
    public static ContractTemplate publish(String id, String businessUnit, String title, String description,
                                           String purpose, List<ContractTerms.Objective> objectives,
                                           List<Activity> activities, List<Milestone> milestones,
                                           ContractTerms.Assessment assessment, int checkInEveryDays,
                                           List<String> resources, ContractTerms.RepaymentClause repaymentClause,
                                           String publishedBy, Instant now) {
        ContractTemplate template = new ContractTemplate(id, businessUnit, title, description, purpose, objectives,
                activities, milestones, assessment, checkInEveryDays, resources, repaymentClause, publishedBy, now);
        List<ContractTerms.TermsViolation> violations = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).startDay() < 0) {
                violations.add(new ContractTerms.TermsViolation("activities[" + i + "].startDay", "must not be negative"));
            }
            if (activities.get(i).durationDays() < 0) {
                violations.add(new ContractTerms.TermsViolation("activities[" + i + "].durationDays", "must not be negative"));
            }
        }
        if (violations.isEmpty()) {
            // the same rules as a contract's, with the template's field names
            template.termsFrom(LocalDate.of(2000, 1, 1)).violations().forEach(v -> violations.add(
                    new ContractTerms.TermsViolation(v.field().replace(".dueDate", ".dueDay").replace(".end", ".durationDays"),
                            v.message().replaceAll("span .*", "span (day 0 to the last activity's end)"))));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTermsException(violations);
        }
        return template;
    }

    /** What readers outside contract-service learn of a published template: its objectives and activities. */
    public ContractTemplatePublished publishedEvent() {
        return new ContractTemplatePublished(id, publishedBy, businessUnit, title,
                objectives.stream().map(ContractTerms.Objective::planned).toList(),
                activities.stream().map(a -> new PlannedActivity(a.type().name(), a.title(), a.provider(),
                        a.plannedCost(), null, null)).toList(),
                publishedAt);
    }

    /** The contract terms of a draft started on {@code start}: milestones are m1, m2, … like a contract's. */
    public ContractTerms termsFrom(LocalDate start) {
        List<ContractTerms.Activity> dated = activities.stream().map(a -> new ContractTerms.Activity(a.type(), a.title(),
                a.provider(), a.plannedCost(), start.plusDays(a.startDay()),
                start.plusDays(a.startDay()).plusDays(a.durationDays()))).toList();
        List<ContractTerms.Milestone> due = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            due.add(new ContractTerms.Milestone("m" + (i + 1), milestones.get(i).title(),
                    start.plusDays(milestones.get(i).dueDay()), milestones.get(i).evidenceRequired(),
                    milestones.get(i).objectives(), milestones.get(i).activities()));
        }
        return new ContractTerms(title, purpose, objectives, dated, due, assessment, checkInEveryDays, resources,
                repaymentClause);
    }
}
