package io.pactum.contract.domain;

import io.pactum.events.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        int checkInEveryDays) {

    public ContractTerms {
        objectives = List.copyOf(objectives);
        activities = List.copyOf(activities);
        milestones = List.copyOf(milestones);
    }

    /** A learning objective tied to a competency and a target proficiency level (1–5). */
    public record Objective(String description, String competencyId, int targetLevel) {
    }

    /** How the learning happens, with its planned dates and cost. */
    public record Activity(ActivityType type, String title, String provider, Money plannedCost, LocalDate start, LocalDate end) {
    }

    public enum ActivityType {
        WORKSHOP, ONLINE_COURSE, COACHING, MENTORING, CERTIFICATION, CONFERENCE, ON_THE_JOB, SELF_STUDY
    }

    /** A dated step that shows progress. */
    public record Milestone(String id, String title, LocalDate dueDate) {
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
        if (checkInEveryDays < 1 || checkInEveryDays > 180) {
            violations.add(new TermsViolation("checkInEveryDays", "must be between 1 and 180"));
        }
        return violations;
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

    /** The top-level parts that differ from an earlier revision, for the amendment's record of what changed. */
    public List<String> changedFrom(ContractTerms earlier) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("title", Objects.equals(title, earlier.title));
        same.put("purpose", Objects.equals(purpose, earlier.purpose));
        same.put("objectives", objectives.equals(earlier.objectives));
        same.put("activities", activities.equals(earlier.activities));
        same.put("milestones", milestones.equals(earlier.milestones));
        same.put("assessment", Objects.equals(assessment, earlier.assessment));
        same.put("checkInEveryDays", checkInEveryDays == earlier.checkInEveryDays);
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    /** One broken rule of the terms, named by field. */
    public record TermsViolation(String field, String message) {
    }
}
