package io.pactum.contract.domain;

import io.pactum.events.Money;
import io.pactum.events.contract.PlannedObjective;
import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parties agree on in one revision: what will be learned, through which activities, by when,
 * how it is assessed and how often they check in.
 */
public record ContractTerms(
        String title,
        String purpose,
        List<Objective> objectives,
        List<Activity> activities,
        List<Milestone> milestones,
        Assessment assessment,
        int checkInEveryDays,
        List<String> resources,
        RepaymentClause repaymentClause) {

    public ContractTerms {
        objectives = List.copyOf(objectives);
        activities = List.copyOf(activities);
        milestones = List.copyOf(milestones);
        resources = resources == null ? List.of() : List.copyOf(resources); // null in revisions stored before
    }

    /** Terms without resources needed and without a repayment clause. */
    public ContractTerms(String title, String purpose, List<Objective> objectives, List<Activity> activities,
                         List<Milestone> milestones, Assessment assessment, int checkInEveryDays) {
        this(title, purpose, objectives, activities, milestones, assessment, checkInEveryDays, List.of(), null);
    }

    /**
     * For expensive certifications: the share of the cost the employee repays when leaving within the
     * retention period after completion.
     */
    public record RepaymentClause(int percentage, int retentionMonths) {
    }

    /** A learning objective tied to a competency and a target proficiency level (1–5). */
    public record Objective(String description, String competencyId, int targetLevel) {

        /** As ContractSigned and ContractTemplatePublished carry it. */
        public PlannedObjective planned() {
            return new PlannedObjective(competencyId, targetLevel);
        }
    }

    /** How the learning happens, with its planned dates and cost. */
    public record Activity(ActivityType type, String title, String provider, Money plannedCost, LocalDate start, LocalDate end) {
    }

    public enum ActivityType {
        WORKSHOP, ONLINE_COURSE, COACHING, MENTORING, CERTIFICATION, CONFERENCE, ON_THE_JOB, SELF_STUDY
    }

    /**
     * A dated step that shows progress: what evidence shows it is done (optional), and which objectives and
     * activities it evidences, by their positions in the same terms.
     */
    public record Milestone(String id, String title, LocalDate dueDate, String evidenceRequired,
                            List<Integer> objectives, List<Integer> activities) {

        public Milestone {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            activities = activities == null ? List.of() : List.copyOf(activities);
        }

        public Milestone(String id, String title, LocalDate dueDate) {
            this(id, title, dueDate, null, List.of(), List.of());
        }
    }

    /** How achievement is judged. */
    public record Assessment(AssessmentMethod method, String criteria) {
    }

    public enum AssessmentMethod {
        MANAGER_REVIEW, CERTIFICATION_EXAM, PROJECT_DELIVERABLE, PEER_REVIEW, DEMONSTRATION
    }

    /**
     * The rules every revision must satisfy; each broken rule names its field.
     *
     * @return the violations, empty when the terms are valid
     */
    public List<TermsViolation> violations() {
        List<TermsViolation> violations = new ArrayList<>();
        if (activities.isEmpty()) {
            violations.add(new TermsViolation("activities", "must list at least one activity"));
        }
        String currency = null;
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (activity.end().isBefore(activity.start())) {
                violations.add(new TermsViolation("activities[" + i + "].end", "must not be before start"));
            }
            if (activity.plannedCost().amountMinor() < 0) {
                violations.add(new TermsViolation("activities[" + i + "].plannedCost.amount", "must not be negative"));
            }
            if (currency == null) {
                currency = activity.plannedCost().currency();
            } else if (!currency.equals(activity.plannedCost().currency())) {
                violations.add(new TermsViolation("activities[" + i + "].plannedCost.currency",
                        "must be " + currency + " like the other activities"));
            }
        }
        for (int i = 0; i < objectives.size(); i++) {
            int level = objectives.get(i).targetLevel();
            if (level < 1 || level > 5) {
                violations.add(new TermsViolation("objectives[" + i + "].targetLevel", "must be between 1 and 5"));
            }
        }
        if (!activities.isEmpty()) {
            LocalDate start = start();
            LocalDate end = end();
            for (int i = 0; i < milestones.size(); i++) {
                LocalDate due = milestones.get(i).dueDate();
                if (due.isBefore(start) || due.isAfter(end)) {
                    violations.add(new TermsViolation("milestones[" + i + "].dueDate",
                            "must be within the contract's span " + start + " to " + end));
                }
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            requirePositions("milestones[" + i + "].objectives", milestones.get(i).objectives(), objectives.size(),
                    "objective", violations);
            requirePositions("milestones[" + i + "].activities", milestones.get(i).activities(), activities.size(),
                    "activity", violations);
        }
        if (repaymentClause != null) {
            if (repaymentClause.percentage() < 1 || repaymentClause.percentage() > 100) {
                violations.add(new TermsViolation("repaymentClause.percentage", "must be between 1 and 100"));
            }
            if (repaymentClause.retentionMonths() < 1 || repaymentClause.retentionMonths() > 60) {
                violations.add(new TermsViolation("repaymentClause.retentionMonths", "must be between 1 and 60"));
            }
        }
        if (checkInEveryDays < 1 || checkInEveryDays > 180) {
            violations.add(new TermsViolation("checkInEveryDays", "must be between 1 and 180"));
        }
        return violations;
    }

    private static void requirePositions(String field, List<Integer> positions, int size, String what,
                                         List<TermsViolation> violations) {
        for (int j = 0; j < positions.size(); j++) {
            Integer position = positions.get(j);
            if (position == null || position < 0 || position >= size) {
                violations.add(new TermsViolation(field + "[" + j + "]", "there is no " + what + " at position " + position));
            }
        }
    }

    /** The sum of the activities' planned costs (all in one currency, see {@link #violations()}). */
    public Money totalPlannedCost() {
        String currency = activities.isEmpty() ? "EUR" : activities.getFirst().plannedCost().currency();
        long total = 0;
        for (Activity activity : activities) {
            total = Math.addExact(total, activity.plannedCost().amountMinor());
        }
        return new Money(total, currency);
    }

    /** The first day of the contract: the earliest activity start. */
    public LocalDate start() {
        return activities.stream().map(Activity::start).min(LocalDate::compareTo).orElseThrow();
    }

    /** The last day of the contract: the latest activity end. */
    public LocalDate end() {
        return activities.stream().map(Activity::end).max(LocalDate::compareTo).orElseThrow();
    }

    public Optional<Milestone> milestone(String id) {
        return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * What differs from an earlier revision, field by field, for the amendment's record of what changed:
     * {@code title}, {@code activities[0].plannedCost}, {@code milestones[1].dueDate}; an element added or
     * removed is named by its index alone ({@code objectives[2]}).
     */
    public List<String> changedFrom(ContractTerms earlier) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(title, earlier.title)) {
            changed.add("title");
        }
        if (!Objects.equals(purpose, earlier.purpose)) {
            changed.add("purpose");
        }
        diffList("objectives", objectives, earlier.objectives, changed);
        diffList("activities", activities, earlier.activities, changed);
        diffList("milestones", milestones, earlier.milestones, changed);
        diffRecord("assessment", assessment, earlier.assessment, changed);
        if (checkInEveryDays != earlier.checkInEveryDays) {
            changed.add("checkInEveryDays");
        }
        diffList("resources", resources, earlier.resources, changed);
        diffRecord("repaymentClause", repaymentClause, earlier.repaymentClause, changed);
        return changed;
    }

    private static void diffList(String name, List<?> now, List<?> before, List<String> changed) {
        for (int i = 0; i < Math.max(now.size(), before.size()); i++) {
            diffRecord(name + "[" + i + "]", i < now.size() ? now.get(i) : null, i < before.size() ? before.get(i) : null,
                    changed);
        }
    }

    /** Component by component when both exist; the whole element when one side is missing. */
    private static void diffRecord(String path, Object now, Object before, List<String> changed) {
        if (Objects.equals(now, before)) {
            return;
        }
        if (!(now instanceof Record) || before == null) {
            changed.add(path);
            return;
        }
        for (RecordComponent component : now.getClass().getRecordComponents()) {
            if (!Objects.equals(valueOf(component, now), valueOf(component, before))) {
                changed.add(path + "." + component.getName());
            }
        }
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** One broken rule of the terms, named by field. */
    public record TermsViolation(String field, String message) {
    }
}
